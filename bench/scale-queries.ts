/**
 * Realistic search queries for a generated notebook, drawn from its own text: words, names,
 * two-word phrases, unfinished words (type-ahead), misspellings, and accents dropped or added.
 * Seeded, so every run asks the same questions.
 */
import { buildArticle, createContext, type GenOptions } from '../scripts/gen/notebook';
import { hashSeed, Rng } from '../scripts/gen/random';
import { STOP_WORDS } from '../shared/search/notebook-index';

export interface BenchQuery {
  query: string;
  kind: 'word' | 'name' | 'surname' | 'phrase' | 'prefix' | 'typo' | 'accent';
}

const stripAccents = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '');

function typo(rng: Rng, word: string): string {
  const i = rng.int(1, word.length - 2);
  const r = rng.int(0, 2);
  if (r === 0) return word.slice(0, i) + word.slice(i + 1); // a letter dropped
  if (r === 1) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2); // two swapped
  return word.slice(0, i) + 'e' + word.slice(i + 1); // one replaced
}

export function benchQueries(options: GenOptions, count = 200): BenchQuery[] {
  const ctx = createContext(options);
  const rng = new Rng(hashSeed(ctx.seed, 'bench-queries'));
  const words: string[] = [];
  const phrases: string[] = [];
  for (let k = 0; k < 40; k++) {
    const { body } = buildArticle(ctx, rng.int(0, ctx.spec.articles - 1));
    const tokens = body.text.split(/[\s\p{P}]+/u).filter((w) => w.length >= 4 && !STOP_WORDS.has(w.toLowerCase()));
    for (let j = 0; j < 6; j++) words.push(rng.pick(tokens));
    const at = rng.int(0, tokens.length - 2);
    phrases.push(`${tokens[at]} ${tokens[at + 1]}`);
  }
  const people = ctx.actors.filter((a) => a.kind === 'person');
  const accented = [...words, ...people.map((a) => a.name)].filter((w) => stripAccents(w) !== w);
  const plan: [BenchQuery['kind'], number][] = [['word', 50], ['name', 30], ['surname', 20], ['phrase', 20], ['prefix', 30], ['typo', 30], ['accent', 20]];
  const out: BenchQuery[] = [];
  for (const [kind, n] of plan) {
    for (let k = 0; k < n; k++) {
      const word = rng.pick(words);
      const person = rng.pick(people);
      let query: string;
      if (kind === 'word') query = word.toLowerCase();
      else if (kind === 'name') query = person.name;
      else if (kind === 'surname') query = person.name.split(' ').slice(1).join(' ');
      else if (kind === 'phrase') query = rng.pick(phrases).toLowerCase();
      else if (kind === 'prefix') query = word.slice(0, rng.int(3, Math.min(5, word.length))).toLowerCase();
      else if (kind === 'typo') query = typo(rng, word.length >= 6 ? word : person.name.split(' ')[1]!).toLowerCase();
      else {
        const source = accented.length ? rng.pick(accented) : word;
        query = rng.chance(0.5) ? stripAccents(source) : source.toUpperCase();
      }
      out.push({ query, kind });
    }
  }
  return out.slice(0, count);
}
