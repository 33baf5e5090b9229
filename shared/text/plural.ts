/**
 * A count with its noun, singular for exactly one: "1 article", "2 articles", "0 images",
 * "1,200 rows" (the number as the user's locale writes it). `plural` for nouns that do not just add
 * an s ("1 body", "3 bodies").
 */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString()} ${count === 1 ? singular : plural}`;
}
