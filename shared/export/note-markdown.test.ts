import { describe, expect, it } from 'vitest';
import { createEditor } from 'lexical';
import { $convertFromMarkdownString, CHECK_LIST, TRANSFORMERS } from '@lexical/markdown';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { CodeHighlightNode, CodeNode } from '@lexical/code';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { br, code, editorState, embed, h, hr, li, link, list, mention, p, quote, t } from '../../tests/helpers/lexical-json';
import type { SerializedLexicalNode } from '../model';
import { NOTE_TRANSFORMERS, TEXT_FORMAT as F, noteBodyMarkdown, type NoteMarkdownContext } from './note-markdown';

const plain: NoteMarkdownContext = { mentionStyle: 'wikilink' };
const md = (context: NoteMarkdownContext, ...children: SerializedLexicalNode[]) => noteBodyMarkdown(editorState(...children), '', context);

const snapshot = {
  text: 'We will not sell the ferry.',
  speakerName: 'Mara Quist',
  articleTitle: 'Harbour council keeps night ferry',
  articleUrl: 'https://news.example/harbour',
  siteName: 'Harbour Gazette',
  publishedAt: '2026-03-12T08:00:00Z',
};

/** [name, nodes, Markdown, does @lexical/markdown read it back to the same nodes?] */
const CASES: [string, SerializedLexicalNode[], string, boolean][] = [
  ['paragraph', [p(t('Hello world.'))], 'Hello world.', true],
  ['two paragraphs', [p(t('One.')), p(t('Two.'))], 'One.\n\nTwo.', true],
  ['empty paragraphs dropped', [p(), p(t('x')), p()], 'x', true],
  ['bold', [p(t('a '), t('bold', F.bold), t(' b'))], 'a **bold** b', true],
  ['italic', [p(t('an '), t('idea', F.italic))], 'an *idea*', true],
  ['bold italic nested', [p(t('bold ', F.bold), t('both', F.bold | F.italic), t(' plain'))], '**bold *both*** plain', false],
  ['strikethrough', [p(t('gone', F.strikethrough))], '~~gone~~', true],
  ['highlight', [p(t('key', F.highlight))], '==key==', true],
  ['inline code', [p(t('run '), t('npm `x`', F.code))], 'run `` npm `x` ``', false],
  ['underline sub sup', [p(t('u', F.underline), t('2', F.subscript), t('3', F.superscript))], '<u>u</u><sub>2</sub><sup>3</sup>', false],
  ['format closes before trailing space', [p(t('bold ', F.bold), t('plain'))], '**bold** plain', true],
  ['escapes', [p(t('a*b_c [x] <y> `z` $5 == ~~ %% &amp;'))], 'a\\*b\\_c \\[x\\] \\<y\\> \\`z\\` \\$5 \\=\\= \\~\\~ \\%\\% \\&amp;', false],
  ['line-start escapes', [p(t('# not a heading')), p(t('- not a list')), p(t('1. not a list')), p(t('> no'))], '\\# not a heading\n\n\\- not a list\n\n1\\. not a list\n\n\\> no', false],
  ['line break', [p(t('line one'), br(), t('line two'))], 'line one  \nline two', false],
  ['line break then heading-like text', [p(t('a'), br(), t('# b'))], 'a  \n\\# b', false],
  ['headings', [h(1, t('Title')), h(3, t('Sub'))], '# Title\n\n### Sub', true],
  ['quote', [quote(t('Said once.'))], '> Said once.', true],
  ['quote with break', [quote(t('a'), br(), t('b'))], '> a  \n> b', false],
  ['code block', [code('ts', 'const a = 1;\nconst b = 2;')], '```ts\nconst a = 1;\nconst b = 2;\n```', true],
  ['code block holding a fence', [code('', '```\nx')], '````\n```\nx\n````', false],
  ['horizontal rule', [p(t('a')), hr(), p(t('b'))], 'a\n\n---\n\nb', false],
  ['link', [p(link('https://example.org/a b', t('site')))], '[site](<https://example.org/a b>)', false],
  ['link', [p(t('see '), link('https://example.org/x', t('this')))], 'see [this](https://example.org/x)', true],
  ['javascript link kept as text', [p(link('javascript:alert(1)', t('bad')))], 'bad', false],
  ['bullet list', [list('bullet', [li([t('one')]), li([t('two')])])], '- one\n- two', true],
  ['numbered list', [list('number', [li([t('one')]), li([t('two')])], 3)], '3. one\n4. two', false],
  ['check list', [list('check', [li([t('done')], { checked: true }), li([t('todo')], { checked: false })])], '- [x] done\n- [ ] todo', true],
  ['nested list', [list('bullet', [li([t('a')]), li([list('number', [li([t('a1')]), li([t('a2')])])]), li([t('b')])])], '- a\n  1. a1\n  2. a2\n- b', false],
  ['list item with break', [list('number', [li([t('a'), br(), t('b')])])], '1. a  \n   b', false],
];

describe('note -> Markdown: standard nodes (table)', () => {
  it.each(CASES)('%s', (_name, nodes, expected) => {
    expect(md(plain, ...nodes)).toBe(`${expected}\n`);
  });

  it('every transformer in the table is exercised', () => {
    const types = new Set<string>();
    const walk = (n: SerializedLexicalNode) => {
      types.add(n.type);
      (n.children ?? []).forEach(walk);
    };
    for (const [, nodes] of CASES) nodes.forEach(walk);
    types.add('root');
    types.add('dossier-quote');
    types.add('dossier-mention');
    const untested = NOTE_TRANSFORMERS.map((x) => x.type).filter((type) => !types.has(type) && !['code-highlight', 'tab', 'autolink', 'table'].includes(type));
    expect(untested).toEqual([]);
  });
});

describe('note -> Markdown -> @lexical/markdown -> note: round trip', () => {
  const roundTrips = CASES.filter((c) => c[3]);
  it.each(roundTrips)('%s', (_name, nodes) => {
    const first = md(plain, ...nodes);
    const editor = createEditor({
      nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, CodeNode, CodeHighlightNode, LinkNode, AutoLinkNode],
      onError: (e) => {
        throw e;
      },
    });
    editor.update(() => $convertFromMarkdownString(first, [CHECK_LIST, ...TRANSFORMERS]), { discrete: true });
    const again = noteBodyMarkdown(JSON.stringify(editor.getEditorState().toJSON()), '', plain);
    expect(again).toBe(first);
  });
});

describe('note -> Markdown: Dossier nodes', () => {
  const ctx: NoteMarkdownContext = {
    mentionStyle: 'wikilink',
    actorName: (id) => ({ a1: 'Mara Quist', a2: 'Port Authority [North]' })[id],
    actorPath: (id) => ({ a1: 'Actors/Mara Quist.md', a2: 'Actors/Port Authority North.md' })[id],
  };

  it('mentions as wikilinks, with the file name when it differs from the actor name', () => {
    expect(md(ctx, p(mention('a1', 'old name'), t(' met '), mention('a2', 'PA')))).toBe('[[Actors/Mara Quist|Mara Quist]] met [[Actors/Port Authority North|Port Authority North]]\n');
    expect(md(plain, p(mention('zz', 'Ines Obi')))).toBe('[[Ines Obi]]\n');
  });

  it('mentions as plain text or Markdown links, by the setting', () => {
    expect(md({ ...ctx, mentionStyle: 'plain' }, p(mention('a2', 'PA')))).toBe('Port Authority \\[North\\]\n');
    expect(md({ ...ctx, mentionStyle: 'markdown-link' }, p(mention('a1', 'x')))).toBe('[Mara Quist](../Actors/Mara%20Quist.md)\n');
  });

  it('an embedded quote is a blockquote followed by its attribution', () => {
    expect(md(plain, embed('q1', 'art1', snapshot))).toBe(
      '> We will not sell the ferry.\n>\n> — Mara Quist, [Harbour council keeps night ferry](https://news.example/harbour), Harbour Gazette, 2026-03-12\n',
    );
  });

  it('the quote as it is now wins over the snapshot, and links to its block in a notebook export', () => {
    const live: NoteMarkdownContext = {
      ...plain,
      quote: () => ({ ...snapshot, text: 'Para one.\n\nPara *two*.', speakerName: null, articleUrl: null, siteName: null, publishedAt: null }),
      quoteBlock: () => 'Articles/Harbour council keeps night ferry#^q-1a2b3c4d',
    };
    expect(md(live, embed('q1', 'art1', snapshot))).toBe(
      '> Para one.\n>\n> Para \\*two\\*.\n>\n> — *Harbour council keeps night ferry* · [[Articles/Harbour council keeps night ferry#^q-1a2b3c4d|highlight]]\n',
    );
  });

  it('unknown nodes keep their children or text; a damaged state falls back to the plain text', () => {
    expect(md(plain, { type: 'future-callout', version: 1, children: [p(t('inside'))] }, { type: 'future-chip', version: 1, text: 'chip' })).toBe('inside\n\nchip\n');
    expect(noteBodyMarkdown('{not json', 'Plain # text\n# second', plain)).toBe('Plain # text\n\\# second\n');
    expect(noteBodyMarkdown(editorState(), '', plain)).toBe('');
  });
});
