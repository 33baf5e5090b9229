/** Markdown escaping that CommonMark, GFM and Obsidian all read back as the literal text. */

/** Every character escapeInline may escape (or that starts a sequence it escapes). */
const INLINE_SPECIAL = /[\\`*_[\]<>$=~%&]/;

/**
 * Escapes text so it reads literally anywhere inside a line: emphasis and code delimiters,
 * brackets, HTML, Obsidian's ==highlight==, ~~strike~~, $math$, %%comments%% and &entities;.
 */
export function escapeInline(text: string): string {
  // Most text (names, titles, quotes) has none of these: one test instead of five replacements.
  if (!INLINE_SPECIAL.test(text)) return text;
  return text
    .replace(/[\\`*_[\]<>$]/g, '\\$&')
    .replace(/==/g, '\\=\\=')
    .replace(/~~/g, '\\~\\~')
    .replace(/%%/g, '\\%\\%')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}

/** Escapes what would start a block at the beginning of a line: headings, quotes, lists, rules, tables. */
export function escapeLineStart(text: string): string {
  return text
    .replace(/^(\s*)([#>+|])/, '$1\\$2')
    .replace(/^(\s*)-(?=\s|-|$)/, '$1\\-')
    .replace(/^(\s*)(\d+)([.)])(?=\s|$)/, '$1$2\\$3')
    .replace(/^(\s*)(=+|-+)\s*$/, '$1\\$2');
}

/** Escapes each line of a possibly multi-line text for use as paragraph text. */
export function escapeText(text: string): string {
  return text
    .split('\n')
    .map((line) => escapeLineStart(escapeInline(line)))
    .join('\n');
}

/** A code span around `code` that no backtick run inside it can close. */
export function codeSpan(code: string): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = code.startsWith('`') || code.endsWith('`') || (/^ .* $/.test(code) && code.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${code}${pad}${fence}`;
}

/** A fenced code block that no line of `code` can close. */
export function codeFence(code: string, language = ''): string {
  const longest = Math.max(2, ...(code.match(/^\s*(`{3,}|~{3,})/gm) ?? []).map((run) => run.trim().length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language.replace(/[`\s]/g, '')}\n${code}\n${fence}`;
}

/** A URL as a Markdown link destination: angle brackets when it holds spaces or parentheses. */
export function linkDestination(url: string): string {
  // eslint-disable-next-line no-control-regex -- control characters never belong in a link
  const clean = url.replace(/[\u0000-\u001f\u007f]/g, '');
  if (/[\s()<>]/.test(clean)) return `<${clean.replace(/[<>]/g, (c) => encodeURIComponent(c))}>`;
  return clean;
}

/** What wikiLabel changes: brackets, pipes, whitespace other than a plain space, runs of spaces, spaces at either end. */
const WIKI_SPECIAL = /[[\]|]|[^\S ]| {2}|^ | $/;

/** Text shown in a [[wikilink|label]]: no brackets or pipes, which would end the link. */
export function wikiLabel(text: string): string {
  // Already a label: no bracket or pipe, single plain spaces only, none at either end.
  if (!WIKI_SPECIAL.test(text)) return text;
  return text.replace(/[[\]|\n]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Prefixes every line with `prefix` (blockquotes, list continuation); blank lines get the trimmed prefix. */
export function prefixLines(text: string, prefix: string, first = prefix): string {
  return text
    .split('\n')
    .map((line, i) => (line === '' ? prefix.trimEnd() : (i === 0 ? first : prefix) + line))
    .join('\n');
}
