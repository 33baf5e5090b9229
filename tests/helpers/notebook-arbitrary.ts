import fc from 'fast-check';
import type { Actor, Article, ArticleBody, Note, Quote, Setting, StoredImage } from '../../shared/model';

/** A whole notebook's rows, as the tables hold them. */
export interface NotebookRows {
  settings: Setting[];
  actors: Actor[];
  articles: Article[];
  bodies: ArticleBody[];
  images: StoredImage[];
  quotes: Quote[];
  notes: Note[];
}

const iso = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2035-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
const text = fc.string({ unit: 'grapheme', maxLength: 40 });
const nullableText = fc.option(text, { nil: null });
const tags = fc.array(fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 8 }), { maxLength: 3 });

/** A generated notebook with consistent references (bodies, images, quotes point at real articles). */
export const notebookArbitrary: fc.Arbitrary<NotebookRows> = fc
  .record({
    articleIds: fc.uniqueArray(fc.uuid(), { maxLength: 6 }),
    actorIds: fc.uniqueArray(fc.uuid(), { maxLength: 5 }),
    noteIds: fc.uniqueArray(fc.uuid(), { maxLength: 4 }),
    quoteIds: fc.uniqueArray(fc.uuid(), { maxLength: 8 }),
    imageIds: fc.uniqueArray(fc.uuid(), { maxLength: 4 }),
    seed: fc.integer(),
  })
  .chain(({ articleIds, actorIds, noteIds, quoteIds, imageIds }) => {
    const articleRef = articleIds.length ? fc.constantFrom(...articleIds) : fc.constant(null);
    const actorRef = actorIds.length ? fc.option(fc.constantFrom(...actorIds), { nil: null }) : fc.constant(null);
    const article = (id: string): fc.Arbitrary<Article> =>
      fc.record({
        id: fc.constant(id),
        url: fc.option(fc.webUrl(), { nil: null }),
        canonicalUrl: fc.option(fc.webUrl(), { nil: null }),
        title: text,
        byline: nullableText,
        siteName: nullableText,
        publishedAt: fc.option(iso, { nil: null }),
        clippedAt: iso,
        lang: fc.option(fc.constantFrom('en', 'fr', 'de'), { nil: null }),
        excerpt: nullableText,
        leadImageId: fc.constant(null),
        wordCount: fc.nat(5000),
        readingMinutes: fc.nat(30),
        tags,
        actorIds: fc.subarray(actorIds),
        quoteCount: fc.nat(10),
        source: fc.constantFrom('url', 'html', 'text', 'file', 'drop', 'protocol'),
        dateline: nullableText,
        credit: nullableText,
        previousVersionId: fc.constant(null),
      });
    const body = (articleId: string): fc.Arbitrary<ArticleBody> =>
      fc.record({ articleId: fc.constant(articleId), html: text.map((t) => `<p>${t.replace(/[<&]/g, '')}</p>`), text, captions: fc.array(text, { maxLength: 2 }) });
    return fc.record({
      settings: fc.uniqueArray(fc.record({ key: fc.string({ minLength: 1, maxLength: 10 }), value: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown) }), { selector: (s) => s.key, maxLength: 3 }),
      actors: fc.tuple(
        ...actorIds.map((id) =>
          fc.record({
            id: fc.constant(id),
            name: text,
            kind: fc.constantFrom('person', 'organisation', 'place', 'other'),
            aliases: fc.array(text, { maxLength: 2 }),
            role: nullableText,
            affiliationId: actorRef,
            description: text,
            tags,
            keys: fc.array(text, { maxLength: 2 }),
            createdAt: iso,
            updatedAt: iso,
          }),
        ),
      ) as fc.Arbitrary<Actor[]>,
      articles: fc.tuple(...articleIds.map(article)),
      bodies: fc.tuple(...articleIds.map(body)),
      images: articleIds.length
        ? fc.tuple(
            ...imageIds.map((id) =>
              fc.record({ id: fc.constant(id), articleId: articleRef as fc.Arbitrary<string>, mime: fc.constantFrom('image/png', 'image/jpeg'), bytes: fc.uint8Array({ maxLength: 64 }), sourceUrl: fc.webUrl() }),
            ),
          )
        : fc.constant([] as StoredImage[]),
      quotes: articleIds.length
        ? fc.tuple(
            ...quoteIds.map((id) =>
              fc.record({
                id: fc.constant(id),
                articleId: articleRef as fc.Arbitrary<string>,
                text,
                quoteSelector: fc.record({ type: fc.constant('TextQuoteSelector' as const), exact: text, prefix: text, suffix: text }),
                positionSelector: fc.record({ type: fc.constant('TextPositionSelector' as const), start: fc.nat(1000), end: fc.nat(1000) }),
                unplaced: fc.boolean(),
                color: fc.constantFrom('yellow', 'green', 'blue', 'pink', 'purple'),
                comment: text,
                speakerId: actorRef,
                mentionIds: fc.subarray(actorIds),
                tags,
                createdAt: iso,
                updatedAt: iso,
              }),
            ),
          )
        : fc.constant([] as Quote[]),
      notes: fc.tuple(
        ...noteIds.map((id) =>
          fc.record({
            id: fc.constant(id),
            title: text,
            editorState: fc.constant('{"root":{"type":"root","version":1,"children":[]}}'),
            text,
            articleId: fc.option(articleRef, { nil: null }) as fc.Arbitrary<string | null>,
            quoteIds: fc.subarray(quoteIds),
            actorIds: fc.subarray(actorIds),
            createdAt: iso,
            updatedAt: iso,
          }),
        ),
      ),
    }) as fc.Arbitrary<NotebookRows>;
  });
