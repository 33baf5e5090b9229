/**
 * Render workers (and the write thread) for Node runs under tsx (the command line, the benchmark, tests): the worker
 * loads ./render-worker.ts through tsx's loader, which a worker does not inherit (Node 20 also
 * ignores `--import tsx` in a worker's execArgv). The app spawns the bundled worker file instead
 * (electron/main/index.ts). Not imported by the app's main bundle.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** Plain CommonJS packages the worker uses, loaded before tsx's hooks so tsx does not transform them again (halves the start). */
const PRELOAD = ['linkedom', 'turndown', 'turndown-plugin-gfm', 'yaml', 'diff-match-patch'];

/** A worker thread running `entry` (a file of this folder) through tsx, after `preload`. */
function spawnTsxWorker(entry: string, preload: readonly string[]): Worker {
  const require = createRequire(__filename);
  const lines = [
    ...preload.map((name) => `require(${JSON.stringify(require.resolve(name))});`),
    `require(${JSON.stringify(require.resolve('tsx/cjs/api'))}).register();`,
    `require(${JSON.stringify(join(__dirname, entry))});`,
  ];
  return new Worker(lines.join('\n'), { eval: true });
}

export function spawnTsxRenderWorker(): Worker {
  return spawnTsxWorker('render-worker.ts', PRELOAD);
}

/** The write thread (./write-worker.ts) under tsx. */
export function spawnTsxWriteWorker(): Worker {
  return spawnTsxWorker('write-worker.ts', []);
}
