import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Article } from '../../shared/model';
import { suggest } from '../../shared/suggest';
import { openDossierDb } from '../db/schema';
import { useDatabase } from '../db/db';
import { knownActors, loadActorPage } from '../db/actors';
import { createQuote } from '../db/quotes';
import { acceptActor, acceptSpeaker, aliasesOf } from './suggestion-actions';

const db = openDossierDb('suggestion-actions', { indexedDB: new IDBFactory(), IDBKeyRange });
beforeAll(() => useDatabase(db));
afterAll(() => db.close());

const TEXT = 'Harbour Commissioner Tamsin Rook opened the port.\n\n“We are open for business,” Ms Rook said.\n\nThe Harbour chief later called the delays “behind us”.';

async function addArticle(id: string): Promise<Article> {
  const article: Article = {
    id, url: null, canonicalUrl: null, title: 'Port reopens', byline: null, siteName: null, publishedAt: '2026-02-01T00:00:00.000Z',
    clippedAt: '2026-02-02T00:00:00.000Z', lang: null, excerpt: null, leadImageId: null, wordCount: 20, readingMinutes: 1,
    tags: [], actorIds: [], quoteCount: 0, source: 'text', dateline: null, credit: null, previousVersionId: null,
  };
  await db.articles.add(article);
  await db.bodies.add({ articleId: id, html: '', text: TEXT, captions: [] });
  return article;
}

describe('accepting suggestions', () => {
  it('keeps names and honorific forms as aliases, not role phrases', () => {
    const rook = suggest(TEXT).actors.find((a) => a.name === 'Tamsin Rook')!;
    expect(rook.mentions).toEqual(['Tamsin Rook', 'Ms Rook', 'The Harbour chief']);
    expect(aliasesOf(rook)).toEqual(['Ms Rook']);
  });

  it('creates the actor once, highlights each quotation and sets its speaker; a second article finds the actor as known', async () => {
    await addArticle('a1');
    const s = suggest(TEXT);
    const rook = s.actors.find((a) => a.name === 'Tamsin Rook')!;
    const actor = await acceptActor('a1', rook);
    expect(actor).toMatchObject({ name: 'Tamsin Rook', kind: 'person', role: 'Harbour Commissioner', aliases: ['Ms Rook'] });
    for (const q of s.quotes) await acceptSpeaker('a1', q, s.actors[q.speakerIndex!]!);
    expect(await db.actors.count()).toBe(1);
    const quotes = await db.quotes.where('articleId').equals('a1').toArray();
    expect(quotes.map((q) => [q.text, q.speakerId])).toEqual(expect.arrayContaining([['We are open for business', actor.id], ['behind us', actor.id]]));
    // The comma that joins the quotation to “Ms Rook said” is not highlighted; the selectors describe the trimmed words.
    const open = quotes.find((q) => q.text === 'We are open for business')!;
    const start = TEXT.indexOf('We are open');
    expect(open.positionSelector).toEqual({ type: 'TextPositionSelector', start, end: start + 'We are open for business'.length });
    expect(open.quoteSelector).toEqual({ type: 'TextQuoteSelector', exact: 'We are open for business', prefix: TEXT.slice(start - 32, start), suffix: TEXT.slice(start + 24, start + 56) });
    expect(open.quoteSelector.suffix.startsWith(',” Ms Rook said')).toBe(true);
    expect((await db.articles.get('a1'))!).toMatchObject({ actorIds: [actor.id], quoteCount: 2 });
    // Accepting again changes nothing: the quote is found at its offsets.
    await acceptSpeaker('a1', s.quotes[0]!, rook);
    expect(await db.quotes.count()).toBe(2);

    await addArticle('a2');
    const again = suggest(TEXT, { known: await knownActors() });
    expect(again.actors.find((a) => a.knownId === actor.id)?.name).toBe('Tamsin Rook');
    const page = (await loadActorPage(actor.id))!;
    expect(page.spoken.map((e) => e.quote.text)).toEqual(['We are open for business', 'behind us']);
  });

  it('a quotation an older Dossier highlighted whole, comma and all, is that quote: accepting adds no second highlight', async () => {
    await addArticle('a3');
    const s = suggest(TEXT);
    const q = s.quotes.find((x) => x.exact === 'We are open for business,')!;
    const whole = await createQuote({ articleId: 'a3', start: q.start, end: q.end });
    await acceptSpeaker('a3', q, s.actors[q.speakerIndex!]!);
    const quotes = await db.quotes.where('articleId').equals('a3').toArray();
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ id: whole.id, text: 'We are open for business,' });
    expect(quotes[0]!.speakerId).not.toBeNull();
  });
});
