/**
 * Where the text a user selected on a web page sits in an article's stored text, or null.
 * The browser's selection and our normalised text differ in whitespace (line breaks between
 * paragraphs, runs of spaces, non-breaking spaces), so both are compared with every whitespace
 * run as one space; the answer is a [start, end) range in the original text.
 */
export function findSelection(text: string, selection: string): { start: number; end: number } | null {
  const wanted = selection.replace(/\s+/g, ' ').trim();
  if (!wanted) return null;
  const exact = text.indexOf(wanted);
  if (exact >= 0) return { start: exact, end: exact + wanted.length };
  // Flatten the text, remembering where each kept character came from.
  let flat = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const space = /\s/.test(ch);
    if (space && (flat.endsWith(' ') || flat === '')) continue;
    flat += space ? ' ' : ch;
    origin.push(i);
  }
  const at = flat.indexOf(wanted);
  if (at < 0) return null;
  return { start: origin[at]!, end: origin[at + wanted.length - 1]! + 1 };
}
