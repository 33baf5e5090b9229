/**
 * Bundled by tests/e2e/xss-corpus.spec.ts and loaded into the app page (same origin, under the
 * app's CSP): the app's own clip functions, exactly as the Library UI calls them, for the test to
 * drive 446 clips without typing each one. Parsing, extraction, sanitising and the repository
 * save all run in the page, in Chromium.
 */
import { clipHtml, clipUrl } from '../../../renderer/library/clip-actions';
import { getArticleBody } from '../../../renderer/db/articles';

export interface XssHarness {
  /** Clips pasted HTML; the saved article's id. */
  clipHtml(html: string): Promise<string>;
  /** Clips the page at `url` (fetched by main); the saved article's id. */
  clipUrl(url: string): Promise<string>;
  /** The stored body HTML of an article. */
  storedHtml(id: string): Promise<string | null>;
}

const harness: XssHarness = {
  async clipHtml(html) {
    const outcome = await clipHtml(html, { onDuplicate: () => 'new-version' });
    if (outcome.status !== 'saved') throw new Error(`clip not saved: ${outcome.status}`);
    return outcome.article.id;
  },
  async clipUrl(url) {
    const outcome = await clipUrl(url, { onDuplicate: () => 'new-version' });
    if (outcome.status !== 'saved') throw new Error(`clip not saved: ${outcome.status}`);
    return outcome.article.id;
  },
  async storedHtml(id) {
    return (await getArticleBody(id))?.html ?? null;
  },
};

(window as unknown as { __xssHarness: XssHarness }).__xssHarness = harness;
