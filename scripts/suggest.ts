/**
 * `npm run suggest -- <file>... [--json]`: the app's actor and speaker suggestions for plain-text
 * clips (.txt, or anything not HTML) and HTML pages (.html/.htm, or text starting with "<").
 *
 * Offsets are UTF-16 code units of the text the suggestions ran on, as the app normalises it:
 *  - plain text: the file as UTF-8 with a leading byte-order mark removed and CRLF / CR line ends
 *    turned into LF (nothing else changes; for a file without BOM or CR the offsets are the file's);
 *  - HTML: the article the clipper extracts (shared/extract on a linkedom document), as
 *    `articleText` renders it — the text quote anchors use in the app.
 * With --json it prints one JSON object per input, one per line:
 * { input, actors: [{ name, kind, role, mentions }], quotes: [{ exact, start, end, speaker }] }.
 */
import { suggest } from '../shared/suggest';
import { suggestionText } from './lib/input-text';

const args = process.argv.slice(2);
const json = args.includes('--json');
const inputs = args.filter((a) => a !== '--json');
if (!inputs.length) {
  console.error('Usage: npm run suggest -- <file>... [--json]   (plain-text clips or HTML pages)');
  process.exit(2);
}

let failed = 0;
for (const input of inputs) {
  try {
    const s = suggest(suggestionText(input));
    const out = {
      input,
      actors: s.actors.map((a) => ({ name: a.name, kind: a.kind, role: a.role, mentions: a.mentions })),
      quotes: s.quotes.map((q) => ({ exact: q.exact, start: q.start, end: q.end, speaker: q.speaker })),
    };
    if (json) {
      console.log(JSON.stringify(out));
    } else {
      console.log(`== ${input}`);
      for (const a of out.actors) console.log(`  ${a.kind.padEnd(12)} ${a.name}${a.role ? ` (${a.role})` : ''} — ${a.mentions.join('; ')}`);
      for (const q of out.quotes) console.log(`  [${q.start}-${q.end}] ${q.speaker ?? '(no speaker)'}: “${q.exact}”`);
    }
  } catch (error) {
    failed++;
    const message = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    console.error(`${input}: ${message}`);
    if (json) console.log(JSON.stringify({ input, error: message }));
  }
}
process.exit(failed ? 1 : 0);
