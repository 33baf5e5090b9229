/** `npm run extract -- <url-or-file>... [--json|--md]`: see scripts/extract/run.ts and the README. */
import { runExtract } from './extract/run';

runExtract(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`extract failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
