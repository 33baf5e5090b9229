/**
 * The one normalisation every suggestion offset refers to: a leading byte-order mark is removed and
 * CRLF / lone CR line ends become LF. Nothing else changes, so offsets stay close to the file's:
 * for a file without BOM and CRs they are identical.
 */
export function normaliseInput(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
