import { describe, expect, it } from 'vitest';
import { suggest } from '../../shared/suggest';
import { matchSuggestedNames, suggestedNamesOf } from './suggested-names';

// Written for this test (invented ferry company, harbour and people).
const TEXT = [
  'The ferry company Halvik Lines cut its winter timetable in Ostrand on Tuesday.',
  '“We cannot sail with one boat,” said Mara Lindqvist, the company’s operations director.',
  '“The crossing is our only road,” said Piet Olden, secretary of the Ostrand Ferry Users Group. Mr Olden asked for a second boat.',
].join('\n\n');

describe('suggested names for the type-aheads', () => {
  const all = suggestedNamesOf('a1', suggest(TEXT), []);
  const names = (typed: string, taken: string[] = []) => matchSuggestedNames(typed, all, taken).map((n) => n.proposal.name);

  it('offers people and organisations new to the notebook, not places, known actors or dismissed ones', () => {
    expect(all.map((n) => n.proposal.name).sort()).toEqual(['Halvik Lines', 'Mara Lindqvist', 'Ostrand Ferry Users Group', 'Piet Olden']);
    const known = suggest(TEXT, { known: [{ id: 'x', name: 'Mara Lindqvist', kind: 'person', aliases: [], role: null }] });
    expect(suggestedNamesOf('a1', known, ['actor:piet olden']).map((n) => n.proposal.name).sort()).toEqual(['Halvik Lines', 'Ostrand Ferry Users Group']);
  });

  it('matches the start of any word of the name or a name-like mention, ignoring case and accents', () => {
    expect(names('Piet')).toEqual(['Piet Olden']);
    expect(names('olden')).toEqual(['Piet Olden']);
    expect(names('mr old')).toEqual(['Piet Olden']);
    expect(names('ostrand ferry')).toEqual(['Ostrand Ferry Users Group']);
    expect(names('líndq')).toEqual(['Mara Lindqvist']);
    expect(names('iet')).toEqual([]);
    expect(names('  ')).toEqual([]);
  });

  it('leaves out a name already offered as a notebook actor, and offers each name once', () => {
    expect(names('piet', ['Piet Olden'])).toEqual([]);
    expect(matchSuggestedNames('piet', [...all, ...suggestedNamesOf('a2', suggest(TEXT), [])]).map((n) => [n.articleId, n.proposal.name])).toEqual([['a1', 'Piet Olden']]);
  });
});
