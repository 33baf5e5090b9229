import { describe, expect, it } from 'vitest';
import { NEWSROOM_JOB, NEWSROOM_JOB_LINE } from './newsroom-jobs';

describe('newsroom jobs', () => {
  it.each([
    ['Health correspondent', true],
    ['Senior political reporter, Westminster', true],
    ['Chief photographer', true],
    ['Staff writers', true],
    ['Washington bureau chief', true],
    ['The council met on Tuesday to argue about the sea wall and its cost to the town', false],
    ['Minister for Health', false],
  ])('"%s" is a line naming a newsroom job: %s', (line, expected) => {
    expect(NEWSROOM_JOB_LINE.test(line)).toBe(expected);
  });

  it('finds a job inside a longer line, but not inside another word', () => {
    expect(NEWSROOM_JOB.test('Nora Fell, our science editors')).toBe(true);
    expect(NEWSROOM_JOB.test('Nora Fell, editorial assistant')).toBe(false);
  });
});
