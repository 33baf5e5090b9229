/**
 * Token-level precision / recall / F1 of extracted text against a ground truth, the usual way
 * article-extraction benchmarks score: both texts become bags of lower-cased word tokens and the
 * overlap is the multiset intersection. Order is ignored on purpose: it rewards keeping the
 * article's words and dropping everything else, which is what a clipper must do.
 */

export interface TokenScore {
  precision: number;
  recall: number;
  f1: number;
}

/** Lower-cased runs of letters and digits (any script); punctuation and whitespace separate tokens. */
export function tokenize(text: string): string[] {
  return text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

function bag(tokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of tokens) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

export function scoreTokens(extracted: string, truth: string): TokenScore {
  const got = tokenize(extracted);
  const want = tokenize(truth);
  if (got.length === 0 && want.length === 0) return { precision: 1, recall: 1, f1: 1 };
  if (got.length === 0 || want.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const wantBag = bag(want);
  let overlap = 0;
  for (const [token, n] of bag(got)) overlap += Math.min(n, wantBag.get(token) ?? 0);
  const precision = overlap / got.length;
  const recall = overlap / want.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
