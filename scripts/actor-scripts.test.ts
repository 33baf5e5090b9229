/** Runs `npm run suggest` and `npm run eval:actors` as a user would (their scripts through tsx). */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeTempDirs, tempDir } from '../tests/helpers/temp-dirs';

afterEach(removeTempDirs);

const root = resolve(__dirname, '..');
const labelled = join(root, 'tests/fixtures/labelled');
const seed = resolve(root, '../shared/corpus/seed');

function run(script: string, args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, script), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run suggest', () => {
  it('prints one JSON object per input with offsets into the normalised text, for text and HTML', () => {
    const dir = tempDir('suggest-');
    const crlf = join(dir, 'crlf.txt');
    writeFileSync(crlf, '\uFEFFDocks reopen\r\nHarbour Commissioner Tamsin Rook spoke.\r\n“We are open,” Ms Rook said.\r\n');
    const r = run('scripts/suggest.ts', [crlf, join(labelled, 'rail-strike-html.html'), '--json']);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    const [text, html] = lines;
    expect(text.input).toBe(crlf);
    expect(text.actors).toEqual([{ name: 'Tamsin Rook', kind: 'person', role: 'Harbour Commissioner', mentions: ['Tamsin Rook', 'Ms Rook'] }]);
    const normalised = 'Docks reopen\nHarbour Commissioner Tamsin Rook spoke.\n“We are open,” Ms Rook said.\n';
    expect(text.quotes).toEqual([{ exact: 'We are open,', start: normalised.indexOf('We are'), end: normalised.indexOf('We are') + 12, speaker: 'Tamsin Rook' }]);
    expect(html.quotes.map((q: { speaker: string }) => q.speaker)).toContain('Pavel Hruby');
    expect(Object.keys(html.actors[0]).sort()).toEqual(['kind', 'mentions', 'name', 'role']);
  });

  it('reports a missing file and exits non-zero, still printing the others', () => {
    const r = run('scripts/suggest.ts', ['/nonexistent/x.txt', join(labelled, 'parliament-nested.txt'), '--json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('/nonexistent/x.txt: file not found');
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });
});

describe('npm run eval:actors', () => {
  it('scores the labelled articles and writes the results file', () => {
    const out = join(tempDir('eval-'), 'actors.json');
    const r = run('scripts/eval-actors.ts', [labelled, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(Object.keys(result)).toEqual(expect.arrayContaining(['actors', 'speakers', 'files']));
    expect(result.files.length).toBeGreaterThanOrEqual(8);
    expect(result.speakers.total).toBeGreaterThanOrEqual(50);
    expect(result.actors.recall).toBeGreaterThanOrEqual(0.9);
    expect(result.actors.precision).toBeGreaterThanOrEqual(0.9);
    expect(result.speakers.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(r.stdout).toMatch(/speakers \d+\/\d+/);
  });

  it.skipIf(!existsSync(seed))('on the seed corpus (skipped when ../shared/corpus is absent): every person and organisation, all 7 speakers', () => {
    const out = join(tempDir('eval-'), 'actors.json');
    const r = run('scripts/eval-actors.ts', [seed, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    expect(result.actors.recall).toBe(1);
    expect(result.speakers).toEqual({ correct: 7, total: 7, accuracy: 1 });
  });
});
