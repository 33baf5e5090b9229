import { describe, expect, it } from 'vitest';
import { CUT_SHORT_NOTICE } from '../../shared/clip/pipeline';
import { clippedMessage } from './clip-status';

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
