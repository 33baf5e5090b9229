/**
 * The stored rows of the data model as zod schemas, for rows that come from outside the app's own
 * typed code (a backup file): a row that passes has every field the model type says it has, of the
 * right kind, so views, search and export can read it without checking. Fields the model does not
 * know are allowed and left alone. Each schema is checked at compile time to describe exactly its
 * model type (rowSchema), so changing a type without its schema does not build.
 */
import { z } from 'zod';
import type { Actor } from './actor';
import type { Article, ArticleBody, ClipSource, StoredImage } from './article';
import type { Note } from './note';
import type { Quote } from './quote';

type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** The schema, when what it parses to is exactly T (else the call is missing an argument and does not compile). */
function rowSchema<T>() {
  return <S extends z.ZodType>(schema: S, ..._exact: Exact<z.output<S>, T> extends true ? [] : [never]): S => schema;
}

// The model's unions as lists (rowSchema checks they are exactly the model's).
const CLIP_SOURCES = ['url', 'html', 'text', 'file', 'drop', 'protocol'] as const satisfies readonly ClipSource[];
const COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const satisfies readonly Quote['color'][];
const KINDS = ['person', 'organisation', 'place', 'other'] as const satisfies readonly Actor['kind'][];

const text = z.string();
const maybeText = z.string().nullable();
const texts = z.array(z.string());
/** An offset into an article's text (UTF-16 code units). */
const offset = z.number().int().nonnegative();

export const articleRowSchema = rowSchema<Article>()(
  z.object({
    id: text,
    url: maybeText,
    canonicalUrl: maybeText,
    title: text,
    byline: maybeText,
    siteName: maybeText,
    publishedAt: maybeText,
    clippedAt: text,
    lang: maybeText,
    excerpt: maybeText,
    leadImageId: maybeText,
    wordCount: z.number(),
    readingMinutes: z.number(),
    tags: texts,
    actorIds: texts,
    quoteCount: z.number(),
    source: z.enum(CLIP_SOURCES),
    dateline: maybeText,
    credit: maybeText,
    previousVersionId: maybeText,
  }),
);

export const articleBodyRowSchema = rowSchema<ArticleBody>()(
  z.object({
    articleId: text,
    html: text,
    text,
    captions: texts,
    htmlHash: text.optional(),
  }),
);

export const imageRowSchema = rowSchema<StoredImage>()(
  z.object({
    id: text,
    articleId: text,
    mime: text,
    bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'binary data'),
    sourceUrl: text,
  }),
);

export const quoteRowSchema = rowSchema<Quote>()(
  z.object({
    id: text,
    articleId: text,
    text,
    quoteSelector: z.object({ type: z.literal('TextQuoteSelector'), exact: text, prefix: text, suffix: text }),
    positionSelector: z.object({ type: z.literal('TextPositionSelector'), start: offset, end: offset }),
    unplaced: z.boolean(),
    color: z.enum(COLORS),
    comment: text,
    speakerId: maybeText,
    mentionIds: texts,
    tags: texts,
    createdAt: text,
    updatedAt: text,
  }),
);

export const actorRowSchema = rowSchema<Actor>()(
  z.object({
    id: text,
    name: text,
    kind: z.enum(KINDS),
    aliases: texts,
    role: maybeText,
    affiliationId: maybeText,
    description: text,
    tags: texts,
    keys: texts,
    createdAt: text,
    updatedAt: text,
  }),
);

export const noteRowSchema = rowSchema<Note>()(
  z.object({
    id: text,
    title: text,
    editorState: text,
    text,
    articleId: maybeText,
    quoteIds: texts,
    actorIds: texts,
    createdAt: text,
    updatedAt: text,
  }),
);

/** A setting's value is whatever the feature that owns it stores (each reads it with a default). */
export const settingRowSchema = z.object({ key: text });
