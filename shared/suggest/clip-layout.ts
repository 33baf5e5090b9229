/**
 * What in a plain-text clip is not article prose: page furniture ("PHOTO: AGENCY", "Follow topic:",
 * newsletter prompts, "(Reporting by …; Editing by …)") and the wire credit glued to the end
 * ("… on Monday. REUTERS"). Mentions found
 * there are the page's, not the article's, so suggestions skip them. Captions stay: a caption is
 * article text (and may hold a quote); it is reported so callers can show it apart.
 *
 * The lines the clipper's own parser (shared/extract/plaintext.ts) reads as a byline, credit, date,
 * prompt or link are furniture too, so a text suggested on as pasted skips what the stored article
 * leaves out; the heuristics here add the few it keeps (a writer's job under "By …").
 */
import { NEWSROOM_JOB_LINE } from '../text/newsroom-jobs';
import { nameThenJob, parsePlainTextClip } from '../extract/plaintext';

export interface Range {
  start: number;
  end: number;
}

export interface ClipLayout {
  furniture: Range[];
  captions: Range[];
  credit: Range | null;
}

const FURNITURE_START = /^(sign up|subscribe|follow( topic| us)?|read (more|also|next)|also read|share( this)?|advertisement|related( articles| stories)?|click here|download|listen( to)?|watch( now)?|more from|recommended|most read|trending|copyright|all rights reserved)\b/i;
/**
 * A byline of a name of two or more words ("By Jane Roe, Health Correspondent", "By Jane Roe and Ali
 * Khan"), or with where the writer was, a name ending the line ("By Sam Roe at Valley Road", "… from Kyiv").
 */
const BYLINE = /^[Bb][Yy]\s+\p{Lu}[\p{L}’'.-]*(?:\s+(?:van|von|de|der|la|le|du|da|al|el|bin))*\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)?(?:\s*(?:,|and|&|in|for)\s+.*|\s+(?:at|from)\s+(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})?$/u;
const DATE_LINE = /^(published|updated|posted|last updated|first published)\b[^.!?]*$/i;
const CREDIT_LINE = /^(photo|photos|picture|pictures|image|images|video|graphic|illustration|file photo|credit|source)\s*(credit)?\s*:/i;
/** A wire service's staff credit: "(Reporting by Eva Lind; Editing by Tom Hart)", "Additional reporting by …". */
const STAFF_CREDIT = /^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|graphics|compiled|produced|research)\s+by\s+[^.!?]*\)?\s*$/i;

function lines(text: string): Range[] {
  const out: Range[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (text.slice(start, i).trim()) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

export function clipLayout(text: string): ClipLayout {
  const ls = lines(text);
  const furniture: Range[] = [];
  const captions: Range[] = [];
  ls.forEach((l, i) => {
    const s = text.slice(l.start, l.end).trim();
    const words = s.split(/\s+/).length;
    if (CREDIT_LINE.test(s) && words <= 8) {
      furniture.push(l);
      // The line before a photo credit, when it is not the headline, is the photo's caption.
      const prev = ls[i - 1];
      if (prev && i - 1 > 0 && !furniture.includes(prev)) captions.push(prev);
    } else if (i > 0 && words <= 6 && NEWSROOM_JOB_LINE.test(s) && ls[i - 1] === furniture[furniture.length - 1] && BYLINE.test(text.slice(ls[i - 1]!.start, ls[i - 1]!.end).trim())) {
      // "By Hannah Gilmore" / "Local government correspondent": the writer's job under the byline.
      furniture.push(l);
    } else if ((STAFF_CREDIT.test(s) && words <= 30) || (FURNITURE_START.test(s) && words <= 16) || (/:$/.test(s) && words <= 4) || (i > 0 && words <= 10 && (BYLINE.test(s) || DATE_LINE.test(s)))) {
      furniture.push(l);
    }
  });
  // And what the clipper's own parser reads as a byline, a credit, a date, a prompt or a link ("Fiona Lamont"
  // over "BBC Scotland News"): lines the stored article leaves out. (Not its short labels: a subheading or
  // a transcript's "James S. Brady Press Briefing Room" may name an actor.)
  const clip = parsePlainTextClip(text);
  const byline = clip.byline;
  // ("Severin Carrell Scotland editor": the byline's name with the job after it on the same line.)
  const bylineLabel = (f: (typeof clip.furniture)[number] | undefined) => !!f && f.kind === 'label' && !!byline && (byline.split(', ').includes(f.text.trim()) || nameThenJob(f.text) === byline);
  const shareBar = shareBarLabels(text, clip.furniture);
  clip.furniture.forEach((f, k) => {
    // ("Ellen Morris" / "Education correspondent, BBC Wales": the writer's job under the byline too.)
    const jobUnderByline = f.kind === 'label' && bylineLabel(clip.furniture[k - 1]) && NEWSROOM_JOB_LINE.test(f.text.trim()) && !/\S/.test(text.slice(clip.furniture[k - 1]!.end, f.start));
    if (f.kind === 'label' && !bylineLabel(f) && !jobUnderByline && !shareBar.has(f)) return;
    if (!furniture.some((r) => r.start <= f.start && r.end >= f.end)) furniture.push({ start: f.start, end: f.end });
  });
  furniture.sort((a, b) => a.start - b.start);
  // A wire credit in capitals after the last sentence ("… course.” AGENCY").
  let credit: Range | null = null;
  const last = ls[ls.length - 1];
  if (last) {
    const m = /([.!?”"’)])\s+([A-Z][A-Z&]{1,}(?:[ /,-]+[A-Z][A-Z&]+)*)\s*$/.exec(text.slice(last.start, last.end));
    if (m) {
      const start = last.start + m.index + m[0].indexOf(m[2]!, m[1]!.length);
      credit = { start, end: start + m[2]!.length };
    }
  }
  return { furniture, captions, credit };
}

/**
 * "Share" / "Copy" / "Link copied" / "Email" / "Facebook" / "X": short labels in a run of three or
 * more furniture lines with nothing between them that holds a prompt or a link are a share bar's
 * buttons, not subheadings ("Facebook" there names no company of the story).
 */
function shareBarLabels<F extends { start: number; end: number; kind: string; text: string }>(text: string, furniture: readonly F[]): Set<F> {
  const sorted = [...furniture].sort((a, b) => a.start - b.start);
  const out = new Set<F>();
  let group: F[] = [];
  const flush = () => {
    if (group.length >= 3 && group.some((f) => f.kind === 'prompt' || f.kind === 'link')) for (const f of group) if (f.kind === 'label' && f.text.trim().split(/\s+/).length <= 3) out.add(f);
    group = [];
  };
  for (const f of sorted) {
    const prev = group[group.length - 1];
    if (prev && /\S/.test(text.slice(prev.end, f.start))) flush();
    group.push(f);
  }
  flush();
  return out;
}
