/** `text` with every character a regular expression reads specially escaped, to match it literally inside a pattern built from strings. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
