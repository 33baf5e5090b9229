import type { Writable } from 'node:stream';
import { once } from 'node:events';
import type { BackupFooter } from '../../shared/backup/format';
import { generateBackupLines, type GenOptions } from './notebook';

/**
 * Streams a generated notebook into `out` one line at a time, waiting when the stream is full,
 * so a 200 MB backup never exists as one string. Returns the footer's row counts.
 */
export async function writeNotebook(out: Writable, options: GenOptions): Promise<BackupFooter['counts']> {
  let last = '';
  let batch: string[] = [];
  let batchLength = 0;
  const flush = async () => {
    if (!batch.length) return;
    const chunk = batch.join('');
    batch = [];
    batchLength = 0;
    if (!out.write(chunk)) await once(out, 'drain');
  };
  for (const line of generateBackupLines(options)) {
    last = line;
    batch.push(line, '\n');
    batchLength += line.length + 1;
    if (batchLength > 1 << 20) await flush();
  }
  await flush();
  return (JSON.parse(last) as BackupFooter).counts;
}
