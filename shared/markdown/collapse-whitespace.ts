/**
 * The whitespace pass turndown runs before converting a tree, done here instead (faster, same
 * result): HTML whitespace in text nodes collapses the way a browser renders it, so that the
 * Markdown has no stray spaces or line breaks.
 *
 * turndown's own pass runs a global regex replacement over every text node (one match per space
 * between words) and an unanchored `/ $/` test per node; on a notebook export that was a sixth
 * of the time spent in HTML -> Markdown. This pass gives the same tree: tests convert random trees
 * both ways on both Node DOMs and compare (collapse-whitespace.test.ts).
 *
 * The rules, in document order (elements are visited when entered and again when left; children
 * of <pre> are left alone):
 * - In a text node, every run of ASCII whitespace (space, tab, CR, LF) becomes one space. A leading
 *   space goes when the previous kept text ends with a space (or there is none since the last
 *   block), unless a void element or an inline <pre> came just before. A text node left empty,
 *   and every node that is neither text nor an element (comments), is removed.
 * - A block element or <br> ends the line: the previous kept text loses one trailing space.
 * - After the last node, the last kept text loses one trailing space, and goes if that empties it.
 */

const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const ELEMENT_NODE = 1;

/** Elements turndown treats as blocks (by nodeName, upper case for HTML elements). */
export const TURNDOWN_BLOCKS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'AUDIO', 'BLOCKQUOTE', 'BODY', 'CANVAS', 'CENTER', 'DD', 'DIR', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'FRAMESET', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'HTML', 'ISINDEX', 'LI', 'MAIN', 'MENU', 'NAV', 'NOFRAMES', 'NOSCRIPT', 'OL', 'OUTPUT', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Void elements as turndown lists them. */
export const TURNDOWN_VOIDS: ReadonlySet<string> = new Set([
  'AREA', 'BASE', 'BR', 'COL', 'COMMAND', 'EMBED', 'HR', 'IMG', 'INPUT', 'KEYGEN', 'LINK', 'META', 'PARAM', 'SOURCE',
  'TRACK', 'WBR',
]);

/** Text that needs the run replacement: a tab, CR or LF, or two spaces in a row. */
const NEEDS_COLLAPSE = /[\t\r\n]| {2}/;
const ASCII_WS_RUN = /[ \t\r\n]+/g;

function endsWithSpace(s: string): boolean {
  return s.charCodeAt(s.length - 1) === 32;
}

function dropTrailingSpace(text: Text): void {
  const data = text.data;
  if (endsWithSpace(data)) text.data = data.slice(0, -1);
}

/** Collapses whitespace in the tree under `root` in place (see the rules above). */
export function collapseWhitespace(root: Node): void {
  if (!root.firstChild || root.nodeName === 'PRE') return;
  let prevText: Text | null = null;
  let keepLeadingSpace = false;
  // `previous` is the node visited last; when it is a child of `node`, `node` is being left.
  let previous: Node | null = null;
  let node: Node = root.firstChild;
  while (node !== root) {
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      const textNode = node as Text;
      const data = textNode.data;
      let text = NEEDS_COLLAPSE.test(data) ? data.replace(ASCII_WS_RUN, ' ') : data;
      if ((!prevText || endsWithSpace(prevText.data)) && !keepLeadingSpace && text.charCodeAt(0) === 32) text = text.slice(1);
      if (!text) {
        node = removeAndStep(node);
        continue;
      }
      if (text !== data) textNode.data = text;
      prevText = textNode;
      previous = node;
      node = node.nextSibling ?? node.parentNode!;
      continue;
    }
    if (type !== ELEMENT_NODE) {
      node = removeAndStep(node);
      continue;
    }
    const name = node.nodeName;
    if (TURNDOWN_BLOCKS.has(name) || name === 'BR') {
      if (prevText) dropTrailingSpace(prevText);
      prevText = null;
      keepLeadingSpace = false;
    } else if (TURNDOWN_VOIDS.has(name) || name === 'PRE') {
      prevText = null;
      keepLeadingSpace = true;
    } else if (prevText) {
      keepLeadingSpace = false;
    }
    const leaving = (previous !== null && previous.parentNode === node) || name === 'PRE';
    const next: Node = (leaving ? null : node.firstChild) ?? node.nextSibling ?? node.parentNode!;
    previous = node;
    node = next;
  }
  if (prevText) {
    dropTrailingSpace(prevText);
    if (!prevText.data) prevText.parentNode!.removeChild(prevText);
  }
}

/** Removes `node`; the next node to visit is its next sibling, or its parent (which is then being left). */
function removeAndStep(node: Node): Node {
  const next = node.nextSibling ?? node.parentNode!;
  node.parentNode!.removeChild(node);
  return next;
}
