/**
 * A note's serialized Lexical state as Markdown. Each node type has one transformer in a typed
 * table (NOTE_TRANSFORMERS); unknown node types fall back to their children or their text, so a
 * note written by a newer editor still exports everything it says.
 */
import type { QuoteSnapshot, SerializedLexicalNode } from '../model';
import { MENTION_NODE_TYPE, QUOTE_NODE_TYPE } from '../model/note-nodes';
import { codeFence, codeSpan, escapeInline, escapeLineStart, linkDestination, prefixLines, wikiLabel } from './escape';
import { safeStem } from './names';

export type MentionStyle = 'wikilink' | 'plain' | 'markdown-link';
export const MENTION_STYLES: readonly MentionStyle[] = ['wikilink', 'plain', 'markdown-link'];

/** Where a note's actors and quotes live now; every lookup is optional (a single note copied alone). */
export interface NoteMarkdownContext {
  mentionStyle: MentionStyle;
  /** The actor's current name (wins over the name stored in the mention). */
  actorName?: (actorId: string) => string | undefined;
  /** The actor's file in the export, relative to the export root ("Actors/Ana Ruiz.md"). */
  actorPath?: (actorId: string) => string | undefined;
  /** The quote as it is now (wins over the snapshot stored in the note). */
  quote?: (quoteId: string) => QuoteSnapshot | undefined;
  /** The quote's block in the export: wikilink target such as "Articles/Budget#^q-1a2b3c4d". */
  quoteBlock?: (quoteId: string) => string | undefined;
  /** Folder of the note inside the export, for relative Markdown links ("Notes"). */
  noteFolder?: string;
}

/** Lexical text format bits (TextNode.__format). */
export const TEXT_FORMAT = {
  bold: 1,
  italic: 2,
  strikethrough: 4,
  underline: 8,
  code: 16,
  subscript: 32,
  superscript: 64,
  highlight: 128,
} as const;

/** Markdown (or HTML where Markdown has none) around each format, outermost first. */
const FORMAT_DELIMITERS: readonly { bit: number; open: string; close: string }[] = [
  { bit: TEXT_FORMAT.bold, open: '**', close: '**' },
  { bit: TEXT_FORMAT.italic, open: '*', close: '*' },
  { bit: TEXT_FORMAT.strikethrough, open: '~~', close: '~~' },
  { bit: TEXT_FORMAT.highlight, open: '==', close: '==' },
  { bit: TEXT_FORMAT.underline, open: '<u>', close: '</u>' },
  { bit: TEXT_FORMAT.subscript, open: '<sub>', close: '</sub>' },
  { bit: TEXT_FORMAT.superscript, open: '<sup>', close: '</sup>' },
];

export interface BlockTransformer {
  kind: 'block';
  type: string;
  toMarkdown(node: SerializedLexicalNode, r: NoteRenderer): string;
}

export interface InlineTransformer {
  kind: 'inline';
  type: string;
  toMarkdown(node: SerializedLexicalNode, r: NoteRenderer, atLineStart: boolean): string;
}

export type NodeTransformer = BlockTransformer | InlineTransformer;

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
const num = (v: unknown, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
const childrenOf = (node: SerializedLexicalNode): SerializedLexicalNode[] => (Array.isArray(node.children) ? node.children.filter((c) => c && typeof c === 'object') : []);

function headingLevel(node: SerializedLexicalNode): number {
  const m = /^h([1-6])$/.exec(str(node['tag']));
  return m ? Number(m[1]) : 1;
}

/** The date part of an ISO date, as written in attributions ("2026-03-12"). */
export function isoDay(date: string | null | undefined): string | null {
  if (!date) return null;
  const m = /^\d{4}-\d{2}-\d{2}/.exec(date);
  return m ? m[0] : date;
}

/** "— Speaker, [Title](url), Site, 2026-03-12": who said it and where, for a quote. */
export function attribution(q: QuoteSnapshot, blockLink?: string): string {
  const parts: string[] = [];
  if (q.speakerName) parts.push(escapeInline(q.speakerName));
  const title = escapeInline(q.articleTitle || 'Untitled article');
  parts.push(q.articleUrl ? `[${title}](${linkDestination(q.articleUrl)})` : `*${title}*`);
  if (q.siteName) parts.push(escapeInline(q.siteName));
  const day = isoDay(q.publishedAt);
  if (day) parts.push(escapeInline(day));
  const link = blockLink ? ` · [[${blockLink}|highlight]]` : '';
  return `— ${parts.join(', ')}${link}`;
}

/** A quote as a blockquote with its attribution as the last paragraph of the quote. */
export function quoteBlock(q: QuoteSnapshot, blockLink?: string): string {
  const text = q.text
    .split(/\n{2,}/)
    .map((para) => para.split('\n').map((line) => escapeLineStart(escapeInline(line.trim()))).join('  \n'))
    .join('\n\n');
  return prefixLines(`${text}\n\n${attribution(q, blockLink)}`, '> ');
}

function relativeFrom(folder: string | undefined, path: string): string {
  const up = folder ? folder.split('/').map(() => '..').join('/') + '/' : '';
  return up + path.split('/').map(encodeURIComponent).join('/');
}

export const NOTE_TRANSFORMERS: readonly NodeTransformer[] = [
  { kind: 'block', type: 'root', toMarkdown: (node, r) => r.blocks(childrenOf(node)) },
  { kind: 'block', type: 'paragraph', toMarkdown: (node, r) => r.inline(childrenOf(node)) },
  {
    kind: 'block',
    type: 'heading',
    toMarkdown: (node, r) => {
      const text = r.inline(childrenOf(node), { singleLine: true });
      return text ? `${'#'.repeat(headingLevel(node))} ${text}` : '';
    },
  },
  { kind: 'block', type: 'quote', toMarkdown: (node, r) => prefixLines(r.inline(childrenOf(node)), '> ') },
  {
    kind: 'block',
    type: 'code',
    toMarkdown: (node, r) => codeFence(r.plainText(childrenOf(node)), str(node['language'])),
  },
  { kind: 'block', type: 'horizontalrule', toMarkdown: () => '---' },
  { kind: 'block', type: 'list', toMarkdown: (node, r) => r.list(node) },
  { kind: 'block', type: 'table', toMarkdown: (node, r) => r.table(node) },
  {
    kind: 'block',
    type: QUOTE_NODE_TYPE,
    toMarkdown: (node, r) => {
      const quoteId = str(node['quoteId']);
      const stored = node['snapshot'] as Partial<QuoteSnapshot> | undefined;
      const snapshot: QuoteSnapshot = {
        text: str(stored?.text),
        speakerName: stored?.speakerName ?? null,
        articleTitle: str(stored?.articleTitle),
        articleUrl: stored?.articleUrl ?? null,
        siteName: stored?.siteName ?? null,
        publishedAt: stored?.publishedAt ?? null,
      };
      const q = r.context.quote?.(quoteId) ?? snapshot;
      return quoteBlock(q, r.context.quoteBlock?.(quoteId));
    },
  },
  { kind: 'inline', type: 'text', toMarkdown: (node, r, atLineStart) => r.text(str(node['text']), num(node['format'], 0), atLineStart) },
  { kind: 'inline', type: 'code-highlight', toMarkdown: (node, r, atLineStart) => r.text(str(node['text']), 0, atLineStart) },
  { kind: 'inline', type: 'linebreak', toMarkdown: () => '  \n' },
  { kind: 'inline', type: 'tab', toMarkdown: () => '\t' },
  {
    kind: 'inline',
    type: 'link',
    toMarkdown: (node, r) => {
      const label = r.inline(childrenOf(node), { singleLine: true }) || escapeInline(str(node['url']));
      const url = str(node['url']);
      return /^(https?|mailto):/i.test(url) ? `[${label}](${linkDestination(url)})` : label;
    },
  },
  {
    kind: 'inline',
    type: 'autolink',
    toMarkdown: (node, r) => {
      const url = str(node['url']);
      const label = r.inline(childrenOf(node), { singleLine: true }) || escapeInline(url);
      return /^(https?|mailto):/i.test(url) ? `[${label}](${linkDestination(url)})` : label;
    },
  },
  {
    kind: 'inline',
    type: MENTION_NODE_TYPE,
    toMarkdown: (node, r) => {
      const actorId = str(node['actorId']);
      const name = r.context.actorName?.(actorId) ?? str(node['name'], 'Unknown actor');
      switch (r.context.mentionStyle) {
        case 'plain':
          return escapeInline(name);
        case 'markdown-link': {
          const path = r.context.actorPath?.(actorId) ?? `Actors/${safeStem(name, 'Unnamed actor')}.md`;
          return `[${escapeInline(name)}](${relativeFrom(r.context.noteFolder ?? 'Notes', path)})`;
        }
        default: {
          const path = r.context.actorPath?.(actorId);
          const target = path ? path.replace(/\.md$/, '') : safeStem(name, 'Unnamed actor');
          const label = wikiLabel(name);
          return target === label ? `[[${target}]]` : `[[${target}|${label}]]`;
        }
      }
    },
  },
];

const BLOCK = new Map<string, BlockTransformer>();
const INLINE = new Map<string, InlineTransformer>();
for (const t of NOTE_TRANSFORMERS) (t.kind === 'block' ? BLOCK : INLINE).set(t.type, t as never);

const NO_FORMATS: readonly number[] = [];
const LEADS_WITH_SPACE = /^\s/;

export class NoteRenderer {
  constructor(readonly context: NoteMarkdownContext) {}

  /** Block children joined by blank lines; inline runs between blocks become paragraphs. */
  blocks(nodes: SerializedLexicalNode[]): string {
    const out: string[] = [];
    let run: SerializedLexicalNode[] = [];
    const flush = () => {
      if (run.length) out.push(this.inline(run));
      run = [];
    };
    for (const node of nodes) {
      const block = BLOCK.get(node.type);
      if (block) {
        flush();
        out.push(block.toMarkdown(node, this));
      } else if (INLINE.has(node.type) || !childrenOf(node).length) run.push(node);
      else {
        flush();
        out.push(this.blocks(childrenOf(node))); // unknown container: keep what it holds
      }
    }
    flush();
    return out.filter((s) => s.trim() !== '').join('\n\n');
  }

  /** Inline children as one Markdown paragraph (hard breaks as "  \n"). */
  inline(nodes: SerializedLexicalNode[], options: { singleLine?: boolean } = {}): string {
    let out = '';
    let open: number[] = []; // format bits open now, outermost first
    const delimiter = (bit: number) => FORMAT_DELIMITERS.find((d) => d.bit === bit)!;
    // Closes open formats down to `keep`; closers go before trailing spaces, as CommonMark needs.
    const closeTo = (keep: number) => {
      if (open.length <= keep) return;
      const trailing = /\s*$/.exec(out)![0];
      out = out.slice(0, out.length - trailing.length);
      for (const bit of open.slice(keep).reverse()) out += delimiter(bit).close;
      out += trailing;
      open = open.slice(0, keep);
    };
    for (const node of nodes) {
      const format = num(node['format'], 0);
      if (node.type === 'text' && !(format & TEXT_FORMAT.code)) {
        const text = str(node['text']);
        const wanted = format ? FORMAT_DELIMITERS.filter((d) => format & d.bit).map((d) => d.bit) : NO_FORMATS;
        let keep = 0;
        while (keep < open.length && wanted.includes(open[keep]!)) keep++;
        closeTo(keep);
        const lead = text && !LEADS_WITH_SPACE.test(text) ? '' : /^\s*/.exec(text)![0];
        const body = text.slice(lead.length);
        out += this.escape(lead, false);
        if (!body) continue;
        const atLineStart = out === '' || out.endsWith('\n');
        for (const bit of wanted) {
          if (!open.includes(bit)) {
            out += delimiter(bit).open;
            open.push(bit);
          }
        }
        out += this.escape(body, atLineStart && open.length === 0);
        continue;
      }
      closeTo(0);
      const atLineStart = out === '' || out.endsWith('\n');
      const inline = INLINE.get(node.type);
      if (inline) out += inline.toMarkdown(node, this, atLineStart);
      else if (childrenOf(node).length) out += this.inline(childrenOf(node), options);
      else if (typeof node['text'] === 'string') out += this.escape(node['text'], atLineStart);
    }
    closeTo(0);
    out = out.replace(/(?: {2}\n)+$/, '').replace(/^(?: {2}\n)+/, '');
    return options.singleLine ? out.replace(/ {2}\n/g, ' ') : out;
  }

  /** One text node: inline code as a code span, the rest escaped. */
  text(text: string, format: number, atLineStart: boolean): string {
    if (format & TEXT_FORMAT.code) return codeSpan(text);
    return this.escape(text, atLineStart);
  }

  escape(text: string, atLineStart: boolean): string {
    // One line (most text nodes): the same as the general case below, without its arrays.
    if (!text.includes('\n')) return atLineStart ? escapeLineStart(escapeInline(text)) : escapeInline(text);
    const lines = text.split('\n').map((line) => escapeInline(line));
    return lines.map((line, i) => (i > 0 || atLineStart ? escapeLineStart(line) : line)).join('  \n');
  }

  /** The literal text of a code block's children. */
  plainText(nodes: SerializedLexicalNode[]): string {
    return nodes
      .map((n) => (n.type === 'linebreak' ? '\n' : n.type === 'tab' ? '\t' : typeof n['text'] === 'string' ? n['text'] : this.plainText(childrenOf(n))))
      .join('');
  }

  list(node: SerializedLexicalNode): string {
    const type = str(node['listType'], node['tag'] === 'ol' ? 'number' : 'bullet');
    let number = num(node['start'], 1);
    let indent = '  ';
    const lines: string[] = [];
    for (const item of childrenOf(node)) {
      const nested = childrenOf(item).filter((c) => c.type === 'list');
      const inline = childrenOf(item).filter((c) => c.type !== 'list');
      // Lexical nests a list in an item of its own that holds only the list: it belongs to the item before.
      if (inline.length || !nested.length) {
        let marker = '- ';
        if (type === 'number') marker = `${number++}. `;
        else if (type === 'check') marker = item['checked'] === true ? '- [x] ' : '- [ ] ';
        indent = ' '.repeat(type === 'number' ? marker.length : 2);
        const text = this.inline(inline);
        lines.push(text ? prefixLines(text, indent, marker) : marker.trimEnd());
      }
      for (const list of nested) lines.push(prefixLines(this.list(list), indent));
    }
    return lines.join('\n');
  }

  table(node: SerializedLexicalNode): string {
    const rows = childrenOf(node).map((row) =>
      childrenOf(row).map((cell) =>
        this.blocks(childrenOf(cell))
          .replace(/\n+/g, '<br>')
          .replace(/\|/g, '\\|'),
      ),
    );
    if (!rows.length) return '';
    const width = Math.max(...rows.map((r) => r.length), 1);
    const line = (cells: string[]) => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
    return [line(rows[0]!), line(Array(width).fill('---')), ...rows.slice(1).map(line)].join('\n');
  }
}

/** Parses a note's stored editor state; a damaged state yields its plain text instead of an error. */
export function parseEditorState(editorState: string): SerializedLexicalNode | null {
  try {
    const parsed = JSON.parse(editorState) as { root?: SerializedLexicalNode };
    return parsed && typeof parsed === 'object' && parsed.root && typeof parsed.root === 'object' ? parsed.root : null;
  } catch {
    return null;
  }
}

/** The Markdown body of a note (no front matter), ending with one newline. */
export function noteBodyMarkdown(editorState: string, fallbackText: string, context: NoteMarkdownContext): string {
  const root = parseEditorState(editorState);
  const body = root ? new NoteRenderer(context).blocks(childrenOf(root)) : fallbackText.split('\n').map((l) => escapeLineStart(escapeInline(l))).join('\n');
  return body.trim() ? `${body.trimEnd()}\n` : '';
}
