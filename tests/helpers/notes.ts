import { expect, type Page } from '@playwright/test';
import { appReady } from './app-ready';

/** Opens #/notes/new and waits for the note to be created (the address becomes #/notes/<id>) and its view to be ready; returns the id. */
export async function openNewNote(app: Page): Promise<string> {
  await app.goto(app.url().replace(/#.*$/, '') + '#/notes/new');
  await expect(app).toHaveURL(/#\/notes\/(?!new)[^/?]+$/);
  await appReady(app);
  return decodeURIComponent(app.url().replace(/^.*#\/notes\//, ''));
}
