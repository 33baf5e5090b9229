import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** Reads electron/**.ts (not tests) for the source-scan security tests. */
export const REPO_ROOT = resolve(__dirname, '../../..');

export interface SourceFile {
  /** Path relative to the repo root, with forward slashes. */
  path: string;
  text: string;
  /** The text with comments and string contents blanked, so scans see code only. */
  code: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return /\.(ts|tsx|mts|cts|js|cjs|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Blanks comments (keeping line breaks) so a word in a comment never passes or fails a scan. */
export function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' ')).replace(/(^|[^:\\])\/\/.*$/gm, '$1');
}

export function electronSources(): SourceFile[] {
  return walk(join(REPO_ROOT, 'electron')).map((full) => {
    const text = readFileSync(full, 'utf8');
    return { path: relative(REPO_ROOT, full).split('\\').join('/'), text, code: stripComments(text) };
  });
}

/** The text of the balanced (...) that starts at `open` (the index of "("). */
export function balancedArgs(code: string, open: number): string {
  let depth = 0;
  for (let i = open; i < code.length; i++) {
    if (code[i] === '(') depth++;
    else if (code[i] === ')' && --depth === 0) return code.slice(open + 1, i);
  }
  return code.slice(open + 1);
}
