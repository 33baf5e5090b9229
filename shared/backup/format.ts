/**
 * Dossier's backup file: UTF-8 text, one JSON value per line (NDJSON), so a 10,000-article
 * notebook streams in and out without one giant string.
 *
 *   line 1      BackupHeader
 *   lines 2..n  BackupRowLine, one per stored row, tables in BACKUP_TABLES order
 *   last line   BackupFooter: row counts per table and a checksum of every row line
 *
 * Binary values (image bytes) are written as { "$bytes": "<base64>" }. A file whose header,
 * footer, counts or checksum do not match is refused before anything is written.
 */

export const BACKUP_FORMAT = 'dossier-backup';
export const BACKUP_FORMAT_VERSION = 1;
/** Suggested file extension for backups. */
export const BACKUP_EXTENSION = '.dossier-backup';

/** Every table a backup holds, in the order rows are written (referenced rows first). */
export const BACKUP_TABLES = ['settings', 'actors', 'articles', 'bodies', 'images', 'quotes', 'notes'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** The Dexie schema version the rows were read from (renderer/db/schema.ts SCHEMA_VERSION). */
  schemaVersion: number;
  createdAt: string;
  appVersion: string;
}

export interface BackupRowLine {
  table: BackupTable;
  row: unknown;
}

export interface BackupFooter {
  end: true;
  counts: Record<BackupTable, number>;
  /** FNV-1a 32-bit (hex) over the UTF-16 code units of every row line followed by "\n". */
  checksum: string;
}

/** Incremental FNV-1a over UTF-16 code units: cheap, streaming, identical in Node and Chromium. */
export class LineChecksum {
  private hash = 0x811c9dc5;

  add(line: string): void {
    let h = this.hash;
    for (let i = 0; i < line.length; i++) {
      h ^= line.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 10; // the "\n" that ends the line
    this.hash = Math.imul(h, 0x01000193);
  }

  hex(): string {
    return (this.hash >>> 0).toString(16).padStart(8, '0');
  }
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** JSON.stringify replacer: Uint8Array (and other typed arrays' bytes) as { $bytes }. */
export function encodeValue(_key: string, value: unknown): unknown {
  if (value instanceof Uint8Array) return { $bytes: bytesToBase64(value) };
  return value;
}

/** JSON.parse reviver: { $bytes } back to Uint8Array. */
export function decodeValue(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    const bytes = (value as { $bytes?: unknown }).$bytes;
    if (keys.length === 1 && typeof bytes === 'string') return base64ToBytes(bytes);
  }
  return value;
}

/** Writes a backup line by line; the caller sends each returned line (with "\n") wherever it goes. */
export class BackupEncoder {
  private readonly checksum = new LineChecksum();
  private readonly counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, 0])) as Record<BackupTable, number>;

  constructor(private readonly header: Omit<BackupHeader, 'format' | 'formatVersion'>) {}

  headerLine(): string {
    const header: BackupHeader = { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, ...this.header };
    return JSON.stringify(header);
  }

  rowLine(table: BackupTable, row: unknown): string {
    const line = JSON.stringify({ table, row } satisfies BackupRowLine, encodeValue);
    this.checksum.add(line);
    this.counts[table]++;
    return line;
  }

  footerLine(): string {
    const footer: BackupFooter = { end: true, counts: { ...this.counts }, checksum: this.checksum.hex() };
    return JSON.stringify(footer);
  }
}
