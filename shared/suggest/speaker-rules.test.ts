/**
 * Attribution rules added for articles the rules were not written against: pronouns after a role or
 * an appositive, gender from role words, organisations that speak through a spokesperson or a head
 * noun, a sentence that ends outside the closing mark, "-ing" verbs and Q&A answers. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { suggest } from './index';

const speakers = (text: string) => suggest(text).quotes.map((q) => [q.exact, q.speaker]);

describe('speaker attribution, further rules', () => {
  it('a pronoun finds a person introduced with a lower-case role before the name', () => {
    const text = 'Head\nFinance Minister Oren Castell spoke first. Opposition health spokeswoman Lena Marsh replied. Later, she said: “The cuts are real.”';
    expect(speakers(text)).toEqual([['The cuts are real.', 'Lena Marsh']]);
  });

  it('a pronoun finds a person introduced in an appositive ("The firm’s finance director, X, is …")', () => {
    const text = 'Head\nMinister Ada Voss opened the plant.\nThe firm’s finance director, Bram Okoye, is a former auditor. He told the Saltham Courier that the books were “in perfect order”.';
    expect(speakers(text)).toEqual([['in perfect order', 'Bram Okoye']]);
  });

  it('a role word gives the gender a pronoun needs ("spokeswoman" is female, "chairman" male)', () => {
    const s = suggest('Head\nUnion spokeswoman Tilde Marr met Ivo Senn, the club chairman, on Monday.');
    expect(s.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.gender])).toEqual([
      ['Tilde Marr', 'female'],
      ['Ivo Senn', 'male'],
    ]);
  });

  it('a full stop after the closing mark ends the sentence: the next one is not the attribution', () => {
    const text = "Head\nCllr Nia Brook said the vote was 'finely balanced'. She noted the conditions. Mr Edwin Tull disagreed.";
    expect(speakers(text)).toEqual([['finely balanced', 'Nia Brook']]);
  });

  it('"-ing" verbs introduce a fragment ("with the mayor calling it «…»")', () => {
    const text = 'Head\nMayor Ilse Varo closed the bridge, calling it «a danger to everyone».';
    expect(speakers(text)).toEqual([['a danger to everyone', 'Ilse Varo']]);
  });

  it('organisations speak through "an agency spokesperson", "a spokesman for the company" and their head noun', () => {
    const text =
      'Head\nThe Orran Water Agency cut supply. “The reservoirs are low,” an agency spokesperson said.\nThe Saltham Grain Terminal (SGT) closed. “Nobody was hurt,” the terminal said.\nBrisk Freight Ltd was fined. “We will pay,” a spokesman for the company said.';
    expect(speakers(text)).toEqual([
      ['The reservoirs are low,', 'Orran Water Agency'],
      ['Nobody was hurt,', 'Saltham Grain Terminal'],
      ['We will pay,', 'Brisk Freight Ltd'],
    ]);
  });

  it.each([
    ['a role phrase and a comma between the verb and the name', '“The offer came late,” said its general secretary, Ana Lindqvist.', 'Ana Lindqvist'],
    ['a possessive role before the name: the name after it speaks', 'Union secretary Ana Lindqvist spoke first. “We will be back,” said Lindqvist’s deputy, Karl Ode.', 'Karl Ode'],
    ['lower-case role words right before the name', 'The talks stalled. “It is time,” said union leader Ana Lindqvist.', 'Ana Lindqvist'],
    ['a job in lower case before the name, with single quotation marks', "The yard went quiet. 'The offer is an insult,' said crane operator Tom Varga.", 'Tom Varga'],
  ])('after a trailing verb: %s', (_, body, speaker) => {
    expect(speakers(`Head\n${body}`).map(([, who]) => who)).toEqual([speaker]);
  });

  it('a name after other lower-case words than a role is not the speaker ("said a letter sent to X")', () => {
    const text = 'Head\nThe board met.\n“The plan is dead,” said a letter sent to Ana Lindqvist.';
    expect(speakers(text)).toEqual([['The plan is dead,', null]]);
  });

  it('Q&A answers after "Surname:" without quotation marks are that person’s words; furniture is not', () => {
    const text = 'Head\nWe spoke to Dr Hanne Solberg, a lock keeper.\nWhat is hard about the job?\nSolberg: The winters, mostly. And the tourists.\nPhoto: Saltham Courier\nNotes: written in the lock house.';
    expect(speakers(text)).toEqual([['The winters, mostly. And the tourists.', 'Hanne Solberg']]);
  });
});

describe('people introduced by a relative clause or an age', () => {
  it('"X, who served as environment minister," gives the role a later "the former minister" refers to; a role named later in the body is no one before', () => {
    const text = 'Head\nHarriet Dunmore, who served as environment minister from 2015 to 2018, will chair the inquiry.\n“That cannot go on,” the former minister told the Ashby Gazette.\nLater, Agency chief executive Claire Boyd said the agency would help.';
    const s = suggest(text);
    expect(s.actors.find((a) => a.name === 'Harriet Dunmore')?.role).toBe('environment minister');
    expect(s.actors.find((a) => a.name === 'Claire Boyd')?.mentions).toEqual(['Claire Boyd']);
    expect(speakers(text)).toEqual([['That cannot go on,', 'Harriet Dunmore']]);
  });

  it('a name followed by ", who" is a person even when nothing else says so, and speaks after the clause', () => {
    const text = 'Head\nResidents were hopeful. Kevin Marsh, who chairs the Ashby Flood Action Group, said the group would “hold her to that”.';
    expect(speakers(text)).toEqual([['hold her to that', 'Kevin Marsh']]);
  });

  it('"the 58-year-old" before or after a quote is the person last written about', () => {
    const text = 'Head\nHarriet Dunmore will chair the inquiry. The 58-year-old said she took the job “with a heavy heart”.\n“We will hear everyone,” the 58-year-old added.';
    expect(speakers(text).map(([, who]) => who)).toEqual(['Harriet Dunmore', 'Harriet Dunmore']);
  });
});

describe('headline roles, lead-in paragraphs and clauses after a comma', () => {
  it('"Minister says …" in a headline is the one person with that role; "Minister" is no actor of its own', () => {
    const s = suggest('Minister says ferry deal is ‘close’\nTransport Minister Elin Haug spoke on Monday.');
    expect(s.actors.map((a) => a.name)).toEqual(['Elin Haug']);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Elin Haug']);
  });

  it('a paragraph ending "X told reporters:" leads in the quote that opens the next paragraph', () => {
    const text = 'Head\nTransport Minister Elin Haug met the islanders. Afterwards, Haug told reporters:\n“We have agreed on the timetable.”';
    expect(speakers(text)).toEqual([['We have agreed on the timetable.', 'Elin Haug']]);
  });

  it('"with the operator, Haug told …": the name after the comma opens a clause; the operator is not Haug', () => {
    const s = suggest('Head\nTransport Minister Elin Haug met the operator. Speaking after a meeting with the operator, Haug told reporters it went well.\nThe operator, Skerry Lines, said in a statement that it “welcomed the progress”.');
    expect(s.actors.map((a) => [a.name, a.kind])).toEqual([['Elin Haug', 'person'], ['Skerry Lines', 'organisation']]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Skerry Lines']);
  });
});
