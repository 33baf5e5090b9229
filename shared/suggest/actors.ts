/**
 * Merges candidate mentions into proposed actors: one per person, organisation or place, with every
 * surface form the text uses for it ("Scott Roe", "Mr Roe", "the Treasury chief") and the evidence.
 * Also yields the references (offset ranges resolved to an actor) that speaker attribution walks.
 */
import nlp from 'compromise';
import { foldKey, foldText } from '../text/fold';
import type { Candidate, ActorKindGuess } from './candidates';
import { placeEntry } from './candidates';
import { DESCRIBING_SUFFIXES, INSTITUTION_REMITS, isLegalForm, MOTION_BEFORE_NAME, ORG_WORDS, OTHER_OFFICE, PLURAL_VERB_AFTER, REMIT_LINKS, ROLE_NOUNS, ROLE_STOP, ROLE_SYNONYMS, SPOKESPERSON_WORD, THING_INITIALISMS, workplaceJob } from './lexicon';
import type { Range } from './clip-layout';
import { abbreviates, afterAbbreviation, initials, sentenceRanges } from './tokens';
import { readSpeechVerb } from './verbs';
import { escapeRegExp } from '../text/regexp';
import { familiarFormOf } from './diminutives';

export interface KnownActor {
  id: string;
  name: string;
  kind: ActorKindGuess | 'other';
  aliases: readonly string[];
  role: string | null;
}

export interface ProposedActor {
  name: string;
  kind: ActorKindGuess | 'other';
  role: string | null;
  /** Surface forms found in the text, in order of first appearance. */
  mentions: string[];
  /** The words that support the proposal. */
  evidence: string[];
  confidence: number;
  gender: 'male' | 'female' | null;
  /** Set when this is an actor already in the notebook. */
  knownId: string | null;
  /** Where the text names it: [start, end) of each mention. */
  occurrences: { start: number; end: number }[];
}

export interface Reference {
  /** Whole referring expression, title included. */
  start: number;
  end: number;
  actor: number;
  via: 'name' | 'role' | 'known';
}

interface Draft extends ProposedActor {
  tokens: string[];
  firstAt: number;
  /** The gender the first name usually has (Candidate.nameGender), used when nothing else says. */
  nameGender: 'male' | 'female' | null;
}

/** "Jr.", "Sr.", "III": a generational suffix after a surname. */
const GENERATION = /^(?:jr|sr|ii|iii|iv)\.?$/;

function tokensOf(name: string): string[] {
  return foldKey(name).split(/[\s]+/).filter(Boolean);
}

function addMention(a: Draft, surface: string, start: number, end: number): void {
  const k = foldKey(surface);
  if (!a.mentions.some((m) => foldKey(m) === k)) a.mentions.push(surface);
  if (!a.occurrences.some((o) => o.start === start)) a.occurrences.push({ start, end });
}

function addEvidence(a: Draft, e: string[]): void {
  for (const x of e) if (x && !a.evidence.includes(x)) a.evidence.push(x);
}


/** Endings of adjectives that are capitalised as names are ("Independent", "Antarctic", "Northern"). */
const ADJECTIVE_ENDING = /(?:ent|ant|al|ic|ive|ous|ern|ary)$/;

/** Words that say which office a role is ("treasury", "secretary"), synonyms of its head noun added. */
function roleWords(role: string): Set<string> {
  const words = foldKey(role)
    .split(/[\s/]+/)
    .flatMap((w) => [w, ...w.split('-')])
    .filter((w) => w && !ROLE_STOP.has(w));
  return new Set(words);
}

/** The noun a role is ("leader" in "Farmer leader", "director" in "director of enforcement"): its last role noun before "of", "at", "for". */
function roleHead(role: string): string | null {
  const words = foldKey(role).split(/\s+/);
  const cut = words.findIndex((w, k) => k > 0 && ['of', 'at', 'for', 'in', 'on', 'with'].includes(w));
  return (cut > 0 ? words.slice(0, cut) : words).findLast((w) => ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.split('-').pop()!)) ?? null;
}

/** "MARIA CANTWELL" → "Maria Cantwell", "O'NEILL" → "O'Neill". */
function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'’.-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

/** A metonym: the capital stands for its government ("talks with Beijing", "Washington says"). */
function isMetonym(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 20);
  // "speaking by video from Rabat", "flights to Beijing": the city itself, not its government.
  if (MOTION_BEFORE_NAME.test(text.slice(Math.max(0, start - 60), start))) return false;
  if (/\b(by|with|against|between|from|and|toward|towards|pressure on|ties to)\s+$/i.test(before) && !/\b(in|at|near)\s+\S*\s*$/.test(before)) return true;
  // "Beijing's response" is the government's; "Oslo's Gardermoen airport", "Rabat's streets",
  // "Nairobi's central business district" are the city's.
  if (/^['’]s\s+(?:[\p{Lu}][\p{L}-]*\s+){0,2}(?:airport|port|harbour|harbor|streets|suburbs|centre|center|outskirts|mayor|hospitals?|schools?|residents|old town|main square|station|central|city|(?:business |financial )?district|neighbou?rhoods?|slums?|markets?|traffic|skyline|university|northern|southern|eastern|western)\b/u.test(text.slice(end, end + 50))) return false;
  return /^\s+(said|says|wants|has|had|will|would|warned|accused|insisted|denied|responded|retaliated|announced)\b/.test(after) || /^['’]s\s/.test(after);
}

export interface BuildResult {
  actors: ProposedActor[];
  references: Reference[];
}

export function buildActors(text: string, candidates: Candidate[], known: readonly KnownActor[] = []): BuildResult {
  const drafts: Draft[] = [];
  const refs: Reference[] = [];
  const byKey = new Map<string, number>();

  const create = (c: Candidate, written: string, kind: ActorKindGuess): number => {
    // ("SEN. MARIA CANTWELL:" in a transcript, "By TOM KRISHER": a person's name in capitals is proposed as names are written.)
    const name = kind === 'person' && /^[\p{Lu}\s.'’-]+$/u.test(written) && /\p{Lu}{3}/u.test(written) ? titleCase(written) : written;
    const d: Draft = { name, kind, role: c.role, mentions: [], evidence: [], confidence: c.confidence, gender: c.gender, knownId: null, occurrences: [], tokens: tokensOf(name), firstAt: c.start, nameGender: c.nameGender ?? null };
    drafts.push(d);
    byKey.set(`${kind}:${foldKey(name)}`, drafts.length - 1);
    return drafts.length - 1;
  };
  const attach = (i: number, c: Candidate) => {
    const d = drafts[i]!;
    addMention(d, c.surface, c.start, c.end);
    addEvidence(d, c.evidence);
    if (!d.role && c.role) d.role = c.role;
    d.gender ??= c.gender ?? genderOfRole(c.role);
    d.confidence = Math.min(0.98, Math.max(d.confidence, c.confidence) + 0.02);
    refs.push({ start: c.spanStart, end: c.spanEnd, actor: i, via: 'name' });
  };

  // 1. Full names, organisations and places.
  for (const c of candidates) {
    if (c.kind === 'person' && c.partial) continue;
    let name = c.canonical ?? c.name;
    let kind = c.kind;
    if (c.kind === 'place' && c.capitalOf && isMetonym(text, c.start, c.end) && candidates.some((o) => o.kind === 'place' && (o.canonical ?? o.name) === c.capitalOf)) {
      name = c.capitalOf;
      kind = 'place';
    }
    if (c.kind === 'place' && /^[\p{Lu}\s]+$/u.test(c.name) && c.capitalOf) {
      // A dateline in capitals: the city the story was filed from; its country is named elsewhere.
      // Unless the text names the city itself too ("Nairobi's central business district"): then it is the city.
      const entry = placeEntry(c.name);
      const cityNamed = candidates.some((o) => o !== c && o.kind === 'place' && o.name !== o.name.toUpperCase() && foldKey(o.canonical ?? o.name) === foldKey(c.canonical ?? c.name) && !isMetonym(text, o.start, o.end));
      if (entry?.capitalOf && !cityNamed && candidates.some((o) => o.kind === 'place' && (o.canonical ?? o.name) === entry.capitalOf)) name = entry.capitalOf;
    }
    const key = `${kind}:${foldKey(name)}`;
    const i = byKey.get(key) ?? create(c, name, kind);
    attach(i, { ...c, surface: c.kind === 'place' && c.name === c.name.toUpperCase() && c.name.length > 3 ? c.canonical ?? c.surface : c.surface });
  }

  // 1b. "Emirates" after "Emirates Airline": an organisation named by the first words of another's name.
  for (let i = 0; i < drafts.length; i++) {
    const short = drafts[i]!;
    if (short.kind !== 'organisation') continue;
    // ("Halden United" and the "Halden United Supporters' Trust", "… Foundation", "… Women": a body of
    // the club's people is another organisation.)
    const longer = drafts.flatMap((d, k) => (k !== i && d.kind === 'organisation' && d.tokens.length > short.tokens.length && short.tokens.every((t, j) => d.tokens[j] === t) && !(short.tokens.length >= 2 && BODY_OF_ITS_PEOPLE.test(d.tokens[short.tokens.length]!)) ? [k] : []));
    // "Senate" and "Senate Energy Committee" are two bodies: a name ending in an organisation word
    // stands alone, unless it is all of one "<name> of …" ("the Port Authority" of the "Port
    // Authority of New York and New Jersey", "the Bank" of the "Bank of England").
    const ofNames = longer.filter((k) => drafts[k]!.tokens[short.tokens.length] === 'of');
    // "Vale manager Sian Hughes" after "Selby Vale", "Chiefs coach Andy Reid" after the "Kansas City
    // Chiefs": a one-word name that ends one longer name only (a club's short name).
    // ("the House", a chamber, is not the "White House" or "Chatham House".)
    const endsOf = short.tokens.length === 1 && !ORG_WORDS.has(short.tokens[0]!) && short.tokens[0] !== 'house' ? drafts.flatMap((d, k) => (k !== i && d.kind === 'organisation' && d.confidence >= 0 && d.tokens.length >= 2 && d.tokens[d.tokens.length - 1] === short.tokens[0] ? [k] : [])) : [];
    const long = ORG_WORDS.has(short.tokens[short.tokens.length - 1]!) ? (ofNames.length === 1 ? ofNames[0]! : -1) : (longer[0] ?? (endsOf.length === 1 ? endsOf[0]! : -1));
    if (long >= 0) mergeInto(drafts, refs, text, i, long);
  }

  // 1b'. "Riverton council" is "Riverton City Council" (same first word and last word) or, written in
  // lower case, the one other organisation with that head noun ("City Council"; "the prosecutor's
  // office" and the "U.S. Attorney's Office for the Western District").
  for (let i = 0; i < drafts.length; i++) {
    const short = drafts[i]!;
    if (short.kind !== 'organisation' || short.confidence < 0) continue;
    const last = short.tokens[short.tokens.length - 1]!;
    const others = drafts.map((d, k) => ({ d, k })).filter(({ d, k }) => k !== i && d.kind === 'organisation' && d.confidence >= 0);
    const sameHead = others.filter(({ d }) => headNoun(d.tokens) === last && !otherInstitution(short.tokens, d.tokens));
    const long = others.find(({ d }) => d.tokens.length > short.tokens.length && d.tokens[0] === short.tokens[0] && d.tokens[d.tokens.length - 1] === last) ?? (/\s\p{Ll}+$/u.test(short.name) && sameHead.length === 1 ? sameHead[0] : undefined);
    if (!long) continue;
    // "Russia's defence ministry … the defence ministry": the name that says whose it is stays.
    if (long.d.tokens.length < short.tokens.length && !/\p{Lu}/u.test(long.d.name)) mergeInto(drafts, refs, text, long.k, i);
    else mergeInto(drafts, refs, text, i, long.k);
  }

  /** The organisation that is `d`'s name and a legal form ("Northlink Isles Ltd" for "Northlink Isles"), or -1. */
  const withLegalForm = (d: Draft): number =>
    drafts.findIndex((o) => o !== d && o.kind === 'organisation' && o.confidence >= 0 && o.tokens.length === d.tokens.length + 1 && d.tokens.every((t, j) => o.tokens[j] === t) && isLegalForm(o.tokens[o.tokens.length - 1]!));

  // 1b'. "Islay Sound Ferries chief executive" after "Islay Sound Ferries Ltd": the company without its legal form.
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.kind !== 'organisation' || d.confidence < 0) continue;
    const long = withLegalForm(d);
    if (long >= 0) mergeInto(drafts, refs, text, i, long);
  }

  // 1b''. "Ardwick Mills said": a name the text calls an organisation once is that organisation every time.
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.kind !== 'person' || d.confidence < 0) continue;
    // ("Northlink Isles said" after "Northlink Isles Ltd": the company without its legal form.)
    const org = byKey.get(`organisation:${foldKey(d.name)}`) ?? withLegalForm(d);
    if (org === undefined || org < 0 || drafts[org]!.confidence < 0) continue;
    // ("talent manager Scooter Braun … Scooter Braun's company", "Taylor Swift said … Taylor Swift's management
    // team": compromise's tag is weaker than a person's role, or than a name the text treats as a person's
    // three times for each time compromise reads it as an organisation; the organisation goes into the person.)
    const weakOrg = drafts[org]!.evidence.every((e) => e === 'tagged as an organisation by compromise');
    if (weakOrg && (d.role || d.occurrences.length >= 3 * drafts[org]!.occurrences.length)) mergeInto(drafts, refs, text, org, i);
    else mergeInto(drafts, refs, text, i, org);
  }

  /** True when the first `count` words of `name` read as given names: capitalised words of two letters or more, not in capitals. */
  function givenNames(name: string, count: number): boolean {
    return name.split(/\s+/).slice(0, count).every((w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w));
  }

  // 1b'''. "García Ortega" after "José Manuel García Ortega": two surnames used without the given names.
  for (let i = 0; i < drafts.length; i++) {
    const short = drafts[i]!;
    if (short.kind !== 'person' || short.tokens.length < 2 || short.confidence < 0) continue;
    // Only when the words before are given names ("José Manuel"), not a letter or an abbreviation ("S Damarious Randall" in a roster).
    const long = drafts.findIndex((d, k) => k !== i && d.kind === 'person' && d.confidence >= 0 && d.tokens.length > short.tokens.length && short.tokens.every((t, j) => d.tokens[d.tokens.length - short.tokens.length + j] === t) && givenNames(d.name, d.tokens.length - short.tokens.length));
    if (long >= 0) mergeInto(drafts, refs, text, i, long);
  }

  // 1b''''. "Winifred Mary Aske (1933–2026)" after "Dame Winifred Aske": the same given name and surname
  // with middle names between is the same person; and "She was born Winifred Mary Dunmore", "née
  // Dunmore": a birth name with the given name of someone named before is theirs. The first named stays.
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.kind !== 'person' || d.confidence < 0 || d.tokens.length < 2) continue;
    const born = d.occurrences.some((o) => /\b(?:[Bb]orn|n[ée]e)\s+$/u.test(text.slice(Math.max(0, o.start - 12), o.start)));
    const same = drafts.findIndex((o, k) => k !== i && o.kind === 'person' && o.confidence >= 0 && o.tokens.length >= 2 && o.firstAt < d.firstAt && o.tokens[0] === d.tokens[0]
      && (born || (o.tokens.length < d.tokens.length && o.tokens[o.tokens.length - 1] === d.tokens[d.tokens.length - 1] && givenNames(d.name, d.tokens.length - 1))));
    if (same >= 0) mergeInto(drafts, refs, text, i, same);
  }

  // 1c. "Kestral Port Authority (KPA)": an acronym in brackets after a name is that organisation.
  for (let i = 0; i < drafts.length; i++) {
    const long = drafts[i]!;
    if (long.kind !== 'organisation' || long.tokens.length < 2) continue;
    for (const o of [...long.occurrences]) {
      const m = /^\s*\(([\p{Lu}][\p{L}\p{N}&.-]{1,9})\)/u.exec(text.slice(o.end, o.end + 14));
      // ("Alliance of Small Island States (Aosis)", "British Airline Pilots' Association (Balpa)": an acronym
      // written as a word must abbreviate the name's initials, unless capitals inside it show it for an
      // abbreviation, "(WKStA)", "(BaFin)", of a name in another language.)
      if (!m || (/\p{Ll}/u.test(m[1]!) && ![initials(long.name), initials(long.name, true)].some((l) => abbreviates(m[1]!, l)) && !INNER_CAPITALS.test(m[1]!))) continue;
      const acronym = foldKey(m[1]!);
      const k = drafts.findIndex((d, j) => j !== i && d.kind !== 'place' && d.tokens.length === 1 && d.tokens[0] === acronym);
      if (k >= 0) {
        const short = drafts[k]!;
        for (const so of short.occurrences) addMention(long, text.slice(so.start, so.end), so.start, so.end);
        for (const r of refs) if (r.actor === k) r.actor = i;
        short.occurrences = [];
        short.mentions = [];
        short.confidence = -1;
      }
      const at = o.end + m[0].indexOf(m[1]!);
      addMention(long, m[1]!, at, at + m[1]!.length);
      if (!refs.some((r) => r.start === at)) refs.push({ start: at, end: at + m[1]!.length, actor: i, via: 'name' });
      // Later uses of the acronym on their own.
      for (const later of text.matchAll(new RegExp(`\\b${m[1]!.replace(/[.&]/g, '\\$&')}\\b`, 'g'))) {
        if (later.index <= at || refs.some((r) => r.start <= later.index && r.end > later.index)) continue;
        addMention(long, m[1]!, later.index, later.index + m[1]!.length);
        refs.push({ start: later.index, end: later.index + m[1]!.length, actor: i, via: 'name' });
      }
    }
  }

  // 1c'. "the ICRC" after "the International Committee of the Red Cross": an acronym written as the
  // initials of the capitalised words of one longer organisation's name is that organisation.
  for (let i = 0; i < drafts.length; i++) {
    const short = drafts[i]!;
    if (short.kind !== 'organisation' || short.confidence < 0 || !short.occurrences.length) continue;
    const written = new Set(short.occurrences.map((o) => text.slice(o.start, o.end)));
    if (written.size !== 1) continue;
    const acronym = [...written][0]!;
    if (!/^\p{Lu}{3,8}$/u.test(acronym)) continue;
    // ("BOM" for the "Bureau of Meteorology": some acronyms keep the "of".)
    const longs = drafts.flatMap((d, k) => (k !== i && d.kind === 'organisation' && d.confidence >= 0 && (initials(d.name) === acronym || initials(d.name, true) === acronym) ? [k] : []));
    if (longs.length === 1) mergeInto(drafts, refs, text, i, longs[0]!);
  }

  // 1c''. "maker ASML … ASML will take a stake": an acronym the text makes an organisation once is that
  // organisation wherever else it stands alone (a sentence's subject with no verb of speech is no candidate).
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    // (Not an initialism that is also a thing's: "broadcaster CCTV" says nothing of "CCTV footage".)
    if (d.kind !== 'organisation' || d.confidence < 0 || !/^\p{Lu}{3,8}$/u.test(d.name) || THING_INITIALISMS.has(d.name.toLowerCase())) continue;
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${d.name}(?![\\p{L}\\p{N}])`, 'gu'))) {
      if (refs.some((r) => r.start <= m.index && r.end > m.index)) continue;
      addMention(d, d.name, m.index, m.index + d.name.length);
      refs.push({ start: m.index, end: m.index + d.name.length, actor: i, via: 'name' });
    }
  }

  // 1d. "“Really,” Washington said" after "Denzel Washington": a place's name that is the surname of
  // one person named before, right before a speech verb, is that person speaking.
  for (let p = 0; p < drafts.length; p++) {
    const place = drafts[p]!;
    if (place.kind !== 'place' || place.tokens.length !== 1 || place.confidence < 0) continue;
    const w = place.tokens[0]!;
    for (const o of [...place.occurrences]) {
      const verb = /^\s+(\p{L}+)/u.exec(text.slice(o.end, o.end + 24))?.[1];
      if (!verb || !readSpeechVerb(verb, false)) continue;
      const people = drafts.flatMap((d, k) => (d.kind === 'person' && d.confidence >= 0 && d.tokens.length > 1 && d.tokens[d.tokens.length - 1] === w && d.firstAt < o.start ? [k] : []));
      if (people.length !== 1) continue;
      addMention(drafts[people[0]!]!, text.slice(o.start, o.end), o.start, o.end);
      place.occurrences = place.occurrences.filter((x) => x !== o);
      for (const r of refs) if (r.actor === p && r.start <= o.start && r.end >= o.end) r.actor = people[0]!;
    }
    if (!place.occurrences.length) retire(place);
  }

  // 2. Single name words: the person (or organisation) whose name holds them, nearest before, else first after.
  for (const c of candidates) {
    if (!(c.kind === 'person' && c.partial)) continue;
    // "(WKStA) said": a word already read as another actor's name (an acronym in brackets, 1c) is theirs.
    if (refs.some((r) => r.start === c.start && r.end === c.end && drafts[r.actor]!.kind !== 'person')) continue;
    const w = foldKey(c.name);
    // A surname may carry particles ("van der Berg"): it is then the last words of the full name.
    const ws = tokensOf(c.name);
    // "Kennedy" for "James P. Kennedy Jr.": a generational suffix is not the surname.
    const endsWith = (d: Draft) => {
      const name = d.tokens.length > 2 && GENERATION.test(d.tokens[d.tokens.length - 1]!) ? d.tokens.slice(0, -1) : d.tokens;
      return name.length > ws.length && ws.every((t, j) => name[name.length - ws.length + j] === t);
    };
    // A word that opens a sentence ("Central bank holds rates") is capitalised by grammar: it names an
    // organisation only as the organisation's first word, not as any word inside its name.
    // ("a déclaré M. Marchal sous …": an abbreviation's full stop opens no sentence.)
    const opensSentence = /(?:^|\n|[.!?]["”’']?\s+|[“"‘«]\s*)$/.test(text.slice(Math.max(0, c.start - 4), c.start)) && !afterAbbreviation(text, c.start);
    // "Independent food banks reported …": an adjective opening a sentence before a noun in lower case
    // describes that noun; it does not name the "Independent Food Aid Network".
    if (opensSentence && ws.length === 1 && ADJECTIVE_ENDING.test(w) && /^\s+\p{Ll}+\s+\p{Ll}/u.test(text.slice(c.end, c.end + 30))) continue;
    // "Human rights groups urged …" beside "Human Rights Watch": the name's next word in lower case makes
    // the common phrase the name was made of, not the name.
    const nextLower = /^\s+(\p{Ll}+)/u.exec(text.slice(c.end, c.end + 30))?.[1];
    if (ws.length === 1 && nextLower && drafts.some((d) => d.kind === 'organisation' && d.tokens[0] === w && d.tokens[1] === nextLower)) continue;
    // "Mohamed Hamdan Dagalo, known as Hemedti,": the name someone is known by is theirs.
    const knownAs = /(?:,|\()\s*(?:better\s+|also\s+|widely\s+|popularly\s+|commonly\s+)?known\s+as\s+$/.exec(text.slice(Math.max(0, c.start - 40), c.start));
    const knownBy = knownAs ? personEndingAt(drafts, c.start - knownAs[0].length) : -1;
    if (knownBy >= 0) {
      attach(knownBy, c);
      continue;
    }
    // Nor is it the head noun of a "<noun> of <name>" organisation: "Port strike ends" says nothing of the "Port of Antwerp".
    const headOfOf = (d: Draft) => d.kind === 'organisation' && d.tokens[1] === 'of';
    // Nor is a word before an organisation word and its remit a short name ("Consumer groups said"
    // beside the "Consumer Council for Water", as "National" is none of the "National Union of …").
    const modifiesRemit = (d: Draft) => d.kind === 'organisation' && d.tokens.length > 3 && ORG_WORDS.has(d.tokens[1]!) && REMIT_LINKS.has(d.tokens[2]!);
    // "beneath Antarctic ice" says nothing of the "British Antarctic Survey": an adjective before a noun
    // in lower case names no organisation from the middle of its name.
    const describes = ws.length === 1 && ADJECTIVE_ENDING.test(w) && /^\s+\p{Ll}/u.test(text.slice(c.end, c.end + 3));
    const matches = drafts
      .map((d, i) => ({ d, i }))
      .filter(({ d }) => d.kind !== 'place' && d.confidence >= 0 && ((d.tokens.length > 1 && (endsWith(d) || (d.tokens[0] === w && !(opensSentence && headOfOf(d)) && !modifiesRemit(d)) || (d.kind === 'organisation' && !opensSentence && d.tokens.includes(w) && !(describes && d.tokens[0] !== w)))) || (d.kind === 'organisation' && d.tokens.length === 1 && d.tokens[0] === w)));
    // "… through Ostby" where Ostby is a place the text names: the place, not an organisation
    // whose name holds the word ("the Dockers' Union of Ostby"); a person's surname still wins.
    const place = drafts.findIndex((d) => d.kind === 'place' && d.tokens.length === ws.length && ws.every((t, j) => d.tokens[j] === t));
    if (place >= 0 && !matches.some(({ d }) => d.kind === 'person' && endsWith(d))) {
      attach(place, c);
      continue;
    }
    // A sentence's first word that opens the names of several organisations ("Port strike ends" beside
    // "Port Authority …" and "Port of …"), or of an organisation and a place ("Caspian gas pipeline"
    // beside the "Caspian Policy Center" and the "Caspian Sea"), is as likely a common word as any one of them: none is chosen.
    const opensOrgs = () => drafts.filter((d) => (d.kind === 'organisation' || d.kind === 'place') && d.confidence >= 0 && d.tokens.length > 1 && d.tokens[0] === w).length;
    if (opensSentence && matches.every(({ d }) => d.kind === 'organisation' && !endsWith(d)) && opensOrgs() > 1) continue;
    // "Mrs Pryce" after "Margaret and Alan Pryce": a gendered honorific picks the person of that gender.
    if (c.gender && matches.length > 1) {
      const fits = matches.filter(({ d }) => (d.gender ?? d.nameGender) === c.gender);
      if (fits.length) matches.splice(0, matches.length, ...fits);
    }
    // "Lula" after "Luiz Inácio Lula da Silva": a long name's one middle word, when no name ends or starts with it.
    if (!matches.length && ws.length === 1) {
      const middle = drafts.flatMap((d, i) => (d.kind === 'person' && d.confidence >= 0 && d.tokens.length >= 4 && d.tokens.slice(1, -1).includes(w) ? [{ d, i }] : []));
      if (middle.length === 1) matches.push(middle[0]!);
    }
    // "Maggie" after "Margaret Ellwood", "Bill" after "William Hartigan" (or "Beverley" after "Bev
    // Sutcliffe"): a familiar form of the given name of the one person named in full with it, or the other way round.
    if (!matches.length && ws.length === 1) {
      const formal = drafts.flatMap((d, i) => (d.kind === 'person' && d.confidence >= 0 && d.tokens.length > 1 && familiarFormOf(w, d.tokens[0]!) ? [{ d, i }] : []));
      if (formal.length === 1) matches.push(formal[0]!);
    }
    if (matches.length) {
      // Surnames first ("Mr Roe" → "Ann Roe"), then family-name-first names ("Mr Xi" → "Xi Jinping").
      // An organisation that the word opens comes before one that the word ends, unless "of" is
      // before it: "Harwick" is Harwick Athletic, not BBC Radio Harwick; "Castlereagh" is still the Port of Castlereagh.
      const opensAnOrg = matches.some(({ d }) => d.kind === 'organisation' && d.tokens[0] === w);
      const endsAnOrg = (d: Draft) => opensAnOrg && d.kind === 'organisation' && d.tokens[d.tokens.length - ws.length - 1] !== 'of';
      const rank = (d: Draft) => (endsWith(d) ? (endsAnOrg(d) ? 2 : 0) : 1);
      // Of several people named in full before with this surname, a surname alone is the first one,
      // whom the story is about ("Ashworth was appointed CBE" after "her son, David Ashworth").
      const firstNamed = (d: Draft) => (!c.gender && d.kind === 'person' && endsWith(d) && d.firstAt < c.start ? d.firstAt : Infinity);
      matches.sort((a, b) => rank(a.d) - rank(b.d) || (firstNamed(a.d) !== firstNamed(b.d) ? firstNamed(a.d) - firstNamed(b.d) : distance(a.d, c.start) - distance(b.d, c.start)));
      attach(matches[0]!.i, c);
      continue;
    }
    const key = `person:${w}`;
    const existing = byKey.get(key);
    if (existing !== undefined) attach(existing, c);
    else if (c.confidence >= 0.5 || candidates.some((o) => o !== c && o.partial && foldKey(o.name) === w && o.confidence >= 0.5)) attach(create(c, c.name, 'person'), c);
  }

  // 2b. "van der Berg told …", "“…,” al-Rashid said": a surname with lower-case particles, used alone.
  drafts.forEach((d, i) => d.kind === 'person' && d.confidence >= 0 && findParticleSurname(text, drafts, refs, i));

  // 2c. "Big Machine have twice denied …", "as Villa are left to rue …": a name that takes a verb in the
  // plural is a company's or a club's (British English writes of them so); a person's never does.
  // (Wherever the name is written, as it opens a sentence too: "Kelby Mills have …".)
  drafts.forEach((d) => {
    if (d.kind !== 'person' || d.confidence < 0 || d.role) return;
    const surfaces = [...new Set(d.occurrences.map((o) => text.slice(o.start, o.end)))].map((w) => escapeRegExp(w));
    const plural = new RegExp(`(?<!(?:\\band|&|,|\\bof)\\s*)(?<![\\p{L}'’])(?:${surfaces.join('|')})(?=${PLURAL_VERB_AFTER.source.slice(1)})`, 'u').exec(text);
    if (!plural) return;
    d.kind = 'organisation';
    addEvidence(d, [`takes a verb in the plural (“${plural[0]}${/^\s+\p{Ll}+/u.exec(text.slice(plural.index + plural[0].length))![0]}”)`]);
  });

  // 3. Role references: "the Treasury chief" is the person whose role says Treasury and a chief-like word.
  findRoleReferences(text, drafts, refs);

  // 3b. Organisation references: "the union said" is the union named before, and "the spokesperson
  // said" the organisation an unnamed spokesperson spoke for.
  const sentences = sentenceRanges(text);
  findOrganisationReferences(text, sentences, drafts, refs);
  findSpokespersonAgain(text, drafts, refs);
  drafts.forEach((d) => nameRoleOwner(text, sentences, d, drafts, refs));

  // 4. Known actors of the notebook, by name and alias.
  for (const k of known) markKnown(text, k, drafts, refs, byKey);

  // 5. "Pat Henshaw, a retired teacher who visits her sister": a person whose name and role say no
  // gender takes the one the pronouns right after their first mention show.
  drafts.forEach((d) => {
    if (d.kind === 'person' && d.confidence >= 0 && !d.gender && !d.nameGender) d.gender = pronounGender(text, d, drafts);
  });

  // Lone words nothing else supports ("Harbour" at a sentence start) are dropped.
  const keep = drafts.map((d) => d.confidence >= 0 && (d.knownId !== null || d.kind !== 'person' || d.tokens.length > 1 || d.confidence >= 0.5));
  const index = new Map<number, number>();
  const actors: ProposedActor[] = [];
  drafts.forEach((d, i) => {
    if (!keep[i]) return;
    index.set(i, actors.length);
    d.occurrences.sort((a, b) => a.start - b.start);
    const { tokens: _t, firstAt: _f, nameGender, ...actor } = d;
    actors.push({ ...actor, gender: actor.gender ?? nameGender });
  });
  const references = refs.filter((r) => index.has(r.actor)).map((r) => ({ ...r, actor: index.get(r.actor)! })).sort((a, b) => a.start - b.start);
  return { actors, references };
}

/**
 * The gender the third-person pronouns after a person's first mention show, up to the end of the
 * next sentence and before anyone else is named: "Pat Henshaw, a retired teacher who visits her
 * sister, … She has started a petition" is female. Pronouns inside quotation marks speak of someone
 * else; pronouns of both genders in that stretch say nothing.
 */
function pronounGender(text: string, d: Draft, drafts: readonly Draft[]): 'male' | 'female' | null {
  const first = d.occurrences.reduce<{ start: number; end: number } | null>((a, o) => (!a || o.start < a.start ? o : a), null);
  if (!first) return null;
  // To the end of the sentence after the one naming them.
  const stop = /[.!?][”"’]?\s+[^.!?]*[.!?]/.exec(text.slice(first.end));
  let end = first.end + (stop ? stop.index + stop[0].length : text.length - first.end);
  // Not past the next person named.
  for (const other of drafts) {
    if (other === d || other.kind !== 'person' || other.confidence < 0) continue;
    for (const o of other.occurrences) if (o.start > first.end && o.start < end) end = o.start;
  }
  // Quoted words are left out: "“She was kind,” he said" says nothing of him through "she".
  const stretch = text.slice(first.end, end).replace(/[“"‘][^”"’]*[”"’]/g, ' ');
  // "She pointed to her neighbour, Angus MacLeod, who had read her novel": when the sentence has
  // already named someone of a gender, or used a pronoun of it, before this person, the pronouns of
  // that gender after them may be that someone's, and say nothing of this person.
  const sentenceStart = Math.max(text.lastIndexOf('\n', first.start - 1), /[^.!?]*$/.exec(text.slice(0, first.start))!.index - 1) + 1;
  const lead = text.slice(sentenceStart, first.start).replace(/[“"‘][^”"’]*[”"’]/g, ' ');
  const ledBy = (gender: 'male' | 'female', pronouns: RegExp) =>
    pronouns.test(lead) || drafts.some((o) => o !== d && o.kind === 'person' && o.confidence >= 0 && (o.gender ?? o.nameGender) === gender && o.occurrences.some((x) => x.start >= sentenceStart && x.end <= first.start));
  const female = /\b(?:she|her|hers|herself)\b/i.test(stretch) && !ledBy('female', /\b(?:she|her|hers|herself)\b/i);
  const male = /\b(?:he|him|his|himself)\b/i.test(stretch) && !ledBy('male', /\b(?:he|him|his|himself)\b/i);
  return female === male ? null : female ? 'female' : 'male';
}

/** "spokeswoman", "chairman", "grandson": a role word that says the holder's gender. */
function genderOfRole(role: string | null): 'male' | 'female' | null {
  if (!role) return null;
  // ("grandson", "wife": a relative's word says it too.)
  if (/\b\w*woman\b|\b(?:queen|princess|duchess|countess|actress|wife|widow|mother|daughter|granddaughter|grandmother|sister|niece|aunt)\b/i.test(role)) return 'female';
  if (/\b(?:spokes|chair|congress|council|business|police|sports|fire|fore)man\b|\b(?:king|prince|duke|husband|widower|father|son|grandson|grandfather|brother|nephew|uncle)\b/i.test(role)) return 'male';
  return null;
}

/**
 * Two institutions that their remits or owners tell apart: "the defence ministry" and "the foreign
 * ministry", "Russia's defence ministry" and "Ukraine's defence ministry". (A remit said another way
 * is no difference: "the prosecutor's office" may be the "U.S. Attorney's Office".)
 */
function otherInstitution(a: readonly string[], b: readonly string[]): boolean {
  const remits = (tokens: readonly string[]) => tokens.filter((t) => INSTITUTION_REMITS.has(t));
  const [ra, rb] = [remits(a), remits(b)];
  if (ra.length && rb.length && !ra.some((t) => rb.includes(t))) return true;
  const owner = (tokens: readonly string[]) => (/['’]s$/.test(tokens[0] ?? '') ? tokens[0] : undefined);
  return !!owner(a) && !!owner(b) && owner(a) !== owner(b);
}

/** Moves every mention and reference of drafts[from] to drafts[to] and retires drafts[from]. */
function mergeInto(drafts: Draft[], refs: Reference[], text: string, from: number, to: number): void {
  const short = drafts[from]!;
  const target = drafts[to]!;
  for (const o of short.occurrences) addMention(target, text.slice(o.start, o.end), o.start, o.end);
  addEvidence(target, short.evidence);
  for (const r of refs) if (r.actor === from) r.actor = to;
  retire(short);
}

/** Takes a draft out of the proposals (its mentions went elsewhere). */
function retire(d: Draft): void {
  d.occurrences = [];
  d.mentions = [];
  d.kind = 'other';
  d.confidence = -1;
}

function distance(d: Draft, at: number): number {
  // Nearest mention before `at` wins; mentions after count as further than any before.
  let best = Infinity;
  for (const o of d.occurrences) {
    const delta = at - o.start;
    const score = delta >= 0 ? delta : 1e6 - delta;
    if (score < best) best = score;
  }
  return best === Infinity ? 2e6 : best;
}

/** Words that cannot stand between a determiner and the role it introduces. */
const ARTICLE_WORDS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'to', 'of', 'and', 'or']);

const ROLE_REF = /\b([Tt]he|[Tt]his|[Tt]hat)\s+((?:[\p{Lu}][\p{L}’'-]*\s+){0,3})((?:[a-z’'-]+\s+){0,2}[a-z’'-]+)/gu;

function findRoleReferences(text: string, drafts: Draft[], refs: Reference[]): void {
  ROLE_REF.lastIndex = 0;
  let m: RegExpExecArray | null;
  const people = drafts.map((d, i) => ({ d, i })).filter(({ d }) => d.kind === 'person' && d.role);
  while ((m = ROLE_REF.exec(text))) {
    // The longest run of lower-case words that ends in a role noun: "chief", "chief executive".
    const lower = m[3]!.split(/\s+/);
    let n = 0;
    for (let k = 0; k < lower.length; k++) if (ROLE_NOUNS.has(lower[k]!)) n = k + 1;
    if (n === 0) {
      ROLE_REF.lastIndex = m.index + m[1]!.length;
      continue;
    }
    // "fire that killed a firefighter": "that" before a verb opens a clause; a role reference has
    // only its describing words between the determiner and the noun ("that minister", "the embattled minister").
    if ((/^that$/i.test(m[1]!) && n > 1) || lower.slice(0, n - 1).some((w) => ARTICLE_WORDS.has(w))) {
      ROLE_REF.lastIndex = m.index + m[1]!.length;
      continue;
    }
    // ("the lowest teacher salary increases": a role noun before a noun describes that noun and names nobody.)
    const next = lower[n];
    const following = next ? nlp(next) : null;
    if (following?.has('#Noun') && !following.has('(#Verb|#Date|#Pronoun|#Adverb)')) {
      ROLE_REF.lastIndex = m.index + m[1]!.length;
      continue;
    }
    const head = lower[n - 1]!;
    const surface = `${m[1]} ${m[2]}${lower.slice(0, n).join(' ')}`.replace(/\s+/g, ' ');
    const end = m.index + (text.slice(m.index).indexOf(lower[n - 1]!, m[1]!.length + m[2]!.length) + head.length);
    ROLE_REF.lastIndex = end;
    if (head === 'official' || head === 'officials') continue;
    // "The opposition group leader on the council, Fiona Blake, said": the phrase introduces the
    // person named right after it; it refers to nobody named before.
    const appositive = /^[^,.;:\n“”"]{0,40},\s*(?=\p{Lu})/u.exec(text.slice(end, end + 80));
    // ("The trust's chief medical officer, Dr Hemant Nemade, said": honorifics may come before the name.)
    const named = end + (appositive?.[0].length ?? 0);
    if (appositive && drafts.some((d) => d.kind === 'person' && d.occurrences.some((o) => o.start >= named && o.start <= named + 24 && /^(?:\p{Lu}[\p{L}]*\.?\s+){0,3}$/u.test(text.slice(named, o.start))))) continue;
    // The person whose name ends right before a comma before the phrase, whom it may describe.
    const described = personEndingAt(drafts, commaBefore(text, m.index));
    // "said Feargal Lynch, the head of enforcement at …": the phrase describes the name just before it
    // and goes on past the noun; "the head" alone would name him only by half his role.
    if (/^\s+(?:of|at|for)\s/.test(text.slice(end, end + 6)) && described >= 0) continue;
    // "Prince Faisal bin Farhan, the Saudi foreign minister, told …": a role phrase right after a name
    // and a comma can be that person's only, not someone named before (the "Saudi Crown Prince").
    const words = roleWords(`${m[2]} ${lower.slice(0, n).join(' ')}`);
    const describing = lower.slice(0, n - 1).filter((w) => !ROLE_STOP.has(w) && !ROLE_NOUNS.has(w));
    const heads = new Set([head, ...(ROLE_SYNONYMS[head] ?? [])]);
    let best: { i: number; score: number } | null = null;
    let tie = false;
    // A role refers back to someone named before it, or to someone named just after it ("with the
    // mayor calling it … Mayor Joris van der Berg told …"); a headline may name the role anywhere first.
    const inHeadline = !text.slice(0, m.index).includes('\n');
    for (const { d, i } of people) {
      if (described >= 0 && i !== described) continue;
      if (!inHeadline && d.firstAt - m.index > 300) continue;
      // "the spokesperson said" is one already met (often unnamed, for an organisation), never one named later.
      if (/^spokes/.test(head) && d.firstAt > m.index) continue;
      const rw = roleWords(d.role!);
      const headHit = [...heads].some((h) => rw.has(h));
      const others = [...words].filter((w) => w !== head && rw.has(w)).length;
      if (!headHit && others === 0) continue;
      // One noun that only describes the role's own noun is another role: "the farmer" is not the "Farmer leader".
      if (n === 1 && !heads.has(roleHead(d.role!) ?? head) && !(ROLE_SYNONYMS[roleHead(d.role!) ?? ''] ?? []).includes(head)) continue;
      // "the chancellor" is not the "Shadow chancellor", "the president" not a "vice-president": a
      // word that makes the role another office must be in the reference too.
      if (OTHER_OFFICE.some((q) => rw.has(q) && !words.has(q))) continue;
      // "the education minister" is not the "head of Ysgol y Cwm": with only a synonym of its noun in
      // the role, a word that says which office it is ("education") must be in the role too.
      if (!rw.has(head) && describing.length && !describing.some((w) => rw.has(w))) continue;
      // Every capitalised word of the reference ("Treasury") must be in the role.
      const caps = m[2]!.trim() ? foldKey(m[2]!).split(/\s+/) : [];
      if (caps.some((c) => !rw.has(c))) continue;
      // The same head noun ("minister" for "transport minister") beats a synonym ("chief" for "chief executive").
      const score = (rw.has(head) ? 3 : headHit ? 1 : 0) + others * 2;
      if (!best || score > best.score) {
        best = { i, score };
        tie = false;
      } else if (score === best.score) tie = true;
    }
    if (!best || tie) continue;
    addReference(drafts, refs, best.i, surface, m.index, end, `“${surface}” matches the role “${drafts[best.i]!.role}”`);
  }
}

/** Particles that open a surname: "van der Berg", "de la Tour", "al-Rashid", "bin Salman". */
const SURNAME_OPENERS = new Set(['van', 'von', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'du', 'al', 'el', 'bin', 'bint', 'ibn', 'ter', 'ten', 'le', 'la']);

/**
 * Person i's surname when it opens with a lower-case particle ("Ursula van der Berg", "Ahmed
 * al-Rashid"), wherever the text uses it alone, as written or capitalised ("Van der Berg said"): a
 * mention and a reference each. A shorter mention inside it ("Berg") gives way to the whole surname.
 */
function findParticleSurname(text: string, drafts: Draft[], refs: Reference[], i: number): void {
  const d = drafts[i]!;
  const words = d.name.split(' ');
  const from = words.findIndex((w, k) => k > 0 && /^\p{Ll}/u.test(w));
  // Only a particle that opens a surname ("van", "al-"); "der" or "des" first is a common noun's article ("Lebenszyklus der Akte").
  if (from < 0 || !SURNAME_OPENERS.has(words[from]!.split('-')[0]!)) return;
  const surname = words.slice(from).join(' ');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}’'-])[${surname[0]}${surname[0]!.toUpperCase()}]${escapeRegExp(surname.slice(1))}(?![\\p{L}\\p{N}-])`, 'gu');
  const dropped: string[] = [];
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    if (d.occurrences.some((o) => o.start <= start && o.end >= end)) continue;
    const overlapping = refs.filter((r) => r.start < end && r.end > start);
    if (overlapping.some((r) => r.actor !== i)) continue;
    for (const r of overlapping) refs.splice(refs.indexOf(r), 1);
    d.occurrences = d.occurrences.filter((o) => {
      const inside = o.start < end && o.end > start;
      if (inside) dropped.push(text.slice(o.start, o.end));
      return !inside;
    });
    addReference(drafts, refs, i, m[0], start, end, `“${m[0]}” is the surname of ${d.name}`, 'name');
  }
  // A shorter mention no longer used anywhere goes from the list.
  for (const surface of dropped) {
    if (!d.occurrences.some((o) => foldKey(text.slice(o.start, o.end)) === foldKey(surface))) d.mentions = d.mentions.filter((x) => foldKey(x) !== foldKey(surface));
  }
}

/** Where the comma is that only spaces separate from `at` ("Feargal Lynch, |the head"), or -1. */
function commaBefore(text: string, at: number): number {
  let k = at;
  while (k > 0 && /\s/.test(text[k - 1]!)) k--;
  return text[k - 1] === ',' ? k - 1 : -1;
}

/** Whether an organisation's name or role holds a noun: "the bank" may be Norvik Bank, "the broadcaster" one whose role says so. */
function namedAs(d: Draft, noun: string): boolean {
  // ("Rabobank … the bank": a one-word name may end with the noun.)
  return d.tokens.includes(noun) || (d.tokens.length === 1 && noun.length >= 4 && d.tokens[0]!.length >= noun.length + 3 && d.tokens[0]!.endsWith(noun)) || (ORG_NOUN_NAMES.get(noun) ?? []).some((w) => d.tokens.includes(w)) || (d.role !== null && foldKey(d.role).split(/\s+/).includes(noun));
}

/** Nouns that refer back to an organisation whose name says it otherwise: "the force" for "Northumbria Police". */
const ORG_NOUN_NAMES: ReadonlyMap<string, readonly string[]> = new Map([['force', ['police', 'constabulary']]]);

/** Head nouns a reference may stand for when no name holds the noun itself: "the airline" for "SkyBridge Airways". */
const NOUN_HEADS: ReadonlyMap<string, readonly string[]> = new Map([
  ['airline', ['airways', 'airlines', 'air']],
  ['carrier', ['airways', 'airlines', 'air']],
]);

/**
 * "The company's finance chief, Laura Mbeki," after "Brightwell … the company": a role owned by a
 * noun ("company's finance chief") names the organisation that noun refers to, "finance chief of
 * Brightwell". Left as it is when the noun could be more than one organisation, or none.
 * "The Fire Service said … Its director, Margaret Ade," (or "their leader"): the organisation that
 * opens the sentence before, or this one, owns the role.
 */
function nameRoleOwner(text: string, sentences: readonly Range[], d: Draft, drafts: readonly Draft[], refs: readonly Reference[]): void {
  if (d.kind !== 'person' || !d.role) return;
  const first = d.occurrences.reduce((a, o) => (o.start < a.start ? o : a));
  const before = text.slice(Math.max(0, first.start - 80), first.start);
  // (Only a role with no preposition of its own: "nominee for governor of …" would read as the governor's.)
  const bare = !/\s(?:of|for|at|in|on)\s/.test(d.role);
  const possessive = POSSESSIVE_ROLE.exec(before);
  // ("Its head of research, Dr Susan Kohlhaas,": a role with an "of" of its own is held at the organisation.)
  if (possessive && possessive[2] === d.role && !/\s(?:for|at|in|on)\s/.test(d.role)) {
    const at = first.start - possessive[0].length + possessive[0].indexOf(possessive[1]!);
    const owner = subjectOrganisation(text, sentences, drafts, refs, at) ?? (OFFICERS.has(roleHead(d.role) ?? '') ? soleOrganisationBefore(text, sentences, drafts, refs, at) : undefined);
    if (owner !== undefined) d.role = `${d.role} ${bare ? 'of' : 'at'} ${drafts[owner]!.name}`;
    return;
  }
  // "Caldwell's chief executive, Fiona Marsh,": an organisation's name in the possessive owns the role.
  const ownerName = NAMED_OWNER_ROLE.exec(before);
  if (ownerName && ownerName[2] === d.role && bare) {
    const ownerEnd = first.start - ownerName[0].length + ownerName[0].indexOf(ownerName[1]!) + ownerName[1]!.length;
    const ref = refs.find((r) => r.end === ownerEnd && drafts[r.actor]!.kind === 'organisation' && drafts[r.actor]!.confidence >= 0);
    if (ref) d.role = `${d.role} of ${drafts[ref.actor]!.name}`;
    return;
  }
  // "Stacy Rasgon, an analyst at the firm": the firm the role names is the organisation "the firm" refers to there.
  const atThe = /\s(?:at|of|for)\s+(the\s+\p{Ll}+)$/u.exec(d.role);
  if (atThe) {
    const ref = refs.find((r) => drafts[r.actor]!.kind === 'organisation' && Math.abs(r.start - first.start) < 160 && text.slice(r.start, r.end).toLowerCase() === atThe[1]!.toLowerCase());
    if (ref) d.role = `${d.role.slice(0, d.role.length - atThe[1]!.length)}${drafts[ref.actor]!.name}`;
    return;
  }
  const owned = /^(\p{Ll}[\p{L}-]*)['’]s\s+(.+)$/u.exec(d.role);
  if (!owned) return;
  const noun = owned[1]!.toLowerCase();
  // The one organisation named before whose name or role holds the noun ("the bank": Norvik Bank), or,
  // for a noun any organisation may be ("company", "group"), the one organisation named before at all.
  // ("the company's finance chief" after only Bournemouth Crown Court: a business noun is no court, council or charity.)
  const business = (i: number) => !BUSINESS_NOUNS.has(noun) || !NOT_BUSINESS_HEADS.has(headNoun(drafts[i]!.tokens) ?? '');
  const named = new Set(refs.filter((r) => r.end <= first.start && drafts[r.actor]!.kind === 'organisation' && drafts[r.actor]!.confidence >= 0 && business(r.actor)).map((r) => r.actor));
  const fits = [...named].filter((i) => namedAs(drafts[i]!, noun));
  const owner = fits.length === 1 ? fits[0] : !fits.length && GENERIC_ORG_NOUNS.has(noun) && named.size === 1 ? [...named][0] : undefined;
  // ("firm's head of sales": a role with an "of" of its own is held at the organisation.)
  if (owner !== undefined) d.role = `${owned[2]} ${/\s(?:of|for|at|in|on)\s/.test(owned[2]!) ? 'at' : 'of'} ${drafts[owner]!.name}`;
}

/** "Caldwell's chief executive, " right before a name: the owner's name, in the possessive, and the role. */
const NAMED_OWNER_ROLE = /(?:^|[\s(])(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,4})['’]s\s+([\p{Ll}][\p{L}’' -]*?),\s*$/u;

/** "Its director, ", "their leader, ", "Its spokesman " right before a name: the possessive and the role. */
const POSSESSIVE_ROLE = /(?:^|[\s(])([Ii]ts|[Tt]heir)\s+([\p{Ll}][\p{L}’' -]*?)(?:,\s*|\s+)(?:\p{Lu}[\p{L}]*\.?\s+)?$/u;

/** Whether `at` is inside a clause that opens its sentence with a verb's -ing form and a preposition ("Speaking to …,"). */
function inOpeningClause(text: string, sentences: readonly Range[], at: number): boolean {
  const sentence = sentences.find((x) => x.start <= at && at < x.end);
  if (!sentence) return false;
  const opening = text.slice(sentence.start, at);
  // ("In a statement read to the court, the charity said", "In an interview with CNBC, the firm …",
  // "According to the BBC, the club …": a clause of where or to whom, before the sentence's subject.)
  return /^[\s“"‘(]*(?:\p{Lu}\p{Ll}+ing\s+(?:to|in|on|at|from|with|about|for)\s|(?:In|Under|After|During)\s+(?:a|an|the|its|his|her|their)\s+(?:[^,;]{0,60}?\s)?(?:to|with|from|before|by|in|at)\s|According\s+to\s)/u.test(opening) && !/[,;]/.test(opening);
}

/** What may stand before an organisation that opens its sentence: "The", a describing prefix, an owner's appositive ("Veltrix's rival, "). */
// ("The firm, Harlow Robotics, … switched": a kind of organisation in lower case may come first, before a comma.)
const SUBJECT_OPENING = new RegExp(`^[\\s“"‘(]*(?:[Tt]he\\s+(?:\\p{Ll}+\\s+){0,2}\\p{Ll}+,\\s*)?(?:[Tt]he\\s+)?(?:[\\p{L}.]+-(?:${DESCRIBING_SUFFIXES})\\s+)?(?:\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)*['’]s\\s+[^,.;]{1,40},\\s*)?$`, 'u');

/**
 * The organisation a possessive at `at` refers to: the one that opens this sentence, or the
 * sentence before when the possessive opens its own ("The service said …. Its director, …").
 */
function subjectOrganisation(text: string, sentences: readonly Range[], drafts: readonly Draft[], refs: readonly Reference[], at: number): number | undefined {
  let k = sentences.findIndex((x) => x.start <= at && at < x.end);
  if (k < 0) return undefined;
  // The possessive opens its sentence, or comes right after a quotation ("“…,” its chief executive,
  // David Henderson, said"): the sentence before, past blank lines.
  const lead = text.slice(sentences[k]!.start, at).trim();
  if (!lead || /^[“"‘'][^“”"]*[”"’']$/.test(lead)) {
    do k--;
    while (k >= 0 && !text.slice(sentences[k]!.start, sentences[k]!.end).trim());
    if (k < 0) return undefined;
  }
  const start = sentences[k]!.start;
  // (Not the place in a describing prefix: "Paris" in "Paris-based".)
  const inSentence = refs.filter((r) => r.start >= start && r.start < at && text[r.end] !== '-').sort((a, b) => a.start - b.start);
  let opener = inSentence[0];
  // (The sentence opens with it, or with an appositive after a possessive: "Veltrix's rival, Arcturus Micro, …".)
  // ("Paris-based Mistral AI has raised …": a describing prefix may come first.)
  if (!opener || !SUBJECT_OPENING.test(text.slice(start, opener.start))) return undefined;
  // "Veltrix's rival, Arcturus Micro, reported …": the appositive after a possessive opener is the subject.
  if (/^['’]s\b/.test(text.slice(opener.end, opener.end + 3))) {
    const opened = opener;
    opener = inSentence.find((r) => r.start > opened.end && /^['’]s\s+[^,.;]{1,40},\s*$/.test(text.slice(opened.end, r.start)) && /^\s*,/.test(text.slice(r.end, r.end + 2)));
  }
  return opener && drafts[opener.actor]!.kind === 'organisation' ? opener.actor : undefined;
}

/** Offices that only an organisation has: "Its secretary" is a group's, where "Its author" may be a report's. */
const OFFICERS = new Set(['secretary', 'chair', 'chairman', 'chairwoman', 'chairperson', 'president', 'director', 'founder', 'co-founder', 'treasurer', 'coordinator', 'organiser', 'organizer', 'spokesman', 'spokeswoman', 'spokesperson', 'executive', 'leader']);

/**
 * "The protest was organised by Wrexham Against Cuts. Its secretary, …": the one organisation the
 * sentence before names, and no person beside it, when no organisation opens it.
 */
function soleOrganisationBefore(text: string, sentences: readonly Range[], drafts: readonly Draft[], refs: readonly Reference[], at: number): number | undefined {
  let k = sentences.findIndex((x) => x.start <= at && at < x.end);
  if (k < 0 || text.slice(sentences[k]!.start, at).trim()) return undefined;
  do k--;
  while (k >= 0 && !text.slice(sentences[k]!.start, sentences[k]!.end).trim());
  if (k < 0) return undefined;
  const { start, end } = sentences[k]!;
  const actors = new Set(refs.filter((r) => r.start >= start && r.end <= end && drafts[r.actor]!.kind !== 'place').map((r) => r.actor));
  const [only] = actors;
  return actors.size === 1 && drafts[only!]!.kind === 'organisation' ? only : undefined;
}

/** The person a mention of whom ends at `at` (-1: none, or `at` is -1). */
function personEndingAt(drafts: readonly Draft[], at: number): number {
  return at < 0 ? -1 : drafts.findIndex((d) => d.kind === 'person' && d.occurrences.some((o) => o.end === at));
}

/**
 * `surface` at start…end refers to draft i: a mention of it, the evidence why, and a reference
 * speakers can resolve. For mentions found after the names: by a role or a noun ("the union"), or
 * by a surname alone ("van der Berg").
 */
function addReference(drafts: Draft[], refs: Reference[], i: number, surface: string, start: number, end: number, evidence: string, via: Reference['via'] = 'role'): void {
  const d = drafts[i]!;
  addMention(d, surface, start, end);
  addEvidence(d, [evidence]);
  refs.push({ start, end, actor: i, via });
}

/** Nouns that refer back to an organisation; the generic ones may refer to any organisation named before. */
const ORG_NOUNS = ['charity', 'company', 'firm', 'union', 'force', 'ministry', 'department', 'agency', 'council', 'board', 'club', 'association', 'operator', 'group', 'bank', 'court', 'commission', 'committee', 'party', 'regulator', 'authority', 'trust', 'organisation', 'organization', 'institute', 'university', 'federation', 'alliance', 'coalition', 'foundation', 'airline', 'carrier', 'insurer', 'lender', 'retailer', 'broadcaster', 'newspaper', 'network', 'team', 'league', 'body'];

/**
 * "the union", and the head noun of any organisation the text names ("the terminal" for "Korvik
 * Grain Terminal"); "an agency spokesperson", "a spokesman for the company" speak for it too.
 */
function orgRefPattern(drafts: Draft[]): RegExp {
  const heads = drafts.filter((d) => d.kind === 'organisation' && d.tokens.length > 1).map((d) => headNoun(d.tokens)!).filter((w) => /^\p{Ll}{4,}$/u.test(w));
  const nouns = [...new Set([...ORG_NOUNS, ...heads])].join('|');
  // "the Commission" after "the European Commission": a named organisation's head noun, capitalised
  // as house style has it, unless it opens another name ("the Commission for Racial Equality").
  const capitalised = [...new Set(heads)].map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|');
  const named = capitalised ? `|[Tt]he\\s+(${capitalised})(?!\\s+(?:(?:${[...REMIT_LINKS].join('|')})\\s+(?:the\\s+)?)?\\p{Lu})` : '';
  const spokes = `(?:${SPOKESPERSON_WORD}|representative|official)`;
  // ("The FTSE 250 company", "the Leeds-based firm": a share index or a describing prefix before the noun.)
  const describer = `(?:[\\p{L}&]+\\s+\\d{2,4}|[\\p{L}&.]+-(?:${DESCRIBING_SUFFIXES}))\\s+`;
  return new RegExp(`\\b(?:[Aa]n?\\s+(?:(${nouns})\\s+${spokes}|${spokes}\\s+for\\s+the\\s+(${nouns}))|([Tt]he)\\s+(?:${describer})?(${nouns})${named})\\b(?!['’]s?\\s)`, 'gu');
}

/** An abbreviation written with capitals inside it ("WKStA", "BaFin"), not a surname ("McDonald", "MacLeod", "O'Neill"). */
const INNER_CAPITALS = /^(?!Mc|Mac|O['’])\p{Lu}\p{L}*\p{Lu}/u;

/** Words before an organisation's name that make it a side mention: where someone works, whom they told. */
// ("Larger rivals J.B. Hunt and Knight-Swift", "peers such as Maersk": others the story compares its subject with.)
const SIDE_MENTION = /\b(?:at|of|from|with|told|to|(?:owned|backed|run|bought|acquired)\s+by|rivals?|competitors?|peers?|such\s+as|including|than|versus|vs\.?)\s+(?:the\s+)?$/i;

/** Roles of news outlets (lexicon KNOWN_ORGS and ORG_TRAILERS). */
const MEDIA_ROLE = /\b(?:news|newspaper|broadcaster|magazine|wire|television|radio|daily|weekly)\b/i;
const GENERIC_ORG_NOUNS = new Set(['company', 'firm', 'operator', 'group', 'organisation', 'organization', 'body', 'carrier', 'insurer', 'lender', 'retailer']);

/** Head nouns of the organisations "the charity" may be: "the Trussell Trust", "the Joseph Rowntree Foundation". */
const CHARITY_HEADS = new Set(['trust', 'foundation', 'charity', 'society', 'appeal', 'fund', 'network', 'alliance', 'association', 'campaign', 'coalition', 'mission', 'aid']);

/** Generic nouns that say a business: "the company" is no regulator, charity or council. */
const BUSINESS_NOUNS = new Set(['company', 'firm', 'operator', 'carrier', 'airline', 'insurer', 'lender', 'retailer']);

/** Head nouns of organisations that are no business: public bodies, charities, unions, parties, courts, universities. */
const NOT_BUSINESS_HEADS = new Set([
  'association', 'society', 'institution', 'authority', 'agency', 'commission', 'council', 'ministry', 'department', 'trust', 'foundation', 'charity', 'union', 'party',
  'university', 'college', 'court', 'police', 'government', 'parliament', 'assembly', 'senate', 'congress', 'committee',
  'federation', 'coalition', 'institute', 'league', 'regulator', 'inspectorate', 'ombudsman', 'tribunal', 'campaign', 'board',
]);

/** Head nouns of a state's own bodies: governments, ministries, courts, legislatures, the police. */
const STATE_HEADS = new Set([
  'government', 'ministry', 'department', 'court', 'tribunal', 'police', 'parliament', 'assembly', 'senate', 'congress', 'authority', 'agency',
  'commission', 'council', 'regulator', 'inspectorate', 'ombudsman', 'office', 'administration', 'executive', 'treasury', 'cabinet',
]);

/**
 * The noun an organisation's name stands on: before its first "of", "for" or "on" ("Ministry of
 * Defence", "Attorney's Office for the Western District of New York"), else its last word ("Water
 * Standards Authority").
 */
function headNoun(tokens: readonly string[]): string | undefined {
  const k = tokens.findIndex((t, i) => i > 0 && REMIT_LINKS.has(t));
  return k > 0 ? tokens[k - 1] : tokens[tokens.length - 1];
}

/**
 * Verbs after which "the company" may be the subject's own clause ("Vestra said the company would
 * appeal"): after any other past-tense verb it is what the subject acted on ("the authority fined
 * the operator"), someone else.
 */
const CLAUSE_VERBS = new Set([
  'said', 'added', 'stated', 'noted', 'argued', 'explained', 'insisted', 'wrote', 'announced', 'claimed', 'confirmed', 'denied',
  'maintained', 'acknowledged', 'admitted', 'conceded', 'stressed', 'emphasised', 'emphasized', 'predicted', 'suggested',
  'reported', 'alleged', 'disclosed', 'revealed', 'estimated', 'believed', 'thought', 'expected', 'hoped', 'feared', 'agreed',
  'indicated', 'signalled', 'signaled', 'showed', 'recalled', 'reiterated', 'concluded', 'testified', 'decided', 'understood',
]);
/** A word after an organisation's name that opens the name of a body of its people ("Supporters' Trust", "Foundation"). */
const BODY_OF_ITS_PEOPLE = /^(?:supporters|fans|members|players|workers|staff|friends|parents|residents|pensioners|women|ladies|academy|foundation|trust)['’]?$/;

/** Past tenses without "-ed" that take an object ("bought the firm"). */
const IRREGULAR_PAST = new Set(['sold', 'bought', 'took', 'hit', 'told', 'beat', 'won', 'left', 'paid', 'met', 'fought', 'caught', 'struck', 'overtook', 'sued', 'led', 'ran', 'built', 'shut', 'cut', 'let', 'kept', 'sent', 'brought']);

/** Words after "the company" that make it the subject of a clause of its own ("warned the company would miss"). */
const CLAUSE_AFTER = /^\s+(?:would|could|will|can|may|might|must|should|had|has|have|was|is|were|did|does|needed|needs)\b/;

/**
 * Whether the words from an organisation's name (`from`) to a reference (`to`…`end`) make the
 * reference what that organisation acted on, in the same sentence: "Clearwater Trust, a charity,
 * criticised the firm" — the firm is not Clearwater Trust.
 */
function actsOn(text: string, from: number, to: number, end: number): boolean {
  if (CLAUSE_AFTER.test(text.slice(end, end + 12))) return false;
  const between = text.slice(from, to);
  if (between.length > 80 || /[.!?]["”’]?\s/.test(between) || /["“”]/.test(between)) return false;
  const verb = /(\p{Ll}+)\s+$/u.exec(between)?.[1];
  if (!verb || CLAUSE_VERBS.has(verb)) return false;
  return (verb.length > 4 && verb.endsWith('ed')) || IRREGULAR_PAST.has(verb);
}

function findOrganisationReferences(text: string, sentences: readonly Range[], drafts: Draft[], refs: Reference[]): void {
  const pattern = orgRefPattern(drafts);
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    if (refs.some((r) => r.start <= start && r.end > start)) continue;
    // "founded the group Clean Streams Now": the noun describes the organisation named right after it
    // ("told the court Pask had repaid" is a clause about a person).
    const named = /^\s+(?=\p{Lu})/u.exec(text.slice(end, end + 3));
    if (named && drafts.some((d) => d.kind === 'organisation' && d.occurrences.some((o) => o.start === end + named[0].length))) continue;
    const noun = (m[1] ?? m[2] ?? m[4] ?? m[5]!).toLowerCase();
    // "the force said" is the police; "the force of the blast", "used the force needed" are no organisation.
    if (noun === 'force' && !/^\s+(?:said|says|has|had|is|was|will|would|added|confirmed|told|apologised|apologized|admitted|accepted)\b/.test(text.slice(end, end + 20))) continue;
    // "Junts, the party of …": an appositive describes the organisation named right before its comma.
    const comma = /,\s*$/.exec(text.slice(Math.max(0, start - 4), start));
    // ("According to a statement from the Environment Agency, the company failed …": a business noun describes no public body.)
    // ("Speaking to the Daily Herald, the company said", "Writing in the journal Science, the team …": the
    // organisation closes an opening clause, and the noun after its comma is the sentence's subject.)
    const described = comma ? refs.find((r) => r.end === start - comma[0].length && drafts[r.actor]!.kind === 'organisation' && !(BUSINESS_NOUNS.has(noun) && NOT_BUSINESS_HEADS.has(headNoun(drafts[r.actor]!.tokens) ?? '')) && !inOpeningClause(text, sentences, r.start)) : undefined;
    if (described) {
      addReference(drafts, refs, described.actor, m[0], start, end, `“${m[0]}” describes ${drafts[described.actor]!.name}, named just before`);
      continue;
    }
    // "…, valuing the start-up at €11.7bn, the company said": a reporting clause closing a sentence is the
    // voice of the organisation that opens it, not of the last one named inside it.
    if (comma && /^\s+(?:said|says|added|announced|confirmed|told)\b/.test(text.slice(end, end + 12))) {
      const opener = subjectOrganisation(text, sentences, drafts, refs, start);
      if (opener !== undefined && (namedAs(drafts[opener]!, noun) || GENERIC_ORG_NOUNS.has(noun))) {
        addReference(drafts, refs, opener, m[0], start, end, `“${m[0]}” refers to ${drafts[opener]!.name}, which opens the sentence`);
        continue;
      }
    }
    let best: { i: number; at: number; tier: number } | null = null;
    /** "the charity " or "The company, " right before a name: the noun introducing it. */
    const introducedBy = new RegExp(`\\b[Tt]he\\s+${noun},?\\s+$`);
    // "an analyst at Corbett & Lane", "told CNBC": an organisation named only as where someone works
    // or whom they spoke to is not "the company" the story is about, while another one fits.
    // ("approved most of South West Water's spending plan": a name that owns what follows it is no side mention.)
    const asSide = (i: number) => refs.filter((r) => r.actor === i && r.via !== 'role' && r.end <= start).every((r) => SIDE_MENTION.test(text.slice(Math.max(0, r.start - 16), r.start)) && !/^['’]s?(?!\p{L})/u.test(text.slice(r.end, r.end + 3)));
    const sideOnly = new Set<number>();
    // "a banking analyst at the firm": where someone works, so the organisation named as such
    // ("Analysts at Bernstein estimated …, said Stacy Rasgon, an analyst at the firm": Bernstein, not the company the story is about).
    const atWork = GENERIC_ORG_NOUNS.has(noun) && !!workplaceJob(text.slice(Math.max(0, start - 40), start));
    if (GENERIC_ORG_NOUNS.has(noun) && !atWork) drafts.forEach((d, i) => d.kind === 'organisation' && asSide(i) && sideOnly.add(i));
    const workplaces = new Set(atWork ? drafts.flatMap((d, i) => (d.kind === 'organisation' && refs.some((r) => r.actor === i && r.via !== 'role' && r.end <= start && !!workplaceJob(text.slice(Math.max(0, r.start - 40), r.start))) ? [i] : [])) : []);
    const anyMain = drafts.some((d, i) => d.kind === 'organisation' && !sideOnly.has(i) && refs.some((r) => r.actor === i && r.via !== 'role' && r.end <= start));
    drafts.forEach((d, i) => {
      if (d.kind !== 'organisation') return;
      if ((anyMain && sideOnly.has(i)) || (workplaces.size && !workplaces.has(i))) return;
      // The noun heads the name ("the airline": Emirates Airline), or any name fits it ("the company"); else the
      // name holds it as a word ("the airline": British Airline Pilots' Association) or a synonym heads it
      // ("the airline": SkyBridge Airways). The first of these that any organisation fits decides.
      const head = headNoun(d.tokens) ?? '';
      // ("The company, Vettly, was founded by two former Google engineers … the company's website", "run by
      // the charity Northern Care Partnership … the charity said": the organisation introduced with the noun
      // before its name is what the noun stands for, over one named since in passing.)
      const introduced = refs.some((r) => r.actor === i && r.end <= start && r.via === 'name' && introducedBy.test(text.slice(Math.max(0, r.start - noun.length - 7), r.start)));
      const tier = introduced ? 0.5 : head === noun || GENERIC_ORG_NOUNS.has(noun) || (noun === 'charity' && CHARITY_HEADS.has(head)) ? 1 : namedAs(d, noun) ? 2 : (NOUN_HEADS.get(noun) ?? []).includes(head) ? 3 : 0;
      if (!tier) return;
      // "In an interview with CNBC, … the company would keep spending": a news outlet credited for an
      // interview is where the words appeared, not "the company" or "the group" the story is about.
      if (GENERIC_ORG_NOUNS.has(noun) && !d.tokens.includes(noun) && d.role !== null && MEDIA_ROLE.test(d.role)) return;
      // "The Water Standards Authority … the company": a business noun does not refer to a public body or a charity.
      // ("the airline" is not the "British Airline Pilots' Association" either: the noun does not head its name.)
      // ("Ofwat … the company": the role a known body has, "water regulator", says the same.)
      const roleHead = d.role?.toLowerCase().split(/\s+/).pop() ?? '';
      if (BUSINESS_NOUNS.has(noun) && head !== noun && (NOT_BUSINESS_HEADS.has(head) || NOT_BUSINESS_HEADS.has(roleHead))) return;
      // "the group" is a company, a campaign or a party's group, never a state's body ("Welsh Government").
      if (noun === 'group' && !d.tokens.includes(noun) && STATE_HEADS.has(head)) return;
      // Where the organisation is named before the reference, or referred to by the same noun
      // ("the operator … the operator said"), not where a role or another noun refers to it.
      const before = refs.filter((r) => r.actor === i && r.end <= start && (r.via !== 'role' || text.slice(r.start, r.end).toLowerCase().endsWith(` ${noun}`)));
      if (!before.length) return;
      const last = before.reduce((a, b) => (b.start > a.start ? b : a));
      if (actsOn(text, last.end, start, end)) return;
      if (!best || tier < best.tier || (tier === best.tier && last.start > best.at)) best = { i, at: last.start, tier };
    });
    if (!best) continue;
    const { i } = best as { i: number; at: number; tier: number };
    addReference(drafts, refs, i, m[0], start, end, `“${m[0]}” refers to ${drafts[i]!.name}, named before`);
  }
}

const SPOKESPERSON_AGAIN = new RegExp(`\\b[Tt]he\\s+${SPOKESPERSON_WORD}\\b(?!\\s+(?:for|of|at)\\b)`, 'gu');
const SPOKESPERSON_IN = new RegExp(`\\b${SPOKESPERSON_WORD}\\b`, 'i');
const SPOKESPERSON_NEXT = new RegExp(`^\\s+${SPOKESPERSON_WORD}\\b`);

/**
 * "A spokesperson for the agency said … “…,” the spokesperson said": the same unnamed spokesperson,
 * so the organisation the last one spoke for (within the paragraph before or this one).
 */
function findSpokespersonAgain(text: string, drafts: Draft[], refs: Reference[]): void {
  // "a spokesperson for the agency" (a reference) or "a WeWork spokesperson" (a name, then the word).
  const spoke = (r: Reference) => (r.via === 'role' && SPOKESPERSON_IN.test(text.slice(r.start, r.end))) || SPOKESPERSON_NEXT.test(text.slice(r.end, r.end + 14));
  for (const m of text.matchAll(SPOKESPERSON_AGAIN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (refs.some((r) => r.start < end && r.end > start)) continue;
    const last = refs.filter((r) => r.end <= start && start - r.end < 600 && spoke(r)).sort((a, b) => b.start - a.start)[0];
    if (!last || drafts[last.actor]!.kind !== 'organisation') continue;
    addReference(drafts, refs, last.actor, m[0], start, end, `“${m[0]}” is the one who spoke for ${drafts[last.actor]!.name} before`);
  }
}

function markKnown(text: string, k: KnownActor, drafts: Draft[], refs: Reference[], byKey: Map<string, number>): void {
  const keys = [k.name, ...k.aliases].map(foldKey).filter((s) => s.length > 1);
  // A proposed actor with the same name or a mention equal to a known key is that known actor.
  let target = drafts.findIndex((d) => keys.includes(foldKey(d.name)) || d.mentions.some((m) => keys.includes(foldKey(m))));
  const { folded, map } = foldText(text);
  const found: { start: number; end: number }[] = [];
  for (const key of keys) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(key, from);
      if (at < 0) break;
      from = at + 1;
      const before = folded[at - 1];
      const after = folded[at + key.length];
      if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}]/u.test(after))) continue;
      found.push({ start: map[at]!, end: map[at + key.length]! });
    }
  }
  if (!found.length && target < 0) return;
  if (target < 0) {
    const d: Draft = { name: k.name, kind: k.kind, role: k.role, mentions: [], evidence: [], confidence: 0.95, gender: null, knownId: k.id, occurrences: [], tokens: tokensOf(k.name), firstAt: found[0]!.start, nameGender: null };
    drafts.push(d);
    target = drafts.length - 1;
    byKey.set(`${k.kind}:${foldKey(k.name)}`, target);
  }
  const d = drafts[target]!;
  d.knownId = k.id;
  d.name = k.name;
  d.kind = k.kind;
  d.role = k.role ?? d.role;
  addEvidence(d, ['already in the notebook']);
  for (const f of found) {
    addMention(d, text.slice(f.start, f.end), f.start, f.end);
    if (!refs.some((r) => r.start <= f.start && r.end >= f.end)) refs.push({ start: f.start, end: f.end, actor: target, via: 'known' });
  }
}
