import { describe, expect, it } from 'vitest';
import { clipLayout } from './clip-layout';
import { suggest } from './index';

describe('clipLayout', () => {
  it('treats bylines and date lines under the headline as page furniture, not their look-alikes in prose', () => {
    const text = 'Mill closes\nBy Ansel Drury, Business Reporter\nUpdated 14 May\nBy the river, the mill stood for a century.\nBy Friday, the mill had closed.\nPublished accounts show it lost money.';
    const lines = clipLayout(text).furniture.map((r) => text.slice(r.start, r.end));
    expect(lines).toEqual(['By Ansel Drury, Business Reporter', 'Updated 14 May']);
    expect(suggest(text).actors.map((a) => a.name)).not.toContain('Ansel Drury');
  });

  it('treats a wire service’s staff credits as furniture, not a sentence that says who reported something', () => {
    const text = 'Rates held\nThe bank held rates, Ingrid Solberg said.\nReporting by Eva Lind, the paper found the memo.\n(Reporting by Eva Lind; Editing by Tom Hart)';
    const lines = clipLayout(text).furniture.map((r) => text.slice(r.start, r.end));
    expect(lines).toEqual(['(Reporting by Eva Lind; Editing by Tom Hart)']);
    expect(suggest(text).actors.map((a) => a.name)).not.toContain('Tom Hart');
  });

  it('treats the writer’s job on the line under a byline as furniture, not the same words in prose', () => {
    const text = 'Roads plan\nBy Hannah Gilmore\nLocal government correspondent\n4 December 2026\nThe council leader spoke.\nAsk our local government correspondent';
    const lines = clipLayout(text).furniture.map((r) => text.slice(r.start, r.end));
    expect(lines).toEqual(['By Hannah Gilmore', 'Local government correspondent', '4 December 2026']);
    expect(suggest(text).actors.map((a) => a.name)).not.toContain('Local government');
  });

  it('skips the lines the clipper reads as a byline without "By": the writer\'s name over the outlet is no actor of the story', () => {
    const text = 'Lifeboat rescues eight\n2 hours ago\nShare\nFiona Lamont\nBBC Scotland News\nThe lifeboat crew rescued eight fishermen off Bressay, the coxswain Bruce Wills said.';
    expect(suggest(text).actors.map((a) => a.name)).not.toContain('Fiona Lamont');
    expect(suggest(text).actors.map((a) => a.name)).toContain('Bruce Wills');
  });

  it('skips the writer\'s job under such a byline ("Ellen Morris" / "Education correspondent, BBC Wales"): the outlet in it is no actor', () => {
    const text = 'Teachers vote to strike\nShare\nEllen Morrow\nEducation correspondent, BBC Wales\nPublished\n14 March 2026\nTeachers in Cardiff voted to strike, the union said.';
    expect(suggest(text).actors.map((a) => a.name)).toEqual(['Cardiff']);
    // The same words in the story are the outlet.
    expect(suggest(`${text}\nThe union told BBC Wales it would announce dates.`).actors.map((a) => a.name)).toContain('BBC Wales');
  });
});
