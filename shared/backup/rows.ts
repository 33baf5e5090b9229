/**
 * What each row of a backup must be: its table's schema in the data model (shared/model/schemas),
 * once a row of an older schema version is brought up to date as the app's own schema upgrades do.
 * checkBackupRows (./decode) refuses a backup holding a row the app could not show (an article
 * without its tags, a note without its editor state, a title that is a number) as a whole, naming
 * the table and the row, before anything is written.
 */
import type { z } from 'zod';
import { actorRowSchema, articleBodyRowSchema, articleRowSchema, imageRowSchema, noteRowSchema, quoteRowSchema, settingRowSchema } from '../model/schemas';
import type { BackupTable } from './format';

const ROW_SCHEMAS: Record<BackupTable, z.ZodType> = {
  settings: settingRowSchema,
  actors: actorRowSchema,
  articles: articleRowSchema,
  bodies: articleBodyRowSchema,
  images: imageRowSchema,
  quotes: quoteRowSchema,
  notes: noteRowSchema,
};

/** What one row of each table is, in a sentence ("is not a valid article"). */
export const ROW_NOUN: Record<BackupTable, string> = {
  settings: 'setting',
  actors: 'actor',
  articles: 'article',
  bodies: 'article body',
  images: 'image',
  quotes: 'quote',
  notes: 'note',
};

/**
 * A row as the current schema holds it. Rows from schema v1 backups get the quote fields v2 relies
 * on, as the v2 upgrade (renderer/db/schema.ts) gives them; later versions changed no row shape the
 * model describes (v3's htmlHash is optional and set by storage; v4 added Recently deleted, which
 * backups leave out).
 */
export function upgradeBackupRow(table: BackupTable, row: Record<string, unknown>, schemaVersion: number): Record<string, unknown> {
  if (schemaVersion >= 2 || table !== 'quotes') return row;
  return { tags: [], mentionIds: [], comment: '', unplaced: false, speakerId: null, ...row };
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Uint8Array) return 'binary data';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

function fieldName(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`)).join('');
}

function valueAt(row: unknown, path: readonly PropertyKey[]): unknown {
  let value = row;
  for (const key of path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

function shown(value: unknown): string {
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > 40 ? `${json.slice(0, 39)}…` : json;
}

/** The first thing wrong with a row, in words ("tags is missing"), or null when it fits the model. */
export function rowProblem(table: BackupTable, row: unknown): string | null {
  const result = ROW_SCHEMAS[table].safeParse(row);
  if (result.success) return null;
  const issue = result.error.issues[0]!;
  const field = fieldName(issue.path);
  const value = valueAt(row, issue.path);
  if (!field) return `it is ${kindOf(row)}, not an object`;
  if (value === undefined) return `${field} is missing`;
  switch (issue.code) {
    case 'invalid_type':
      return `${field} should be ${EXPECTED[issue.expected] ?? issue.expected}, not ${kindOf(value)}`;
    case 'invalid_value':
      return `${field} should be ${issue.values.length === 1 ? shown(issue.values[0]) : `one of ${issue.values.map(shown).join(', ')}`}, not ${shown(value)}`;
    case 'custom':
      return `${field} should be ${issue.message}, not ${kindOf(value)}`;
    case 'too_small':
      return `${field} should be ${issue.minimum} or more, not ${shown(value)}`;
    default:
      return `${field} is not valid (${issue.message})`;
  }
}
