/**
 * `npm run extract` as a user runs it: a child process (tsx) against files written for the
 * project and pages served from 127.0.0.1.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '..');
const FIXTURES = join(ROOT, 'tests/fixtures/extract');
const pageHtml = readFileSync(join(FIXTURES, 'harbour-board.html'), 'utf8');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function runCli(args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/extract.ts'), ...args], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

let dir = '';
let server: Server;
let base = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dossier-extract-'));
  writeFileSync(join(dir, 'harbour-board.html.gz'), gzipSync(Buffer.from(pageHtml, 'utf8')));
  writeFileSync(join(dir, 'empty.html'), '   ');
  server = createServer((req, res) => {
    if (req.url === '/news/harbour-board') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(pageHtml);
    } else if (req.url === '/report.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n');
    } else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Not found</h1>');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((ok) => server.close(() => ok()));
  rmSync(dir, { recursive: true, force: true });
});

// Each test starts tsx child processes (about 2 s each on an idle machine, far more on a busy one).
describe('npm run extract', { timeout: 120_000 }, () => {
  it('prints one JSON line per input, in order, and goes on past failures', async () => {
    const inputs = [
      join(FIXTURES, 'harbour-board.html'),
      join(dir, 'harbour-board.html.gz'),
      join(FIXTURES, 'night-ferry.txt'),
      join(dir, 'missing.html'),
      `${base}/news/harbour-board`,
      `${base}/gone`,
      `${base}/report.pdf`,
      join(dir, 'empty.html'),
    ];
    const run = await runCli([...inputs, '--json']);
    expect(run.code).toBe(1);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(inputs.length);

    const [html, gz, txt, missing, served, gone, pdf, empty] = lines as Array<Record<string, unknown>>;
    expect(Object.keys(html!).sort()).toEqual(['byline', 'html', 'lang', 'publishedAt', 'siteName', 'text', 'title', 'url', 'wordCount']);
    expect(html).toMatchObject({
      title: 'Harbour board freezes ferry fares for islanders',
      byline: 'Marta Quillon, Oskar Veldt',
      siteName: 'The Alder Courier',
      publishedAt: '2025-03-11T17:40:00.000Z',
      url: 'https://courier.alder.example/news/2025/03/harbour-board-freezes-fares',
      lang: 'en-GB',
    });
    const text = html!['text'] as string;
    expect(text.split('\n\n')[0]).toMatch(/^The Alder harbour board voted/);
    expect(text).not.toMatch(/Sign up now|Follow topic|Related stories|Most read/);
    expect(html!['wordCount']).toBe(text.match(/[\p{L}\p{N}]+/gu)!.length);
    expect(html!['html']).toMatch(/^<div>/);
    expect(html!['html']).not.toMatch(/<script|<form|<button|onclick/i);

    expect(gz).toEqual(html); // the same page, gzipped
    expect(txt).toMatchObject({ title: 'Night ferry to Skarra returns after two winters', byline: null, url: null });
    // Furniture, the photo caption and its credit, and the dateline are not body text.
    expect((txt!['text'] as string).split('\n\n')).toEqual([
      'The late crossing from Alder quay to Skarra will run again from Monday, the harbour board said on Thursday, ending a two-year gap that islanders said had cut them off from evening shifts on the mainland.',
      '"People can take a job in town again without sleeping on a friend\'s sofa," said Runa Eklund, who chairs the island council.',
      'The board said the service would be reviewed after six months.',
    ]);
    expect(missing).toEqual({ input: inputs[3], error: expect.stringMatching(/could not be found/) });
    expect(served).toMatchObject({ title: html!['title'], text, byline: html!['byline'] });
    expect(gone).toEqual({ input: inputs[5], error: expect.stringMatching(/not found.*404/) });
    expect(pdf).toEqual({ input: inputs[6], error: expect.stringMatching(/PDF/) });
    expect(empty).toEqual({ input: inputs[7], error: expect.stringMatching(/empty/) });
  });

  it('prints a readable article by default and Markdown with --md', async () => {
    const file = join(FIXTURES, 'harbour-board.html');
    const [plain, md] = await Promise.all([runCli([file]), runCli([file, '--md'])]);
    expect(plain.code).toBe(0);
    const plainLines = plain.stdout.split('\n');
    expect(plainLines[0]).toBe('Harbour board freezes ferry fares for islanders');
    expect(plainLines[1]).toContain('Marta Quillon, Oskar Veldt · The Alder Courier');
    expect(plain.stdout).toContain('\n\nThe Alder harbour board voted');

    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^---\ntitle: Harbour board freezes ferry fares for islanders\nauthor: Marta Quillon, Oskar Veldt\n/);
    expect(md.stdout).toContain('\n---\n\n# Harbour board freezes ferry fares for islanders\n\nThe Alder harbour board voted');
    expect(md.stdout).toContain('\n> Five to two. Fares stay where they are.');
  });

  it('refuses other schemes and bad usage with a message', async () => {
    const [ftp, none, unknown] = await Promise.all([runCli(['ftp://files.example/a.html']), runCli([]), runCli(['--xml', 'a.html'])]);
    expect(ftp.code).toBe(1);
    expect(ftp.stderr).toMatch(/Only http and https/);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^Usage: npm run extract/);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option --xml/);
  });
});
