import { describe, expect, it } from 'vitest';
import { MENTION_NODE_TYPE, QUOTE_NODE_TYPE } from '../model/note-nodes';
import { noteReferences, noteText } from './references';
import { parseMentionNodeJSON, parseQuoteNodeJSON } from './node-json';

const text = (t: string, format = 0) => ({ type: 'text', version: 1, text: t, format, detail: 0, mode: 'normal', style: '' });
const para = (...children: object[]) => ({ type: 'paragraph', version: 1, children, direction: null, format: '', indent: 0 });
const mention = (actorId: string, name: string) => ({ type: MENTION_NODE_TYPE, version: 1, actorId, name });
const quote = (quoteId: string, snapshotText: string, speakerName: string | null = null) => ({
  type: QUOTE_NODE_TYPE,
  version: 1,
  quoteId,
  articleId: `art-${quoteId}`,
  snapshot: { text: snapshotText, speakerName, articleTitle: 'Ferry vote', articleUrl: null, siteName: 'Harbour Post', publishedAt: null },
});
const state = (...children: object[]) => JSON.stringify({ root: { type: 'root', version: 1, children, direction: null, format: '', indent: 0 } });

describe('noteReferences', () => {
  it('finds quotes and mentions anywhere, once each, in document order', () => {
    const json = state(
      para(text('Met '), mention('a2', 'Ines Varga'), text(' and '), mention('a1', 'Tomas Brell')),
      quote('q1', 'We will run the ferry at night.'),
      {
        type: 'list', version: 1, listType: 'bullet', start: 1, tag: 'ul',
        children: [{ type: 'listitem', version: 1, value: 1, children: [mention('a2', 'Ines Varga'), { type: 'link', version: 1, url: 'https://x.test', children: [mention('a3', 'Port Authority')] }] }],
      },
      quote('q2', 'Costs are covered.'),
      quote('q1', 'We will run the ferry at night.'),
    );
    expect(noteReferences(json)).toEqual({ quoteIds: ['q1', 'q2'], actorIds: ['a2', 'a1', 'a3'] });
  });

  it('accepts an object as well as a string, and unreadable input as empty', () => {
    expect(noteReferences(JSON.parse(state(para(mention('a1', 'X')))))).toEqual({ quoteIds: [], actorIds: ['a1'] });
    expect(noteReferences('{not json')).toEqual({ quoteIds: [], actorIds: [] });
    expect(noteReferences('{"root":null}')).toEqual({ quoteIds: [], actorIds: [] });
    expect(noteReferences(state(mention('', 'no id'), { type: QUOTE_NODE_TYPE, version: 1 }))).toEqual({ quoteIds: [], actorIds: [] });
  });

  it('walks a very deep nesting without overflowing the stack', () => {
    let node: object = para(mention('deep', 'Deep'));
    for (let i = 0; i < 20000; i++) node = { type: 'listitem', version: 1, children: [node] };
    expect(noteReferences({ root: { type: 'root', version: 1, children: [node] } }).actorIds).toEqual(['deep']);
  });
});

describe('noteText', () => {
  it('gives one line per block, mentions by name and quotes with their speaker', () => {
    const json = state(
      { type: 'heading', version: 1, tag: 'h1', children: [text('Ferry notes')] },
      para(text('Asked '), mention('a1', 'Ines Varga'), text(' about it.'), { type: 'linebreak', version: 1 }, text('Second line', 1)),
      quote('q1', 'We will run the ferry at night.', 'Ines Varga'),
      { type: 'horizontalrule', version: 1 },
      para(),
      {
        type: 'list', version: 1, listType: 'check', start: 1, tag: 'ul',
        children: [
          { type: 'listitem', version: 1, checked: true, value: 1, children: [text('Call the port')] },
          { type: 'listitem', version: 1, value: 2, children: [{ type: 'list', version: 1, children: [{ type: 'listitem', version: 1, children: [text('nested')] }] }] },
        ],
      },
      { type: 'code', version: 1, children: [{ type: 'code-highlight', version: 1, text: 'const x = 1;' }] },
    );
    expect(noteText(json)).toBe(
      ['Ferry notes', 'Asked Ines Varga about it.\nSecond line', '“We will run the ferry at night.” (Ines Varga)', 'Call the port', 'nested', 'const x = 1;'].join('\n'),
    );
  });

  it('is empty for an empty or unreadable note', () => {
    expect(noteText(state(para()))).toBe('');
    expect(noteText('')).toBe('');
  });
});

describe('node JSON versions', () => {
  it('reads version 1 unchanged', () => {
    const q = quote('q1', 'Text', 'Speaker');
    expect(parseQuoteNodeJSON(q)).toEqual(q);
    expect(parseMentionNodeJSON(mention('a1', 'Name'))).toEqual(mention('a1', 'Name'));
  });

  it.each([
    ['no version', { type: QUOTE_NODE_TYPE, quoteId: 'q1', articleId: 'a1', snapshot: { text: 'T' } }],
    ['version 0', { type: QUOTE_NODE_TYPE, version: 0, quoteId: 'q1', articleId: 'a1', snapshot: { text: 'T', siteName: 3 } }],
    ['a newer version with extra fields', { type: QUOTE_NODE_TYPE, version: 7, quoteId: 'q1', articleId: 'a1', snapshot: { text: 'T', extra: 1 }, colour: 'red' }],
  ])('reads a quote node with %s as version 1 with defaults', (_label, json) => {
    expect(parseQuoteNodeJSON(json)).toEqual({
      type: QUOTE_NODE_TYPE, version: 1, quoteId: 'q1', articleId: 'a1',
      snapshot: { text: 'T', speakerName: null, articleTitle: '', articleUrl: null, siteName: null, publishedAt: null },
    });
  });

  it('never throws on damaged JSON', () => {
    for (const bad of [null, 3, 'x', [], { snapshot: [] }, { quoteId: 5, snapshot: null }]) {
      expect(parseQuoteNodeJSON(bad).quoteId).toBe('');
      expect(parseMentionNodeJSON(bad)).toEqual({ type: MENTION_NODE_TYPE, version: 1, actorId: '', name: '' });
    }
  });
});

describe('openableState', () => {
  it('keeps a good state and rebuilds a damaged one from the plain text', async () => {
    const { openableState, EMPTY_NOTE_STATE } = await import('./empty');
    const good = state(para(text('hello')));
    expect(openableState(good, 'hello')).toEqual({ state: good, repaired: false });
    expect(openableState(EMPTY_NOTE_STATE, '').repaired).toBe(false);
    const rebuilt = openableState('{broken', 'line one\nline two');
    expect(rebuilt.repaired).toBe(true);
    expect(noteText(rebuilt.state)).toBe('line one\nline two');
    expect(openableState('{"root":{"type":"root","children":[]}}', '').repaired).toBe(true);
  });
});
