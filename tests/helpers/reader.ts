import { expect, type Page } from '@playwright/test';
import { appReady } from './app-ready';
import { seedRows as writeNotebookRows } from './notebook-db';

/** Pastes a plain-text clip through the Library UI and opens it in the reader; returns the article id. */
export async function pasteAndOpen(app: Page, clip: string): Promise<string> {
  const title = clip.split('\n')[0]!;
  await app.keyboard.press('Control+k');
  await app.getByRole('combobox').fill('paste clip');
  await app.keyboard.press('Enter');
  await app.getByLabel('Clip text').fill(clip);
  await app.getByRole('button', { name: /Save clip/ }).click();
  await app.getByRole('list', { name: 'Articles' }).getByRole('link', { name: title }).click();
  await expect(app.locator('.reader-title')).toHaveText(title);
  await waitForPaint(app);
  await expect(app).toHaveURL(/#\/read\//);
  await appReady(app);
  return decodeURIComponent(new URL(app.url()).hash.split('/')[2]!.split('?')[0]!);
}

/** Waits until the reader has painted its highlights (it sets data-highlights-painted on <html>). */
export async function waitForPaint(app: Page, count?: number): Promise<void> {
  if (count === undefined) await expect(app.locator('html')).toHaveAttribute('data-highlights-painted', /\d+/);
  else await expect(app.locator('html')).toHaveAttribute('data-highlights-painted', String(count));
}

/** Drags the mouse from the first character of `from` to the last character of `to` in the article body. */
export async function selectWithMouse(app: Page, from: string, to: string = from): Promise<void> {
  // The reader's layout can still move while the drag runs (the side panel filling in on a busy
  // machine): a drag that ended on other words than `to` is made again from fresh coordinates.
  for (let attempt = 1; ; attempt++) {
    await dragSelect(app, from, to);
    const selected = await app.evaluate(() => (window.getSelection()?.toString() ?? '').replace(/\s+/g, ' ').trim());
    if (selected.startsWith(from) && selected.endsWith(to)) return;
    if (attempt === 3) throw new Error(`selecting “${from}” … “${to}” with the mouse selected “${selected}”`);
  }
}

async function dragSelect(app: Page, from: string, to: string): Promise<void> {
  const box = await app.evaluate(
    ([a, b]) => {
      const body = document.querySelector('.reader-body')!;
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      let fromNode = 0;
      let fromOffset = 0;
      const find = (s: string, last: boolean) => {
        for (let k = fromNode; k < nodes.length; k++) {
          const n = nodes[k]!;
          const i = n.data.indexOf(s, k === fromNode ? fromOffset : 0);
          if (i >= 0) {
            if (!last) {
              fromNode = k;
              fromOffset = i;
            }
            const r = document.createRange();
            const at = last ? i + s.length - 1 : i;
            r.setStart(n, at);
            r.setEnd(n, at + 1);
            const rect = r.getBoundingClientRect();
            r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
            return rect;
          }
        }
        throw new Error(`“${s}” is not in one text node of the article body`);
      };
      find(a, false);
      const s = find(a, false); // again, after scrolling it into view
      const e = find(b, true);
      return { x1: s.left + 1, y1: s.top + s.height / 2, x2: e.right - 1, y2: e.top + e.height / 2 };
    },
    [from, to] as const,
  );
  await app.mouse.move(box.x1, box.y1);
  await app.mouse.down();
  await app.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await app.mouse.move(box.x2, box.y2, { steps: 4 });
  await app.mouse.up();
}

/** The words under each painted highlight of a colour (CSS Custom Highlight API registry). */
export async function paintedWords(app: Page, color: string): Promise<string[]> {
  return app.evaluate((c) => {
    const h = CSS.highlights.get(`dossier-${c}`);
    if (!h) return [];
    return [...h].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    });
  }, color);
}

export interface SeedRows {
  articles?: Record<string, unknown>[];
  bodies?: Record<string, unknown>[];
  quotes?: Record<string, unknown>[];
  /** Image rows with `bytes` as a plain number array (converted to Uint8Array in the page). */
  images?: Record<string, unknown>[];
}

/** Writes rows straight into the app's IndexedDB (the schema the app already opened), as another version of Dossier would have. */
export function seedRows(app: Page, rows: SeedRows): Promise<void> {
  const images = rows.images?.map((i) => ({ ...i, bytes: new Uint8Array(i['bytes'] as number[]) }));
  return writeNotebookRows(app, { ...rows, ...(images ? { images } : {}) });
}

export function articleRow(id: string, title: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id, url: null, canonicalUrl: null, title, byline: null, siteName: null, publishedAt: null, clippedAt: '2026-02-01T10:00:00.000Z', lang: 'en',
    excerpt: null, leadImageId: null, wordCount: 100, readingMinutes: 1, tags: [], actorIds: [], quoteCount: 0, source: 'html', dateline: null,
    credit: null, previousVersionId: null, ...extra,
  };
}
