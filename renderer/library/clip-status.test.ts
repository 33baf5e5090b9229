import { afterEach, describe, expect, it } from 'vitest';
import { CUT_SHORT_NOTICE } from '../../shared/clip/pipeline';
import type { Article } from '../../shared/model';
import { currentToasts, dismissToast } from '../app/toasts';
import type { ClipOutcome } from './clip-actions';
import { cancelClip, clipStatus, clippedMessage, runClip } from './clip-status';

describe('the "Clipped" toast', () => {
  it.each([
    [0, 'Clipped “Harbour vote”.'],
    [1, 'Clipped “Harbour vote”. 1 image could not be downloaded and was left out.'],
    [3, 'Clipped “Harbour vote”. 3 images could not be downloaded and were left out.'],
  ])('with %i images left out says so in a sentence that agrees with the count', (imagesSkipped, message) => {
    expect(clippedMessage({ title: 'Harbour vote', imagesSkipped, cutShort: false })).toBe(message);
  });

  it('cuts a long title to 80 characters and adds the paywall notice', () => {
    const message = clippedMessage({ title: 'A'.repeat(120), imagesSkipped: 0, cutShort: true });
    expect(message).toBe(`Clipped “${'A'.repeat(79)}…”. ${CUT_SHORT_NOTICE}`);
  });
});

describe('cancelling a clip', () => {
  const article = { id: 'a-late', title: 'Harbour vote' } as Article;
  afterEach(() => {
    for (const t of currentToasts()) dismissToast(t.id);
  });

  it('that stopped before its save ends quietly: "Clip cancelled.", no toast', async () => {
    let finish!: (outcome: ClipOutcome) => void;
    const running = runClip('Clipping gazette.example…', () => new Promise((resolve) => (finish = resolve)), { address: 'https://gazette.example/a' });
    cancelClip();
    finish({ status: 'cancelled' });
    expect(await running).toBe(false);
    expect(clipStatus().notice).toBe('Clip cancelled.');
    expect(currentToasts()).toEqual([]);
  });

  it('that came after the article was stored is too late: the clip is announced, and no longer called cancelled', async () => {
    let finish!: (outcome: ClipOutcome) => void;
    const running = runClip('Clipping gazette.example…', () => new Promise((resolve) => (finish = resolve)), { address: 'https://gazette.example/a' });
    cancelClip();
    expect(clipStatus().notice).toBe('Clip cancelled.');
    finish({ status: 'saved', article, imagesSkipped: 0, cutShort: false });
    expect(await running).toBe(true);
    expect(clipStatus().notice).toBeNull();
    expect(currentToasts().map((t) => t.message)).toEqual(['Clipped “Harbour vote”.']);
  });
});
