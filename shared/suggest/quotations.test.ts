import { describe, expect, it } from 'vitest';
import { findQuotations } from './quotations';

const exacts = (text: string) => findQuotations(text).map((q) => q.exact);

describe('findQuotations', () => {
  it('finds curly double quotes with offsets of the words inside the marks', () => {
    const text = 'The mayor said the plan was “ready to go” and left.';
    const [q] = findQuotations(text);
    expect(q!.exact).toBe('ready to go');
    expect(text.slice(q!.start, q!.end)).toBe('ready to go');
    expect(text[q!.openAt]).toBe('“');
    expect(text[q!.closeAt - 1]).toBe('”');
  });

  it('finds straight double quotes', () => {
    expect(exacts('"We are not leaving," Ms Vance said. "Never."')).toEqual(['We are not leaving,', 'Never.']);
  });

  it('finds single curly quotes used as quotation marks, not apostrophes', () => {
    const text = '‘The port’s future is ours,’ said Ms Odile, whose ministers’ plan it’s not.';
    expect(exacts(text)).toEqual(['The port’s future is ours,']);
  });

  it('does not take apostrophes or possessives for quotes', () => {
    expect(exacts('Kestrel’s board said it’s the ministers’ call, and the ’90s are over.')).toEqual([]);
  });

  it('keeps a nested quote inside its outer quotation', () => {
    const text = '“She told me ‘not today’ and walked out,” Mr Pell said.';
    expect(exacts(text)).toEqual(['She told me ‘not today’ and walked out,']);
  });

  it('joins a quotation that runs over paragraphs', () => {
    const text = '“The first thing we did was count the boats.\n“Then we counted them again,” said Mr Pell.\nHe left.';
    const qs = findQuotations(text);
    expect(qs.map((q) => q.exact)).toEqual(['The first thing we did was count the boats.', 'Then we counted them again,']);
    expect(qs[0]!.closed).toBe(false);
    expect(qs[1]!.partOf).toBe(0);
    for (const q of qs) expect(text.slice(q.start, q.end)).toBe(q.exact);
  });

  it('ends an unclosed quotation at its paragraph when the next does not reopen it', () => {
    const qs = findQuotations('He called the tariffs “not sustainable\nThe talks went on.');
    expect(qs).toHaveLength(1);
    expect(qs[0]!.exact).toBe('not sustainable');
    expect(qs[0]!.closed).toBe(false);
    expect(qs[0]!.partOf).toBeNull();
  });

  it('a plural possessive inside a single-quoted quote does not close it, while a mark before "he said" does', () => {
    expect(exacts("Ms Hale said: 'They charge this to the tenants' accounts. That is not a fine.'")).toEqual(["They charge this to the tenants' accounts. That is not a fine."]);
    expect(exacts('He called it ‘a win for the workers’ he said, and ‘overdue’.')).toEqual(['a win for the workers', 'overdue']);
    expect(exacts('‘We backed the growers’ fund,’ she said.')).toEqual(['We backed the growers’ fund,']);
  });

  it('reads guillemets and low-9 openers', () => {
    expect(exacts('Elle a dit « non merci » hier. Er sagte „Nein“ dazu.')).toEqual(['non merci', 'Nein']);
  });

  it('reports offsets in UTF-16 code units past astral characters', () => {
    const text = '🚢🚢 “Full steam,” the captain said.';
    const [q] = findQuotations(text);
    expect(text.slice(q!.start, q!.end)).toBe('Full steam,');
    expect(q!.start).toBe(6);
  });

  it('takes the paragraph after a lead-in ending in "said:" as a quotation, as a press release sets a block quotation apart', () => {
    const text = 'Flood defences approved\nEnvironment Secretary Rachel Morrow said:\nThe people of Ashmere have waited for too long.\nThe scheme starts in spring.';
    const [q, ...rest] = findQuotations(text);
    expect(rest).toEqual([]);
    expect(q!.exact).toBe('The people of Ashmere have waited for too long.');
    expect(text.slice(q!.openAt, q!.closeAt)).toBe(q!.exact);
    expect(q!.closed).toBe(true);
    // "She told the Gazette:" is a lead-in too; a paragraph with its own marks is read as usual.
    expect(exacts('Head\nShe told the Ashmere Gazette:\nWe will keep fighting for this town.')).toEqual(['We will keep fighting for this town.']);
    expect(exacts('Head\nShe said:\n“We will keep fighting,” she added, “for the town.”')).toEqual(['We will keep fighting,', 'for the town.']);
  });

  it('takes no heading, no second lead-in and no list after a colon without a speech verb for a quotation', () => {
    expect(exacts('Head\nHere is what the early reviews say:\nWhat Does Stadia Offer?\nIt streams games.')).toEqual([]);
    expect(exacts('Head\nThe scheme will include:\nTwo new pumping stations on the river.')).toEqual([]);
    expect(exacts('Head\nThe minister said:\nAs follows:')).toEqual([]);
  });
});
