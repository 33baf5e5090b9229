import { test, expect } from '../helpers/fixtures';
import { appReady } from '../helpers/app-ready';
import { putRows, seedRows } from '../helpers/notebook-db';
import { fixtureNotebook } from '../fixtures/export/notebook';

/**
 * A view that cannot render (here: rows an older or foreign writer left malformed, written straight
 * into IndexedDB — a backup holding them is refused now) takes down only itself: the main area says
 * what could not be shown and why, the sidebar, the palette and the shortcuts keep working, and
 * going elsewhere renders the new place. (Try again once the cause is gone: ErrorBoundary.test.tsx.)
 */
test('a view that fails to render shows what failed in its place, and the rest of the app keeps working', async ({ app }) => {
  const data = fixtureNotebook();
  const { tags: _tags, ...withoutTags } = { ...data.articles[2]!, id: 'a-broken', title: 'Article without tags' };
  const ferry = data.bodies.find((b) => b.articleId === 'art-ferry')!;
  await seedRows(app, {
    articles: [...data.articles, withoutTags],
    // Captions as one string instead of a list: the reader cannot list them.
    bodies: data.bodies.map((b) => (b === ferry ? { ...b, captions: 'The quay at dawn' } : b)),
    quotes: data.quotes,
    actors: data.actors,
    notes: data.notes,
  });
  await app.reload();
  await appReady(app, 'library');

  const failure = app.getByRole('alert').filter({ has: app.getByRole('heading', { name: /could not be shown/ }) });
  await expect(failure.getByRole('heading')).toHaveText('The Library view could not be shown');
  await expect(failure.locator('code')).toContainText("reading 'map'");
  await expect(failure.getByRole('button', { name: 'Try again' })).toBeVisible();
  // The Library is what failed: no way "back" to it.
  await expect(failure.getByRole('button', { name: 'Back to the Library' })).toHaveCount(0);

  // The shell is alive: the sidebar, the palette and the section shortcuts.
  await expect(app.getByRole('navigation')).toBeVisible();
  await app.keyboard.press('Control+k');
  await expect(app.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(app.getByRole('dialog', { name: 'Command palette' })).toHaveCount(0);
  await app.keyboard.press('Control+4');
  await appReady(app, 'notes');
  await expect(failure).toHaveCount(0);
  await expect(app.getByRole('heading', { name: 'Notes', exact: true })).toBeVisible();

  // Another view failing names its item, and leads back to the Library.
  await app.goto(`${new URL(app.url()).origin}/index.html#/read/art-ferry`);
  await appReady(app, 'read/art-ferry');
  await expect(failure.getByRole('heading')).toHaveText('This article could not be shown');
  await failure.getByRole('button', { name: 'Back to the Library' }).click();
  await appReady(app, 'library');
  // Still the broken row there: Try again renders the view again, and it fails again.
  await expect(failure.getByRole('heading')).toHaveText('The Library view could not be shown');
  await failure.getByRole('button', { name: 'Try again' }).click();
  await expect(failure.getByRole('heading')).toHaveText('The Library view could not be shown');
  // Once the row is whole, the library opens with every article.
  await putRows(app, 'articles', [{ ...withoutTags, tags: [] }]);
  await app.reload();
  await appReady(app, 'library');
  await expect(failure).toHaveCount(0);
  const list = app.getByRole('list', { name: 'Articles' });
  await expect(list.locator('a[href="#/read/a-broken"]')).toHaveText('Article without tags');
  await expect(list.getByRole('link')).toHaveCount(data.articles.length + 1);
});
