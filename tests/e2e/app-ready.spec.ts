import type { Page } from '@playwright/test';
import { test, expect } from '../helpers/fixtures';
import { appReady, viewOf } from '../helpers/app-ready';
import { seedRows, testActor, testArticle } from '../helpers/seed-db';

interface Mark {
  ready: string | null;
  readerUp: boolean;
  actorUp: boolean;
}

/** Records every change of #main's data-ready, with what the page showed at that moment. */
async function recordMarks(app: Page): Promise<void> {
  await app.evaluate(() => {
    const w = window as unknown as { __marks: Mark[] };
    w.__marks = [];
    const main = document.getElementById('main')!;
    new MutationObserver(() =>
      w.__marks.push({
        ready: main.getAttribute('data-ready'),
        readerUp: !!document.querySelector('.reader-title') && !document.querySelector('.reader-loading'),
        actorUp: !!document.querySelector('.actor-page h1'),
      }),
    ).observe(main, { attributes: true, attributeFilter: ['data-ready'] });
  });
}

const marks = (app: Page) => app.evaluate(() => (window as unknown as { __marks: Mark[] }).__marks);

test('the app says it is ready for the keyboard only once the view of the route has mounted, data-loaded parts included', async ({ app }) => {
  const text = 'The harbour board met on Monday. The ferry runs at night from April.';
  await seedRows(app, {
    articles: [testArticle('art-ready', 'Harbour board meets')],
    bodies: [{ articleId: 'art-ready', html: `<p>${text}</p>`, text, captions: [] }],
    actors: [testActor('act-ready', 'Oda Brenn')],
  });
  await expect(app.locator('#main')).toHaveAttribute('data-ready', 'library');
  await recordMarks(app);

  await app.goto(`${app.url().split('#')[0]}#/read/art-ready`);
  await appReady(app);
  await expect(app.locator('.reader-title')).toHaveText('Harbour board meets');
  await app.goto(`${app.url().split('#')[0]}#/actors/act-ready`);
  await appReady(app);
  await expect(app.getByRole('heading', { name: 'Oda Brenn', level: 1 })).toBeVisible();

  const seen = await marks(app);
  const named = seen.map((m) => m.ready).filter((r) => r !== null);
  expect(named).toEqual(['read/art-ready', 'actors/act-ready']);
  // The reader's keys come with the article, the actor's commands with the actor: never marked ready before them.
  for (const m of seen.filter((m) => m.ready === 'read/art-ready')) expect(m.readerUp).toBe(true);
  for (const m of seen.filter((m) => m.ready === 'actors/act-ready')) expect(m.actorUp).toBe(true);
});

test('the view named by the address bar: section, and decoded item id', () => {
  expect(viewOf('http://127.0.0.1:5000/index.html')).toBe('library');
  expect(viewOf('http://127.0.0.1:5000/index.html#/quotes?colour=green')).toBe('quotes');
  expect(viewOf('http://127.0.0.1:5000/index.html#/read/a%20b?quote=q1')).toBe('read/a b');
});
