import type { Page } from '@playwright/test';
import { test, expect } from '../helpers/fixtures';

// Articles written for this test (invented port, people and union).
const FIRST = `Varnholt dockers vote on night shifts
Harbour Commissioner Tamsin Rook met the Varnholt Dockworkers Union on Monday.
“Night shifts will be voluntary,” Ms Rook said.
The union’s secretary, Piet Olden, welcomed the offer.`;
const SECOND = `Varnholt port reopens after strike
The port of Varnholt reopened on Friday after a week-long strike.
“Every crane is back in service,” Ms Tamsin Rook said at the quay.
Ms Rook added that the port would publish its night schedule next week.`;

async function paste(app: Page, text: string): Promise<string> {
  const title = text.split('\n')[0]!;
  const empty = app.getByRole('button', { name: 'Paste your first clip' });
  if (await empty.isVisible()) await empty.click();
  else await app.getByRole('button', { name: 'Paste clip', exact: true }).click();
  await app.getByLabel('Clip text').fill(text);
  await app.getByRole('button', { name: /Save clip/ }).click();
  const link = app.getByRole('list', { name: 'Articles' }).getByRole('link', { name: title });
  await expect(link).toBeVisible();
  const href = await link.getAttribute('href');
  return decodeURIComponent(href!.replace('#/read/', ''));
}

async function go(app: Page, hash: string) {
  await app.evaluate((h: string) => {
    window.location.hash = h;
  }, hash);
}

test('paste two articles, accept the suggestions, and see the speaker’s quotes in time order on the actor page', async ({ app }) => {
  const first = await paste(app, FIRST);
  const second = await paste(app, SECOND);

  // Accept the later article first, so the timeline's order is not just the order quotes were made.
  await go(app, `#/actors?article=${encodeURIComponent(second)}`);
  const panel = app.getByRole('complementary', { name: 'Suggestions for the article' });
  const rook = panel.getByRole('listitem', { name: 'Suggested actor Tamsin Rook' });
  await expect(rook).toContainText('person');
  await expect(rook).toContainText('“Ms Rook”');
  const speaker = panel.getByRole('listitem', { name: /Suggested speaker for “Every crane/ });
  await expect(speaker).toContainText('Tamsin Rook');
  await expect(speaker).toContainText('after the quote: “Ms Tamsin Rook said”');
  // Nothing is applied before the user accepts.
  await go(app, '#/actors');
  await expect(app.getByText('No actors yet')).toBeVisible();

  await go(app, `#/actors?article=${encodeURIComponent(second)}`);
  await panel.getByRole('listitem', { name: /Suggested speaker for “Every crane/ }).getByRole('button', { name: 'Accept' }).click();
  await expect(panel.getByRole('listitem', { name: /Suggested speaker for “Every crane/ })).toContainText('Accepted');
  await expect(panel.getByRole('listitem', { name: 'Suggested actor Tamsin Rook' })).toContainText('Linked');

  await go(app, `#/actors?article=${encodeURIComponent(first)}`);
  await expect(panel.getByRole('listitem', { name: 'Suggested actor Tamsin Rook' })).toContainText('in your notebook');
  await expect(panel.getByRole('listitem', { name: 'Suggested actor Piet Olden' })).toContainText('union’s secretary');
  await panel.getByRole('button', { name: /Accept all/ }).click();
  await expect(panel.getByRole('button', { name: /Accept all/ })).toHaveCount(0);
  await expect(panel.getByRole('listitem', { name: /Suggested speaker for “Night shifts/ })).toContainText('Accepted');

  await go(app, '#/actors');
  const list = app.getByRole('listbox', { name: 'Actor list' });
  await expect(list.getByRole('link', { name: 'Varnholt Dockworkers Union' })).toBeVisible();
  await list.getByRole('link', { name: 'Tamsin Rook' }).click();
  await expect(app.getByRole('heading', { name: 'Tamsin Rook', level: 1 })).toBeVisible();
  const timeline = app.getByRole('list', { name: 'Quotes spoken, oldest first' }).getByRole('listitem');
  await expect(timeline).toHaveCount(2);
  await expect(timeline.nth(0)).toContainText('Night shifts will be voluntary');
  await expect(timeline.nth(0)).toContainText('Varnholt dockers vote on night shifts');
  await expect(timeline.nth(1)).toContainText('Every crane is back in service');
  await expect(app.getByRole('list', { name: 'Articles that mention' }).getByRole('listitem')).toHaveCount(2);
  await expect(app.getByText('Harbour Commissioner')).toBeVisible();
});
