/**
 * Suggestions for a text written in German, where every noun is capitalised. Sentences invented for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { isGermanText } from './german';
import { suggest } from './index';
import { readSpeechVerb } from './verbs';

const GERMAN = [
  'Stadtrat stimmt für neue Straßenbahnlinie',
  'Der Stadtrat von Lindau hat am Mittwochabend mit 31 zu 14 Stimmen den Bau einer neuen Straßenbahnlinie beschlossen. Die Linie soll vom Hauptbahnhof über die Altstadt bis zum Klinikum führen.',
  '„Das ist ein guter Tag für Lindau“, sagte Oberbürgermeisterin Sabine Krüger nach der Abstimmung. Die Kosten werden auf rund 180 Millionen Euro geschätzt. Der Bund übernimmt nach Angaben der Stadt etwa 60 Prozent.',
  'Die Fraktion der Freien Wähler stimmte geschlossen dagegen. „Niemand kann heute sagen, was die Linie am Ende wirklich kostet“, sagte Fraktionschef Jürgen Hoffmann. Die Versorgung der Patienten im Klinikum soll nicht leiden, und die Bauarbeiten sollen in Deutschland noch 2027 beginnen.',
].join('\n');

describe('German text', () => {
  it('is told from English by its function words, and only when there is enough of it', () => {
    expect(isGermanText(GERMAN)).toBe(true);
    const english = 'The council voted for the new tram line on Wednesday, and the mayor said it was a good day for the city. '.repeat(4);
    expect(isGermanText(english)).toBe(false);
    expect(isGermanText('Der Bund zahlt. Die Stadt baut.')).toBe(false);
  });

  it('keeps people named with a title and known places, drops capitalised nouns, and reads "sagte" as a speech verb', () => {
    const s = suggest(GERMAN);
    expect(s.actors.map((a) => [a.kind, a.name, a.role])).toEqual([
      ['person', 'Sabine Krüger', 'Oberbürgermeisterin'],
      ['person', 'Jürgen Hoffmann', 'Fraktionschef'],
      ['place', 'Germany', null],
    ]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Sabine Krüger', 'Jürgen Hoffmann']);
  });

  it('keeps one word after "in" with a town’s ending ("in Heidelberg"), not a noun ("in Krankenhäusern")', () => {
    const text = `${GERMAN}\nDie neue Software wird zuerst in Heidelberg getestet, später auch in Krankenhäusern und in Kliniken.`;
    const places = suggest(text).actors.filter((a) => a.kind === 'place').map((a) => a.name);
    expect(places).toEqual(['Germany', 'Heidelberg']);
  });

  it('keeps an organisation named with its legal form ("Bauer Logistik GmbH", "Krüger Bau KGaA"), not a capitalised noun phrase', () => {
    const text = `${GERMAN}\nDen Auftrag erhielt die Bauer Logistik GmbH. Gegen die Trasse geklagt hatte die Krüger Bau KGaA. Die Neue Verkehrsplanung bleibt offen.`;
    const orgs = suggest(text).actors.filter((a) => a.kind === 'organisation').map((a) => a.name);
    expect(orgs).toEqual(['Bauer Logistik GmbH', 'Krüger Bau KGaA']);
  });

  it('reads German verbs only as written, never as a typo ("saat" is no "sagt")', () => {
    expect(readSpeechVerb('sagte', true)?.verb).toBe('sagte');
    expect(readSpeechVerb('Saat', true)).toBeNull();
    expect(readSpeechVerb('Saat', false)).toBeNull();
  });
});
