import { scanSearchableText } from '../db/search-index';

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Search without an index: read every row and keep those containing every query word (folded).
 * The baseline the benchmark runs next to the index; also a test oracle.
 */
export async function naiveScan(query: string): Promise<string[]> {
  const words = fold(query).split(/[\s\p{P}]+/u).filter(Boolean);
  const found: string[] = [];
  if (!words.length) return found;
  await scanSearchableText((kind, id, text) => {
    const folded = fold(text);
    if (words.every((w) => folded.includes(w))) found.push(`${kind}:${id}`);
  });
  return found;
}
