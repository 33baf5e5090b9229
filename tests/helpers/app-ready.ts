import { expect, type Page } from '@playwright/test';

/** The view a URL's hash shows, as the app names it in #main's data-ready: "section" or "section/id". */
export function viewOf(url: string): string {
  const path = (new URL(url).hash.replace(/^#\/?/, '').split('?')[0] ?? '').split('/');
  const section = path[0] || 'library';
  return path[1] ? `${section}/${decodeURIComponent(path[1])}` : section;
}

/**
 * Waits until the app is ready for the keyboard: the shell is up and the view for `view` (by
 * default the one in the address bar) has mounted, attached its key handlers and registered its
 * palette commands — the app marks #main with data-ready (renderer/app/ready.ts). Call it after
 * goto, reload or navigation and before pressing keys. After navigating with a key or a click,
 * name the view expected, so the wait cannot pass on the view being left.
 */
export async function appReady(page: Page, view: string = viewOf(page.url())): Promise<void> {
  await expect(page.locator('#main'), `the ${view} view is ready for the keyboard`).toHaveAttribute('data-ready', view);
}
