/**
 * Reads a backup (shared/backup/format.ts) as it streams in, and refuses it — with a message that
 * says what is wrong and what to try — unless every part checks out: header, table order, row
 * keys, footer, counts, checksum, and every row against the data model (checkBackupRows). Nothing
 * is returned to be written until `finish()` passed.
 */
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  LineChecksum,
  decodeValue,
  type BackupFooter,
  type BackupHeader,
  type BackupTable,
} from './format';
import { ROW_NOUN, rowProblem, upgradeBackupRow } from './rows';

/** `invalid`: the file is whole, but a row does not fit the data model (shared/backup/rows). */
export type BackupProblem = 'foreign' | 'truncated' | 'corrupt' | 'newer' | 'invalid';

export class BackupError extends Error {
  constructor(
    readonly problem: BackupProblem,
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

/** The key field of each table's rows (renderer/db/schema.ts primary keys). */
export const BACKUP_KEYS: Record<BackupTable, string> = {
  settings: 'key',
  actors: 'id',
  articles: 'id',
  bodies: 'articleId',
  images: 'id',
  quotes: 'id',
  notes: 'id',
};

export interface DecodedBackup {
  header: BackupHeader;
  rows: Record<BackupTable, Record<string, unknown>[]>;
  counts: Record<BackupTable, number>;
}

const corrupt = (line: number, what: string) =>
  new BackupError('corrupt', `This backup is damaged (line ${line}: ${what}). Nothing was changed. Try another copy of the backup.`);

export class BackupDecoder {
  private partial = '';
  private lineNumber = 0;
  private header: BackupHeader | null = null;
  private footer: BackupFooter | null = null;
  private tableIndex = 0;
  private readonly checksum = new LineChecksum();
  private readonly rows = Object.fromEntries(BACKUP_TABLES.map((t) => [t, [] as Record<string, unknown>[]])) as Record<BackupTable, Record<string, unknown>[]>;
  private readonly keys = Object.fromEntries(BACKUP_TABLES.map((t) => [t, new Set<string>()])) as Record<BackupTable, Set<string>>;

  constructor(private readonly newestSchemaVersion: number) {}

  /** Feeds the next piece of text (any split, even mid-line). */
  push(text: string): void {
    const lines = (this.partial + text).split('\n');
    this.partial = lines.pop()!;
    for (const line of lines) this.line(line.endsWith('\r') ? line.slice(0, -1) : line);
  }

  /** Validates the end of the file and returns everything it holds. */
  finish(): DecodedBackup {
    const last = this.partial.endsWith('\r') ? this.partial.slice(0, -1) : this.partial;
    this.partial = '';
    if (last !== '') {
      try {
        this.line(last);
      } catch (error) {
        // A last line that does not parse is a file cut short, the commonest damage.
        if (this.header && error instanceof BackupError && error.problem === 'corrupt' && /not readable/.test(error.message)) {
          throw new BackupError('truncated', 'This backup is incomplete: it ends in the middle of a line (it was cut short while saving or copying). Nothing was changed. Try another copy.');
        }
        throw error;
      }
    }
    if (!this.header) throw new BackupError('foreign', 'This file is empty, not a Dossier backup. Choose a file saved with Back up notebook.');
    if (!this.footer) throw new BackupError('truncated', 'This backup is incomplete: it ends before its last line (it was cut short while saving or copying). Nothing was changed. Try another copy.');
    const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, this.rows[t].length])) as Record<BackupTable, number>;
    for (const table of BACKUP_TABLES) {
      if (this.footer.counts[table] !== counts[table]) {
        throw new BackupError('corrupt', `This backup is damaged: it says it holds ${this.footer.counts[table]} ${table} but holds ${counts[table]}. Nothing was changed. Try another copy.`);
      }
    }
    if (this.footer.checksum !== this.checksum.hex()) {
      throw new BackupError('corrupt', 'This backup is damaged: its checksum does not match its contents (it was changed after it was saved). Nothing was changed. Try another copy.');
    }
    const backup = { header: this.header, rows: this.rows, counts };
    checkBackupRows(backup);
    return backup;
  }

  private line(line: string): void {
    this.lineNumber++;
    if (this.lineNumber === 1) {
      this.readHeader(line.replace(/^\ufeff/, ''));
      return;
    }
    if (this.footer) {
      if (line.trim() === '') return;
      throw corrupt(this.lineNumber, 'text after the end of the backup');
    }
    let value: unknown;
    try {
      value = JSON.parse(line, decodeValue);
    } catch {
      if (line.trim() === '') throw corrupt(this.lineNumber, 'an empty line');
      throw corrupt(this.lineNumber, 'not readable');
    }
    if (isRecord(value) && value['end'] === true) {
      this.readFooter(value);
      return;
    }
    if (!isRecord(value) || typeof value['table'] !== 'string' || !isRecord(value['row'])) throw corrupt(this.lineNumber, 'not a row');
    const table = value['table'] as BackupTable;
    const index = BACKUP_TABLES.indexOf(table);
    if (index === -1) throw corrupt(this.lineNumber, `unknown table ${JSON.stringify(table).slice(0, 40)}`);
    if (index < this.tableIndex) throw corrupt(this.lineNumber, 'rows out of order');
    this.tableIndex = index;
    const row = value['row'];
    const key = row[BACKUP_KEYS[table]];
    if (typeof key !== 'string' || key === '') throw corrupt(this.lineNumber, `a ${table} row without its ${BACKUP_KEYS[table]}`);
    if (this.keys[table].has(key)) throw corrupt(this.lineNumber, `two ${table} rows with the same ${BACKUP_KEYS[table]}`);
    this.keys[table].add(key);
    this.checksum.add(line);
    this.rows[table].push(row);
  }

  private readHeader(line: string): void {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      value = null;
    }
    if (!isRecord(value) || value['format'] !== BACKUP_FORMAT) {
      throw new BackupError('foreign', 'This file is not a Dossier backup. Choose a file saved with Back up notebook (.dossier-backup).');
    }
    const { formatVersion, schemaVersion } = value;
    if (typeof formatVersion !== 'number' || typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
      throw corrupt(1, 'a header without its versions');
    }
    if (formatVersion > BACKUP_FORMAT_VERSION || schemaVersion > this.newestSchemaVersion) {
      throw new BackupError('newer', 'This backup was made by a newer version of Dossier. Update Dossier, then restore it. Nothing was changed.');
    }
    if (formatVersion !== BACKUP_FORMAT_VERSION) throw corrupt(1, `unknown format version ${formatVersion}`);
    this.header = value as unknown as BackupHeader;
  }

  private readFooter(value: Record<string, unknown>): void {
    const counts = value['counts'];
    if (!isRecord(counts) || typeof value['checksum'] !== 'string' || !BACKUP_TABLES.every((t) => typeof counts[t] === 'number')) {
      throw corrupt(this.lineNumber, 'an unreadable last line');
    }
    this.footer = value as unknown as BackupFooter;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Backups whose every row checkBackupRows found to fit the model. */
const checked = new WeakSet<object>();

/**
 * Throws a BackupError ('invalid') naming the first row of the backup that does not fit the data
 * model once upgraded to the current schema: its table, which row of the table (counting from 1),
 * its key and what is wrong. Every row is checked; the message says how many more are wrong.
 */
export function checkBackupRows(backup: Pick<DecodedBackup, 'header' | 'rows'>): void {
  // (A backup the decoder returned was checked as it finished: restoreBackup's own check of it is then free.)
  if (checked.has(backup)) return;
  let first: string | null = null;
  let bad = 0;
  for (const table of BACKUP_TABLES) {
    const rows = backup.rows[table];
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      const problem = rowProblem(table, upgradeBackupRow(table, row, backup.header.schemaVersion));
      if (problem === null) continue;
      bad++;
      const key = String(row[BACKUP_KEYS[table]]);
      first ??= `Row ${i + 1} of ${table} (${BACKUP_KEYS[table]} ${key.length > 60 ? `${key.slice(0, 59)}…` : key}) is not a valid ${ROW_NOUN[table]}: ${problem}.`;
    }
  }
  if (first === null) {
    checked.add(backup);
    return;
  }
  const more = bad > 1 ? ` ${bad - 1} more ${bad === 2 ? 'row has' : 'rows have'} problems too.` : '';
  throw new BackupError('invalid', `${first}${more} Dossier cannot restore this backup; nothing was changed.`);
}

/** Decodes a whole backup text at once (tests, the command line). */
export function decodeBackup(text: string, newestSchemaVersion: number): DecodedBackup {
  const decoder = new BackupDecoder(newestSchemaVersion);
  decoder.push(text);
  return decoder.finish();
}
