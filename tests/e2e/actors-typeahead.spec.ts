import type { Page } from '@playwright/test';
import { test, expect } from '../helpers/fixtures';
import { pasteAndOpen, selectWithMouse } from '../helpers/reader';
import { appReady, viewOf } from '../helpers/app-ready';

// An article written for this test (invented ferry company, harbour and people).
const FERRY = `Ostrand ferry timetable cut after storm
The ferry company Halvik Lines cut its winter timetable in Ostrand on Tuesday.
“We cannot sail with one boat,” said Mara Lindqvist, the company’s operations director.
Harbour master Jens Aalto said the quay in Ostrand would be repaired by March.
“The crossing is our only road,” said Piet Olden, secretary of the Ostrand Ferry Users Group.`;

async function go(app: Page, hash: string) {
  await app.evaluate((h: string) => {
    window.location.hash = h;
  }, hash);
  await appReady(app, viewOf(`http://dossier.test/${hash}`));
}

async function openActor(app: Page, name: string) {
  await go(app, '#/actors');
  await app.getByRole('listbox', { name: 'Actor list' }).getByRole('link', { name, exact: true }).click();
  await expect(app.getByRole('heading', { name, level: 1 })).toBeVisible();
}

test('the speaker type-ahead offers the article’s suggested names before “Create actor”, and Enter creates an actor only once the user moved to it', async ({ app }) => {
  await pasteAndOpen(app, FERRY);
  await selectWithMouse(app, 'The crossing', 'road,');
  await app.keyboard.press('a');
  const editor = app.getByRole('dialog', { name: 'Speaker and mentions' });
  const speaker = editor.getByRole('combobox', { name: 'Set speaker' });
  await expect(speaker).toBeFocused();
  await app.keyboard.type('Piet');
  await expect(editor.getByRole('option').nth(0)).toContainText('Piet Olden (suggested)');
  await expect(editor.getByRole('option', { name: /^Piet Olden \(suggested\)/ })).toHaveAttribute('aria-selected', 'true');
  await expect(editor.getByRole('option', { name: /Create actor “Piet”/ })).toHaveAttribute('aria-selected', 'false');
  await app.keyboard.press('Enter');
  await expect(editor.getByRole('list', { name: 'Speaker' })).toContainText('Piet Olden');

  // Words that match nothing: Enter makes no actor; ↓ then Enter does.
  const mention = editor.getByRole('combobox', { name: 'Add mention' });
  await mention.focus();
  await app.keyboard.type('Zebedee Quill');
  const create = editor.getByRole('option', { name: /Create actor “Zebedee Quill”/ });
  await expect(create).toHaveAttribute('aria-selected', 'false');
  await app.keyboard.press('Enter');
  await expect(editor.getByText('No actor mentioned yet.')).toBeVisible();
  await expect(mention).toHaveValue('Zebedee Quill');
  await app.keyboard.press('ArrowDown');
  await expect(create).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Enter');
  await expect(editor.getByRole('list', { name: 'Mentioned actors' })).toContainText('Zebedee Quill');
  await app.keyboard.press('Escape');

  // The speaker is the suggestion's card, with its kind and role; no bare "Piet" was made.
  await openActor(app, 'Piet Olden');
  await expect(app.getByText('secretary of the Ostrand Ferry Users Group')).toBeVisible();
  await expect(app.getByRole('list', { name: 'Quotes spoken, oldest first' })).toContainText('The crossing is our only road');
  await go(app, '#/actors');
  await expect(app.getByRole('listbox', { name: 'Actor list' }).getByRole('link')).toHaveText(['Piet Olden', 'Zebedee Quill']);
});

test('the note @-mention type-ahead offers the article’s suggested names, and Enter does not create an actor from words that match nothing', async ({ app }) => {
  await pasteAndOpen(app, FERRY);
  await app.getByRole('region', { name: 'Notes that reference this' }).getByRole('button', { name: 'New note for this article' }).click();
  await expect(app.getByText('Note on')).toContainText('Ostrand ferry timetable cut after storm');
  const body = app.getByLabel('Note text');
  await body.click();
  await app.keyboard.type('Ask @Lindq');
  const menu = app.getByRole('listbox', { name: 'Mention an actor' });
  await expect(menu.getByRole('option').nth(0)).toContainText('Mara Lindqvist (suggested)');
  await expect(menu.getByRole('option').nth(0)).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Enter');
  await expect(body.locator('.note-mention')).toHaveText('@Mara Lindqvist');

  await app.keyboard.type('and @Zebedee Q');
  const create = menu.getByRole('option', { name: /Create actor “Zebedee Q”/ });
  await expect(create).toHaveAttribute('aria-selected', 'false');
  await app.keyboard.press('Enter');
  await expect(body.locator('.note-mention')).toHaveCount(1);
  await expect(create).toBeVisible();
  await app.keyboard.press('ArrowDown');
  await expect(create).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('Enter');
  await expect(body.locator('.note-mention')).toHaveText(['@Mara Lindqvist', '@Zebedee Q']);
  await expect(app.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();

  await openActor(app, 'Mara Lindqvist');
  await expect(app.getByText('operations director of Halvik Lines')).toBeVisible();
  await expect(app.getByRole('region', { name: 'Notes that reference this' }).getByRole('link')).toHaveCount(1);
});
