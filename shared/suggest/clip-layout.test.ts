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

  it('treats a byline with where the writer was ("By Sam Whitcombe at Valley Road", "… from Kyiv") as furniture', () => {
    const text = 'Late double rescues point\nBy Sam Whitcombe at Valley Road\nSaturday 14 March 2026\n“We kept going,” said Ian Rowley, the Castleford manager.\nBy Saturday Night at the latest, fans had left.';
    const lines = clipLayout(text).furniture.map((r) => text.slice(r.start, r.end));
    expect(lines).toEqual(['By Sam Whitcombe at Valley Road', 'Saturday 14 March 2026']);
    const names = suggest(text).actors.map((a) => a.name);
    expect(names).not.toContain('Sam Whitcombe');
    expect(names).not.toContain('Valley Road');
    expect(names).toContain('Ian Rowley');
    const wire = 'Talks resume\nBy Olena Marchuk from Kyiv\nTalks resumed on Monday, the foreign minister Andrii Bondar said.';
    expect(suggest(wire).actors.map((a) => a.name)).not.toContain('Olena Marchuk');
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

  it('skips a share bar\'s buttons between the byline and the text ("Share" / "Copy" / "Email" / "Facebook" / "X"), while a short subheading in the story stays', () => {
    const text = 'Judge blocks app law\nBy JAMIE ORTEGA\nShare\nCopy\nLink copied\nEmail\nFacebook\nX\nA federal judge blocked the law, saying it likely violates the First Amendment.\nMeta\nThe company Meta said it welcomed the ruling.';
    const names = suggest(text).actors.map((a) => a.name);
    expect(names).not.toContain('Facebook');
    expect(clipLayout(text).furniture.map((r) => text.slice(r.start, r.end))).not.toContain('Meta');
  });

  it('skips a byline whose name and job run on one line over the date ("Sevrin Caddell Scotland editor"): no organisation "Sevrin Caddell Scotland"', () => {
    const text = 'Ferry firm fined\nOperator admits safety failings after cabin blaze\n\nSevrin Caddell Scotland editor\nThu 4 Dec 2026 14.20 GMT\nShare\n\nNorthlink Isles Ltd pleaded guilty at Aberdeen sheriff court, the company said.';
    const names = suggest(text).actors.map((a) => a.name);
    expect(names).toContain('Northlink Isles Ltd');
    expect(names.filter((n) => n.includes('Caddell'))).toEqual([]);
  });
});
