/**
 * Each attribution and mention pattern of the suggestion engine, on short articles written for
 * these tests (invented people and places), plus every labelled article in tests/fixtures/labelled.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { suggest } from './index';
import { editDistance, readSpeechVerb } from './verbs';

const speakerOf = (text: string, exact: string, known?: Parameters<typeof suggest>[1]) => {
  const s = suggest(text, known);
  const q = s.quotes.find((x) => x.exact.startsWith(exact));
  if (!q) throw new Error(`no quote starting “${exact}” in ${JSON.stringify(s.quotes.map((x) => x.exact))}`);
  expect(s.text.slice(q.start, q.end)).toBe(q.exact);
  return q.speaker;
};

describe('speaker attribution', () => {
  it('trailing "..., Mr X said" and "..., said X"', () => {
    const text = 'Head\nPort director Ilse Marrow spoke first.\n“The cranes are old,” Ms Marrow said.\n“We need new ones,” said Ilse Marrow.';
    expect(speakerOf(text, 'The cranes')).toBe('Ilse Marrow');
    expect(speakerOf(text, 'We need')).toBe('Ilse Marrow');
  });

  it('leading "X said: ..." and "X said that ... “...”"', () => {
    const text = 'Head\nCouncillor Owen Tarrant said: “The budget is gone.”\nMayor Lisa Penhale said that the city would “find the money somewhere”.';
    expect(speakerOf(text, 'The budget')).toBe('Owen Tarrant');
    expect(speakerOf(text, 'find the money')).toBe('Lisa Penhale');
  });

  it('"according to X"', () => {
    const text = 'Head\nThe dam was built in 1961. According to Rhea Saltonstall, an engineer at the site, “the concrete has held up well.”';
    expect(speakerOf(text, 'the concrete')).toBe('Rhea Saltonstall');
  });

  it('continuation quotes with no verb of their own, in the paragraph and in the next one', () => {
    const text = 'Head\n“We will appeal,” Mr Dunmore said. “The ruling is wrong.\n“And we will win.”\nThe court declined to comment.';
    const s = suggest(`Head\nLawyer Abel Dunmore spoke outside court.\n${text.slice(5)}`);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Abel Dunmore', 'Abel Dunmore', 'Abel Dunmore']);
  });

  it('role references: "The Harbour chief" is the actor whose role is Harbour Commissioner', () => {
    const text = 'Head\nHarbour Commissioner Tamsin Rook met the unions on Monday.\nThe Harbour chief later described the talks as “tense but useful”.';
    expect(speakerOf(text, 'tense but useful')).toBe('Tamsin Rook');
  });

  it('pronouns after a named speaker, by gender', () => {
    const text = 'Head\nMr Aldo Brenner and Ms Vera Kostic met on Friday.\n“It went well,” she said.\n“It went badly,” he said.';
    expect(speakerOf(text, 'It went well')).toBe('Vera Kostic');
    expect(speakerOf(text, 'It went badly')).toBe('Aldo Brenner');
  });

  it('typos in the verb: one slip ("sayid"), swapped letters ("siad"), a missing letter in a long verb ("explaned"), but never a real word two edits away ("committed")', () => {
    expect(speakerOf('Head\nMs Corin Vale sayid the vote was “a mistake”.', 'a mistake')).toBe('Corin Vale');
    expect(speakerOf('Head\nMs Corin Vale met them. “No more delays,” she siad.', 'No more delays')).toBe('Corin Vale');
    expect(readSpeechVerb('explaned', true)?.verb).toBe('explained');
    expect(readSpeechVerb('sad', true)).toBeNull();
    for (const word of ['committed', 'provided', 'showed', 'invested', 'released', 'protected', 'started']) expect(readSpeechVerb(word, true)).toBeNull();
    expect(editDistance('siad', 'said')).toBe(1);
  });

  it('a role appositive before or after the name in a trailing attribution', () => {
    const text = 'Head\n“Trains will run,” the line’s operations director, Nadia Fenwick, said.\n“Not on time,” Pavol Brandt, a commuters’ spokesman, said.';
    expect(speakerOf(text, 'Trains will run')).toBe('Nadia Fenwick');
    expect(speakerOf(text, 'Not on time')).toBe('Pavol Brandt');
  });

  it('a pronoun refers to the last person in subject position, not to the one spoken to', () => {
    const text = 'Head\nFleet owner Ms Rosa Imbert met Jonas Vell on Monday.\n“We lost a month,” Imbert told Vell after the meeting.\n“And we will not lose another,” he said.\n“Nor will we,” she said.';
    expect(speakerOf(text, 'And we will not')).toBe('Jonas Vell');
    expect(speakerOf(text, 'Nor will we')).toBe('Rosa Imbert');
    const subjects = 'Head\nMr Karl Osei thanked Mr Abel Frey for the loan.\n“It kept us afloat,” he said.';
    expect(speakerOf(subjects, 'It kept us')).toBe('Karl Osei');
  });

  it('an attribution later in the quote’s sentence, and "told X" names the listener, not the speaker', () => {
    const text = 'Head\n“The budget will hold” for now, said Mara Quist, a fellow at the Orlen Institute.\n“Rates will fall,” Piet Lamm, an economist who has advised three finance ministers since 2001, told Kestrel Radio.';
    expect(speakerOf(text, 'The budget will hold')).toBe('Mara Quist');
    expect(speakerOf(text, 'Rates will fall')).toBe('Piet Lamm');
  });

  it('initialisms do not end the sentence before a title ("said U.S. Attorney …")', () => {
    const text = 'Head\nThe jury agreed on Friday.\n“Justice was done,” said U.S. Attorney Lena Okoro.';
    expect(speakerOf(text, 'Justice was done')).toBe('Lena Okoro');
    expect(suggest(text).actors.find((a) => a.name === 'Lena Okoro')?.role).toBe('U.S. Attorney');
  });

  it('an acronym in brackets names the organisation; "according to <role> <name>"; "…?” asked Ms X"', () => {
    const text = 'Head\nThe Kestral Port Authority (KPA) will build a terminal.\nThe KPA said the berths would be “fully automated”.\nAccording to KPA chief executive Tan Boon Huat, “the first berths will open in 2029”.\nOpposition MP Lina Chua was doubtful. “Who will pay?” asked Ms Chua.';
    const s = suggest(text);
    expect(s.actors.find((a) => a.name === 'Kestral Port Authority')!.mentions).toEqual(['Kestral Port Authority', 'KPA']);
    expect(s.actors.some((a) => a.name === 'KPA')).toBe(false);
    expect(speakerOf(text, 'fully automated')).toBe('Kestral Port Authority');
    expect(speakerOf(text, 'the first berths')).toBe('Tan Boon Huat');
    expect(speakerOf(text, 'Who will pay')).toBe('Lina Chua');
  });

  it('a subject with an appositive before the verb: the name, never the place inside the appositive', () => {
    const text = 'Head\nThe panel’s chairwoman, retired judge Ada Morrow, said the faults were “human”.\nSen. Ivo Marsh, a Republican from Ohio, said the plan was “dead on arrival”.\n“Sorry builds nothing,” said Cara Linde, 61, whose house was lost.';
    expect(speakerOf(text, 'human')).toBe('Ada Morrow');
    expect(speakerOf(text, 'dead on arrival')).toBe('Ivo Marsh');
    expect(speakerOf(text, 'Sorry builds nothing')).toBe('Cara Linde');
  });

  it('a surname used alone that speaks is a person', () => {
    const s = suggest('Head\nThe team won 4-1.\n“It was a long night,” Dravik said.');
    expect(s.actors.map((a) => [a.name, a.kind])).toEqual([['Dravik', 'person']]);
    expect(s.quotes[0]!.speaker).toBe('Dravik');
  });

  it('an organisation that speaks, named again as "the company"', () => {
    const text = 'Head\nKelvard Mining Corporation closed the pit on Monday.\n“Safety comes first,” the company said.';
    expect(speakerOf(text, 'Safety comes first')).toBe('Kelvard Mining Corporation');
  });

  it('a caption quote with a typo verb and a title before the name', () => {
    const text = 'Head\nHarbour Commissioner Tamsin Rook sayid the port was “back to normal”.\nPHOTO: PORT AUTHORITY\nThe port reopened.';
    const s = suggest(text);
    expect(s.quotes[0]!.speaker).toBe('Tamsin Rook');
    expect(s.quotes[0]!.inCaption).toBe(true);
  });
});

describe('actors', () => {
  it('honorifics name the person named in full earlier ("Mr Brenner" is "Aldo Brenner")', () => {
    const s = suggest('Head\nAldo Brenner opened the plant. Later Mr Brenner left.');
    const a = s.actors.find((x) => x.name === 'Aldo Brenner')!;
    expect(a.mentions).toEqual(['Aldo Brenner', 'Mr Brenner']);
    expect(s.actors.filter((x) => x.kind === 'person')).toHaveLength(1);
  });

  it('role appositives give the role: before the name, after it, and as a title', () => {
    const s = suggest('Head\nKestland Finance Minister Joel Marsh spoke. Ada Quill, the chief economist at Norvik Bank, disagreed. The bank’s founder, Piet Olden, stayed silent.');
    const role = (n: string) => s.actors.find((a) => a.name === n)?.role;
    expect(role('Joel Marsh')).toBe('Kestland Finance Minister');
    expect(role('Ada Quill')).toBe('chief economist at Norvik Bank');
    // "The bank's founder": the one bank named before.
    expect(role('Piet Olden')).toBe('founder of Norvik Bank');
    expect(s.actors.find((a) => a.name === 'Norvik Bank')?.kind).toBe('organisation');
  });

  it('finds known actors by name and alias ignoring case and diacritics, at word boundaries only', () => {
    const known = [{ id: 'k1', name: 'Zoë Ångström', kind: 'person' as const, aliases: ['The Admiral'], role: 'fleet commander' }];
    const s = suggest('Head\nZOE ANGSTROM arrived. “Hold the line,” the admiral said. Angstromville is elsewhere.', { known });
    const a = s.actors.find((x) => x.knownId === 'k1')!;
    expect(a.name).toBe('Zoë Ångström');
    expect(a.occurrences.map((o) => s.text.slice(o.start, o.end))).toEqual(['ZOE ANGSTROM', 'the admiral']);
    expect(s.quotes[0]!.speaker).toBe('Zoë Ångström');
  });

  it('keeps organisations, places and people apart: possessive names, street names, datelines', () => {
    const s = suggest('Head\nDORNBY, Ohio – The Dornby Tenants’ Union marched down Mill Street on Sunday.');
    const kinds = Object.fromEntries(s.actors.map((a) => [a.name, a.kind]));
    expect(kinds).toMatchObject({ 'Dornby Tenants’ Union': 'organisation', 'Mill Street': 'place', Dornby: 'place', Ohio: 'place' });
  });

  it('does not propose lone organisation words, acronyms, events or the White House', () => {
    const s = suggest('Head\nThe Police said the TV crew filmed the Harbour Cup Finals outside the White House.\n“No comment,” said CBS WNY.');
    expect(s.actors.filter((a) => a.kind !== 'place').map((a) => a.name)).toEqual([]);
  });

  it('finds well-known companies without any cue, and joins a short name to the longer one', () => {
    const s = suggest('Head\nOrbis Airways ordered jets from Boeing on Monday. Orbis said the order was its biggest.');
    expect(s.actors.map((a) => [a.name, a.kind])).toEqual([['Orbis Airways', 'organisation'], ['Boeing', 'organisation']]);
    expect(s.actors[0]!.mentions).toContain('Orbis');
  });

  it('skips page furniture and the wire credit', () => {
    const s = suggest('Head\nSign up now: Get the Morning Brief newsletter\nFollow topic:\nThe harbour reopened on Monday, Ms Ilse Marrow said. NORTHWIRE');
    expect(s.actors.map((a) => a.name)).toEqual(['Ilse Marrow']);
  });
});

describe('labelled articles written for the project', () => {
  const dir = join(__dirname, '../../tests/fixtures/labelled');
  const files = readdirSync(dir).filter((f) => f.endsWith('.labels.json'));
  it('has labels for every article', () => {
    const articles = readdirSync(dir).filter((f) => /\.(txt|html)$/.test(f));
    expect(files.length).toBe(articles.length);
  });
  for (const f of files.filter((x) => !x.startsWith('rail'))) {
    it(`${f}: label offsets point at the quoted words`, () => {
      const labels = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { file: string; quotes: { exact: string; start: number; end: number }[] };
      if (labels.file.endsWith('.html')) return;
      const text = readFileSync(join(dir, labels.file), 'utf8');
      for (const q of labels.quotes) expect(text.slice(q.start, q.end)).toBe(q.exact);
    });
  }
});
