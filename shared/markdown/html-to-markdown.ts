/**
 * HTML -> Markdown (CommonMark + GFM tables, Obsidian-friendly) with turndown and
 * turndown-plugin-gfm. Used by the CLI (`npm run extract -- --md`) and by the Markdown export.
 *
 * shared/ has no DOM globals, so the caller passes what turndown needs: either a DOM node (an
 * element, fragment or document from Chromium, jsdom or linkedom), or an HTML string together
 * with a `document` of the DOM in use. A string is parsed into an inert <template> of that
 * document (no script runs, no image loads), never through turndown's own parser, which would
 * reach for `window.DOMParser` in the browser build and a bundled DOM in Node.
 *
 * GFM tables are written here rather than by the plugin's table rules: those read
 * `HTMLTableElement.rows` (linkedom has none), keep header-less tables as raw HTML, and do not
 * escape `|` or line breaks inside cells. Its task-list rule reads the `checked` property, which
 * linkedom does not reflect, so task lists are here too. The plugin gives highlighted code blocks
 * and strikethrough (written `~~`, which Obsidian needs, by an override below).
 */
import TurndownService from 'turndown';
import { highlightedCodeBlock, strikethrough } from 'turndown-plugin-gfm';
import { collapseWhitespace } from './collapse-whitespace';

export interface HtmlToMarkdownOptions {
  /** Required when `input` is a string: the HTML is parsed into an inert template of this document. */
  document?: Document;
  /**
   * Rewrites an image source (e.g. `dossier-image:<id>` to a file in an export folder).
   * Return null to drop the image. By default http(s), relative, `dossier-image:` and
   * `data:image/...` sources are kept and any other scheme is dropped.
   */
  imageSrc?: (src: string) => string | null;
  /**
   * The caller gives `input` (a node) away: it is converted in place, without turndown's deep copy,
   * and left with its whitespace collapsed. For trees made only to be converted.
   */
  consume?: boolean;
}

const ELEMENT_NODE = 1;
const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;

/** Schemes a Markdown reader may follow; anything else (javascript:, vbscript:, data:text/html) loses its link. */
const SAFE_LINK = /^(?:https?:|mailto:|dossier-image:|#|\/|\.{0,2}\/|[^:/?#]*(?:[/?#]|$))/i;
const SAFE_IMAGE = /^(?:https?:|dossier-image:|data:image\/(?:png|gif|jpeg|webp|avif);|\/|\.{0,2}\/|[^:/?#]*(?:[/?#]|$))/i;

/** Elements that are never part of the readable text. (Checkbox inputs stay for task lists.) */
const DROPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'BUTTON', 'SELECT', 'TEXTAREA', 'CANVAS', 'HEAD', 'TITLE', 'META', 'LINK']);

/** What a table cell's Markdown must not contain: a line break ends the row, a bare pipe ends the cell. */
function escapeCell(content: string): string {
  return content
    .trim()
    .replace(/\n+/g, '<br>')
    .replace(/(^|[^\\])\|/g, '$1\\|')
    .replace(/(^|[^\\])\|/g, '$1\\|'); // twice: "||" overlaps in one pass
}

/** Number of Markdown cells a <td>/<th> fills. */
function span(node: Element): number {
  const n = Number.parseInt(node.getAttribute('colspan') ?? '1', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, 100) : 1;
}

const CELL = '\u0000cell\u0000';
const ROW = '\u0000row\u0000';

function addTableRules(service: TurndownService): void {
  service.addRule('dossierTableCell', {
    filter: ['th', 'td'],
    replacement: (content, node) => CELL + escapeCell(content) + CELL.repeat(span(node) - 1),
  });
  service.addRule('dossierTableRow', {
    filter: 'tr',
    replacement: (content) => `${ROW}${content.replace(/^\s+|\s+$/g, '')}\n`,
  });
  service.addRule('dossierTableSection', {
    filter: ['thead', 'tbody', 'tfoot'],
    replacement: (content) => content,
  });
  service.addRule('dossierTableCaption', {
    filter: 'caption',
    replacement: (content) => `${content.trim()}\n`,
  });
  service.addRule('dossierTable', {
    filter: 'table',
    replacement: (content) => {
      const rows: string[][] = [];
      const captions: string[] = [];
      for (const line of content.split('\n')) {
        if (line.startsWith(ROW)) {
          rows.push(line.slice(ROW.length).split(CELL).slice(1).map((c) => c.trim()));
        } else if (line.trim()) captions.push(line.trim());
      }
      if (rows.length === 0) return captions.length ? `\n\n${captions.join(' ')}\n\n` : '';
      const width = Math.max(1, ...rows.map((r) => r.length));
      const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
      // GFM needs a header row; a table without one uses its first row (the usual layout of news tables).
      const [head, ...body] = rows;
      const table = [line(head!), line(Array.from({ length: width }, () => '---')), ...body.map(line)].join('\n');
      return `\n\n${captions.length ? `${captions.join(' ')}\n\n` : ''}${table}\n\n`;
    },
  });
}

function isTaskBox(node: Element): boolean {
  return node.nodeName === 'INPUT' && (node.getAttribute('type') ?? '').toLowerCase() === 'checkbox' && node.parentNode?.nodeName === 'LI';
}

/**
 * The options of the conversion under way. The service is built once (its rules never change) and
 * its image rule reads the caller's `imageSrc` from here; turndown runs synchronously.
 */
let current: HtmlToMarkdownOptions = {};

function createService(): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    hr: '---',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '_',
    strongDelimiter: '**',
    linkStyle: 'inlined',
  });
  // nodeName is upper case for HTML elements, lower case for foreign ones (svg, math). No other
  // rule takes these elements, so this is a rule like the others (rather than turndown's remove(),
  // which is looked at after them all) and every rule sits in one list (see fastRuleLookup).
  service.addRule('dossierDropped', {
    filter: (node) => DROPPED.has(node.nodeName.toUpperCase()) || (node.nodeName === 'INPUT' && !isTaskBox(node)),
    replacement: () => '',
  });
  service.use([highlightedCodeBlock, strikethrough]);
  // Later rules win in turndown, so these override the plugin's and the defaults.
  service.addRule('dossierStrikethrough', {
    filter: ['del', 's'],
    replacement: (content) => (content.trim() ? `~~${content}~~` : content),
  });
  service.addRule('dossierHighlight', {
    filter: 'mark',
    replacement: (content) => (content.trim() ? `==${content}==` : content),
  });
  service.addRule('dossierUnsafeLink', {
    filter: (node) => node.nodeName === 'A' && !!node.getAttribute('href') && !SAFE_LINK.test((node.getAttribute('href') ?? '').trim()),
    replacement: (content) => content,
  });
  service.addRule('dossierTaskItem', {
    filter: isTaskBox,
    replacement: (_content, node) => (node.hasAttribute('checked') ? '[x] ' : '[ ] '),
  });
  service.addRule('dossierImage', {
    filter: 'img',
    replacement: (_content, node) => {
      const raw = (node.getAttribute('src') ?? '').trim();
      const src = raw && SAFE_IMAGE.test(raw) ? (current.imageSrc ? current.imageSrc(raw) : raw) : null;
      if (!src) return '';
      const alt = service.escape((node.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim());
      const dest = src.replace(/([<>()])/g, '\\$1');
      return `![${alt}](${/\s/.test(dest) ? `<${dest}>` : dest})`;
    },
  });
  addTableRules(service);
  fastRuleLookup(service);
  fastEscape(service);
  return service;
}

/**
 * turndown finds a node's rule by testing every rule in turn (two dozen here), each test reading
 * the node's name again. This looks only at the rules that can take a node of that name (those
 * naming it, and every rule with a filter function), in the same order: the same rule is found.
 */
function fastRuleLookup(service: TurndownService): void {
  const rules = service.rules;
  // Built once the service is complete (the first conversion), so every rule is in the list.
  const byName = new Map<string, TurndownService.Rule[]>();
  const candidates = (name: string): TurndownService.Rule[] => {
    let list = byName.get(name);
    if (!list) {
      const lower = name.toLowerCase();
      list = rules.array.filter(({ filter }) => typeof filter === 'function' || (typeof filter === 'string' ? filter === lower : (filter as string[]).includes(lower)));
      byName.set(name, list);
    }
    return list;
  };
  // turndown's rule objects: a blank node's rule, and the rule of a node no rule takes.
  const { blankRule, defaultRule } = rules as unknown as Record<'blankRule' | 'defaultRule', TurndownService.Rule>;
  rules.forNode = (node) => {
    if ((node as { isBlank?: boolean }).isBlank) return blankRule;
    for (const rule of candidates(node.nodeName)) {
      if (typeof rule.filter !== 'function' || rule.filter.call(rule, node, rules.options)) return rule;
    }
    return defaultRule;
  };
}

/** Characters turndown's escaping changes anywhere in a text, or at its start. */
const MAY_NEED_ESCAPE = /[\\*`[\]_]|^[-+=#~>\d]/;

/** turndown runs a dozen replacements over every text node; most text needs none of them. */
function fastEscape(service: TurndownService): void {
  const escape = service.escape.bind(service);
  service.escape = (text: string) => (MAY_NEED_ESCAPE.test(text) ? escape(text) : text);
}

let shared: TurndownService | null = null;

/** The one service, built on first use: building it (plugins, a dozen rules) costs more than converting a short page. */
function sharedService(): TurndownService {
  shared ??= createService();
  return shared;
}

/** The node turndown should convert: strings are parsed inertly with the given document. */
function rootOf(input: string | Node, opts: HtmlToMarkdownOptions): Node | null {
  if (typeof input !== 'string') {
    if (input.nodeType === DOCUMENT_NODE) return (input as Document).body ?? (input as Document).documentElement;
    if (input.nodeType === ELEMENT_NODE || input.nodeType === DOCUMENT_FRAGMENT_NODE) return input;
    throw new TypeError('htmlToMarkdown takes an HTML string, an element, a fragment or a document.');
  }
  if (!input.trim()) return null;
  if (!opts.document) throw new TypeError('htmlToMarkdown needs options.document to parse an HTML string.');
  const template = opts.document.createElement('template');
  template.innerHTML = input;
  return template.content;
}

/**
 * Readies a fragment for turndown with ./collapse-whitespace's pass in place of turndown's own, which
 * turndown skips for a root named PRE. Only turndown's code rule reads a root's name: a lone <code>
 * child of a root named PRE would become a fenced code block, so it is given an empty sibling (as
 * good as none for the Markdown). The caller makes turndown convert this very tree (its deep copy
 * would lose the name and collapse whitespace a second time) and deletes `nodeName` afterwards.
 */
export function prepareOwnPass(tree: Node): void {
  collapseWhitespace(tree);
  if (tree.childNodes.length === 1 && tree.firstChild!.nodeName === 'CODE') tree.appendChild(tree.ownerDocument!.createTextNode(''));
  Object.defineProperty(tree, 'nodeName', { value: 'PRE', configurable: true });
}

/** Markdown of `input`, trimmed, blocks separated by one blank line; '' for nothing readable. */
export function htmlToMarkdown(input: string | Node, opts: HtmlToMarkdownOptions = {}): string {
  const root = rootOf(input, opts);
  if (!root) return '';
  const previous = current;
  current = opts;
  // turndown converts a deep copy of the node it is given (it rewrites whitespace in place). A tree
  // that is ours alone (parsed here, or handed over with `consume`) is converted as it is.
  const owned = typeof input === 'string' || opts.consume === true;
  let tree = root;
  // A fragment (what the export and string inputs give) gets the faster whitespace pass of
  // ./collapse-whitespace (a copy first when it is not ours); turndown then skips its own, which it
  // does for a root named PRE. Nothing else reads the root's name (rules compare a parent's name
  // only with OL and LI), so the stand-in changes nothing else.
  const ownPass = root.nodeType === DOCUMENT_FRAGMENT_NODE;
  if (ownPass && !owned) tree = root.cloneNode(true);
  const patched = tree as unknown as Record<string, unknown>;
  if (owned || ownPass) patched['cloneNode'] = () => tree;
  if (ownPass) prepareOwnPass(tree);
  let markdown: string;
  try {
    markdown = sharedService().turndown(tree as TurndownService.Node);
  } finally {
    current = previous;
    delete patched['cloneNode'];
    if (ownPass) delete patched['nodeName'];
  }
  return markdown
    .replace(/^[ \t]+$/gm, '')
    .replace(/^(\s*(?:[-*+]|\d+\.)\s+\[[ x]\]) {2,}/gm, '$1 ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
