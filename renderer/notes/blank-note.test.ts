import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_NOTE_STATE } from '../../shared/notes/empty';
import { MENTION_NODE_TYPE } from '../../shared/model/note-nodes';
import { isBlankNote, noteClosed, noteOpened } from './blank-note';

const text = (t: string) => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' });
const state = (...children: object[]) => JSON.stringify({ root: { type: 'root', version: 1, children } });
const para = (...children: object[]) => ({ type: 'paragraph', version: 1, children });

describe('isBlankNote', () => {
  it('is blank with no title (or the default one) and only empty paragraphs', () => {
    expect(isBlankNote({ title: '', editorState: EMPTY_NOTE_STATE })).toBe(true);
    expect(isBlankNote({ title: 'Untitled note', editorState: state(para(), para(text('  '))) })).toBe(true);
    expect(isBlankNote({ title: ' ', editorState: '' })).toBe(true);
  });

  it('is not blank with a title, a word, a heading, a list or a mention', () => {
    expect(isBlankNote({ title: 'Port visit', editorState: EMPTY_NOTE_STATE })).toBe(false);
    expect(isBlankNote({ title: '', editorState: state(para(text('Call'))) })).toBe(false);
    expect(isBlankNote({ title: '', editorState: state({ type: 'heading', tag: 'h2', version: 1, children: [] }) })).toBe(false);
    expect(isBlankNote({ title: '', editorState: state({ type: 'list', listType: 'check', version: 1, children: [{ type: 'listitem', version: 1, children: [] }] }) })).toBe(false);
    expect(isBlankNote({ title: '', editorState: state(para({ type: MENTION_NODE_TYPE, version: 1, actorId: 'p1', name: 'Ines' })) })).toBe(false);
    expect(isBlankNote({ title: '', editorState: '{not json' })).toBe(false);
  });
});

describe('leaving a note', () => {
  afterEach(() => vi.useRealTimers());

  it('is told from a remount: the note opened again before the next task is not left', () => {
    vi.useFakeTimers();
    const left: string[] = [];
    noteOpened('n1');
    noteClosed('n1', () => left.push('n1 first'));
    noteOpened('n1');
    vi.runAllTimers();
    expect(left).toEqual([]);
    noteClosed('n1', () => left.push('n1'));
    vi.runAllTimers();
    expect(left).toEqual(['n1']);
  });
});
