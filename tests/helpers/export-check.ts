import { parse } from 'yaml';

/** Every problem with the links of an exported folder (files: relative path -> content). */
export function linkProblems(files: ReadonlyMap<string, string | Uint8Array>): string[] {
  const problems: string[] = [];
  const texts = [...files].filter((e): e is [string, string] => typeof e[1] === 'string' && e[0].endsWith('.md'));
  const blocksOf = (path: string) => new Set([...String(files.get(path) ?? '').matchAll(/\s\^([a-z0-9-]+)$/gm)].map((m) => m[1]));
  for (const [path, text] of texts) {
    // Front matter parses as YAML.
    const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
    if (!fm) problems.push(`${path}: no front matter`);
    else {
      try {
        parse(fm[1]!);
      } catch (e) {
        problems.push(`${path}: front matter is not YAML (${(e as Error).message})`);
      }
    }
    for (const m of text.matchAll(/\[\[([^\]|#]+)(?:#\^([^\]|]+))?(?:\|[^\]]*)?\]\]/g)) {
      const target = `${m[1]}.md`;
      if (!files.has(target)) problems.push(`${path}: [[${m[1]}]] points to no file`);
      else if (m[2] && !blocksOf(target).has(m[2])) problems.push(`${path}: block ^${m[2]} not in ${target}`);
    }
    for (const m of text.matchAll(/!?\[[^\]]*\]\((?!https?:|mailto:)<?([^)>\s]+)>?\)/g)) {
      const parts = path.split('/').slice(0, -1);
      for (const seg of decodeURIComponent(m[1]!).split('/')) {
        if (seg === '..') parts.pop();
        else if (seg !== '.') parts.push(seg);
      }
      if (!files.has(parts.join('/'))) problems.push(`${path}: link ${m[1]} points to no file`);
    }
  }
  return problems;
}
