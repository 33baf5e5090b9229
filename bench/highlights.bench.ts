/**
 * Highlights benchmark: opens an article of 20,000 words with 300 highlights in the built renderer
 * (Chromium at /usr/bin/chromium, served from 127.0.0.1 with the routed main API, as the e2e tests
 * do) and times from the navigation to the reader until every highlight is painted: the reader's
 * `dossier:highlights-shown` mark, set in the first task after the frame that painted all 300 ranges. The baseline
 * is the same article with no highlights (the mark fires with 0), opened the same way; runs
 * alternate so both see the same machine state. Writes bench/results/highlights.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { parseHTML } from 'linkedom';
import { describeRange } from '../shared/anchor';
import type { Article, ArticleBody, HighlightColor, Quote } from '../shared/model';
import { HIGHLIGHT_COLORS } from '../shared/model';
import { articleText } from '../shared/text/dom-text';
import { serveFolder } from '../tests/helpers/static-server';
import { routeMainApi } from '../tests/helpers/routed-api';
import { testMainDeps } from '../tests/helpers/main-deps';
import { median } from './stats';

const ROOT = resolve(__dirname, '..');
const WORDS = 20_000;
const HIGHLIGHTS = 300;
const RUNS = 9;
const GOAL_MS = 100;

/** Deterministic pseudo-random numbers, so every run benchmarks the same article. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['har', 'bour', 'vel', 'mar', 'os', 'trand', 'fer', 'ry', 'coun', 'cil', 'brask', 'tide', 'pier', 'lan', 'dor', 'mi', 'ra', 'ten', 'sol', 'ka'];

/** An invented article: paragraphs of ~80 words, some emphasis, links and quotations. */
function makeArticle(random: () => number): string {
  const word = () => {
    const n = 1 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    return w;
  };
  const paragraphs: string[] = [];
  let count = 0;
  while (count < WORDS) {
    const parts: string[] = [];
    const len = Math.min(WORDS - count, 60 + Math.floor(random() * 40));
    for (let i = 0; i < len; i++) {
      let w = word();
      if (i === 0) w = w[0]!.toUpperCase() + w.slice(1);
      const r = random();
      if (r < 0.02) w = `<em>${w}</em>`;
      else if (r < 0.03) w = `<a href="https://example.org/${w}">${w}</a>`;
      else if (r < 0.04) w = `“${w}`;
      else if (r < 0.05) w = `${w}”`;
      parts.push(w + (random() < 0.08 ? '.' : random() < 0.1 ? ',' : ''));
    }
    paragraphs.push(`<p>${parts.join(' ')}.</p>`);
    count += len;
  }
  return paragraphs.join('\n');
}

function articleRow(id: string, title: string, quoteCount: number): Article {
  return {
    id, url: 'https://example.org/story', canonicalUrl: null, title, byline: 'Bench Writer', siteName: 'Bench Gazette', publishedAt: '2026-01-02T00:00:00Z',
    clippedAt: '2026-01-03T00:00:00Z', lang: 'en', excerpt: null, leadImageId: null, wordCount: WORDS, readingMinutes: 87, tags: [], actorIds: [],
    quoteCount, source: 'html', dateline: null, credit: null, previousVersionId: null,
  };
}

/** 300 highlights on word boundaries, 3-30 words long, spread over the article; some overlap. */
function makeQuotes(articleId: string, text: string, random: () => number): Quote[] {
  const bounds = [...text.matchAll(/\S+/g)].map((m) => [m.index!, m.index! + m[0].length] as const);
  const quotes: Quote[] = [];
  for (let i = 0; i < HIGHLIGHTS; i++) {
    const first = Math.floor(random() * (bounds.length - 40));
    const last = first + 2 + Math.floor(random() * 28);
    const { quote, position } = describeRange(text, bounds[first]![0], bounds[last]![1]);
    quotes.push({
      id: `bench-q${i}`, articleId, text: quote.exact, quoteSelector: quote, positionSelector: position, unplaced: false,
      color: HIGHLIGHT_COLORS[i % HIGHLIGHT_COLORS.length] as HighlightColor, comment: i % 7 === 0 ? 'note' : '', speakerId: null, mentionIds: [], tags: [],
      createdAt: new Date(Date.UTC(2026, 0, 3, 0, 0, i)).toISOString(), updatedAt: '2026-01-03T00:00:00Z',
    });
  }
  return quotes;
}

async function main(): Promise<void> {
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'ignore' });
  if (build.status !== 0) throw new Error('electron-vite build failed; run `npm run build` to see why.');

  const random = rng(20260105);
  const html = makeArticle(random);
  const { document } = parseHTML(`<!doctype html><html><body><div>${html}</div></body></html>`);
  const text = articleText(document.body);
  const words = text.split(/\s+/).length;
  const quotes = makeQuotes('bench-hl', text, random);
  const rows = {
    articles: [articleRow('bench-hl', 'Bench: 300 highlights', HIGHLIGHTS), articleRow('bench-base', 'Bench: no highlights', 0)],
    bodies: [{ articleId: 'bench-hl', html, text, captions: [] }, { articleId: 'bench-base', html, text, captions: [] }] satisfies ArticleBody[],
    quotes,
  };

  const server = await serveFolder(join(ROOT, 'out/renderer'));
  const browser = await chromium.launch({
    executablePath: process.env['DOSSIER_CHROMIUM'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // tsx (esbuild, keepNames) wraps named functions in __name(); functions Playwright sends into
    // the page keep those calls, so the page gets the helper first.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    await routeMainApi(page, server.url, testMainDeps({ openedExternal: [] }));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/index.html#/library`);
    await page.locator('.app').waitFor();
    await page.evaluate(
      (data) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('dossier');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['articles', 'bodies', 'quotes'], 'readwrite');
            for (const a of data.articles) tx.objectStore('articles').put(a);
            for (const b of data.bodies) tx.objectStore('bodies').put(b);
            for (const q of data.quotes) tx.objectStore('quotes').put(q);
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      rows,
    );

    /** Opens an article from the library route and returns ms until all its highlights are on screen. */
    const open = async (id: string, expected: number): Promise<number> => {
      await page.evaluate(() => {
        window.location.hash = '#/library';
      });
      await page.locator('.library').waitFor();
      return page.evaluate(
        ([articleId, count]) =>
          new Promise<number>((resolve, reject) => {
            performance.clearMarks();
            (window as unknown as { __t0: number }).__t0 = performance.now();
            const t0 = performance.now();
            const timeout = setTimeout(() => reject(new Error('highlights were not painted within 20 s')), 20_000);
            const observer = new PerformanceObserver((list) => {
              for (const e of list.getEntries()) {
                const painted = (e as PerformanceMark).detail?.painted as number | undefined;
                // The reader marks the first task after the frame that showed its highlights.
                if (e.name !== 'dossier:highlights-shown' || painted !== count) continue;
                observer.disconnect();
                clearTimeout(timeout);
                resolve(e.startTime - t0);
              }
            });
            observer.observe({ type: 'mark' });
            window.location.hash = `#/read/${articleId}`;
          }),
        [id, expected] as const,
      );
    };

    // One warm-up of each, then alternating measured runs.
    await open('bench-base', 0);
    await open('bench-hl', HIGHLIGHTS);
    const base: number[] = [];
    const hl: number[] = [];
    const stages: Record<string, number[]> = {};
    for (let i = 0; i < RUNS; i++) {
      base.push(await open('bench-base', 0));
      hl.push(await open('bench-hl', HIGHLIGHTS));
      // Where the time goes: first occurrence of each reader mark after the navigation.
      const marks = await page.evaluate(() => {
        const t0 = (window as unknown as { __t0: number }).__t0;
        const seen: Record<string, number> = {};
        for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('dossier:') && !(m.name in seen)) seen[m.name] = m.startTime - t0;
        return seen;
      });
      for (const [k, v] of Object.entries(marks)) (stages[k] ??= []).push(v);
    }
    const painted = await page.evaluate(() => Number(document.documentElement.dataset['highlightsPainted']));
    if (painted !== HIGHLIGHTS) throw new Error(`expected ${HIGHLIGHTS} painted highlights, the reader painted ${painted}`);
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);

    const paintMs = median(hl);
    const baselineMs = median(base);
    const result = {
      paintMs: Math.round(paintMs * 10) / 10,
      baselineMs: Math.round(baselineMs * 10) / 10,
      ratio: Math.round((paintMs / baselineMs) * 100) / 100,
      highlightCostMs: Math.round((paintMs - baselineMs) * 10) / 10,
      goalMs: GOAL_MS,
      meetsGoal: paintMs < GOAL_MS,
      words,
      highlights: HIGHLIGHTS,
      runs: RUNS,
      stagesMs: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k.replace('dossier:', ''), Math.round(median(v) * 10) / 10]).sort((a, b) => (a[1] as number) - (b[1] as number))),
      samples: { paintMs: hl.map((x) => Math.round(x * 10) / 10), baselineMs: base.map((x) => Math.round(x * 10) / 10) },
      measured: 'ms from navigating to #/read/<id> until the frame after all highlights are painted (baseline: same article, no highlights)',
      chromium: browser.version(),
      // Wall-clock figures on a shared machine: the load says how much CPU the run really had.
      machine: { cpus: cpus().length, loadAverage1m: Math.round(loadavg()[0]! * 10) / 10 },
      date: new Date().toISOString(),
    };
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    writeFileSync(join(ROOT, 'bench/results/highlights.json'), `${JSON.stringify(result, null, 2)}\n`);
    console.log(`machine: ${result.machine.cpus} CPUs, load average ${result.machine.loadAverage1m} (1 min)`);
    console.log(`article: ${words} words, ${HIGHLIGHTS} highlights, ${RUNS} runs each (median)`);
    console.log(`  no highlights (baseline): ${result.baselineMs} ms`);
    console.log(`  stages (ms after navigation, median): ${JSON.stringify(result.stagesMs)}`);
    console.log(`  300 highlights:           ${result.paintMs} ms  (ratio ${result.ratio}x, +${result.highlightCostMs} ms; goal < ${GOAL_MS} ms: ${result.meetsGoal ? 'met' : 'MISSED'})`);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
