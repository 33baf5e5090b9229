/**
 * Candidate mentions of people, organisations and places, found by patterns over capitalised word
 * runs (honorifics, titles, appositives, organisation words, gazetteers) and confirmed or extended
 * by compromise's named-entity tags. Candidates are merged into proposed actors in actors.ts.
 */
import nlp from 'compromise';
import { isGermanText, keepInGerman } from './german';
import { romanceOrganisations } from './romance';
import { isRomanceText } from './function-words';
import { foldKey } from '../text/fold';
import { BETWEEN_SPEAKER_AND_VERB, CALENDAR, COMMON_CAPITALISED, FAMILY_WORDS, HONORIFICS, INSTITUTION_REMITS, PLURAL_HONORIFICS, isLegalForm, KNOWN_ORGS, MOTION_BEFORE_NAME, ORG_TRAILERS, ORG_WORDS, ORIGIN_NOUNS, PARTY_MEMBERS, PLURAL_VERB_AFTER, isPostNominal, REMIT_LINKS, ROLE_NOUNS, SPOKESPERSON_WORD, STOCK_INDICES, NUMBERED_STOCK_INDICES, DESCRIBING_SUFFIXES, THING_INITIALISMS, TITLE_WORDS, workplaceJob } from './lexicon';
import { countries, otherPlaces, regionDemonyms, stateOfAbbreviation } from './places';
import { abbreviates, DATELINE_REGION, initials, tokenize, type Token } from './tokens';
import { readSpeechVerb } from './verbs';
// (Importing given-names.ts teaches compromise the given names of world news it lacks: "Mette Frederiksen" is a person.)
import { isFamilyNameFirst, isGivenName } from './given-names';
import { escapeRegExp } from '../text/regexp';

export type ActorKindGuess = 'person' | 'organisation' | 'place';

export interface Candidate {
  kind: ActorKindGuess;
  /** The name as written, without honorific or title ("Scott Bessent", "Bessent"). */
  name: string;
  /** Where the name is written. */
  start: number;
  end: number;
  /** The whole referring expression, title or honorific included ("US Treasury Secretary Scott Bessent"). */
  spanStart: number;
  spanEnd: number;
  /** The form to list among the actor's mentions ("Mr Bessent", "President Trump", "Scott Bessent"). */
  surface: string;
  role: string | null;
  gender: 'male' | 'female' | null;
  /**
   * The gender a first name usually has ("Margaret", "Alan"), by compromise's name lists: weaker
   * than an honorific, a role or a pronoun, and used only when none of them says.
   */
  nameGender?: 'male' | 'female' | null;
  /** One name word only ("Bessent", "Mr He"): resolved to a fuller name in actors.ts. */
  partial: boolean;
  /** Canonical name from a gazetteer (country for "US", agency for "AFP"). */
  canonical: string | null;
  /** For a capital city: the country it is the capital of. */
  capitalOf: string | null;
  evidence: string[];
  /** 0..1: how sure the pattern is. */
  confidence: number;
}

const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'van', 'von', 'der', 'den', 'bin', 'bint', 'ibn', 'al', 'el', 'la', 'le', 'y', '&', 'on']);
/** Connectors allowed inside a person's name (not "of", "the", "for", "and"). */
const NAME_PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'do', 'dos', 'das', 'du', 'des', 'van', 'von', 'der', 'den', 'bin', 'bint', 'ibn', 'al', 'el', 'la', 'le', 'y']);
/** Particles that surnames also write with a capital ("Le Pen", "De Gaulle"); not "Al" or "El", which open names of places and outlets ("El Paso", "Al Jazeera"). */
const CAPITAL_PARTICLES = new Set(['Le', 'La', 'De', 'Di', 'Da', 'Du', 'Van', 'Von', 'Del', 'Della', 'Dos', 'Das', 'Des']);
/** Capital particles that open a surname after a given name the way "Le Pen" and "Van Dijk" do. */
const SURNAME_CAPITAL_PARTICLES = new Set(['Le', 'La', 'De', 'Van', 'Von']);

interface Gazetteer {
  places: Map<string, { canonical: string; capitalOf: string | null }>;
  demonyms: Set<string>;
  orgs: Map<string, { canonical: string; role: string }>;
}

let gazetteer: Gazetteer | null = null;
function getGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer;
  const places = new Map<string, { canonical: string; capitalOf: string | null }>();
  const demonyms = new Set<string>();
  for (const c of countries()) {
    places.set(foldKey(c.name), { canonical: c.name, capitalOf: null });
    for (const a of c.aliases) places.set(foldKey(a), { canonical: c.name, capitalOf: null });
    if (c.capital && !places.has(foldKey(c.capital))) places.set(foldKey(c.capital), { canonical: c.capital, capitalOf: c.name });
    for (const d of c.demonyms) demonyms.add(foldKey(d));
  }
  for (const d of [...ORIGIN_NOUNS, ...regionDemonyms()]) demonyms.add(foldKey(d));
  for (const p of otherPlaces()) if (!places.has(foldKey(p))) places.set(foldKey(p), { canonical: p, capitalOf: null });
  const orgs = new Map<string, { canonical: string; role: string }>();
  for (const o of KNOWN_ORGS) {
    orgs.set(foldKey(o.name), { canonical: o.name, role: o.role });
    for (const a of o.aliases) orgs.set(foldKey(a), { canonical: o.name, role: o.role });
  }
  gazetteer = { places, demonyms, orgs };
  return gazetteer;
}

export function placeEntry(name: string): { canonical: string; capitalOf: string | null } | undefined {
  return getGazetteer().places.get(foldKey(name.replace(/^the\s+/i, '')));
}

/** Nouns for where someone is from that are also given names ("Finn Russell", "Dane Coles"). */
const ORIGIN_GIVEN_NAMES = new Set(['Finn', 'Scot', 'Dane']);

/** A country's adjective ("Italian") or a noun for where someone is from ("Frenchman"). */
export function isDemonym(word: string): boolean {
  const demonyms = getGazetteer().demonyms;
  if (demonyms.has(foldKey(word))) return true;
  // "Argentine-Italian", "British-Iranian", "Anglo-French", "Afro-Caribbean": joined origins.
  const parts = word.split(/[-‐]/);
  return parts.length > 1 && parts.every((p, k) => demonyms.has(foldKey(p)) || (k < parts.length - 1 && COMBINING_ORIGINS.has(p)));
}

/** The combining forms of origins before a hyphen ("Anglo-", "Sino-"). */
const COMBINING_ORIGINS = new Set(['Anglo', 'Franco', 'Italo', 'Sino', 'Russo', 'Afro', 'Indo', 'Greco', 'Austro', 'Hispano', 'Luso', 'Euro', 'Judeo', 'Turco', 'Serbo']);

interface Range {
  start: number;
  end: number;
}

/** A compromise term once its offsets are computed. */
interface OffsetTerm {
  pre: string;
  text: string;
  normal: string;
  post: string;
  offset?: { start: number };
}

/** compromise's people, organisations and places, as offset ranges. */
function nlpRanges(text: string): { people: Range[]; orgs: Range[]; places: Range[]; femaleNames: Range[]; maleNames: Range[]; commonPlurals: Range[]; openers: Range[] } {
  const doc = nlp(text);
  // Every term's offset, computed once for the document all the views below share. (A view's
  // json({ offset: true }) computes them again each time, and copies every term with its tags.)
  doc.compute('offset');
  /** Each match's range: from its first word to the end of its text, as json's offset reads it (spaces around it trimmed). */
  const ranges = (view: { docs: readonly (readonly OffsetTerm[])[] }): Range[] =>
    view.docs.flatMap((terms) => {
      const first = terms[0]?.offset;
      if (!first) return [];
      // (json's length counts the first word's opening punctuation too: kept, as the rules expect it.)
      const whole = terms.map((t) => (t.pre || '') + (t.text || t.normal || '') + (t.post || '')).join('');
      return [{ start: first.start, end: first.start + whole.trim().length }];
    });
  // compromise reads "Lena Fischer’s cross" as two people, "Lena" and "Fischer’s": one person, in the possessive.
  const people = ranges(doc.people()).reduce<Range[]>((out, r) => {
    const prev = out[out.length - 1];
    if (prev && /^[ \t]$/.test(text.slice(prev.end, r.start)) && /['’]s?$/.test(text.slice(r.start, r.end))) prev.end = r.end;
    else out.push(r);
    return out;
  }, []);
  return {
    people,
    orgs: ranges(doc.organizations()),
    places: ranges(doc.places()),
    femaleNames: ranges(doc.match('#FemaleName')),
    maleNames: ranges(doc.match('#MaleName')),
    commonPlurals: ranges(doc.match('#Plural').not('#ProperNoun').not('#Person')),
    // "Sentencing Doyle on Friday, …", "Late Okoro header sends …": a verb's -ing form or an
    // adjective that opens a sentence (never a name's word by compromise's lexicon).
    openers: ranges(doc.match('^(#Gerund|#Adjective)').not('(#ProperNoun|#Person|#Place|#Organization)')),
  };
}

function covered(ranges: Range[], start: number, end: number): boolean {
  return ranges.some((r) => r.start <= start && r.end >= end);
}

function only(gap: string): boolean {
  return /^[ \t\u00a0]*$/.test(gap);
}

function lastPart(t: Token): string {
  const parts = t.lower.split('-');
  return parts[parts.length - 1]!;
}

/** An organisation word, whole or as the last part of a hyphenated word ("Sub-Committee"), or a company's legal form written with its capital inside a name ("KGaA", "ASA"; not two capitals, "AS A BALL"). */
function isOrgWord(t: Token): boolean {
  return ORG_WORDS.has(t.lower) || ORG_WORDS.has(lastPart(t)) || (t.cap && !t.sentenceStart && !(t.upper && t.text.length <= 2) && isLegalForm(t.text));
}

function isTitle(t: Token): boolean {
  // ("Republican Phil Bryant", "Democrat Jim Hood": a party member's word before a name says what they are.)
  return TITLE_WORDS.has(t.lower.replace(/\.$/, '')) || PARTY_MEMBER_TITLES.has(t.text) || (t.lower.includes('-') && TITLE_WORDS.has(lastPart(t))) || GERMAN_TITLE.test(t.lower);
}

/** Party members' words in the singular, which stand before a name as a title does. */
const PARTY_MEMBER_TITLES = new Set([...PARTY_MEMBERS].filter((w) => !w.endsWith('s')));

/** German offices, alone or at the end of a compound: "Oberbürgermeisterin", "Fraktionschef", "Regierungssprecher". */
const GERMAN_TITLE = /^\p{L}*(?:chef|chefin|sprecher|sprecherin|ministerin|präsident|präsidentin|bürgermeister|bürgermeisterin|vorsitzende|vorsitzender|leiter|leiterin|direktorin|kanzler|kanzlerin|abgeordnete|abgeordneter)$/u;

/** An honorific's key in HONORIFICS: "Dr." → "dr", and a plural its singular ("Justices" → "justice"). */
function honorificKey(t: Token): string {
  const lower = t.lower.replace(/\.$/, '');
  return PLURAL_HONORIFICS.get(lower) ?? lower;
}

function isHonorific(t: Token): boolean {
  return HONORIFICS.has(honorificKey(t)) && t.cap;
}

/** Known organisations whose names hold words in lower case ("Save the Children"). */
const KNOWN_NAMES_IN_LOWER = KNOWN_ORGS.flatMap((o) => [o.name, ...o.aliases]).filter((n) => /\s\p{Ll}/u.test(n));

/** Runs of capitalised words (with lower-case connectors between capitals), split at calendar words. */
function capitalisedRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    // Trailing connectors ("of the") are not part of a name.
    while (run.length && !run[run.length - 1]!.cap && !stationNumber(run[run.length - 2], run[run.length - 1]!) && !numberTen(text, run[run.length - 2], run[run.length - 1]!)) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  /**
   * "International Council for the Exploration of the Sea": after an organisation word, "for the",
   * "of the" and "on the" go on with its remit. Not after a person's name ("Ann Roe of the BBC").
   */
  const remitThe = (i: number) => {
    const t = tokens[i]!;
    const the = tokens[i + 1];
    const after = tokens[i + 2];
    return REMIT_LINKS.has(t.lower) && the?.lower === 'the' && !!after?.cap && !after.sentenceStart && only(text.slice(the.end, after.start)) && run.some(isOrgWord);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = run[run.length - 1];
    const joined = prev ? only(text.slice(prev.end, t.start)) : true;
    if (!joined) flush();
    // "Jan Dohnal", "April Ryan": a month that is also a first name, right before a surname (a
    // capitalised word that ends the name), is the first name; "Jan 5", "3 May", "May Theresa May" stay dates.
    const next = tokens[i + 1];
    const firstName = NAME_MONTHS.has(t.text) && !!next && next.cap && !CALENDAR.has(next.lower) && !/^\p{N}/u.test(next.text) && only(text.slice(t.end, next.start)) && !tokens[i + 2]?.cap && !/\p{N}\s*$/u.test(text.slice(Math.max(0, t.start - 4), t.start));
    // ("Lok Jan Morcha": a month that is also a name, between capitalised words of a run, is one of its words.)
    // ("Theresa May said", "Brian May": after a given name, such a month is the surname.)
    const inName = NAME_MONTHS.has(t.text) && run.length > 0 && joined && ((!!next && next.cap && !next.sentenceStart && !CALENDAR.has(next.lower) && !/^\p{N}/u.test(next.text) && only(text.slice(t.end, next.start))) || (isGivenName(prev!.text) && !/^[ \t]*\p{N}/u.test(text.slice(t.end, t.end + 3))));
    const calendar = CALENDAR.has(t.lower) && t.cap && !firstName && !inName;
    // ("Brent LCOc1 was last at $60.73", "U.S. crude CLc1": a market's instrument code is no word of a name.)
    if ((t.cap && !calendar && !/^\p{N}/u.test(t.text) && !INSTRUMENT_CODE.test(t.text)) || (joined && (stationNumber(prev, t) || numberTen(text, prev, t)))) {
      if (t.sentenceStart && run.length) flush();
      run.push(t);
    } else if (run.length && joined && KNOWN_NAMES_IN_LOWER.some((n) => run.some((r) => text.startsWith(n, r.start) && r.start + n.length > t.end))) {
      // "Save the Children", "Friends of the Earth": a known name's own words in lower case (also
      // when the run opened with another name: "Greenpeace and Friends of the Earth").
      run.push(t);
    } else if (run.length && CONNECTORS.has(t.lower) && (tokens[i + 1]?.cap || remitThe(i)) && !andThenHonorific(run, t, tokens[i + 1]) && !ofHomeTown(run, t) && only(text.slice(t.end, tokens[i + 1]!.start)) && only(text.slice(run[run.length - 1]!.end, t.start)) && (t.lower !== 'the' || REMIT_LINKS.has(run[run.length - 1]!.lower))) {
      run.push(t);
    } else if (run.length && only(text.slice(run[run.length - 1]!.end, t.start)) && particleChainEnd(text, tokens, i) > i) {
      // "Joris van der Berg", "Ms de la Cruz": a chain of name particles before a capitalised word.
      const end = particleChainEnd(text, tokens, i);
      for (let k = i; k < end; k++) run.push(tokens[k]!);
      i = end - 1;
    } else {
      flush();
    }
  }
  flush();
  return runs;
}

/**
 * "the University of Bergen and Professor Kwame Asante": "and" before an honorific opens the next
 * person, not more of the name before it ("Mr and Mrs Hale" stays one run, an honorific on each side).
 */
function andThenHonorific(run: Token[], t: Token, next: Token | undefined): boolean {
  return (t.lower === 'and' || t.text === '&') && !!next && isHonorific(next) && !isHonorific(run[run.length - 1]!);
}

/**
 * "Kestrel Maritime of Aberdeen", "Vell Shipping of Rotterdam": "of" after a trading company's last
 * word says where it is based, not more of its name ("Bank of England", "University of Bergen" and
 * "Group of Seven" stay whole: their words are not in the list).
 */
const TRADING_ENDS = new Set(['maritime', 'shipping', 'logistics', 'holdings', 'airlines', 'airways', 'motors', 'technologies', 'ltd', 'plc', 'inc', 'llc', 'gmbh']);
function ofHomeTown(run: Token[], t: Token): boolean {
  return t.lower === 'of' && TRADING_ENDS.has(run[run.length - 1]!.lower);
}

/** A futures contract's code as wire copy prints it after the commodity: "LCOc1", "CLc1", "GCv2". */
const INSTRUMENT_CODE_WORD = String.raw`\p{Lu}{1,5}\p{Ll}\d{1,2}`;
const INSTRUMENT_CODE = new RegExp(`^${INSTRUMENT_CODE_WORD}$`, 'u');

/**
 * "No 10 said", "a No 10 spokeswoman", "Number 10 sources": the prime minister's office by its door
 * (not "the No 10 shirt").
 */
function numberTen(text: string, prev: Token | undefined, t: Token): boolean {
  return !!prev && (prev.text === 'No' || prev.text === 'Number') && t.text === '10' && !/\b(?:the|his|her|their)\s+$/i.test(text.slice(Math.max(0, prev.start - 8), prev.start)) && NUMBER_TEN_AFTER.test(text.slice(t.end, t.end + 24));
}
const NUMBER_TEN_AFTER = /^\s+(?:spokes(?:man|woman|person)|sources?|insiders?|officials?|aides?|advisers?|said|says|insisted|denied|declined|refused|has|is|was|will|would|confirmed)\b|^['’]s\s/;

/** "BBC Radio 4", "Channel 5": the number of a station or channel is part of its name. */
function stationNumber(prev: Token | undefined, t: Token): boolean {
  return !!prev && (prev.lower === 'radio' || prev.lower === 'channel') && prev.cap && /^\d{1,2}$/.test(t.text);
}

/** What stands before a thing's name, and not before a surname used alone: an article or a possessive. */
const THING_BEFORE = /\b(?:the|a|an|new|its|their|our|my|your)\s+$/i;

/** A kind of thing, then "called" or "named": what follows is that thing's name ("a mission called Europa Clipper"). */
const NAMED_THING_BEFORE = /\b(?:mission|project|programme|program|app|application|drug|medicine|vaccine|book|novel|film|movie|album|song|ship|vessel|spacecraft|probe|rocket|satellite|telescope|operation|scheme|tool|platform|device|chip|model|software|game|show|series|podcast|documentary|exercise|storm)\s+(?:called|named|dubbed|codenamed|code-named)\s+$/i;

/** Month names that are also first names, as written. */
const NAME_MONTHS = new Set(['Jan', 'April', 'May', 'June', 'August']);

/**
 * "Home Affairs Minister Tony Burke", "Finance Minister Wale Edun": words naming a remit, then a
 * title, then a name; the first word, common alone ("Home"), opens the title here.
 */
function titleOpens(run: Token[]): boolean {
  const title = run.findIndex((t, k) => k > 0 && isTitle(t));
  return title > 0 && title < run.length - 1 && run.slice(0, title).every((t) => ROLE_FUNCTION_WORDS.has(t.lower));
}

/**
 * Index of the capitalised word that ends a chain of two or more name particles starting at `i`
 * ("van der Berg", "de la Cruz"), or -1. A single particle is handled as a connector.
 */
function particleChainEnd(text: string, tokens: Token[], i: number): number {
  let k = i;
  while (k < tokens.length && !tokens[k]!.cap && NAME_PARTICLES.has(tokens[k]!.lower) && (k === i || only(text.slice(tokens[k - 1]!.end, tokens[k]!.start)))) k++;
  if (k - i < 2 || !tokens[k]?.cap || !only(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) return -1;
  return k;
}

/** "Van der Berg", "de la Cruz", "Al-Amin" never: particles then one capitalised word, a surname on its own. */
/** "the city of ", "residents of ", "maire de ", "sindaco di ": what comes next is a place. */
/** Verbs that open a sentence as a request before a titled name ("Ask Councillor Bev Sutcliffe …"), never a title's remit word ("Transport Secretary"). */
const IMPERATIVE_OPENERS = new Set(['ask', 'tell', 'meet', 'call', 'thank', 'blame', 'watch', 'let', 'listen', 'follow', 'remember', 'consider', 'imagine', 'picture', 'forget', 'trust', 'email', 'contact', 'invite', 'take']);

/** A kind of place and a comma before its name: "the state capital, ", "the port city of", "its county town, ". */
const PLACE_APPOSITIVE_BEFORE = /\b(?:the|its|their|a)\s+(?:(?:state|provincial|regional|national|federal|island|old|new|former|nearby|neighbouring|neighboring|coastal|border)\s+)?(?:capital|county\s+town|port\s+city|market\s+town|city|town|village|suburb|hamlet)\s*,\s*$/i;
const PLACE_OF_BEFORE = /\b(?:(?:village|town|city|island|port|region|province|district|county|state|suburb|capital|municipality|hamlet|mayor|residents|people|citizens|outskirts|centre|center|heart|edge|streets|area|neighbourhood|neighborhood|parts|government|coast|(?:north|south|east|west)(?:-?(?:east|west))?)\s+of|(?:maire|commune|ville|habitants|alcalde|alcaldesa|ciudad|sindaco|comune|città|prefeito|prefeita|cidade)\s+d[eio])\s+$/iu;

function isParticleSurname(run: Token[]): boolean {
  // (Not initials in capitals: "DA Davidson" is a firm, not a surname "Da Davidson".)
  return run.length >= 2 && run[run.length - 1]!.cap && run.slice(0, -1).every((t) => NAME_PARTICLES.has(t.lower) && !t.upper);
}

function textOf(text: string, tokens: Token[]): string {
  return tokens.length ? text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end) : '';
}

/** Words an article may follow inside a role phrase: prepositions and conjunctions. */
const ARTICLE_MAY_FOLLOW = new Set(['of', 'for', 'at', 'in', 'on', 'with', 'to', 'from', 'by', 'and', 'or', 'behind', 'within', 'across', 'under', 'over', 'into', 'about']);

/** The role written in an appositive after a name: "Jane Roe, the chief executive of Acme, said". */
function appositiveRole(text: string, end: number): string | null {
  // ("Priya Natarajan, M.D., Chief Executive Officer of …", "Ann Roe, PhD, a chemist": letters after the name come first.)
  const letters = /^,\s*([\p{L}.]{2,6})(?=\s*,)/u.exec(text.slice(end, end + 12));
  if (letters && isPostNominal(letters[1]!.replace(/\./g, '').replace(/^Ph[Dd]$/, 'PhD'))) return appositiveRole(text, end + letters[0].length);
  const after = text.slice(end, end + 120);
  const m = /^,\s*(?:\d{1,3},\s*)?(?:(?:the|a|an|its|his|her|their)\s+)?((?:[\p{L}’'-]+\s+){0,10}?[\p{L}’'-]+)\s*(?=[,;.)]|\((?:[\p{Lu}\p{N}&.-]{2,12})\)|\s+(?:said|says|told|added|who|whose|which|that)\b)/u.exec(after);
  if (!m) return relativeClauseRole(after) ?? longRoleHead(after);
  const phrase = m[1]!;
  const words = phrase.toLowerCase().split(/\s+/);
  if (words[0] === 'who') return relativeClauseRole(after);
  // ("Tom Ashdown, and the leader of the county council, Julia Venn,": "and" opens the next name's appositive.)
  if (words[0] === 'and' || words[0] === 'or') return null;
  // ", later met his Turkish counterpart,": a possessive inside the phrase makes it a clause about someone else.
  if (words.slice(1).some((w) => /^(his|her|their|its|our|my)$/.test(w))) return null;
  // ", was signed by Gov. Greg Abbott": a verb opens a clause, not an appositive.
  if (/^(which|that|whose|where|when|while|was|were|is|are|has|have|had|will|would|can|could|did|does)$/.test(words[0]!)) return null;
  // ", met Crown Prince Mohammed bin Salman in Riyadh.", ", led the talks": a verb in the past and its
  // object, a clause of the sentence ("retired teacher", "elected mayor" are roles).
  const object = phrase.split(/\s+/)[1] ?? '';
  if ((/^\p{Lu}/u.test(object) || /^(?:the|a|an|his|her|their|its)$/.test(object)) && nlp(phrase).match('^#PastTense').found) return null;
  // ", beat agriculture minister Shinjiro Koizumi in a run-off": a role and a name with no preposition
  // before them are a verb's object, someone else ("aide to defence secretary John Healey" keeps its "to").
  const written = phrase.split(/\s+/);
  // ("Chief Executive Officer of …": a capitalised office word after it is the same office, no name.)
  const named = written.findIndex((w, k) => k > 0 && ROLE_NOUNS.has(w.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(written[k + 1] ?? '') && !ROLE_NOUNS.has(written[k + 1]!.toLowerCase()) && !TITLE_WORDS.has(written[k + 1]!.toLowerCase()));
  if (named > 0 && !words.slice(0, named).some((w) => ROLE_PREPOSITIONS.has(w) || w === 'to')) return null;
  // ", accused the chairwoman,": an article after a word that is no preposition or conjunction
  // follows a verb ("head of the board", "chair and a founder" keep theirs).
  if (words.some((w, k) => k > 0 && /^(the|a|an)$/.test(w) && !ARTICLE_MAY_FOLLOW.has(words[k - 1]!))) return null;
  if (!words.some((w) => ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.split('-').pop()!))) return null;
  // (A noun after a preposition is no verb: "minister of state for foreign affairs".)
  if (words.some((w, k) => readSpeechVerb(w, true) && !ROLE_NOUNS.has(w) && !ROLE_PREPOSITIONS.has(words[k - 1] ?? ''))) return null;
  return phrase + remitListRest(words, after.slice(m[0].length));
}

/**
 * The rest of a remit that lists its parts with commas: "executive vice-president for tech
 * sovereignty, security and democracy." (the role read so far stops at the first comma). Only
 * after "for" or "of" near the role's end, and only words in lower case that hold no verb.
 */
function remitListRest(roleWords: string[], rest: string): string {
  if (!roleWords.slice(-4, -1).some((w) => w === 'for' || w === 'of')) return '';
  const m = /^,\s*((?:[\p{Ll}-]+\s+){0,3}and\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+)(?=\s*[.;)]|\s*,\s*(?:said|says|told|added|wrote)\b)/u.exec(rest);
  return m && !nlp(m[1]!).has('#Verb') ? `, ${m[1]}` : '';
}

/**
 * The head of an appositive too long to read whole: ", director of the Asia Maritime Transparency
 * Initiative at the Center for … in Washington." gives "director of the Asia Maritime Transparency Initiative".
 */
function longRoleHead(after: string): string | null {
  // (", … at the Center for Strategic and International Studies in Washington.": the place the
  // organisation is in ends the phrase, unless its words go on as a name's, "the Refugees in Towns Project".)
  const where = /^,[^,;.)\n]*?(?=\s+in\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s*[,;.)])/u.exec(after);
  if (where && !where[1]!.split(/\s+/).some((w) => ORG_WORDS.has(w.toLowerCase()))) after = `${where[0]}.`;
  const m = /^,\s*(?:(?:the|a|an)\s+)?((?:[\p{L}-]+\s+){0,2}?([\p{Ll}-]+)\s+(?:of|at|for)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}’'&.-]*(?:\s+(?:(?:of|and|for|the)\s+)?\p{Lu}[\p{L}\p{N}’'&.-]*)*)(?![\p{L}\p{N}’'&-])(?!\s+(?:in|on|of|for|and|de|du|la)\s+\p{Lu})/u.exec(after);
  // (Not cut inside a name that goes on with a word in lower case: "the Refugees in Towns Project".)
  return m && ROLE_NOUNS.has(m[2]!) ? m[1]!.replace(/\.$/, '') : null;
}

/** The office a verb in a relative clause names: "who chairs" the chair, "who founded" the founder. */
const OFFICE_OF_VERB: Readonly<Record<string, string>> = { chairs: 'chair', heads: 'head', leads: 'leader', runs: 'head', directs: 'director', founded: 'founder', 'co-founded': 'co-founder' };

/**
 * The role in a relative clause after a name: ", who served as environment minister from 2015",
 * ", who is the club’s head coach,": the words after the verb up to the last role noun.
 */
function relativeClauseRole(after: string): string | null {
  // ", who chairs the Treasury committee": the office the verb names, over what the clause names.
  const office = /^,\s*who\s+(chairs|heads|leads|runs|directs|founded|co-founded)\s+((?:the|a|an|its|his|her|their)\s+)?([^,.;:()“”"\n]{2,60}?)(?=\s*[,.;)]|\s+(?:and|since|until|from|in|for|with)\b)/u.exec(after);
  // ("the Istanbul-based Bosphorus Institute": the describing prefix is no part of the organisation's name.)
  if (office) return `${OFFICE_OF_VERB[office[1]!]} of ${office[2] ?? ''}${office[3]!.split(' ').filter((w) => !DESCRIPTIVE_PREFIX.test(w)).join(' ')}`;
  // ("who is also finance minister", "who was previously head of policy": an adverb of time is no part of the role.)
  const m = /^,\s*who\s+(?:is|was|served\s+as|serves\s+as|works\s+as|worked\s+as|became|has\s+been|had\s+been)\s+(?:(?:also|now|currently|still|previously|formerly|once|then|already|later)\s+)?(?:(?:the|a|an|its|his|her|their)\s+)?((?:[\p{L}’'-]+\s+){0,5}[\p{L}’'-]+)/u.exec(after);
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  let n = 0;
  words.forEach((w, k) => {
    if (ROLE_NOUNS.has(w.toLowerCase()) || ROLE_NOUNS.has(w.toLowerCase().split('-').pop()!)) n = k + 1;
  });
  return n ? words.slice(0, n).join(' ') : null;
}

/**
 * Adjectives that open a sentence before a name of two words or more and are no part of it: "Rival
 * Halcyon Micro fell", "Embattled …". (Before one word, "Rival Lowe's", the pair is left as it was.)
 */
const LEADING_ADJECTIVES = new Set(['rival', 'rivals', 'fellow', 'embattled', 'beleaguered', 'outgoing', 'incoming', 'veteran', 'struggling', 'troubled', 'defending', 'reigning', 'ailing', 'loss-making', 'cash-strapped', 'state-owned', 'privately-owned', 'family-owned']);

/** Words naming a function inside a title in lower case: "chief financial officer", "chief operating officer". */
const ROLE_FUNCTION_WORDS = new Set(['financial', 'operating', 'technology', 'technical', 'information', 'marketing', 'commercial', 'medical', 'scientific', 'legal', 'economic', 'investment', 'strategy', 'digital', 'product', 'security', 'risk', 'compliance', 'communications', 'political', 'foreign', 'people', 'data', 'nursing', 'fire', 'police', 'finance', 'housing', 'health', 'education', 'transport', 'defence', 'defense', 'justice', 'environment', 'trade', 'energy', 'culture', 'home', 'treasury', 'press', 'business', 'employment', 'interior', 'agriculture', 'fisheries', 'labour', 'labor', 'welfare', 'immigration', 'sports', 'schools', 'policy', 'ministry', 'department', 'government', 'party', 'army', 'military', 'embassy', 'union', 'council', 'campaign', 'club', 'team', 'harbour', 'harbor', 'port', 'work', 'pensions', 'affairs', 'rural', 'food', 'sport', 'innovation', 'communities', 'local', 'net', 'zero']);

/**
 * "Danish minister for European affairs Marie Bjerre", "EU commissioner for trade Maros Sefcovic": a
 * role noun, "for" or "of", and a portfolio with a word in lower case, right before the name.
 */
function portfolioRoleBefore(text: string, nameStart: number): string | null {
  const m = /(?:^|[\s(])((?:\p{Lu}[\p{L}-]*\s+)?(\p{Ll}[\p{L}-]*)\s+(?:for|of)\s+(?:the\s+)?((?:[\p{L}-]+\s+){1,3}))$/u.exec(text.slice(Math.max(0, nameStart - 80), nameStart));
  // The portfolio ends in a noun in lower case ("affairs", "trade"), with no small word inside ("for the Refugees in").
  const portfolio = m ? m[3]!.trim().split(/\s+/) : [];
  if (!m || !ROLE_NOUNS.has(m[2]!) || !/^\p{Ll}{3,}$/u.test(portfolio[portfolio.length - 1]!) || portfolio.some((w) => TITLE_CASE_SMALL.has(w) || w === 'said' || VERB_OPENERS.has(w))) return null;
  return m[1]!.trim();
}

/** "US Ambassador to Japan George Glass", "UN special envoy to Yemen Hans Grundberg": a diplomat's title, "to" and the place, right before the name. */
function envoyRoleBefore(text: string, nameStart: number): string | null {
  const m = /(?:^|[\s(])((?:(?:\p{Lu}(?:\.\p{Lu})+\.?|\p{Lu}[\p{L}-]*|special|deputy)[ \t]+){0,3}(?:[Aa]mbassador|[Ee]nvoy|[Hh]igh[ \t]+[Cc]ommissioner|[Cc]onsul(?:-[Gg]eneral)?)[ \t]+to[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\p{L}.-]*[ \t]+){1,3})$/u.exec(text.slice(Math.max(0, nameStart - 80), nameStart));
  if (!m) return null;
  // ("The British Ambassador to France": a sentence's "The" is no part of the title.)
  return m[1]!.trim().replace(/^The[ \t]+/, '');
}

/** Words that open a title in lower case: "vice", "deputy", "chief", "co-" and the like. */
const ROLE_PREFIX = /^(vice|deputy|assistant|senior|chief|general|managing|executive|former|acting|interim|shadow|co)[-]?/;

/** Words after which a role noun is a verb: subject pronouns, auxiliaries and "to". */
const VERB_OPENERS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'to', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'did', 'does', 'do']);

/** A role written just before a name in lower case ("chief executive Jane Roe", "Acme spokeswoman Jane Roe"). */
function precedingRole(text: string, tokens: Token[], firstIndex: number): string | null {
  let i = firstIndex - 1;
  const words: Token[] = [];
  while (i >= 0 && words.length < 5) {
    const t = tokens[i]!;
    const next = words[0] ?? tokens[firstIndex]!;
    // "National Farmers' Union president": a plural possessive's mark may stand between the words.
    const gap = text.slice(t.end, next.start);
    if (!only(gap) && !(t.cap && /s$/.test(t.text) && /^['’][ \t]+$/.test(gap))) break;
    // "chief financial officer Dana Whitfield": the words of a function inside a title count too.
    // ("Shadow work and pensions secretary Helen Whately": "and" between two such words, as a portfolio's name has it.)
    // ("Mistral co-founder and chief executive Arthur Mensch": or between two roles.)
    const prevWord = tokens[i - 1]?.cap ? '' : (tokens[i - 1]?.lower ?? '');
    const portfolioAnd = t.lower === 'and' && words.length > 0 && ((ROLE_FUNCTION_WORDS.has(words[0]!.lower) && ROLE_FUNCTION_WORDS.has(prevWord)) || (ROLE_NOUNS.has(prevWord) && (ROLE_NOUNS.has(words[0]!.lower) || ROLE_PREFIX.test(words[0]!.lower))));
    if (t.cap || ROLE_NOUNS.has(t.lower) || ROLE_PREFIX.test(t.lower) || (words.length > 0 && ROLE_FUNCTION_WORDS.has(t.lower)) || portfolioAnd) {
      words.unshift(t);
      i--;
    } else break;
  }
  while (words.length && !ROLE_NOUNS.has(words[words.length - 1]!.lower) && !ROLE_NOUNS.has(lastPart(words[words.length - 1]!))) words.pop();
  // "They host Ellingham Town", "will coach Rivera": a role noun after a pronoun or an auxiliary is a
  // verb. ("They" opening a sentence is capitalised, so the walk above may have taken it.)
  const firstLower = words.findIndex((t) => !t.cap);
  const opener = firstLower > 0 ? words[firstLower - 1] : firstLower === 0 ? tokens[i] : undefined;
  if (opener && VERB_OPENERS.has(opener.lower) && only(text.slice(opener.end, words[firstLower]!.start))) return null;
  // "Greater Manchester Fire and Rescue Service chief fire officer Dave Russell": capitalised words
  // ending in an organisation word that end a longer name ("… and Rescue Service") are that name's,
  // not the role's ("… and Chinese vice-premier Liu He" keeps "Chinese").
  const before = tokens[i];
  const capitals = words.findIndex((t) => !t.cap);
  if (before && capitals > 0 && isOrgWord(words[capitals - 1]!) && ['and', 'of', 'for', '&'].includes(before.lower) && tokens[i - 1]?.cap && only(text.slice(before.end, words[0]!.start))) {
    words.splice(0, capitals);
  }
  if (!words.length) return portfolioRoleBefore(text, tokens[firstIndex]!.start) ?? envoyRoleBefore(text, tokens[firstIndex]!.start);
  // ("Le maire Jean-Pierre Vidal", "La alcaldesa Ana Ruiz": another language's article opening the sentence is no part of the role either.)
  // ("Former England captain Michael Vaughan", "Senior Tory MP …": a word that says which holder of the office stays.)
  // ("New Zealand captain Tom Latham": nor a place's first word.)
  const placeOpens = [2, 3].some((n) => words.length > n && !!placeEntry(textOf(text, words.slice(0, n))));
  if (words[0]!.sentenceStart && (COMMON_CAPITALISED.has(words[0]!.lower) || SENTENCE_ARTICLES.has(words[0]!.lower)) && !/^(?:former|acting|interim|senior|deputy|shadow)$/.test(words[0]!.lower) && !placeOpens) words.shift();
  return words.length ? textOf(text, words) : null;
}

function followedBySpeechVerb(text: string, tokens: Token[], lastIndex: number, firstIndex = lastIndex): boolean {
  // "head of Ysgol y Cwm in Merthyr Tydfil, wrote", "a scientist … in Washington, D.C., said": a name after a
  // preposition (and a place and its comma) and before a comma ends an appositive; the verb is the person's it
  // describes. ("The group that owns it, Big Machine, says" still speaks.)
  const [prev, prev2] = [tokens[firstIndex - 1], tokens[firstIndex - 2]];
  const afterPreposition = !!prev && (APPOSITIVE_PREPOSITIONS.has(prev.lower) || (!!prev2 && APPOSITIVE_PREPOSITIONS.has(prev2.lower) && prev.cap && /^,\s+$/.test(text.slice(prev.end, tokens[firstIndex]!.start))));
  if (afterPreposition && /^,/.test(text.slice(tokens[lastIndex]!.end, tokens[lastIndex]!.end + 1))) return false;
  // "Amira, nine, said", "Tom Baird, 34, said": an age between the name and the verb.
  const age = AGE_AFTER_NAME.exec(text.slice(tokens[lastIndex]!.end, tokens[lastIndex]!.end + 30));
  // (Stepping on from the name, not searching all the tokens again: this runs for every run of the text.)
  let from = lastIndex;
  if (age) while (from + 1 < tokens.length && tokens[from + 1]!.start < tokens[lastIndex]!.end + age[0].length) from++;
  for (let k = from + 1; k <= from + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    // ("“Fine,” said the Frenchman", "“… to Kelby,” said Roe": a closing quotation mark between them ends the quote, and the name is in it.)
    // ("his place at Whitlow is confirmed", "Roe was told": a passive, done to the name, not said by it; "was quoted as saying" still speaks.)
    const passive = k > from + 1 && /^(?:is|was|are|were|be|been|being)$/.test(tokens[k - 1]!.lower) && /(?:ed|told|given|shown)$/.test(t.lower) && t.lower !== 'quoted';
    if (readSpeechVerb(t.text, true)) return !passive && !noteAsNoun(tokens, k) && !/[”"]/.test(text.slice(tokens[lastIndex]!.end, t.start));
    // Only adverbs and auxiliaries stand between a speaker and the verb ("X later said", "X has
    // said"); "the Dunlow plant said" and "D-N.M., who wrote" are not the name speaking.
    if (t.cap || !BETWEEN_SPEAKER_AND_VERB.test(t.lower)) return false;
  }
  return false;
}

/** Whether `word` is a name the text uses with a suffix that makes an adjective or a follower of it ("Penfoldian", "Thatcherite", "Blairism", "Gaullist"). */
function madeFromName(text: string, word: string): boolean {
  const m = /^(\p{Lu}\p{Ll}{2,}?)(?:ian|ians|ite|ites|ism|ist|ists|esque)$/u.exec(word);
  if (!m) return false;
  const stem = escapeRegExp(m[1]!);
  return new RegExp(String.raw`(?<![\p{L}])${stem}(?![\p{L}])`, 'u').test(text);
}

const APPOSITIVE_PREPOSITIONS = new Set(['in', 'of', 'at', 'from', 'for', 'near', 'on', 'with']);

/** An age between commas right after a name: ", 34, ", ", nine, ", ", twenty-two, ". */
const AGE_AFTER_NAME = /^,\s+(?:\d{1,3}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?),\s+/;

/** "the two-year Treasury note fell": "note" is a thing here, not said; the verb leads into what is noted ("notes that", "noted the risk", "noted:"). */
function noteAsNoun(tokens: Token[], k: number): boolean {
  if (!/^notes?$/.test(tokens[k]!.lower)) return false;
  const after = tokens[k + 1];
  // (Punctuation after it, as in "notes, however,", leaves a gap of more than one space.)
  return !!after && after.start === tokens[k]!.end + 1 && !after.cap && !NOTED_LEADS.has(after.lower);
}
const NOTED_LEADS = new Set(['that', 'the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'how', 'what', 'why', 'with', 'in', 'on', 'to']);

function make(partial: Omit<Candidate, 'capitalOf' | 'canonical' | 'gender' | 'partial' | 'role'> & Partial<Candidate>): Candidate {
  return { role: null, gender: null, partial: false, canonical: null, capitalOf: null, ...partial };
}

export interface CandidateOptions {
  /** Ranges of the text to skip (page furniture, wire credits). */
  skip?: Range[];
}

/** Every candidate mention in `text`, in text order. */
export function findCandidates(text: string, options: CandidateOptions = {}): Candidate[] {
  const skip = options.skip ?? [];
  const all = tokenize(text);
  const tokens = all.filter((t) => !skip.some((r) => t.start >= r.start && t.end <= r.end));
  const nlpR = nlpRanges(text);
  const gz = getGazetteer();
  const out: Candidate[] = [];
  const lowerWords = new Set(tokens.filter((t) => !t.cap).map((t) => t.lower));
  const romance = isRomanceText(text);
  /** The names of the storms the text has named so far ("Brenna" after "Storm Brenna"). */
  const stormNames = new Set<string>();
  // The capitalised runs of the text, read once: the loop below and two word sets come from them.
  const runs = capitalisedRuns(text, tokens);
  // The initials of the names with an organisation word ("IFS" for the "Institute for Fiscal Studies"), read when first asked.
  let initialsOfOrgs: Set<string> | undefined;
  // The words the text capitalises inside a sentence, where only names are, read when first asked.
  let midSentenceCaps: Set<string> | undefined;
  const namedMidSentence = () => (midSentenceCaps ??= new Set(tokens.filter((t) => t.cap && !t.sentenceStart).map((t) => t.lower)));
  // ("The Reserve Bank of Australia" opening a sentence: "RBA", without the article.)
  const orgInitials = () => (initialsOfOrgs ??= new Set(runs.filter((r) => r.length >= 2 && r.some(isOrgWord)).map((r) => initials(textOf(text, r[0]!.lower === 'the' ? r.slice(1) : r)))));
  // "Brent crude", "Arabica coffee futures": a grade a market trades; alone later too ("expected Brent to average $68").
  const commodities = new Set([...text.matchAll(COMMODITY_AFTER)].map((m) => foldKey(m[1]!)));
  // Words used alone as names: a surname alone has no article or possessive right before it
  // ("Brenneke said", "the 14th-ranked Schwartzman said"; not "the Pro", "your Sword"), which products and things do.
  const aloneLater = new Set(
    runs
      // A sentence's first word that the text also writes in lower case ("Water company fined …") is a common word.
      .filter((r) => r.length === 1 && !COMMON_CAPITALISED.has(r[0]!.lower) && !(r[0]!.sentenceStart && lowerWords.has(r[0]!.lower)) && !THING_BEFORE.test(text.slice(Math.max(0, r[0]!.start - 16), r[0]!.start)))
      .map((r) => r[0]!.lower),
  );
  const lastSeenAt = new Map(tokens.map((t) => [t.lower, t.start]));
  // "Buyers said", "Residents said": a common plural opening a sentence is no name, unless the text
  // has it in a longer name ("Maxine Waters … Waters said", "Orbis Airways … Orbis said").
  const longerRuns = runs.filter((r) => r.length >= 2);
  const inLongerNames = new Set(longerRuns.flatMap((r) => r.map((t) => t.lower)));
  const endsLongerNames = new Set(longerRuns.map((r) => r[r.length - 1]!.lower));
  // "Jordan Whitlow, 18," in a text that never writes "in Jordan": a known place that opens a
  // person's name is that person's given name when it is used alone (see below).
  const placeGivenNames = new Set(longerRuns.filter((r) => r.length === 2 && gz.places.has(r[0]!.lower) && !gz.places.has(foldKey(textOf(text, r))) && !PLACE_WORDS.has(r[1]!.lower) && !isOrgWord(r[1]!) && !gz.places.has(r[1]!.lower) && !new RegExp(String.raw`\b(?:in|to|from|across|into|of|near)\s+${escapeRegExp(r[0]!.text)}\b`).test(text)).map((r) => r[0]!.lower));
  // (Of capitalised words only: "Londoners and Californians" is a list, not a name.)
  const endsLongerPlainNames = new Set(longerRuns.filter((r) => r.every((t) => t.cap)).map((r) => r[r.length - 1]!.lower));
  // (compromise's ranges take the punctuation after a word: "Akers," is the word "akers".)
  const pluralStarts = new Set(nlpR.commonPlurals.filter((r) => !inLongerNames.has(text.slice(r.start, r.end).toLowerCase().replace(/[^\p{L}]+$/u, ''))).map((r) => r.start));
  // "a water company", "energy suppliers": words the text names an industry by.
  const industryWords = new Set([...text.matchAll(/\b(\p{Ll}+)\s+(?:compan(?:y|ies)|firms?|suppliers?|providers?|utilit(?:y|ies))\b/gu)].map((m) => m[1]!).filter((w) => !NOT_INDUSTRY.has(w)));
  // What the text writes in brackets, read once: "(EPA)" after a name defines it. Not a dateline's
  // agency ("SAN JOSE, Calif. (AP) —"): that bracket credits the agency, it defines nothing.
  const bracketed = new Set([...text.matchAll(/\(([^()]*)\)/g)].filter((m) => !datelineBefore(text, m.index)).map((m) => m[1]!));
  const openerStarts = new Set(nlpR.openers.map((r) => r.start));
  // "Ascom is a global solutions provider": names the text says are a kind of business.
  const describedAsOrgs = new Set([...text.matchAll(IS_A_BUSINESS)].map((m) => foldKey(m[1]!)));
  const businessNext = new Set([...text.matchAll(ITS_BUSINESS_NEXT)].map((m) => foldKey(m[1]!)));
  const sportsReport = new Set([...text.matchAll(SPORTS_WORDS)].map((m) => m[1]!.toLowerCase().replace(/s$/, ''))).size >= 2;
  /**
   * "Sentencing Doyle", "Late Okoro": a sentence's opening -ing form or adjective before a name the
   * text writes elsewhere without it (Kieran Doyle, Daniel Okoro; never an organisation's words).
   */
  const openerBeforeName = (run: Token[]): boolean => {
    if (run.length < 2 || !run[0]!.sentenceStart || !openerStarts.has(run[0]!.start) || run.slice(1).some(isOrgWord)) return false;
    const rest = run.slice(1).map((t) => t.lower);
    return runs.some((r) => r[0]!.start !== run[0]!.start && r.length >= rest.length && r[r.length - rest.length - 1]?.lower !== run[0]!.lower && rest.every((w, k) => r[r.length - rest.length + k]!.lower === w));
  };
  /**
   * "National Farmers' Union", "Local Government Association" opening a sentence: a word the text also
   * writes in lower case opens the name of an organisation of three words or more, unless the rest is
   * a name known on its own ("Opposition Labour Party" is the Labour Party), or the run is a line of
   * its own (a subheading such as "Interior and Technology").
   */
  const openingOrgWord = (run: Token[]): boolean =>
    run.length >= 3 && isOrgWord(run[run.length - 1]!) && !gz.orgs.has(foldKey(textOf(text, run.slice(1)))) && !/^[ \t]*(?:\n|$)/.test(text.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 20));
  // Surnames the text uses after an honorific ("Mr Brenner"): a full name ending in one is a person.
  const honorificSurnames = new Set(tokens.filter((t, i) => i > 0 && t.cap && isHonorific(tokens[i - 1]!) && only(text.slice(tokens[i - 1]!.end, t.start))).map((t) => t.lower));
  /** Where each capitalised word is first written after another capitalised word ("Jim Lowther", "Mr Lowther"): where it is first a person's surname, if it is one. */
  const firstAfterCapital = new Map<string, number>();
  tokens.forEach((t, i) => i > 0 && t.cap && tokens[i - 1]!.cap && only(text.slice(tokens[i - 1]!.end, t.start)) && !firstAfterCapital.has(t.lower) && firstAfterCapital.set(t.lower, tokens[i - 1]!.start));
  // The surnames of full names compromise reads as people's ("Tom Haskell"): "a spokeswoman for Haskell" speaks for him.
  // (The last two words of a run: "Senate Majority Leader Tom Haskell".)
  // Whether the text is a transcript, where "BEDFORD:" opening a line is a speaker's label, not a dateline.
  const transcript = isTranscript(text);
  const fullNameSurnames = new Set(longerRuns.filter((r) => covered(nlpR.people, r[r.length - 2]!.start, r[r.length - 1]!.end)).map((r) => r[r.length - 1]!.lower));

  for (const fullRun of joinCommaListNames(text, tokens, joinPossessiveNames(text, tokens, runs, gz)).flatMap((r) => splitAtAnd(text, r, gz)).flatMap((r) => splitAtOfPlace(text, r, gz)).flatMap((r) => splitAtOfOrganisation(text, r, nlpR.people, gz)).flatMap((r) => splitPlaceBeforeName(text, r, gz, nlpR.people))) {
    let run = fullRun;
    // ("HOW TO USE A WATER BATH CANNER": a heading in capitals, with the little words of a sentence, names nothing.)
    if (fullRun.length >= 3 && fullRun.every((t) => t.text === t.text.toUpperCase()) && fullRun.some((t) => CAPITALS_HEADING_WORDS.has(t.lower))) continue;
    // "NEW HARLOW, March 3 —": a dateline in capitals keeps its first word, however common.
    const datelineRun = fullRun.every((t) => t.upper) && isDatelineAt(text, fullRun[0]!.start, fullRun[fullRun.length - 1]!.end, transcript) && isPlaceLikeCaps(textOf(text, fullRun));
    // "Lisbon-based Atlantic Fleet Owners Association", "Mukesh Ambani-led Reliance Industries": the prefix describes the name.
    const describing = run.findLastIndex((t, k) => k < run.length - 1 && DESCRIPTIVE_PREFIX.test(t.text));
    // ("Paris-based Mistral AI": what is based, listed, owned or backed somewhere is an organisation; not someone "German-born".)
    const describedAs = describing >= 0 && !/-born$/i.test(run[describing]!.text) ? run[describing]!.text : undefined;
    if (describing >= 0) run = run.slice(describing + 1);
    // "La CEOE criticó …", "Le Rassemblement national n'a pas …": in French, Spanish, Italian or
    // Portuguese copy an article opening a sentence is no name's particle.
    if (romance && run.length > 1 && run[0]!.sentenceStart && SENTENCE_ARTICLES.has(run[0]!.lower)) run = run.slice(1);
    // ("Según el Instituto Nacional de Estadística", "Selon la Banque de France": "according to" and its article are no part of the name.)
    if (romance && run.length > 1 && run[0]!.sentenceStart && ACCORDING_TO.has(run[0]!.lower)) run = run.slice(run[1] && SENTENCE_ARTICLES.has(run[1].lower) ? 2 : 1);
    // ("du groupe La France insoumise": an article before a known place in the middle of a sentence is no surname's particle.)
    if (romance && run.length === 2 && SENTENCE_ARTICLES.has(run[0]!.lower) && gz.places.has(foldKey(run[1]!.text))) run = run.slice(1);
    // ("a déclaré M. Lecornu": French copy's "M." for Monsieur is no initial; the surname alone is who is meant.)
    if (romance && run.length === 2 && run[0]!.text === 'M.') run = run.slice(1);
    // ("Hosting Cook at Dreamforce is our dream" beside "Tim Cook", "Questioning Vindman's judgment" beside "Alexander
    // Vindman": a verb's -ing form opening a sentence before a surname the text gives with another first name is no
    // name's first word; "Manning Marable" keeps his.)
    if (run.length === 2 && run[0]!.sentenceStart && /ing$/.test(run[0]!.lower) && longerRuns.some((r) => r[r.length - 1]!.lower === run[1]!.lower && r[0]!.lower !== run[0]!.lower) && nlp(run[0]!.text).has('#Gerund')) run = run.slice(1);
    // A sentence's first word is capitalised by grammar: drop it when it is a common word.
    // "New York Mayor Eric Adams" opening a sentence: "New" is part of a known place's name.
    const placeOpens = (r: Token[]) => [2, 3].some((k) => r.length >= k && gz.places.has(foldKey(textOf(text, r.slice(0, k)))));
    // ("No 10 denied it": numberTen's run keeps its "No".)
    while (!datelineRun && !(run.length === 2 && run[1]!.text === '10') && !portAuthorityName(text, run, gz) && !placeOpens(run) && !isNationalBody(text, run) && run.length && ((run[0]!.sentenceStart && ((SENTENCE_ARTICLES.has(run[0]!.lower) && run.length >= 3 && isOrgWord(run[1]!)) || (COMMON_CAPITALISED.has(run[0]!.lower) && !titleOpens(run)) || (LEADING_ADJECTIVES.has(run[0]!.lower) && run.length > 2) || (COMPANY_DESCRIPTOR.test(run[0]!.lower) && run.length > 1) || openerBeforeName(run) || (ROLE_NOUNS.has(run[0]!.lower) && !TITLE_WORDS.has(run[0]!.lower) && run.length > 1 && !(run.length > 2 && isTitle(run[1]!))) || (lowerWords.has(run[0]!.lower) && !isHonorific(run[0]!) && !isTitle(run[0]!) && !(NAME_PARTICLES.has(run[0]!.lower) && run.length > 1) && !(run.length > 2 && isTitle(run[1]!) && !isOrgWord(run[0]!)) && !openingOrgWord(run)))) || (run[0]!.lower === 'the' && !gz.places.has(foldKey(textOf(text, run)))) || (isPronounWord(run[0]!, text) || isContraction(run[0]!.lower) || FAMILY_WORDS.has(run[0]!.lower) || (run[0]!.sentenceStart && pluralStarts.has(run[0]!.start) && !ORG_APPOSITIVE.test(text.slice(run[0]!.end, run[0]!.end + 60)))) && run.length === 1)) run = run.slice(1);
    while (run.length && !run[0]!.cap) run = run.slice(1);
    // "Simon Feld KC", "Ann Roe MP", "Tom Reed OBE": letters after a name are no part of it.
    while (run.length > 2 && isPostNominal(run[run.length - 1]!.text)) run = run.slice(0, -1);
    // "Chancellor of the Exchequer Rachel Reeves", "Speaker of the House Mike Johnson": the word after a
    // title's "of the" ends the title, and the name compromise knows follows it.
    const titleOfThe = run.length >= 3 ? TITLE_OF_THE.exec(text.slice(Math.max(0, run[0]!.start - 40), run[0]!.start)) : null;
    let ofTheRole: string | null = null;
    if (titleOfThe && TITLE_WORDS.has(titleOfThe[1]!.toLowerCase()) && run.slice(1).every((t) => t.cap) && (covered(nlpR.people, run[1]!.start, run[run.length - 1]!.end) || isGivenName(run[1]!.text))) {
      ofTheRole = `${titleOfThe[1]} of the ${run[0]!.text}`;
      run = run.slice(1);
    }
    // "Shares of Northwind Systems Inc. jumped": what a market trades in a company opens no part of its name.
    // ("Members of West Northamptonshire Council voted", "Residents of Long Ashby objected": nor do the people it holds.)
    if (run.length > 2 && run[0]!.sentenceStart && (/^(?:shares|stocks?|bonds|units)$/.test(run[0]!.lower) || MEMBERS_OF.test(run[0]!.lower)) && run[1]!.lower === 'of' && !gz.orgs.has(foldKey(textOf(text, run)))) run = run.slice(2);
    // "co-founder and CEO of Northwind Labs": a role's title and its "of" are not part of the organisation's name.
    // ("CEO and Founder of Ceres Robotics Inc.", "Founder and CEO of …": two titles joined by "and", the same.)
    const titlesOf = run.findIndex((t, k) => k > 0 && k <= 3 && t.lower === 'of');
    if (titlesOf > 0 && run.length > titlesOf + 1 && run[titlesOf + 1]!.cap && run.slice(0, titlesOf).some((t) => ROLE_ACRONYMS.has(t.lower)) && run.slice(0, titlesOf).every((t) => ROLE_ACRONYMS.has(t.lower) || TITLE_WORDS.has(t.lower) || /^(?:co-)?founder$/.test(t.lower) || t.lower === 'and' || t.lower === '&')) run = run.slice(titlesOf + 1);
    // "European Facebook users": a demonym before a known organisation's name describes it.
    if (run.length >= 2 && (isDemonym(run[0]!.text) || placeDemonym(run[0]!.text, gz)) && gz.orgs.has(foldKey(textOf(text, run.slice(1)))) && !gz.orgs.has(foldKey(textOf(text, run)))) run = run.slice(1);
    if (!run.length) continue;
    // "said Rusmik Oza, Head of Fundamental Research at Kotak Securities": a capitalised job title in an
    // appositive is the person's role, not an organisation (the employer after "at" or "for" is found apart).
    // ("Chief Medical Officer of Halvard Biosciences": after "of", an organisation's name is the employer's, and stays.)
    const ofAt = run.findIndex((t) => t.lower === 'of');
    const titleWord = (t: Token, k: number) => (ROLE_NOUNS.has(t.lower) || (k < ofAt - 1 && (ROLE_FUNCTION_WORDS.has(t.lower) || ROLE_PREFIX.test(t.lower)))) && !ORG_WORDS.has(t.lower);
    if (ofAt > 0 && run.slice(0, ofAt).every(titleWord) && /,\s*$/.test(text.slice(Math.max(0, run[0]!.start - 3), run[0]!.start))) {
      // An officer's title takes the organisation ("Officer of Halvard Biosciences"); a head's, a department ("Head of Platform Solutions").
      const employer = run.slice(ofAt + 1);
      if (!EMPLOYER_TITLE_ENDS.has(run[ofAt - 1]!.lower) || (!employer.some(isOrgWord) && !gz.orgs.has(foldKey(textOf(text, employer))))) continue;
      run = employer;
    }
    // "the São Paulo-based group", "a London-based consultancy": the place is read by basedPlaces; the run names nothing.
    if (BASED.test(run[run.length - 1]!.text)) continue;
    const idx = tokens.indexOf(run[0]!);
    const lastIdx = tokens.indexOf(run[run.length - 1]!);
    const runText = textOf(text, run);
    const runStart = run[0]!.start;
    const runEnd = run[run.length - 1]!.end;
    const key = foldKey(runText.replace(/^the\s+/i, ''));
    const before = text.slice(Math.max(0, runStart - 40), runStart);
    // "led by Dutch chipmaking equipment maker ASML", "retail giant Walmart": a kind of company in lower case right before the name.
    const kindBefore = COMPANY_KIND_BEFORE.exec(before)?.[1];
    // "compared the DNA", "GDP grew": initialisms of things name no actor (but "state broadcaster CCTV" is the broadcaster).
    if (run.length === 1 && run[0]!.upper && THING_INITIALISMS.has(run[0]!.lower) && !kindBefore) continue;
    // "The FTSE 250 company", "the S&P 500": a share index.
    if (STOCK_INDICES.has(key) || (NUMBERED_STOCK_INDICES.has(key) && /^\s*(?:\d{2,4}\b|index\b|[Ii]ndustrial\s+[Aa]verage\b)/.test(text.slice(runEnd, runEnd + 24)))) continue;

    // "a White House event", "returned to the White House" name a building; "The White House said",
    // "a White House spokesman" the office in it, which speaks (a known organisation then).
    // ("a statement from Downing Street", "a spokesman for the White House", "officials at the White House": the office too.)
    const officeSpeaks = () => gz.orgs.has(key) && (followedBySpeechVerb(text, tokens, lastIdx, idx) || SPOKESPERSON.has(tokens[lastIdx + 1]?.lower ?? '') || OFFICE_VOICE_BEFORE.test(before));
    // "wrote on LinkedIn", "in a post on Facebook": the platform a post is on, not an actor there.
    if (run.length <= 2 && PLATFORM_BEFORE.test(before)) continue;
    if ((NOT_ACTORS.has(key) && !officeSpeaks()) || commodities.has(key) || (run.length > 1 && EVENT_WORDS.has(run[run.length - 1]!.lower))) continue;
    // "Scott Wiener, D-San Francisco, who …", "Tom Roe (R-Texas)": a lawmaker's party and district, no one's name.
    if (/^[DRI]-\p{Lu}/u.test(run[0]!.text) && /(?:,|\()\s*$/.test(before)) continue;
    // "Storm Brenna", "Hurricane Melissa", "Tropical Storm Erin": a named storm is weather, not a person (nor is its name alone later).
    // (A sentence's first word may have been left off the run: "Storm" is a word of the text too.)
    if ((run.length > 1 && STORM_WORDS.has(run[0]!.lower)) || STORM_BEFORE.test(before)) {
      stormNames.add(run[run.length - 1]!.lower);
      continue;
    }
    if (run.length === 1 && stormNames.has(run[0]!.lower)) continue;
    // "Amber wind warning until 21:00", "a Red alert": a weather warning's colour names no one.
    if (run.length === 1 && (COLOUR_WORDS.has(run[0]!.lower) || run[0]!.lower === 'amber') && WARNING_AFTER.test(text.slice(runEnd, runEnd + 40))) continue;
    // "LISBON (Tidewater Wire) —": the agency credited in a dateline is the page's credit, not an actor.
    if (text[runStart - 1] === '(' && datelineBefore(text, runStart - 1) && /^\)\s*[–—-]/.test(text.slice(runEnd, runEnd + 4))) continue;
    // Known organisations and places by gazetteer.
    // An acronym the text defines in brackets ("Essard Port Authority (EPA)") is that name's, not a known body's.
    const definedHere = run.length === 1 && run[0]!.upper && bracketed.has(runText);
    // "Greenpeace Switzerland", "Oxfam America": a known organisation's branch in a country is an organisation of its own.
    const branchAt = run.findIndex((_, k) => k > 0 && gz.orgs.has(foldKey(textOf(text, run.slice(0, k)))) && gz.places.has(foldKey(textOf(text, run.slice(k)))));
    if (branchAt > 0) {
      const parent = gz.orgs.get(foldKey(textOf(text, run.slice(0, branchAt))))!;
      out.push(make({ kind: 'organisation', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, role: parent.role, evidence: [`a branch of ${parent.canonical} in ${textOf(text, run.slice(branchAt))}`], confidence: 0.8 }));
      continue;
    }
    // "Water UK", "Sport England", "Food Standards Scotland": nouns before a nation's name make a national body's name.
    if (isNationalBody(text, run) && !gz.places.has(key) && !gz.orgs.has(key)) {
      out.push(make({ kind: 'organisation', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [`nouns before “${run[run.length - 1]!.text}”: a national body`], confidence: 0.65 }));
      continue;
    }
    // "Syrian Arab Red Crescent", "British Red Cross": a known organisation of two words or more after a country's name or adjective is its national society.
    const societyAt = run.length <= 5 ? run.findIndex((_, k) => k > 0 && run.length - k >= 2 && gz.orgs.has(foldKey(textOf(text, run.slice(k))))) : -1;
    if (societyAt > 0 && run.slice(0, societyAt).every((t) => t.cap && !isTitle(t) && !isHonorific(t) && !CALENDAR.has(t.lower))) {
      const parent = gz.orgs.get(foldKey(textOf(text, run.slice(societyAt))))!;
      out.push(make({ kind: 'organisation', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, role: parent.role, evidence: [`the ${parent.canonical}, with “${textOf(text, run.slice(0, societyAt))}” before it`], confidence: 0.8 }));
      continue;
    }
    // "the Brazilian Amazon", "Amazon rainforest": where the text speaks of the forest, "Amazon" is the place, not the company.
    if (key === 'amazon' && AMAZON_FOREST.test(text)) {
      out.push(make({ kind: 'place', name: 'Amazon', start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: ['the rainforest: the text speaks of the forest'], confidence: 0.75 }));
      continue;
    }
    const org = definedHere ? undefined : gz.orgs.get(key);
    if (org) {
      const trailerRole = orgTrailerRole(text, runStart, runEnd);
      out.push(make({ kind: 'organisation', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: run[0]!.upper && runText.length > 5 ? org.canonical : runText, canonical: org.canonical, role: trailerRole ?? org.role, evidence: [`“${runText}” is a known ${org.role}`], confidence: 0.9 }));
      continue;
    }
    // "McDonald’s said", "Moody’s cut its rating": a brand whose name is in the possessive (the run
    // stops before "’s"), not a person called McDonald.
    const brand = definedHere ? undefined : /^['’]s(?![\p{L}\p{N}])/u.exec(text.slice(runEnd, runEnd + 3))?.[0];
    const brandOrg = brand ? gz.orgs.get(`${key}'s`) : undefined;
    if (brand && brandOrg) {
      const name = runText + brand;
      out.push(make({ kind: 'organisation', name, start: runStart, end: runEnd + brand.length, spanStart: runStart, spanEnd: runEnd + brand.length, surface: name, canonical: brandOrg.canonical, role: orgTrailerRole(text, runStart, runEnd + brand.length) ?? brandOrg.role, evidence: [`“${name}” is a known ${brandOrg.role}`], confidence: 0.9 }));
      continue;
    }
    // "Sky Sports", "ITV News", "BBC Sport": a broadcaster named by what it broadcasts (not "Fake News", "Breaking News").
    // ("Apple TV" is a company's product: left to the rules below.)
    if (run.length >= 2 && run.length <= 3 && BROADCAST_END.test(run[run.length - 1]!.text) && run.every((t) => t.cap && !isHonorific(t) && !isTitle(t)) && !nlp(run[0]!.text).has('(#Adjective|#Gerund)') && gz.orgs.get(foldKey(run[0]!.text))?.role !== 'company') {
      const news = /^(?:News|Sports?)$/.test(run[run.length - 1]!.text);
      out.push(make({ kind: 'organisation', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, role: news ? 'news organisation' : 'broadcaster', evidence: [`a broadcaster: “${run[run.length - 1]!.text}” ends its name`], confidence: 0.7 }));
      continue;
    }
    const place = gz.places.get(key);
    // ("“I didn't want to jinx it,” Jordan said", "Jordan's history teacher" beside "Jordan Whitlow, 18": the person, not the country.)
    const givenNameAlone = run.length === 1 && placeGivenNames.has(run[0]!.lower) && (followedBySpeechVerb(text, tokens, lastIdx, idx) || /^['’]s\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+/u.test(text.slice(runEnd, runEnd + 40)));
    if (givenNameAlone) {
      out.push(make({ kind: 'person', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, partial: true, evidence: [`the given name of a person named in full (“${runText} …”)`], confidence: 0.5 }));
      continue;
    }
    if (place && !run.some(isHonorific)) {
      const dateline = run[0]!.upper && /^\s*[–—-]/.test(text.slice(runEnd, runEnd + 3));
      out.push(make({ kind: 'place', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: run[0]!.upper ? place.canonical : runText, canonical: place.capitalOf ? place.canonical : place.canonical, capitalOf: place.capitalOf, evidence: [dateline ? `dateline “${runText}”` : place.capitalOf ? `capital of ${place.capitalOf}` : `“${runText}” is a known place`], confidence: 0.9 }));
      continue;
    }
    // Hyphenated pairs of places ("US-China talks").
    if (run.length === 1 && run[0]!.text.includes('-')) {
      const parts = run[0]!.text.split('-');
      if (parts.length > 1 && parts.every((p) => gz.places.has(foldKey(p)))) {
        let at = runStart;
        for (const p of parts) {
          const entry = gz.places.get(foldKey(p))!;
          out.push(make({ kind: 'place', name: p, start: at, end: at + p.length, spanStart: at, spanEnd: at + p.length, surface: p, canonical: entry.canonical, capitalOf: entry.capitalOf, evidence: [`“${p}” is a known place`], confidence: 0.7 }));
          at += p.length + 1;
        }
        continue;
      }
    }
    // ("the Scottish government", "Welsh police": a nation that is no country here names its own institutions; the rule for those comes below.)
    const nationInstitution = run.length === 1 && REGION_DEMONYM_KEYS.has(foldKey(run[0]!.text)) && LOWER_INSTITUTION.test(text.slice(runEnd, runEnd + 60));
    // ("Margit Hollander … Hollander said": a word shaped as one, "Holland" + "er", that ends a
    // longer name in the text is that name's surname.)
    // ("Finn Russell … “Great,” Finn said": a demonym that is also a given name, when it opens a longer
    // name in the text, is that person, but not after an article: "Jonas Virtanen, a Finn,".)
    const opensName = (word: string) => ORIGIN_GIVEN_NAMES.has(word) && new RegExp(String.raw`(?:^|[^\p{L}])${word}\s+\p{Lu}\p{Ll}`, 'u').test(text);
    if (run.length === 1 && !nationInstitution && ((isDemonym(run[0]!.text) && (!opensName(run[0]!.text) || /\b(?:an?|the)\s+$/i.test(before))) || (placeDemonym(run[0]!.text, gz) && !endsLongerPlainNames.has(run[0]!.lower)))) continue;
    // ("the South African said", "a New Zealander": a demonym of two words.)
    if (run.length === 2 && isDemonym(textOf(text, run))) continue;

    // Honorific + name: "Mr Bessent", "Dr. Ana Ruiz".
    let honIdx = run.findIndex((t, k) => isHonorific(t) && k < run.length - 1 && (run[k + 1]!.cap || NAME_PARTICLES.has(run[k + 1]!.lower)));
    // "Brig. Gen. Tom Roe", "Lt. Col. Ana Ruiz": stacked ranks; the name follows the last.
    while (honIdx >= 0 && honIdx < run.length - 2 && (isHonorific(run[honIdx + 1]!) || isTitle(run[honIdx + 1]!))) honIdx++;
    if (honIdx >= 0) {
      const hon = run[honIdx]!;
      const nameTokens = run.slice(honIdx + 1).filter((t, k, arr) => !(k === arr.length - 1 && !t.cap));
      // ("the Lord Lieutenant of Greater Manchester": after the ranks, an office's "of", no name.)
      if (nameTokens.length && (nameTokens[0]!.cap || NAME_PARTICLES.has(nameTokens[0]!.lower)) && !nameTokens.some((t) => ORG_WORDS.has(t.lower))) {
        const name = textOf(text, nameTokens);
        const roleTokens = run.slice(0, honIdx);
        out.push(
          make({
            kind: 'person',
            name,
            start: nameTokens[0]!.start,
            end: nameTokens[nameTokens.length - 1]!.end,
            spanStart: roleTokens.length ? runStart : hon.start,
            spanEnd: runEnd,
            surface: nameTokens.length === 1 || isParticleSurname(nameTokens) ? `${hon.text} ${name}` : name,
            gender: HONORIFICS.get(honorificKey(hon)) ?? null,
            partial: nameTokens.length === 1 || isParticleSurname(nameTokens),
            role: honorificRole(text, run, honIdx, runEnd) ?? precedingRole(text, tokens, tokens.indexOf(run[0]!)),
            evidence: [`honorific “${hon.text}”`],
            confidence: 0.9,
          }),
        );
        continue;
      }
    }

    // Title + name: "US Treasury Secretary Scott Bessent", "President Trump", "Vice-Premier He Lifeng".
    let titleIdx = -1;
    for (let k = run.length - 2; k >= 0; k--) {
      if (isTitle(run[k]!) && run[k]!.cap && !isTitle(run[k + 1]!)) {
        titleIdx = k;
        break;
      }
    }
    // "Secretary of State Marco Rubio", "Secretary for Health Lo Chung-mau": the title's "of" or "for" and its
    // one word, then a name (a given name compromise knows, or a Cantonese given name with its hyphen).
    if (titleIdx >= 0 && (run[titleIdx + 1]?.lower === 'of' || run[titleIdx + 1]?.lower === 'for') && run[titleIdx + 2]?.cap && [2, 3].includes(run.length - titleIdx - 3) && run.slice(titleIdx + 3).every((t) => t.cap)) {
      const name = run.slice(titleIdx + 3);
      if (isGivenName(name[0]!.text) || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(name[name.length - 1]!.text)) titleIdx += 2;
    }
    if (titleIdx >= 0) {
      const nameTokens = run.slice(titleIdx + 1);
      // ("Premier" is a title, but "Northern Premier Division" names a competition's division: no person "Division".)
      const nameIsOrg = nameTokens.some((t) => ORG_WORDS.has(t.lower) || EVENT_WORDS.has(t.lower) || t.lower === 'division') || gz.places.has(foldKey(textOf(text, nameTokens))) || gz.orgs.has(foldKey(textOf(text, nameTokens)));
      // ("National Association of Head Teachers": a title word inside an organisation's "… of …" is no title.)
      const insideOrg = titleIdx > 1 && run[titleIdx - 1]!.lower === 'of' && run.slice(0, titleIdx - 1).some(isOrgWord);
      // ("as its first Chief Strategy Officer": a name never ends with an office word; the words are one office.)
      const office = nameTokens.length > 1 && (isTitle(nameTokens[nameTokens.length - 1]!) || ROLE_NOUNS.has(nameTokens[nameTokens.length - 1]!.lower));
      if (!nameIsOrg && !insideOrg && !office && nameTokens.filter((t) => t.cap).length <= 4 && !nameTokens.some((t) => t.lower === 'of' || t.lower === 'the' || t.lower === 'for')) {
        // ("Ask Councillor Bev Sutcliffe what she thinks": a verb opening the sentence is no part of the title.)
        const roleTokens = run.slice(run[0]!.sentenceStart && titleIdx > 0 && IMPERATIVE_OPENERS.has(run[0]!.lower) ? 1 : 0, titleIdx + 1);
        const role = textOf(text, roleTokens);
        const name = textOf(text, nameTokens);
        const single = nameTokens.length === 1;
        out.push(
          make({
            kind: 'person',
            name,
            start: nameTokens[0]!.start,
            end: runEnd,
            spanStart: runStart,
            spanEnd: runEnd,
            surface: single && roleTokens.length === 1 ? `${role} ${name}` : name,
            partial: single,
            // ("Prince Faisal bin Farhan, the Saudi foreign minister,": a courtesy title gives way to the office after the name.)
            // ("Its president, Captain Felipe Aranguren,": a rank gives way to the office in an appositive before it.)
            role: isHonorificLike(roleTokens) ? appositiveRole(text, runEnd) : roleTokens.length === 1 && COURTESY_TITLES.has(roleTokens[0]!.lower) ? (appositiveRole(text, runEnd) ?? role) : roleTokens.length === 1 && RANK_TITLES.has(roleTokens[0]!.lower) ? (roleBeforeAppositive(text, runStart, runEnd) ?? role) : role,
            evidence: [`title “${role}” before the name`],
            confidence: 0.85,
          }),
        );
        // "Bank of Halden Governor Ana Ruiz": the institution in the title is an organisation too.
        const orgTokens = roleTokens.slice(0, -1);
        // "Moroccan Fisheries Secretary", "Energy Secretary": a short portfolio before a title is part of the title.
        const portfolio = orgTokens.length <= 2 && PORTFOLIO_WORDS.has(orgTokens[orgTokens.length - 1]?.lower ?? '');
        if (!portfolio && orgTokens.length && ORG_WORDS.has(orgTokens[orgTokens.length - 1]!.lower) || (orgTokens.some((t) => t.lower === 'of') && ORG_WORDS.has(orgTokens[0]?.lower ?? ''))) {
          const orgName = textOf(text, orgTokens);
          out.push(make({ kind: 'organisation', name: orgName, start: orgTokens[0]!.start, end: orgTokens[orgTokens.length - 1]!.end, spanStart: orgTokens[0]!.start, spanEnd: orgTokens[orgTokens.length - 1]!.end, surface: orgName, evidence: [`named in the title “${role}”`], confidence: 0.7 }));
        }
        continue;
      }
    }

    // "Van der Berg said": a surname with its particles, used alone; resolved to the full name later
    // ("the city of El Fasher", "in La Rochelle" are places: see placeOf and cue below).
    if (isParticleSurname(run) && !PLACE_OF_BEFORE.test(before) && !/\b(?:in|at|near|outside)\s+$/i.test(before) && !motionCue(before)) {
      out.push(make({ kind: 'person', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, partial: true, evidence: ['a surname with name particles'], confidence: 0.5 }));
      continue;
    }
    const nlpPerson = covered(nlpR.people, runStart, runEnd);
    const nlpOrg = covered(nlpR.orgs, runStart, runEnd);
    const nlpPlace = covered(nlpR.places, runStart, runEnd);

    // "a mission called Europa Clipper", "an app named Signal": the name of a thing the words before say is a thing.
    if (NAMED_THING_BEFORE.test(before) && run.length <= 4 && !run.some(isHonorific)) continue;
    // "Tralee, Co Kerry", "farmers in Co. Cork": Irish copy's "Co" before a county's name is "County", not a company.
    if (run.length === 2 && /^Co\.?$/.test(run[0]!.text) && /^\p{Lu}\p{Ll}+$/u.test(run[1]!.text)) {
      out.push(make({ kind: 'place', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, canonical: `County ${run[1]!.text}`, evidence: [`“${runText}”: a county, as Irish copy abbreviates it`], confidence: 0.7 }));
      continue;
    }
    // "Tom Hale, KC, said", "Ann Roe, PhD, a chemist": letters after a name and its comma are no name of their own.
    if (run.length === 1 && isPostNominal(run[0]!.text.replace(/\.(?=.)/g, '')) && /,\s*$/.test(before) && /^\s*,/.test(text.slice(runEnd, runEnd + 3))) continue;
    // "Harwell Biotics, Inc. (Nasdaq: HRWL)", "Korvane Labs, LLC": a legal form after a comma, as US filings and press releases write it.
    // (Not "Smith, Co. Kerry": an Irish county, a name after the abbreviation.)
    const legalAfter = /^,\s+([\p{Lu}][\p{L}.]{1,5})(?![\p{L}])(?!\s+\p{Lu})/u.exec(text.slice(runEnd, runEnd + 14));
    if (legalAfter && isLegalForm(legalAfter[1]!) && !nlpPerson && run.length <= 5 && run.every((t) => t.cap || NAME_PARTICLES.has(t.lower) || t.text === '&') && !run.some(isHonorific)) {
      out.push(make({ kind: 'organisation', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [`a legal form after it: “${runText}, ${legalAfter[1]}”`], confidence: 0.8 }));
      continue;
    }
    // "Mothers Against Drunk Driving", "Wrexham Against Cuts", "Campaign Against Arms Trade": who campaigns
    // (people in the plural, a place, an organisation word) "Against" what, is a campaign's name ("The Case Against …" is a book's).
    const campaigners = (t: Token) => /\p{Ll}s$/u.test(t.text) || /^(?:(?:wo)?men|people|children|campaign|action)$/.test(t.lower) || isOrgWord(t) || gz.places.has(foldKey(t.text)) || covered(nlpR.places, t.start, t.end) || out.some((c) => c.kind === 'place' && c.name === t.text);
    const campaign = run[0]!.lower === 'the' ? run.slice(1) : run;
    if (campaign.length >= 3 && campaign[1]!.lower === 'against' && campaigners(campaign[0]!) && campaign.every((t) => t.cap)) {
      const name = textOf(text, campaign);
      out.push(make({ kind: 'organisation', name, start: campaign[0]!.start, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: name, evidence: [`a campaign's name (“… Against …”)`], confidence: 0.7 }));
      continue;
    }
    // "the Gulf of Finland", "the Isle of Arran", "Cape of Good Hope": a sea, an island or a cape named by the place after "of".
    if (run.length >= 3 && OF_PLACE_HEADS.has(run[0]!.lower) && run[1]!.lower === 'of' && run.slice(2).every((t) => t.cap || NAME_PARTICLES.has(t.lower))) {
      out.push(make({ kind: 'place', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [`place word “${run[0]!.text}” before “of”`], confidence: 0.6 }));
      continue;
    }
    // Streets, squares and bridges are places, whatever else their words say ("Front Street").
    // ("environmental group Blue Fjord" is the group's name.)
    // A person whose surname is a place word ("Library director Yvonne Park said") is known by a
    // given name that speaks or holds a role.
    // (compromise, reading the whole sentence, tags "Yvonne Park" a place: the first word is looked up alone.)
    const namedPerson = () => isGivenName(run[0]!.text) && (followedBySpeechVerb(text, tokens, lastIdx, idx) || precedingRole(text, tokens, idx) !== null || appositiveRole(text, runEnd) !== null);
    if (run.length >= 2 && PLACE_WORDS.has(run[run.length - 1]!.lower) && nameLikeRun(run) && !ORG_NOUN_BEFORE.test(before) && !ORG_NOUN_OPENING.test(before) && !namedPerson()) {
      out.push(make({ kind: 'place', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [`place word “${run[run.length - 1]!.text}”`], confidence: 0.6 }));
      continue;
    }
    // "in the Mission District", "across the Latin Quarter": a part of a town (not "the Western District of …", a court's).
    if (run.length === 2 && /^(?:district|quarter)$/.test(run[1]!.lower) && nameLikeRun(run) && /\b(?:in|of|across|through|around|near)\s+the\s+$/.test(before) && !/^\s+of\b/.test(text.slice(runEnd, runEnd + 5))) {
      out.push(make({ kind: 'place', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [`a part of a town: “the ${runText}”`], confidence: 0.55 }));
      continue;
    }
    // "Queen's Park", "St James's Square": a place word after a name in the possessive is one place.
    // (Not "Dawson's Creek", a television series: only words of a town's streets and parks.)
    const possessor = run.length === 1 && POSSESSIVE_PLACE_WORDS.has(run[0]!.lower) ? /(?:^|[^\p{L}])((?:St\.?[ \t]+)?(?:\p{Lu}[\p{L}-]*[ \t]+){0,2}\p{Lu}[\p{L}-]*['’]s)[ \t]+$/u.exec(before) : null;
    if (possessor) {
      const start = runStart - (before.length - before.lastIndexOf(possessor[1]!));
      const name = text.slice(start, runEnd);
      // ("Robin Hood's Bay": the possessor read before as a person is no one, only the place's first words.)
      for (let k = out.length - 1; k >= 0 && out[k]!.start >= start; k--) if (out[k]!.end <= runEnd && out[k]!.kind === 'person') out.splice(k, 1);
      out.push(make({ kind: 'place', name, start, end: runEnd, spanStart: start, spanEnd: runEnd, surface: name, evidence: [`place word “${runText}”`], confidence: 0.55 }));
      continue;
    }
    // "the South West", "the Middle East", "the Far North": a region named by the compass.
    if (run.length === 2 && COMPASS.test(run[1]!.lower) && (COMPASS.test(run[0]!.lower) || /^(?:middle|far|near|deep|upper|lower)$/.test(run[0]!.lower))) {
      out.push(make({ kind: 'place', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: ['a region named by the compass'], confidence: 0.6 }));
      continue;
    }
    // "North Darfur", "Western Cape": a compass word before one name is a region of it.
    // ("North American", "South Dakotans", "Dakota-sized": what people or things of a region are; "the Central Division" of a league.)
    const region = run[1];
    // (In a sports report "West Ham" and "North Carolina" are the club or the team.)
    if (run.length === 2 && region && COMPASS_FIRST.test(run[0]!.lower) && nameLikeRun(run) && !run.some(isOrgWord) && !run.some(isHonorific) && !run.some(isTitle) && !isDemonym(region.text) && !placeDemonym(region.text, gz) && !/(?:ans|-\p{Ll}+)$/u.test(region.text) && region.lower !== 'division' && !PERIODICAL_ENDS.has(region.lower)) {
      const team = sportsReport && !gz.places.has(key);
      out.push(make({ kind: team ? 'organisation' : 'place', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [team ? 'a team in a sports report' : `a region named by the compass (“${run[0]!.text}”)`], confidence: 0.6 }));
      continue;
    }
    // "the River Severn", "Lake Geneva", "Mount Kenya": a place word first names a place too (not
    // "Mount Sinai Hospital"). A leading "The" is gone by now: only known places keep it.
    // "Port Sudan", "Port Moresby" too, but not "the Port of Tyne" (its authority) or a club in a sports report ("Port Vale").
    const portTown = run.length >= 2 && run[0]!.lower === 'port' && run[1]!.cap && !sportsReport;
    if (run.length >= 2 && (PLACE_FIRST_WORDS.has(run[0]!.lower) || portTown) && nameLikeRun(run) && !run.some(isOrgWord)) {
      out.push(make({ kind: 'place', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [`place word “${run[0]!.text}”`], confidence: 0.6 }));
      continue;
    }
    // "MILLBROOK, New Calder —": the region after a dateline's city is a place too.
    if (run.length <= 3 && DATELINE_REGION_BEFORE.test(text.slice(text.lastIndexOf('\n', runStart - 1) + 1, runStart)) && /^\s*(?:[–—-]|\(|,\s*[\p{L}]{3,5}\.?\s\d)/u.test(text.slice(runEnd, runEnd + 12))) {
      out.push(make({ kind: 'place', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [`in the dateline after “${text.slice(text.lastIndexOf('\n', runStart - 1) + 1, runStart).replace(/,\s*$/, '')}”`], confidence: 0.65 }));
      continue;
    }
    // A dateline opening a paragraph ("RIVERTON, Ohio –", "FERNHILL –"): the place the story was filed from.
    // An organisation's initials are its name, not a dateline ("IFS: plans leave little room" beside the "Institute for Fiscal Studies").
    if (run.length === 1 && run[0]!.upper && orgInitials().has(runText)) {
      out.push(make({ kind: 'organisation', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: ['the initials of an organisation the text names'], confidence: 0.6 }));
      continue;
    }
    // "BRYAN BEDFORD: About 3,000, senator.", "BEDFORD: I agree.": in a transcript, the label in capitals before a colon is who speaks.
    if (run.every((t) => t.upper) && run.length <= 4 && text[runEnd] === ':' && opensLine(text, runStart) && transcript && !run.some(isTitle) && !gz.places.has(key) && !gz.orgs.has(key)) {
      // (Proposed in title case, as every person's name written in capitals is: buildActors.)
      out.push(make({ kind: 'person', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, partial: run.length === 1, evidence: [`a speaker's label in a transcript (“${runText}:”)`], confidence: 0.7 }));
      continue;
    }
    if (run.every((t) => t.upper) && isDatelineAt(text, runStart, runEnd, transcript) && isPlaceLikeCaps(runText)) {
      const name = runText.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
      out.push(make({ kind: 'place', name, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: name, evidence: [`dateline “${runText}”`], confidence: 0.7 }));
      continue;
    }
    // "the App Store Accountability Act", "the First Amendment": a law is no actor.
    if (run.length >= 2 && LAW_WORDS.has(run[run.length - 1]!.lower) && nameLikeRun(run)) continue;
    // "ChatGPT Atlas", "iOS": a word with a lower-case letter before capitals is a product's, never a person's name ("McDonald" has one capital).
    if (run.some((t) => /\p{Ll}\p{Lu}{2}/u.test(t.text)) && !gz.orgs.has(key)) continue;
    // "told MPs", "NGOs", "GPs": the plural of an initialism is a kind of people or things, never a name.
    if (run.length === 1 && /^\p{Lu}{2,5}s$/u.test(run[0]!.text)) continue;
    // One letter is an initial or a platform ("on X"), never a name on its own.
    if (run.length === 1 && run[0]!.text.replace(/\.$/, '').length < 2) continue;
    // "the New York Democrat", "a Texas Republican": a party's member from a place, not a name.
    if (run.length <= 3 && PARTY_MEMBERS.has(run[run.length - 1]!.text) && /\b(?:the|a|an)\s+$/i.test(before)) continue;
    // "Sen. Mike Crapo, R-Idaho,": a party and a state after a lawmaker's name, not a name.
    if (run.length === 1 && /^[DRI]-\p{Lu}/u.test(run[0]!.text)) continue;
    const personCue = covered(nlpR.people, runStart, runEnd) && !run.some((t) => ORG_WORDS.has(t.lower));
    // "Wexley council", "the Brenmoor municipal archive": a place name and an institution in lower case.
    const institution = LOWER_INSTITUTION.exec(text.slice(runEnd, runEnd + 60));
    // ("The Nasdaq-listed company" describes a company named elsewhere: DESCRIPTIVE_PREFIX. "Marsh:
    // Restoring trust.": an -ing word opening an answer after a colon is a verb, not a place.)
    const answerOpens = run.length === 1 && /ing$/.test(run[0]!.lower) && /:[ \t]*$/.test(before);
    // ("Hospital trust apologises …": a sentence's first word that is itself an institution's word or a
    // word of the text in lower case is no place.)
    const commonOpener = run.length === 1 && run[0]!.sentenceStart && (isOrgWord(run[0]!) || lowerWords.has(run[0]!.lower));
    if (institution && run.length <= 2 && !answerOpens && !commonOpener && !run.some(isHonorific) && !run.some(isTitle) && !/^['’]s/.test(text.slice(runEnd)) && !DESCRIPTIVE_PREFIX.test(run[run.length - 1]!.text)) {
      const end = runEnd + institution[0].length;
      const name = text.slice(runStart, end);
      out.push(make({ kind: 'organisation', name, start: runStart, end, spanStart: runStart, spanEnd: end, surface: name, evidence: [`“${institution[0].trim()}” after a place name`], confidence: 0.6 }));
      // "the Brenmoor municipal archive", "Wexley county council": a word of local government says the name is a place's.
      if (/^\s+(?:municipal|city|county|town|district|borough|parish|village)\s/.test(institution[0]) && !nlpPerson) {
        out.push(make({ kind: 'place', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [`“${institution[0].trim()}” of its own`], confidence: 0.55 }));
      }
      continue;
    }
    // "Harrowgate House, a 1960s tower block," / "Thornby, a hamlet of forty homes": an appositive says it is a place.
    const placeNoun = APPOSITIVE_PLACE.exec(text.slice(runEnd, runEnd + 80));
    if (placeNoun && run.length <= 3 && !personCue && !run.some(isHonorific)) {
      out.push(make({ kind: 'place', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [`described as a ${placeNoun[1]}`], confidence: 0.6 }));
      continue;
    }
    // "the firm Halvemaan Ingenieurs", "Quillon, a health technology company", "Korvik Grain Terminal (KGT)",
    // "Nordkai Logistik's managing director": an organisation by the words around it.
    // "Tom Varga, a crane operator": a noun that is a job as well as a kind of company leaves a name
    // that reads as a person's to be a person.
    const appositive = ORG_APPOSITIVE_AFTER.exec(text.slice(runEnd, runEnd + 80));
    // "a factory near Phoenix, the company announced": "the company" and a verb open a clause of their own.
    const nextWord = appositive ? /^\s+(\p{Ll}+)/u.exec(text.slice(runEnd + appositive[0].length, runEnd + appositive[0].length + 24))?.[1] : undefined;
    const reportingClause = !!appositive && /^,\s+the\s/i.test(appositive[0]) && !!nextWord && (!!readSpeechVerb(nextWord, true) || /^(?:has|had|is|was|will|would|could|did)$/.test(nextWord));
    const appositiveCue = reportingClause ? undefined : appositive?.[1];
    // "Chipmaker Orvane to cut jobs": a kind of company opening the sentence describes the name after it.
    const descriptor = fullRun[fullRun.indexOf(run[0]!) - 1];
    const descriptorCue = descriptor?.sentenceStart && COMPANY_DESCRIPTOR.test(descriptor.lower) ? descriptor.lower : undefined;
    // "A spokesman for Nordline Ferries", "a spokeswoman for the Brenn Trust": what has a spokesperson is an organisation.
    // "British Gas and Octopus Energy both reported": named beside an organisation, both doing the same.
    const besideOrg = ORG_BESIDE_BOTH.exec(text.slice(runEnd, runEnd + 80));
    const pairedOrg = besideOrg && ORG_WORDS.has(besideOrg[1]!.toLowerCase()) && !nlpPerson ? 'named beside an organisation' : undefined;
    // "The company's rival Barrowcliffe said": a business's rival is a business too (not a known place: "its rival India").
    const rivalOf = BUSINESS_RIVAL_BEFORE.test(before) && !gz.places.has(key) && !run.some(isHonorific) ? 'a business rival' : undefined;
    const spokespersonFor = SPOKESPERSON_FOR.test(before) && !run.some(isHonorific) && !(run.length === 1 && fullNameSurnames.has(run[0]!.lower)) ? 'a spokesperson for it' : undefined;
    // "with the operator, Haug told reporters": after a comma the name opens a new clause (a verb
    // follows), so the noun before it does not describe it; "the operator, Skerry Lines, said" does.
    const nounBefore = ORG_NOUN_BEFORE.exec(before) ?? ORG_NOUN_OPENING.exec(before);
    const clauseAfterComma = nounBefore && /,\s*$/.test(before) && /^\s+\p{Ll}/u.test(text.slice(runEnd, runEnd + 3));
    const companyBefore = kindBefore && !nlpPerson && !isGivenName(run[0]!.text) ? kindBefore : undefined;
    // ("wrote the broadcaster Priya Sethuraman", "the developer Tom Hale": nouns that are people's jobs too, before a given name and a surname.)
    const personsJob = !!nounBefore && PERSON_JOB_TOO.has(nounBefore[1]!) && run.length === 2 && nlpPerson && isGivenName(run[0]!.text);
    const orgCue = (clauseAfterComma || personsJob ? undefined : nounBefore?.[1]) ?? (describedAs ? `described as “${describedAs}”` : undefined) ?? companyBefore ?? (scoreSide(text, runStart, runEnd) ? 'a side in a score' : undefined) ?? descriptorCue ?? spokespersonFor ?? rivalOf ?? pairedOrg ?? (run.some((t) => t.text === '&') && run[run.length - 1]!.cap ? 'a name joined by “&”' : undefined) ?? (appositiveCue && !(personCue && JOB_OR_COMPANY.has(appositiveCue)) ? appositiveCue : undefined) ?? (ORG_POSSESSIVE_ROLE.test(text.slice(runEnd, runEnd + 40)) || (!nlpPerson && ORG_POSSESSIVE_OFFICE.test(text.slice(runEnd, runEnd + 40))) ? 'its executives' : null) ?? (acronymOf(text, run, runEnd) ? 'its acronym in brackets' : null);
    if (orgCue && run.length <= 5 && !run.some(isHonorific) && !(personCue && /,\s*$/.test(before))) {
      const name = runText.replace(/^the\s+/i, '');
      // "the state weather agency, Aemet": the words before the comma say what it is, and "the agency" later is it.
      const kind = orgCue === nounBefore?.[1] && /,\s*$/.test(before) ? nounBefore[0].replace(/^\W*(?:the|an?|its|their)\s+/i, '').replace(/\s*,\s*$/, '') : null;
      out.push(make({ kind: 'organisation', name, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: name, role: kind && kind.includes(' ') ? kind : null, evidence: [`organisation by “${orgCue}”`], confidence: 0.65 }));
      continue;
    }
    // Organisation by its words ("Ministry of Finance", "Halden Ferry Company", "Asia-Pacific Economic Cooperation", "Port of Rotterdam").
    // "Leeds United" (a club; a name that starts with "United" is the United Nations or a country),
    // "House Democrats" (a party's members): a body of people, named by its last word.
    // In a sports report, "Ellingham Town" and "Harwick City" are clubs too, unless the pair is a known place ("Mexico City").
    const clubEnd = sportsReport && run.length === 2 && CLUB_ENDS.has(run[1]!.lower) && !run[0]!.sentenceStart && !gz.places.has(foldKey(runText)) && !nlpPerson;
    // "the Kansas City Chiefs", "the Buffalo Bills": a place and a plural name is a team, where the
    // place is known or the text is a sports report.
    // (Not a player: "Devin Williams" ends in a surname compromise knows, "Dion Akers" opens with a given name.)
    const teamEnd = run.length > 1 && run.length <= 4 && /\p{Ll}s$/u.test(run[run.length - 1]!.text) && !nlpPerson && (gz.places.has(foldKey(textOf(text, run.slice(0, -1)))) || (sportsReport && nameLikeRun(run) && !isGivenName(run[0]!.text))) && !nlp(run[run.length - 1]!.text).has('#Person');
    const groupEnd = run.length > 1 && (GROUP_ENDS.has(run[run.length - 1]!.lower) || clubEnd || teamEnd) ? run[run.length - 1] : undefined;
    // "The Kremlin said": an institution named by one word of its own.
    // ("The Treasury chief": before a role noun, a person's role, read below; "a senior Treasury official",
    // "a Pentagon spokesman" are the institution's voice, and name it.)
    const after = tokens[lastIdx + 1];
    const roleAfter = !!after && !after.cap && ROLE_NOUNS.has(after.lower) && !/^(?:officials?|spokes(?:man|woman|person)|sources?)$/.test(after.lower) && only(text.slice(runEnd, after.start));
    const oneWordInstitution = run.length === 1 && SINGLE_WORD_INSTITUTIONS.has(run[0]!.lower) && !roleAfter ? run[0] : undefined;
    // "Southern Rivers Water … a water company": a name ending in a word the text calls an industry.
    const industryEnd = run.length > 1 && industryWords.has(run[run.length - 1]!.lower) && !run.some(isHonorific) && !covered(nlpR.people, runStart, runEnd) ? run[run.length - 1] : undefined;
    // ("Margaret Court said she …", "Charlotte Church": a given name before an organisation word that is
    // also a surname, which compromise reads as a person's, is a person's name.)
    const surnameOrgWord = run.length === 2 && SURNAME_ORG_WORDS.has(run[1]!.lower) && isGivenName(run[0]!.text) && nlpPerson && !/\bthe\s+$/i.test(before) && !gz.orgs.has(key);
    const orgWord = surnameOrgWord ? undefined : run.find(isOrgWord) ?? groupEnd ?? oneWordInstitution ?? (portAuthorityName(text, run, gz) ? run[0] : undefined) ?? industryEnd;
    // ("the Khartoum-based think tank Confluence Advisory": a describing prefix is no name; the name comes after the trailer.)
    const orgRole = run.length === 1 && DESCRIPTIVE_PREFIX.test(run[0]!.text) ? null : orgTrailerRole(text, runStart, runEnd);
    const trailer = orgRole !== null;
    // A lone organisation word ("TV", "Police", "Bank") names no particular organisation.
    // "he told the Guardian", "writing in the Times": a newspaper named by its one word, where words are given to it.
    const outlet = !trailer && run.length === 1 && NEWSPAPER_WORDS.has(run[0]!.lower) && OUTLET_BEFORE.test(before);
    if (outlet) {
      out.push(make({ kind: 'organisation', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, role: 'news organisation', evidence: [`a newspaper after “${OUTLET_BEFORE.exec(before)![0].trim()}”`], confidence: 0.6 }));
      continue;
    }
    // "writing in the Northern Review", "reviewing the book for the Irish Literary Quarterly": a
    // publication named by the kind of periodical its name ends with, where words are given to it.
    const periodical = run.length >= 2 && run.length <= 4 && run.every((t) => t.cap) && !nlpPerson && !gz.places.has(key) && PERIODICAL_ENDS.has(run[run.length - 1]!.lower) && (OUTLET_BEFORE.test(before) || (/\bthe\s+$/i.test(before) && run[run.length - 1]!.lower !== 'review'));
    if (periodical) {
      const news = NEWSPAPER_WORDS.has(run[run.length - 1]!.lower);
      out.push(make({ kind: 'organisation', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, role: news ? 'news organisation' : 'publication', evidence: [`a periodical: “${run[run.length - 1]!.text}” ends its name`], confidence: 0.6 }));
      continue;
    }
    if (orgWord && !trailer && run.length === 1 && !SINGLE_WORD_INSTITUTIONS.has(run[0]!.lower)) continue;
    // "Junts, the party of Carles Puigdemont,": an appositive says what kind of organisation a name is.
    const kindNoun = !orgWord && !trailer && !nlpPerson && nameLikeRun(run) && !run.some(isHonorific) ? ORG_APPOSITIVE.exec(text.slice(runEnd, runEnd + 60))?.[1] : undefined;
    if (kindNoun) {
      out.push(make({ kind: 'organisation', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [`described as “the ${kindNoun}”`], confidence: 0.7 }));
      continue;
    }
    // "Qatar's Minister of State for Energy Affairs, Sheikh Khalid …", "Minister of Energy and Minerals":
    // an office opening the run before "of" or "for" is a person's title, whatever words its remit holds.
    if (orgWord && !trailer && run.length >= 3 && OFFICE_TITLES.has(run[0]!.lower) && (run[1]!.lower === 'of' || run[1]!.lower === 'for')) continue;
    if (orgWord || trailer) {
      // "The Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU)": a name with commas
      // in it, whole where its acronym says so (the parts before the commas were no names of their own).
      const from = orgWord ? acronymStart(text, runStart, runEnd) : runStart;
      if (from < runStart) for (let k = out.length - 1; k >= 0 && out[k]!.start >= from; k--) out.splice(k, 1);
      const name = text.slice(from, runEnd).replace(/^the\s+/i, '');
      // A trailing all-caps word of a name is a credit or shout ("REUTERS"), not part of it.
      out.push(make({ kind: 'organisation', name, start: from, end: runEnd, spanStart: from, spanEnd: runEnd, surface: name, role: orgRole, evidence: [trailer ? `followed by “${orgRole}”` : `organisation word “${orgWord!.text}”`, ...(from < runStart ? [`its acronym in brackets`] : [])], confidence: trailer ? 0.85 : 0.75 }));
      continue;
    }
    // Followed by a role noun in lower case: part of a role phrase ("the Treasury chief", "Acme spokeswoman").
    const nextTok = tokens[lastIdx + 1];
    if (nextTok && !nextTok.cap && ROLE_NOUNS.has(nextTok.lower) && only(text.slice(runEnd, nextTok.start)) && !nlpPerson) {
      // "A Treasury spokesperson said", "a Kremlin spokesman": what has a spokesperson is an organisation.
      // Only with an article before it: "Opposition spokeswoman Dana Roe" is a person's title.
      if (SPOKESPERSON.has(nextTok.lower) && nameLikeRun(run) && /\b(?:a|an|the)\s+$/i.test(before)) {
        out.push(make({ kind: 'organisation', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [`speaks through a ${nextTok.lower}`], confidence: 0.6 }));
        continue;
      }
      if (nlpOrg) out.push(make({ kind: 'organisation', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: ['tagged as an organisation by compromise'], confidence: 0.5 }));
      continue;
    }
    // All-capital words ("CBS DFW", "NATO") are acronyms or shouting, not a person's name.
    const nameLike = run.every((t) => t.cap || NAME_PARTICLES.has(t.lower)) && !run.some((t) => t.upper && !t.text.includes('.'));
    const role = ofTheRole ?? appositiveRole(text, runEnd) ?? precedingRole(text, tokens, idx) ?? roleBeforeAppositive(text, runStart, runEnd) ?? courtSide(before);
    const speaks = followedBySpeechVerb(text, tokens, lastIdx, idx);
    // "But WWF said": an acronym that speaks is an organisation (a role such as "CEO" is not one, nor
    // a market symbol: "the Nasdaq Composite .IXIC added 20.72 points", "Spot gold XAU= added 0.1%").
    // ("Researchers at ETH Zurich": an acronym may open the name, or be it: "chief economist at ICRA".)
    const acronymOpens = /^\p{Lu}{2,6}$/u.test(run[0]!.text) && run.slice(1).every((t) => t.cap && !t.upper);
    const acronymFirst = acronymOpens && !TITLE_WORDS.has(run[0]!.lower) && !ROLE_NOUNS.has(run[0]!.lower);
    const acronym = run.length === 1 && acronymFirst;
    const symbol = /\.$/.test(before) || /^=|^\s+\p{L}+\s+[+-]?\d/u.test(text.slice(runEnd, runEnd + 24));
    if (acronym && speaks && !symbol && !nlpPerson) {
      out.push(make({ kind: 'organisation', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [`the acronym “${runText}” speaks`], confidence: 0.6 }));
      continue;
    }
    // "BNP Paribas said", "KPMG Advisory said", "US Steel said": an acronym opening a name that
    // speaks is a firm's (a person's name never opens with one; "EU Commissioner Ana Ruiz" has a title).
    // ("research published in the journal JAMA Psychiatry argued": the verb is the authors'.)
    const acronymName = run.length >= 2 && run.length <= 3 && acronymFirst && !ROLE_ACRONYMS.has(run[0]!.lower) && run.slice(1).every((t) => !isTitle(t) && !isHonorific(t) && !ROLE_NOUNS.has(t.lower) && !isGivenName(t.text));
    if (acronymName && speaks && !symbol && !nlpPerson && !PUBLISHED_IN.test(before)) {
      out.push(make({ kind: 'organisation', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [`a name the acronym “${run[0]!.text}” opens speaks`], confidence: 0.6 }));
      continue;
    }
    // "a study published in Nature", "writing in the journal Science": what a study appears in is a publication, not a place.
    // ("published in The Lancet": a title with its capital "The" is read with it, below.)
    const publication = /\bThe\s+$/.test(before) ? undefined : PUBLISHED_IN.exec(before)?.[0].trim();
    if (publication && run.length <= 4 && nameLike && !nlpPerson && !gz.places.has(key) && !/^\s+of\s/.test(text.slice(runEnd, runEnd + 4))) {
      out.push(make({ kind: 'organisation', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [`a publication: “${publication} ${runText}”`], confidence: 0.6 }));
      continue;
    }
    // "the village of Ebbing", "the mayor of Grendon", "residents of Kelby", "in Lanford": a place by the words around it.
    const placeOf = PLACE_OF_BEFORE.exec(before);
    // "in Lanford", "at Grellport", "in Marrowby and Pellham": a lone name after a preposition of place,
    // when nothing says it is a person (not tagged as one, not speaking, not followed by a possessive).
    // "across Heimdal", "throughout Morvane": all over an area. "Flights to Ostermark", "exports from
    // Quellan": where people and goods go or come from.
    const motion = motionCue(before);
    // "the man, from Huddersfield,", "a woman, 43, of Kelby": where someone in a report lives.
    const home = HOME_BEFORE_NAME.exec(before);
    const origin = home?.[1] ?? home?.[2] ?? ADDRESS_BEFORE_TOWN.exec(before)?.[1];
    // "the people of north Devon", "fighting in southern Calvaria": a part of a place by its compass point.
    const compass = COMPASS_BEFORE.exec(before)?.[1];
    const listed = beforeListHead(before);
    const cue = /\b(in|at|near|outside|across|throughout)\s+$/i.exec(listed)?.[1] ?? motion ?? origin ?? PLACES_LISTED_BEFORE.exec(text.slice(Math.max(0, runStart - 120), runStart))?.[2] ?? placeListCue(text, runStart, runEnd) ?? compass;
    // "Officials in Dunmere said", "The envoy, speaking by phone from Dellin, said", "Gerald Pask, 61,
    // of Wexley, admitted": the verb's subject is who comes before the place, not the place.
    // ("Morag Flett, 67, who missed a hospital appointment in Aberdeen, said": the place ends a clause about the speaker.)
    const heldSpeaker = speaks && (!!motion || !!origin || /(?:\b\p{L}{3,}s|\bpolice|\bpeople|\bstaff|\))\s+(?:in|at|across|throughout)\s+$/iu.test(listed) || /,\s+(?:who|whose)\s[^.!?,]*\s(?:in|at|near)\s+$/.test(text.slice(Math.max(0, runStart - 120), runStart)));
    // "Shares in Orvane", "a stake in Velcor", "shares of Reliance": a company, not a place.
    const market = /\b(shares?|stakes?|stock|investments?|investors?|holdings?)\s+in\s+$|\bshares\s+of\s+$/i.test(before);
    // "Analysts at Jefferies said", "a banking analyst at Corvane": where people with a job work is an organisation.
    const job = workplaceJob(before);
    if (job && run.length <= 4 && (nameLike || acronymOpens) && !run.some(isHonorific) && !nlpPerson && !nlpPlace) {
      out.push(make({ kind: 'organisation', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [`where a ${job} works: “${/(\S+\s+at)\s+$/.exec(before)![1]} ${runText}”`], confidence: 0.6 }));
      continue;
    }
    // "Prof. Tomasz Wilk of the British Antarctic Survey, who …": after a person and "of the", where they work.
    const person = out[out.length - 1];
    // (A full name, or a surname with its honorific: a lone capitalised word may be a title's, "Rise of the Tomb Raider".)
    // ("Analyst Gil Luria of DA Davidson": without "the", a name an acronym opens.)
    const ofThe = /^\s+of\s+(the\s+)?$/.exec(text.slice(person?.end ?? 0, runStart));
    // "Tom Reed of North Yorkshire", "Ann Lee of Little Hadham": after a person and "of", a name that
    // opens with a compass point or an adjective places take is where they are from.
    if (run.length >= 2 && ofThe && !ofThe[1] && person?.kind === 'person' && nameLike && (COMPASS_FIRST.test(run[0]!.lower) || PLACE_ADJECTIVES.has(run[0]!.lower)) && !run.some(isOrgWord)) {
      out.push(make({ kind: 'place', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [`where ${person.name} is from: “of ${runText}”`], confidence: 0.55 }));
      continue;
    }
    if (run.length >= 2 && ofThe && (ofThe[1] ? nameLike : acronymOpens || (nameLike && !nlpPerson && !isGivenName(run[0]!.text) && !COMPASS_FIRST.test(run[0]!.lower))) && person?.kind === 'person' && (!person.partial || person.surface !== person.name) && !nlpPlace && !gz.places.has(key) && !PLACE_WORDS.has(run[run.length - 1]!.lower)) {
      out.push(make({ kind: 'organisation', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [`where ${person.name} works: “of ${ofThe[1] ?? ''}${runText}”`], confidence: 0.6 }));
      continue;
    }
    // "Shares in Nordair fell": what has shares is a company.
    if (market && run.length <= 3 && nameLike && !run.some(isHonorific) && !nlpPerson) {
      out.push(make({ kind: 'organisation', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [`has shares: “${/(\S+\s+(?:in|of))\s+$/.exec(before)![1]} ${runText}”`], confidence: 0.6 }));
      continue;
    }
    // "In Ostrava, the city's mayor, Jan Dohnal, ordered …": a place opening the sentence, then a comma;
    // the appositive after it is the subject's, not the place's.
    const openingPlace = run[0]!.sentenceStart === false && /(?:^|[.!?]["”’]?\s+|\n)(?:In|At|Across|Outside|Near)\s+$/.test(before) && /^,\s/.test(text.slice(runEnd, runEnd + 2));
    // ("Simon Lee, 52, of Chelsea, west London,": where someone in a report lives is a place, whatever compromise reads in the name.)
    // ("a community centre in Nelson", "a hospital in Chester": after a building or a settlement and "in", a given name is a town's.)
    const siteIn = cue === 'in' && PLACE_NOUN_IN.test(before);
    // ("in Ligue 1", "in Serie 2": a name and a number is a division or a product, no town.)
    const numbered = /^[ \t]+\d{1,2}\b(?![.,:]\d)/.test(text.slice(runEnd, runEnd + 5));
    // ("the block in Lowther" ten paragraphs before "Councillor Jim Lowther": a surname is not used alone before its person is named.)
    const aloneBeforeNamed = /^(?:in|at|near|outside)$/i.test(cue ?? '') && text.indexOf('\n') < runStart && (firstAfterCapital.get(run[0]!.lower) ?? Infinity) > runStart;
    const lonePlace = run.length === 1 && cue && !market && !numbered && (nlpPlace || ((!nlpPerson || ((!!origin || !!compass || siteIn) && !speaks)) && (!speaks || heldSpeaker) && (!role || openingPlace) && (!honorificSurnames.has(run[0]!.lower) || aloneBeforeNamed) && !/^['’]s?\b/.test(text.slice(runEnd))));
    // "Villagers in Little Hadham": two words after "in", "near" or "outside", when nothing says a person or an organisation.
    // ("in La Rochelle", "flights to Le Havre": a name opening with a capital particle, which compromise
    // may read as a person's, is a place after a preposition of place or motion.)
    // ("in San Jose and Santa Clara", "near Port Talbot": a word places open with, before a name compromise reads as a person's.)
    const particlePlace = !!cue && ((isParticleSurname(run) && CAPITAL_PARTICLES.has(run[0]!.text)) || (run.length === 2 && SAINT_OPENERS.has(run[0]!.lower)));
    const twoWordPlace = run.length === 2 && (cue === 'in' || cue === 'near' || cue === 'outside' || particlePlace) && !market && (!nlpPerson || particlePlace) && !speaks && !role && !run.some(isOrgWord) && !run.some(isHonorific) && !run.some(isTitle) && !gz.orgs.has(key) && !isGivenName(run[0]!.text) && !honorificSurnames.has(run[1]!.lower) && !/^['’]s?\b/.test(text.slice(runEnd))
      // Not a name that goes on before "in" ("Refugees in Towns Project"), an adjective ("North American", "World Cup-style") or a colour ("in Plasma Blue").
      && !(tokens[idx - 2]?.cap && !tokens[idx - 2]!.sentenceStart && !/^(?:and|or)$/.test(tokens[idx - 1]?.lower ?? '')) && !/(?:an|ese|ish|-\p{Ll}+)$/u.test(run[1]!.text) && !COLOUR_WORDS.has(run[1]!.lower);
    // "Ferries between Lundvik and the island of Tarro", "the border between Ostia and Vell": the two ends of a route.
    const routeEnd = run.length <= 2 && !nlpPerson && !honorificSurnames.has(run[0]!.lower) && isRouteEnd(text, runStart, runEnd);
    // "the Merrow bridge", "the Oude Sluis lock": a name before a kind of place in lower case.
    const placeModifier = run.length <= 2 && /\bthe\s+$/i.test(before) && LOWER_PLACE_AFTER.test(text.slice(runEnd, runEnd + 20)) && !run.some(isHonorific) && !run.some(isTitle);
    // "Velmara … the Velmaran government": a name with an adjective of its own is a country or region.
    const demonym = run.length === 1 && !nlpPerson && !speaks && hasDemonym(text, run[0]!.text);
    // "the river Wend", "on lake Orta": a kind of place in lower case before the name.
    const placeKindBefore = run.length <= 2 && !nlpPerson && !run.some(isHonorific) && /\b(?:river|lake|loch|lough|mount|isle of)[ \t]+$/.test(before);
    // "Rio Grande do Sul state Gov. Marcos Leite", "Sichuan province officials": a state or province in lower case after its name.
    const stateName = run.length <= 5 && !nlpPerson && !run.some(isHonorific) && !run.some(isTitle) && STATE_AFTER.test(text.slice(runEnd, runEnd + 40));
    // "chairs the Save Thornbury Fields campaign", "the Clean Rivers group said": a name between "the" and a kind of group in lower case
    // (of two words or more: "the Trump campaign" is one person's).
    const groupAfter = run.length >= 2 && run.length <= 4 && nameLike && !nlpPerson && !gz.places.has(key) && !run.some(isHonorific) && !run.some(isTitle) && !isDemonym(run[0]!.text) && /\bthe\s+$/i.test(before) ? GROUP_AFTER.exec(text.slice(runEnd, runEnd + 16)) : null;
    if (groupAfter) {
      out.push(make({ kind: 'organisation', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [`“the ${runText} ${groupAfter[1]}”`], confidence: 0.6 }));
      continue;
    }
    // "in St Ives, Cornwall, on Sunday", "near Truro, Cornwall.": the county, state or region after a place and a comma.
    // ("Lancaster, Calif.": a state as news agencies abbreviate it; "Washington, D.C." is one name.)
    const prior = out.at(-1);
    const afterPlace = run.length <= 2 && prior?.kind === 'place' && /^,[ \t]+$/.test(text.slice(prior.end, runStart)) && /^(?:[,.;:)]|\s+(?:on|in|at|last|this|and|where|when|after|before)\b|\s*$)/.test(text.slice(runEnd, runEnd + 8));
    const state = afterPlace && run.length === 1 && text[runEnd] === '.' ? stateOfAbbreviation(run[0]!.text) : undefined;
    const regionAfterPlace = afterPlace && (!!state || (!speaks && !nlpPerson && !isGivenName(run[0]!.text) && !run.some((t) => t.text.includes('.')) && !run.some(isOrgWord) && !run.some(isHonorific) && !run.some(isTitle) && !gz.orgs.has(key)));
    // ("Washington, DC, United States": the district is part of the city's name, no organisation "DC".)
    if (run.length === 1 && runText === 'DC' && prior?.kind === 'place' && prior.name === 'Washington' && /^,[ \t]+$/.test(text.slice(prior.end, runStart))) continue;
    if (state) {
      out.push(make({ kind: 'place', name: state, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [`the state after “${prior!.surface}” (“${runText}.”)`], confidence: 0.6 }));
      continue;
    }
    if (nameLike && (routeEnd || placeModifier || demonym || placeKindBefore || stateName || regionAfterPlace)) {
      const evidence = regionAfterPlace ? `the region after “${prior!.surface}”` : routeEnd ? 'an end of a route (“between … and …”)' : placeModifier ? `before “${LOWER_PLACE_AFTER.exec(text.slice(runEnd, runEnd + 20))![1]}”` : stateName ? `before “${STATE_AFTER.exec(text.slice(runEnd, runEnd + 40))![1]}”` : placeKindBefore ? `after “${/(\S+(?:[ \t]+of)?)[ \t]+$/.exec(before)![1]}”` : 'has an adjective of its own (a demonym)';
      out.push(make({ kind: 'place', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [evidence], confidence: 0.55 }));
      continue;
    }
    // "the state capital, Kingsmere,", "in the capital, Brennick": a kind of place, a comma, its name.
    const placeAppositive = run.length <= 3 && nameLike && !nlpPerson && !run.some(isHonorific) && !run.some(isTitle) && !run.some(isOrgWord) ? PLACE_APPOSITIVE_BEFORE.exec(before) : null;
    if (placeAppositive) {
      out.push(make({ kind: 'place', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [`“${placeAppositive[0].trim()} ${runText}”`], confidence: 0.6 }));
      continue;
    }
    if (run.length <= 3 && nameLike && (placeOf || lonePlace || twoWordPlace)) {
      out.push(make({ kind: 'place', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [placeOf ? `“${placeOf[0].trim()} ${runText}”` : `after “${cue!}”${nlpPlace ? ', tagged as a place by compromise' : ''}`], confidence: 0.55 }));
      continue;
    }
    // "Mr Penrose" elsewhere: the surname taken with an honorific.
    const titled = honorificSurnames.has(run[run.length - 1]!.lower);
    // "…,” said Carys Penrose", "According to Piet van den Heuvel, a broker": named as a source.
    // ("According to Carbon Brief, a draft …": after "according to", where publications and reports are
    // named as often as people, a name vouches for a person only with a given name first or a last word
    // the language does not have: "According to Kezia Marlow", not "According to Global Witness".)
    const source = /(?:(?:^|[”"’,]\s*)(?:said|says|added|asked|wrote|explained)|\baccording to)\s+$/i.exec(before)?.[0].replace(/^[”"’,\s]+/, '').trim().replace(/^according to$/i, (m) => (isGivenName(run[0]!.text) || !isLexiconWord(run[run.length - 1]!.text) ? m : ''));
    // "Halvor Brenneke has run the mill …" then "Brenneke said": a full name first, the surname alone later.
    const last = run[run.length - 1]!;
    // (Not "Star Trek … Trek", "Premiere Edition … Edition", "Pittsburgh Steelers … Steelers": a first word the text
    // writes in lower case too, or a place, opens no person's name; nor does a last word it writes in lower case
    // unless a given name or compromise vouches for the name: "Tom Black … Black", not "See Black … Black".)
    const surnameLater = run.length <= 3 && aloneLater.has(last.lower) && !ORG_WORDS.has(last.lower) && !PLACE_WORDS.has(last.lower) && !isTitle(last) && (lastSeenAt.get(last.lower) ?? -1) > runEnd
      && !lowerWords.has(run[0]!.lower) && !gz.places.has(foldKey(run[0]!.text)) && !(lowerWords.has(last.lower) && !isGivenName(run[0]!.text) && !nlpPerson) && !nlp(run[0]!.text).has('#Place');
    // "Kevin Marsh, who chairs the group,", "Ann Roe, 58,": only people are "who" or have an age.
    const personClause = /^,\s+(?:who|whose|\d{1,3})\b/.exec(text.slice(runEnd, runEnd + 8))?.[0].replace(/^,\s+/, '');
    // "Police named the victim as Tunde Bakare", "External members Jayanth Varma and Ashima Goyal voted":
    // named as a person, or listed after a plural noun for people.
    // (Words of the language are no name's: "The players Real Madrid signed"; asked only where the cue is.)
    let peopleWords = run.length <= 3 && !run.some(isOrgWord) && !run.some(isTitle) && !gz.places.has(key) && !gz.orgs.has(key) ? peopleCue(text.slice(Math.max(0, runStart - 160), runStart)) : null;
    if (peopleWords && run.some((t) => nlp(t.text).has('(#Adjective|#Verb|#Plural|#Determiner|#Preposition)'))) peopleWords = null;
    // "Elon Musk weighed in on X, posting: “…”": the subject of a sentence that a verb of speech and a colon lead into a quotation.
    const introduces = run.length <= 3 && run[0]!.sentenceStart && !run.some(isOrgWord) && !gz.places.has(key) && introducesQuote(text.slice(runEnd, runEnd + 160));
    // "Hiba Morgan, reporting from Port Sudan, said": a clause between commas, then the verb.
    const speaksAfterClause = run.length <= 3 && !run.some(isOrgWord) && !gz.places.has(key) && CLAUSE_THEN_SPEECH.test(text.slice(runEnd, runEnd + 100));
    // "Luiz Inácio Lula da Silva": a name with particles may run to five words.
    const longest = run.some((t) => NAME_PARTICLES.has(t.lower)) ? 5 : 4;
    // "Ursula von der Leyen is facing a revolt": a given name, particles in lower case, a surname.
    // ("Jean-Marie Le Pen", "Rui Da Costa": a particle may be written with a capital; "Luiz Inácio
    // Lula da Silva": more name words may stand between the given name and the particles.)
    const middle = run.slice(1, -1);
    // A word that can only be a name's here: capitalised (not in capitals), never written in lower case
    // in the text, and no organisation, title or place word.
    const nameWord = (t: Token) => t.cap && !t.upper && !lowerWords.has(t.lower) && !isOrgWord(t) && !isTitle(t) && !PLACE_WORDS.has(t.lower);
    // ("Marine Le Pen": before a capital particle and a surname, such a word is a given name too, though
    // the language has it as a word, "marine"; only the particles a surname opens with in capitals, not "Cirque Du Soleil".)
    const givenFirst = isGivenName(run[0]!.text) || (run.length === 3 && SURNAME_CAPITAL_PARTICLES.has(run[1]!.text) && nameWord(run[0]!) && !gz.places.has(foldKey(last.text)));
    const particles = run.length >= 3 && run[0]!.cap && last.cap && middle.some((t) => NAME_PARTICLES.has(t.text) || CAPITAL_PARTICLES.has(t.text)) && middle.every((t) => NAME_PARTICLES.has(t.text) || CAPITAL_PARTICLES.has(t.text) || nameWord(t)) && !gz.places.has(key) && givenFirst;
    // "through Sam Whitfield's penalty": a given name and a word that is no common one, in the
    // possessive (where compromise, which reads "Sam Whitfield" as a person, stops reading one).
    const ownerName = run.length === 2 && isGivenName(run[0]!.text) && /^['’]s?(?![\p{L}])/u.test(text.slice(runEnd, runEnd + 3)) && nameWord(last) && !gz.places.has(key) && !gz.orgs.has(key);
    // "Line Coll has led Datatilsynet since 2022. She spoke to us …": a name opening a sentence, a verb
    // after it, and "She" or "He" opening the next sentence (a profile's first lines).
    const pronounNext = run.length <= 3 && run[0]!.sentenceStart && run.every((t) => t.text.length > 1) && !run.some(isOrgWord) && !run.some(isTitle) && !gz.places.has(key) && !gz.orgs.has(key) && /^[ \t]+\p{Ll}+[ \t]/u.test(text.slice(runEnd, runEnd + 30)) && NEXT_SENTENCE_PRONOUN.test(text.slice(runEnd, runEnd + 300))
      // (Not words of the language: "Royal Mail said …. He said", "Blue Origin launched …. She will fly".)
      && !run.some((t) => lowerWords.has(t.lower)) && !nlp(runText).has('(#Adjective|#Plural)');
    // "Xi Jinping met Joe Biden": a family name that comes first and a given name shaped as one.
    const familyFirst = (run.length === 2 || run.length === 3) && isFamilyNameFirst(run[0]!.text, textOf(text, run.slice(1))) && !run.slice(1).some((t) => lowerWords.has(t.lower)) && !gz.places.has(key) && !gz.orgs.has(key);
    // "Kwame Asante scored twice": in a sports report, two or three name words that do what players do.
    const played = tokens[lastIdx + 1];
    const plays = sportsReport && run.length <= 3 && nameLikeRun(run) && !run.some(isOrgWord) && !run.some((t) => lowerWords.has(t.lower)) && !gz.places.has(key) && !!played && only(text.slice(runEnd, played.start)) && PLAYER_VERBS.has(played.lower);
    // "Google DeepMind", "Apple AirPods", "Nintendo Switch": a known company's name opening a longer
    // name opens a part or a product of that company, never a person's name.
    const companyPart = run.length <= 3 && !gz.orgs.has(key) && gz.orgs.get(foldKey(run[0]!.text))?.role === 'company' && !covered(nlpR.people, run[1]!.start, runEnd);
    // "the First Minister", "Foreign Secretary": a run that ends with an office no surname is names the office, not its holder.
    const officeOnly = OFFICES_NO_SURNAME.has(last.lower);
    // "Sir Malcolm Tredwell, the member for Wyre Vale, who …": a name of two or three words that ends the role
    // "member for" (or "MP for" …) read for the person before is that role's constituency, not a person of
    // its own (one word: below). ("protégé of the late Shinzo Abe" ends a role too, but names a person.)
    const constituency = run.length >= 2 && prior?.kind === 'person' && !!prior.role && CONSTITUENCY_ROLE.test(prior.role) && prior.role.endsWith(` for ${runText}`) && text.slice(prior.end, runEnd).endsWith(prior.role) && !/[.!?\n]/.test(text.slice(prior.end, runStart));
    if (constituency) continue;
    if (run.length >= 2 && run.length <= longest && nameLike && !companyPart && !officeOnly && (nlpPerson || role || speaks || titled || source || surnameLater || personClause || particles || plays || introduces || speaksAfterClause || ownerName || pronounNext || familyFirst || peopleWords)) {
      const evidence = [nlpPerson ? 'tagged as a person by compromise' : '', ownerName && !nlpPerson ? 'a given name and a surname, in the possessive' : '', pronounNext && !nlpPerson ? '“she” or “he” opens the next sentence' : '', familyFirst && !nlpPerson ? 'a family name first, then a given name' : '', peopleWords && !nlpPerson ? peopleWords : '', role ? `role “${role}”` : '', speaks || introduces || speaksAfterClause ? 'subject of a speech verb' : '', titled ? `called “${run[run.length - 1]!.text}” with an honorific` : '', source ? `named as a source after “${source}”` : '', surnameLater ? `called “${last.text}” alone later` : '', personClause ? `followed by “, ${personClause}”` : '', particles ? 'a given name, then a surname with particles' : '', plays ? `a player: “${runText} ${played!.text}”` : ''].filter(Boolean);
      out.push(make({ kind: 'person', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, role, evidence, confidence: nlpPerson && (role || speaks) ? 0.85 : 0.7 }));
      continue;
    }
    // "told The Hindu", "in an interview with The Straits Times": a capital "The" inside a sentence
    // starts a title, here a news outlet's.
    if (run.length <= 3 && nameLike && !run[0]!.sentenceStart && /\b(?:told|to|with|in|by)\s+The\s+$/.test(text.slice(Math.max(0, runStart - 30), runStart)) && !run.some(isHonorific)) {
      const start = runStart - 4;
      out.push(make({ kind: 'organisation', name: `The ${runText}`, start, end: runEnd, spanStart: start, spanEnd: runEnd, surface: `The ${runText}`, role: 'news organisation', evidence: ['a title with a capital “The” after “told”, “to”, “with”, “in” or “by”'], confidence: 0.55 }));
      continue;
    }
    // "Minister says deal is close": a title alone is a role, not somebody's name.
    if (run.length === 1 && isTitle(run[0]!) && !isHonorific(run[0]!)) continue;
    // "Margaret and Alan Pryce": a first name joined to a full name shares its surname.
    const sharedSurname = run.length === 1 && nameLike && nlpPerson ? /^[ \t]+and[ \t]+[\p{Lu}][\p{L}’'-]+[ \t]+([\p{Lu}][\p{L}’'-]+)\b(?![ \t]+[\p{Lu}])/u.exec(text.slice(runEnd, runEnd + 60)) : null;
    // "Mr and Mrs Pryce": an honorific alone shares the surname too; he is the Pryce that "Mr" says (resolved later, by gender).
    const honorificAlone = run.length === 1 && isHonorific(run[0]!) ? /^[ \t]+and[ \t]+\p{Lu}[\p{L}.]*[ \t]+([\p{Lu}][\p{L}’'-]+)\b/u.exec(text.slice(runEnd, runEnd + 40)) : null;
    if (honorificAlone && tokens[lastIdx + 2] && isHonorific(tokens[lastIdx + 2]!)) {
      const surname = honorificAlone[1]!;
      out.push(make({ kind: 'person', name: surname, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: `${runText} ${surname}`, gender: HONORIFICS.get(honorificKey(run[0]!)) ?? null, partial: true, evidence: [`honorific “${runText}” sharing the surname in “${runText}${honorificAlone[0]}”`], confidence: 0.85 }));
      continue;
    }
    if (sharedSurname && !ORG_WORDS.has(sharedSurname[1]!.toLowerCase()) && covered(nlpR.people, runEnd + sharedSurname[0].length - sharedSurname[1]!.length, runEnd + sharedSurname[0].length)) {
      out.push(make({ kind: 'person', name: `${runText} ${sharedSurname[1]}`, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [`shares the surname in “${runText}${sharedSurname[0]}”`], confidence: 0.7 }));
      continue;
    }
    if (describedAsOrgs.has(key) && nameLike && !nlpPerson) {
      out.push(make({ kind: 'organisation', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [`“${runText} is a …” names a kind of business`], confidence: 0.7 }));
      continue;
    }
    if (businessNext.has(key) && nameLike && !nlpPerson && !isGivenName(run[0]!.text)) {
      out.push(make({ kind: 'organisation', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [`“${runText} …. Its shares …” or “The company …” after it: a company`], confidence: 0.65 }));
      continue;
    }
    // "a similar bill in the House", "MPs in the Commons": a chamber of a legislature, named alone.
    if (run.length === 1 && CHAMBERS.has(run[0]!.text) && /\b[Tt]he\s+$/.test(before)) {
      out.push(make({ kind: 'organisation', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [`“the ${runText}”: a chamber of a legislature`], confidence: 0.6 }));
      continue;
    }
    // "CalMac has cancelled", "JetBlue said": one word with a capital inside that no surname prefix
    // explains ("McKinsey", "DeSantis", "LeBron" are names) is a company's or a brand's, here doing what organisations do.
    // (Not a handle, "@MattBevin", nor a product that "is here" or "hasn't caused" anything.)
    if (run.length === 1 && isBrandWord(run[0]!.text) && !nlpPerson && text[runStart - 1] !== '@' && (speaks || BRAND_ACTS.test(text.slice(runEnd, runEnd + 40)))) {
      out.push(make({ kind: 'organisation', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [`a brand's spelling, with a capital inside (“${runText}”)`], confidence: 0.6 }));
      continue;
    }
    // "The Nasdaq said": one name word after "the" that speaks is an institution's (people go without
    // "the"), unless it is a title of rank ("The Duke said"), a family ("The Smiths said") or a name compromise reads as a person's.
    const verbNext = () => /^[ \t]+(\p{Ll}+)/u.exec(text.slice(runEnd, runEnd + 20))?.[1];
    if (run.length === 1 && nameLike && /\b[Tt]he\s+$/.test(before) && readSpeechVerb(verbNext() ?? '', false)?.typo === false && !/\p{Ll}s$/u.test(run[0]!.text) && !nlpPerson && !isGivenName(run[0]!.text) && !isTitle(run[0]!) && !RANKS_OF_NOBILITY.has(run[0]!.lower) && !gz.places.has(key)) {
      out.push(make({ kind: 'organisation', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [`speaks as “the ${runText}”`], confidence: 0.6 }));
      continue;
    }
    // "developed by Sage Therapeutics and Biogen": one name word joined by "and" to an organisation
    // named just before is another organisation (not a surname the text gives a person in full).
    const orgBefore = out[out.length - 1];
    if (run.length === 1 && nameLike && !run[0]!.sentenceStart && orgBefore?.kind === 'organisation' && /^\s+(?:and|&)\s+$/.test(text.slice(orgBefore.end, runStart)) && !nlpPerson && !nlpPlace && !isGivenName(run[0]!.text) && !gz.places.has(key) && !fullNameSurnames.has(run[0]!.lower) && !lowerWords.has(run[0]!.lower)) {
      out.push(make({ kind: 'organisation', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [`named with ${orgBefore.name}: “${orgBefore.surface} and ${runText}”`], confidence: 0.6 }));
      continue;
    }
    // "Celtic have agreed a fee", "Biogen were paid": one name word with its verb in the plural, as
    // British English writes of clubs and companies, is an organisation; a person's name never takes
    // one. (Not a pair, "Smith and Jones have"; not a plural, "Democrats are"; not a place's team,
    // "England have won"; not a word that opens a sentence and is never written as a name elsewhere,
    // "Many have left", "Staff were told"; not the last word of a longer name, "as Villa are left" after
    // "Aston Villa", or what is left of one after its first word, "Big Machine have": the actor builder reads those.)
    if (run.length === 1 && fullRun.length === 1 && !endsLongerNames.has(run[0]!.lower) && nameLike && run[0]!.text.length > 2 && !/s$/.test(run[0]!.lower) && !nlpPerson && !nlpPlace && !isGivenName(run[0]!.text) && !gz.places.has(key) && !isOrgWord(run[0]!) && !COMMON_CAPITALISED.has(run[0]!.lower) && !lowerWords.has(run[0]!.lower) && (!run[0]!.sentenceStart || namedMidSentence().has(run[0]!.lower)) && !/(?:\band|&|,)\s*$/.test(before) && PLURAL_VERB_AFTER.test(text.slice(runEnd, runEnd + 40))) {
      out.push(make({ kind: 'organisation', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [`its verb in the plural: “${runText}${/^\s+\p{Ll}+/u.exec(text.slice(runEnd))![0]}”`], confidence: 0.6 }));
      continue;
    }
    // "clients including Ford, Macy’s, Kellogg’s, NBC and others": a name word in a comma list next to a
    // known organisation is one too (a brand written in the possessive keeps it in its name).
    if (run.length === 1 && fullRun.length === 1 && nameLike && !speaks && !run[0]!.sentenceStart && listedWithOrganisation(text, runStart, runEnd, gz, out.at(-1))) {
      const owned = /^['’]s(?=\s*,)/.exec(text.slice(runEnd, runEnd + 3))?.[0] ?? '';
      const name = runText + owned;
      out.push(make({ kind: 'organisation', name, start: runStart, end: runEnd + owned.length, spanStart: runStart, spanEnd: runEnd + owned.length, surface: name, evidence: ['listed with known organisations'], confidence: 0.55 }));
      continue;
    }
    // "Harriet Mallory, the Conservative MP for Wexcombe and Dunmere, said": a name that ends the
    // role read for the person before is part of it; the verb after is that person's.
    if (run.length === 1 && prior?.kind === 'person' && prior.role?.endsWith(` ${runText}`) && text.slice(prior.end, runEnd).endsWith(prior.role) && !/[.!?\n]/.test(text.slice(prior.end, runStart))) continue;
    // "a Penfoldian", "Thatcherite", "Blairism" beside "Penfold", "Thatcher", "Blair": a word made from a name the text uses is no name.
    if (run.length === 1 && nameLike && madeFromName(text, run[0]!.text)) continue;
    // ("Review: ‘The Lighthouse Keeper's Daughters’ by …": a periodical's kind alone, without "the", names none of them.)
    if (run.length === 1 && PERIODICAL_ENDS.has(run[0]!.lower) && !/\bthe\s+$/i.test(before)) continue;
    if (run.length === 1 && nameLike) {
      // A lone name word: a surname used alone ("Trump") or a first word; resolved later.
      // "…,” Parise said" / "said Parise": a lone name that speaks is a person even if never named in full.
      // ("told Meridian that": whom a speaker told is a listener, no speaker.)
      const spoken = speaks || /\b(said|says|added|according to)\s+$/i.test(before);
      // "the Dunlow plant", "the Trump administration": a name used as a modifier after "the" is no
      // evidence of a person of its own (it still joins a person named in full elsewhere).
      // ("on the Clyde", "visited the Louvre": nor is a name after "the" inside a sentence, where people go without it.)
      const modifier = !spoken && /\bthe\s+$/i.test(before) && (/^[ \t]+\p{Ll}/u.test(text.slice(runEnd, runEnd + 3)) || (/\sthe\s+$/.test(before) && !isTitle(run[0]!) && !RANKS_OF_NOBILITY.has(run[0]!.lower)));
      // "High court rules …", "Long queues formed": an adjective opening a sentence before a word in
      // lower case, which compromise never reads as a name's, is no name at all.
      // (Not a surname that ends a longer name, "Swift got support" after "Taylor Swift", nor a word
      // before a role, "Green co-leader Carla Denyer".)
      const wordAfter = /^[ \t]+(\p{Ll}[\p{Ll}-]*)/u.exec(text.slice(runEnd, runEnd + 30))?.[1];
      if (!spoken && !nlpPerson && openerStarts.has(runStart) && wordAfter && !ROLE_NOUNS.has(wordAfter.split('-').pop()!) && !endsLongerNames.has(run[0]!.lower)) continue;
      // "His daughter, Carys, runs the café": a relative named by a given name alone is a person.
      const kin = KIN_BEFORE.exec(before);
      const relative = kin && FAMILY_WORDS.has(kin[1]!.toLowerCase()) && /^\s*[,(]|^\s+\p{Ll}/u.test(text.slice(runEnd, runEnd + 3)) ? kin[1]!.toLowerCase() : null;
      const evidence = [nlpPerson ? 'tagged as a person by compromise' : 'a single capitalised name word', spoken ? 'subject of a speech verb' : '', relative ? `named as someone's ${relative}` : ''].filter(Boolean);
      out.push(make({ kind: 'person', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, partial: true, role: role ?? relative, evidence, confidence: spoken ? 0.55 : relative ? 0.55 : modifier ? 0.2 : nlpPerson ? 0.5 : 0.3 }));
      continue;
    }
    if (nlpOrg) {
      out.push(make({ kind: 'organisation', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: ['tagged as an organisation by compromise'], confidence: 0.5 }));
      continue;
    }
    if (run.length >= 2 && run.length <= 3 && nameLike && nlpPlace && /\b(in|at|near|outside|from)\s+(the\s+)?$/i.test(before)) {
      out.push(make({ kind: 'place', name: runText, start: runStart, end: runEnd, spanStart: runStart, spanEnd: runEnd, surface: runText, evidence: [`after “${/(\w+)\s+(the\s+)?$/.exec(before)![1]}”, tagged as a place by compromise`], confidence: 0.5 }));
    }
  }
  out.push(...lowerCaseInstitutions(text, skip), ...basedPlaces(text, tokens, gz));
  if (romance) {
    // "la Cour des comptes", "los sindicatos CCOO y UGT", "selon l'Insee": what the capitalised runs missed,
    // in place of any candidate inside it ("Cour", "France" in "La France insoumise") or a lone word over it ("l'Insee").
    for (const o of romanceOrganisations(text, (name) => gz.places.has(foldKey(name)))) {
      if (skip.some((r) => o.start >= r.start && o.start < r.end)) continue;
      for (let k = out.length - 1; k >= 0; k--) {
        const c = out[k]!;
        if ((c.start >= o.start && c.end <= o.end) || (c.start < o.end && o.start < c.end && c.kind === 'person' && c.partial)) out.splice(k, 1);
      }
      if (out.some((c) => c.start < o.end && o.start < c.end)) continue;
      const name = text.slice(o.start, o.end);
      out.push(make({ kind: 'organisation', name, start: o.start, end: o.end, spanStart: o.start, spanEnd: o.end, surface: name, evidence: [o.evidence], confidence: 0.6 }));
    }
  }
  out.sort((a, b) => a.start - b.start);
  // "The transport minister, Pavel Hruby," / "Its director, Jane Roe,": the role written before the name.
  for (const c of out) if (c.kind === 'person' && !c.role && !c.partial) c.role = roleBeforeAppositive(text, c.spanStart, c.spanEnd);
  // "Justices Sanjiv Khanna and Dipankar Datta", "Sens. Ann Roe, Tom Hale and …": each name the plural opens holds its role.
  for (let k = 0; k < out.length; k++) {
    const c = out[k]!;
    const plural = c.kind === 'person' && c.role && /^(\p{L}+)\.?\s/u.exec(text.slice(c.spanStart, c.start));
    if (!plural || !PLURAL_HONORIFICS.has(plural[1]!.toLowerCase())) continue;
    for (let prev = c, j = k + 1; j < out.length; j++) {
      const next = out[j]!;
      if (next.kind !== 'person' || !/^(?:,\s+|,?\s+and\s+)$/.test(text.slice(prev.end, next.start))) break;
      next.role ??= c.role;
      prev = next;
    }
  }
  out.push(...employersBeforeRoles(text, out, tokens, gz), ...employersInRoles(text, out, gz), ...townsBeforeRoles(text, out, tokens));
  out.sort((a, b) => a.start - b.start);
  // A first name's usual gender, when compromise's lists have it as one only ("Margaret", not "Kerry").
  for (const c of out) {
    if (c.kind !== 'person') continue;
    const female = nlpR.femaleNames.some((r) => r.start === c.start);
    const male = nlpR.maleNames.some((r) => r.start === c.start);
    if (female !== male) c.nameGender = female ? 'female' : 'male';
  }
  const kept = inTitleCaseLines(text, out);
  return isGermanText(text) ? keepInGerman(kept) : kept;
}

/** A title and "of the" before a run: "Chancellor of the ", "Speaker of the ". */
const TITLE_OF_THE = /\b(\p{Lu}\p{Ll}+)\s+of\s+the\s+$/u;

/** Last words of a capitalised title whose "of" names the employer: "Chief Medical Officer of …", "President of …". */
const EMPLOYER_TITLE_ENDS = new Set(['officer', 'executive', 'president', 'chairman', 'chairwoman', 'chairperson', 'founder', 'co-founder', 'ceo', 'cfo', 'coo', 'cto', 'partner']);

/** Words a Title Case line leaves in lower case. */
const TITLE_CASE_SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'vs', 'via', 'per', 'into', 'over']);

/**
 * Lines in Title Case ("Halvard Biosciences Reports Positive Phase 3 Results for HB-204"): a press
 * release's or an American site's headline, a subheading. Four capitalised words or more, nearly all
 * its words, no sentence inside it, and common words among them: at least two that the text also
 * writes in lower case ("results", "asthma"). A list of names ("Bob Marley, Bruno Mars, Drake") or a
 * title and a name ("Press Secretary Dana Whitlock") has none.
 */
function titleCaseLines(text: string): Range[] {
  const out: Range[] = [];
  let lowerWords: Set<string> | undefined;
  for (const m of text.matchAll(/[^\n]+/g)) {
    const line = m[0];
    if (line.length > 200 || /[.!?]["”’]?\s+\p{Lu}/u.test(line)) continue;
    const words = line.match(/[\p{L}][\p{L}’'-]*/gu)?.filter((w) => !TITLE_CASE_SMALL.has(w)) ?? [];
    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
    if (capitalised.length < 4 || capitalised.length < words.length * 0.85) continue;
    lowerWords ??= new Set(text.match(/(?<![\p{L}’'-])\p{Ll}[\p{L}’'-]*/gu) ?? []);
    const common = capitalised.slice(1).filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && lowerWords!.has(w.toLowerCase())).length;
    if (common >= 2) out.push({ start: m.index, end: m.index + line.length });
  }
  return out;
}

/**
 * In a Title Case line capitals say nothing: a name there is kept when the text names it the same
 * way elsewhere, or it is known ("Halvard Biosciences Reports Positive Phase" is no organisation).
 */
function inTitleCaseLines(text: string, out: Candidate[]): Candidate[] {
  const lines = titleCaseLines(text);
  if (!lines.length) return out;
  const inLine = (c: Candidate) => lines.some((r) => c.start >= r.start && c.end <= r.end);
  const elsewhere = new Set(out.filter((c) => !inLine(c)).map((c) => foldKey(c.name)));
  return out.filter((c) => !inLine(c) || elsewhere.has(foldKey(c.name)) || c.evidence.some((e) => /is a known|capital of|dateline/.test(e)));
}


/** A role held for a constituency: "member for …", "Conservative MP for …", "senator for …". */
const CONSTITUENCY_ROLE = /\b(?:member|MP|MSP|MS|MLA|AM|TD|senator|councillor|congressman|congresswoman|representative|candidate)\s+for\s+\p{Lu}/u;

/** A role that only an organisation gives, then "of" or "at" and a name: "executive director of Fair Districts Georgia". */
const EMPLOYER_IN_ROLE = /\b(?:director|president|chair|chairman|chairwoman|chief executive|head|founder|co-founder|spokes(?:man|woman|person)|secretary general|general secretary|manager|partner|economist|analyst|researcher|professor|fellow|editor|ceo)\s+(?:of|at)\s+((?:the\s+)?[\p{Lu}][\p{L}’'&.-]*(?:\s+(?:[\p{Lu}][\p{L}’'&.-]*|of|and|for|the|&)){0,5})$/u;

/**
 * "Laura Mims, executive director of Fair Districts Georgia": the name after a role only an
 * organisation gives and "of" or "at" is that organisation, unless it is a place.
 */
function employersInRoles(text: string, out: Candidate[], gz: Gazetteer): Candidate[] {
  const found: Candidate[] = [];
  for (const c of out) {
    if (c.kind !== 'person' || !c.role) continue;
    const m = EMPLOYER_IN_ROLE.exec(c.role);
    if (!m) continue;
    // ("director of the FDA's Office of Neuroscience": the office, not the owner run into it.)
    const name = m[1]!.replace(/^the\s+/i, '').replace(/^\p{Lu}[\p{L}&.-]*['’]s\s+/u, '').replace(/\s+(?:of|and|for|the|&)$/i, '');
    if (name.split(/\s+/).length < 2 || gz.places.has(foldKey(name)) || gz.orgs.has(foldKey(name))) continue;
    const start = text.indexOf(name, c.end);
    if (start < 0 || start - c.end > 120) continue;
    const end = start + name.length;
    if (out.some((o) => o !== c && o.kind !== 'person' && o.start <= start && o.end >= end) || found.some((o) => o.start === start)) continue;
    found.push(make({ kind: 'organisation', name, start, end, spanStart: start, spanEnd: end, surface: name, evidence: [`in the role “${c.role}”`], confidence: 0.6 }));
  }
  return found;
}

/** A role that only an organisation gives, in lower case before a person's name ("manager", "head coach", "chief executive"). */
const EMPLOYER_ROLE_BEFORE_NAME = /((?:[\p{Lu}][\p{L}’'&.-]*[ \t]+){1,3})(head[ \t]+coach|chief[ \t]+executive|managing[ \t]+director|manager|chairman|chairwoman|owner|coach|founder|boss|captain|striker|goalkeeper|midfielder|defender|analyst|researcher|economist|strategist)[ \t]+$/u;
/**
 * Roles that a field gives as well as an employer ("Political analyst", "Climate researcher"): the
 * words before them name an organisation only inside a sentence, where their capitals are a name's.
 * (Not a spokesperson's: "Opposition spokeswoman", "Government spokesman" name no organisation.)
 */
const FIELD_ROLES = new Set(['analyst', 'researcher', 'economist', 'strategist']);
/** Places of work that make a job with the role after them ("Station manager", "Site owner"), capitalised only to open a sentence. */
const WORKPLACE_NOUNS = new Set(['station', 'site', 'store', 'shop', 'branch', 'team', 'club', 'farm', 'restaurant', 'hotel', 'pub', 'bar', 'plant', 'factory', 'depot', 'project', 'programme', 'program', 'office', 'ward', 'unit', 'practice', 'centre', 'center', 'camp', 'venue', 'stadium', 'theatre', 'theater', 'museum', 'library', 'mill', 'mine', 'yard', 'general', 'property', 'estate', 'business', 'company', 'firm']);

/** `pattern` matched in the 60 characters before a person's full name, and where the match starts. */
function beforePerson(text: string, c: Candidate, pattern: RegExp): { m: RegExpExecArray; start: number } | null {
  if (c.kind !== 'person' || c.partial) return null;
  const from = Math.max(0, c.spanStart - 60);
  const m = pattern.exec(text.slice(from, c.spanStart));
  return m ? { m, start: from + m.index } : null;
}

/**
 * "Harbour City manager Erik Lindqvist", "Vantor chief executive Raj Mehta": the name before a role
 * only an organisation gives is that organisation, unless it is a place, a people ("Moroccan") or
 * part of the title ("Deputy").
 */
function employersBeforeRoles(text: string, out: Candidate[], tokens: Token[], gz: Gazetteer): Candidate[] {
  const found: Candidate[] = [];
  for (const c of out) {
    const hit = beforePerson(text, c, EMPLOYER_ROLE_BEFORE_NAME);
    if (!hit) continue;
    const { m, start } = hit;
    let words = tokens.filter((t) => t.start >= start && t.end <= start + m[1]!.trimEnd().length);
    // "… beat Selby Vale. Vale manager Sian Hughes": the name is in the sentence of the role.
    const opens = words.findLastIndex((t) => t.sentenceStart);
    if (opens > 0) words = words.slice(opens);
    // A sentence's first word when it is a common one ("The", "But") is not part of the name.
    while (words.length && words[0]!.sentenceStart && COMMON_CAPITALISED.has(words[0]!.lower)) words = words.slice(1);
    if (!words.length || words.some((t) => isTitle(t) || isHonorific(t) || !t.cap)) continue;
    if (FIELD_ROLES.has(m[2]!) && (words[0]!.sentenceStart || nlp(words[0]!.text).has('#Adjective'))) continue;
    // "Station manager Tom Ridley said": a place of work opening the sentence makes a job, not a name.
    if (words.length === 1 && words[0]!.sentenceStart && WORKPLACE_NOUNS.has(words[0]!.lower)) continue;
    const name = textOf(text, words);
    const key = foldKey(name);
    if (gz.places.has(key) || (words.length === 1 && (isDemonym(words[0]!.text) || ORG_WORDS.has(words[0]!.lower)))) continue;
    if (out.some((o) => o.start <= words[0]!.start && o.end > words[0]!.start && o.kind !== 'person')) continue;
    const end = words[words.length - 1]!.end;
    found.push(make({ kind: 'organisation', name, start: words[0]!.start, end, spanStart: words[0]!.start, spanEnd: end, surface: name, evidence: [`gives “${m[0].slice(m[1]!.length).trim()}” ${c.name} a role`], confidence: 0.6 }));
  }
  return found;
}

/** "former Brackley mayor Owen Tate": the name before a role only a town gives is the town. */
function townsBeforeRoles(text: string, out: Candidate[], tokens: Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (const c of out) {
    const hit = beforePerson(text, c, PLACE_ROLE_BEFORE_NAME);
    if (!hit) continue;
    const { m, start } = hit;
    const name = m[1]!.trim();
    if (!/^[\p{Lu}]/u.test(name) || tokens.some((t) => t.start === start && ((t.sentenceStart && COMMON_CAPITALISED.has(t.lower)) || isTitle(t) || ORG_WORDS.has(t.lower)))) continue;
    if (out.some((o) => o.start <= start && o.end > start && o.kind !== 'person') || found.some((o) => o.start === start)) continue;
    found.push(make({ kind: 'place', name, start, end: start + name.length, spanStart: start, spanEnd: start + name.length, surface: name, evidence: [`has a ${m[2]!.toLowerCase()}`], confidence: 0.55 }));
  }
  return found;
}

/** A town or region and a role only it gives, before a person's name: "Brackley mayor Owen Tate". */
const PLACE_ROLE_BEFORE_NAME = /([\p{Lu}][\p{L}’'-]*(?:[ \t]+[\p{Lu}][\p{L}’'-]*)?)[ \t]+(mayor|governor|provost|burgomaster)[ \t]+$/u;

/** "the transport minister, " / "a spokesperson for the minister, " / "Acme's chief executive, ": a determiner or an owner's name, then the role, then a comma. */
const ROLE_BEFORE = /(?:^|[\s(])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Ee]l|[Ll][ae]|[Ii]l|[Oo]|\p{Lu}[\p{L}-]*['’]s|\p{Lu}[\p{L}-]*s['’])\s+((?:[\p{L}’'-]+\s+){0,7}?[\p{L}’'-]+),\s*$/u;
// ("ministra de Vivienda", "ministre de l'Intérieur": the "of" of French, Spanish, Italian and Portuguese copy.)
const ROLE_PREPOSITIONS = new Set(['of', 'on', 'at', 'for', 'in', 'de', 'del', 'di', 'da', 'du', 'des', 'do']);
/** Adjectives that French, Spanish, Italian and Portuguese write after a role noun: "secrétaire générale", "secretario general", "directeur adjoint". */
const POSTPOSED_ROLE_ADJECTIVES = new Set(['général', 'générale', 'general', 'generale', 'adjoint', 'adjointe', 'adjunto', 'adjunta', 'aggiunto', 'délégué', 'déléguée', 'delegado', 'delegada', 'ejecutivo', 'ejecutiva', 'executivo', 'executiva', 'esecutivo']);
/** Roles whose remit follows "to": "ambassador to the UN", "adviser to the prime minister". */
const ROLES_WITH_TO = new Set(['ambassador', 'envoy', 'adviser', 'advisor', 'aide', 'commissioner', 'consul', 'representative', 'delegate', 'counsel']);

/**
 * The role in "the union's general secretary, Bernard Okafor", "the mayor of Grendon, Alice
 * Tarrant": the phrase before the name, when it ends in a role noun or in a role noun and a short
 * phrase after "of", "on", "at", "for" or "in".
 */
export function roleBeforeAppositive(text: string, start: number, end?: number): string | null {
  const written = text.slice(Math.max(0, start - 100), start);
  // ("the captain, 54-year-old Gerald Okonkwo-Hale": an age before the name belongs to the name, not to the role.)
  const age = /(,\s*)(?:an?\s+)?(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old\s+$/.exec(written);
  const before = age ? written.slice(0, age.index + age[1]!.length) : written;
  let m = ROLE_BEFORE.exec(before);
  // "The United Arab Emirates was represented by its vice-president, ": a clause is no role; the role
  // is the phrase after its verb ("its vice-president").
  const verb = m ? /^.*\b(?:was|were|is|are|has|have|had|been|be)\s+/.exec(m[1]!) : null;
  if (m && verb) {
    const offset = m.index + m[0].indexOf(m[1]!) + verb[0].length;
    const rest = ROLE_BEFORE.exec(before.slice(offset));
    m = rest ? Object.assign(rest, { index: rest.index + offset }) : null;
  }
  if (!m) return null;
  // ("Speaking in Beijing alongside his Pakistani counterpart, Ishaq Dar, Mr Wang said": a name the
  // commas close on both sides is an appositive wherever the phrase before it stands.)
  const closed = end !== undefined && /^\s*,/.test(text.slice(end, end + 3));
  if (!closed && inOpeningPhrase(before.slice(0, m.index))) return null;
  // "the verdict of Ofgem's director of enforcement, ", "the verdict of the regulator's director, ":
  // the role is what follows the owner's name (or an owner after "of").
  // "The jury also heard from the home's former manager, ", "shared the rotas with the company's finance
  // officer, ": a clause before the role ends at a preposition that opens no remit ("from", "with", "by",
  // not "of" or "for"); the role is what follows that preposition's determiner.
  const clause = /^.*\s(?:from|with|by|against|alongside|beside|behind|about|among|between)\s+(?:the|an?|its|their|his|her|our)\s+/iu.exec(m[1]!);
  const held = clause ? m[1]!.slice(clause[0].length) : m[1]!;
  const owner = /^.*(?:\p{Lu}[\p{L}-]*|\bof\s+(?:the\s+|an?\s+)?[\p{L}-]+)['’]s\s+/u.exec(held);
  const phrase = owner ? held.slice(owner[0].length) : held;
  const words = phrase.toLowerCase().split(/\s+/);
  const isRole = (w: string) => ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.split('-').pop()!);
  // ("Britain's ambassador to the UN, ": a diplomat's or an adviser's "to" opens a remit too.)
  // ("la secrétaire générale de la CFDT", "el secretario general de …": Romance copy puts the adjective after the noun.)
  const roleBefore = (k: number) => isRole(words[k - 1]!) || (k > 1 && POSTPOSED_ROLE_ADJECTIVES.has(words[k - 1]!) && isRole(words[k - 2]!));
  const prep = words.findIndex((w, k) => k > 0 && (ROLE_PREPOSITIONS.has(w) || (w === 'to' && ROLES_WITH_TO.has(words[k - 1]!))) && roleBefore(k));
  if (!roleBefore(words.length) && !(prep > 0 && words.length - prep <= 6)) return null;
  // "the minister told reporters, …" is no role; a verb-like word before the role noun is part of
  // it ("the state transport minister", "the press secretary").
  const lastRole = words.findLastIndex(isRole);
  if (words.some((w, k) => k > lastRole && readSpeechVerb(w, true))) return null;
  // "», a déclaré le ministre de l'Economie, Antoine Mercier": the role is what follows the verb and its article.
  const verbAt = words.findLastIndex((w, k) => k < lastRole && !!readSpeechVerb(w, false) && !readSpeechVerb(w, false)!.typo);
  if (verbAt >= 0) return phrase.split(/\s+/).slice(verbAt + 1).join(' ').replace(/^(?:le|la|les|el|los|las|il|lo|the)\s+/i, '');
  return phrase;
}

/** Words that open a sentence's introductory phrase: "According to a report in …", "At the hearing in …". */
const OPENING_PREPOSITION = /^(?:according|in|at|on|from|for|after|before|during|under|with|without|despite|unlike|like|by|since|as|following|speaking|writing)\b/i;

/**
 * True when the sentence so far (up to a role phrase) is one phrase opened by a preposition, with
 * no comma yet: "According to a report in the Argus Leader, Gov. Jo Bell launched …" names a paper,
 * not Bell's role; "In an interview, the firm's chief executive, Jo Bell, said" keeps it.
 */
function inOpeningPhrase(sentenceSoFar: string): boolean {
  const sentence = sentenceSoFar.slice(Math.max(sentenceSoFar.search(/[.!?]["”’]?\s+[^.!?]*$|\n[^\n]*$/) + 1, 0)).trimStart();
  return OPENING_PREPOSITION.test(sentence) && !sentence.includes(',');
}

/**
 * "the Port of Rotterdam said", "a spokeswoman for the Port of Tyne": the authority that runs a
 * port, named after it. Not where the words say a place ("in Port of Spain", "ships bound for the
 * Port of Tyne"), nor a name that is itself a known place. ("City of …" is left alone: "the City of
 * London" is as often the district as its corporation.)
 */
function portAuthorityName(text: string, run: Token[], gz: Gazetteer): boolean {
  if (run.length < 3 || run[0]!.lower !== 'port' || !run[0]!.cap || run[1]!.lower !== 'of' || !run.slice(2).every((t) => t.cap)) return false;
  if (gz.places.has(foldKey(textOf(text, run)))) return false;
  return !/\b(?:in|at|into|near|to|from|outside|off|through|entering|leaving|bound\s+for)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, run[0]!.start - 20), run[0]!.start));
}

/**
 * "Sen. Douglas Harlan of Arizona": a person's name ends before "of <known place>". Organisations
 * keep theirs ("Bank of England", "Port of Rotterdam"), as do titles ("Governor of Texas").
 */
function splitAtOfPlace(text: string, run: Token[], gz: Gazetteer): Token[][] {
  const k = run.findIndex((t, i) => i > 0 && t.lower === 'of');
  if (k < 0) return [run];
  // A sentence's "The" is still on the run here ("The Port of Rotterdam said").
  const name = run[0]!.lower === 'the' ? run.slice(1) : run;
  // "Port of Spain", "the Gulf of Aden": a place named with "of" is one place.
  if (gz.places.has(foldKey(textOf(text, name))) || portAuthorityName(text, name, gz)) return [run];
  const head = run.slice(0, k);
  const tail = run.slice(k + 1);
  if (!tail.length || !gz.places.has(foldKey(textOf(text, tail)))) return [run];
  if (head.some(isOrgWord) || isTitle(head[head.length - 1]!)) return [run];
  // "the Gulf of Finland", "Isle of Man": a sea, an island or a cape named by a place is one place.
  if (head.length === 1 && OF_PLACE_HEADS.has(head[0]!.lower)) return [run];
  return [head, tail];
}

/** Words that name a sea, an island, a cape or a mountain by the place after their "of" ("Gulf of Finland"). */
const OF_PLACE_HEADS = new Set(['gulf', 'bay', 'sea', 'strait', 'straits', 'isle', 'island', 'islands', 'cape', 'mount', 'lake', 'firth', 'bight', 'vale', 'mouth']);

/**
 * "Irene Sato of Bluehill Capital": a person's name, then "of" and the organisation they work for,
 * are two names. Only when the words before "of", after any rank or honorific, are a name compromise
 * reads as a person's, with no title or organisation word in it ("Bank of England", "Secretary of
 * State" and "Duke of Kent" stay whole).
 */
function splitAtOfOrganisation(text: string, run: Token[], people: Range[], gz: Gazetteer): Token[][] {
  const k = run.findIndex((t, i) => i > 1 && t.lower === 'of');
  // A sentence's first word ("But Irene Sato of …") is dropped later; it does not count here.
  const from = run[0]!.sentenceStart && COMMON_CAPITALISED.has(run[0]!.lower) ? 1 : 0;
  if (k < 0 || k - from > 5) return [run];
  const head = run.slice(0, k);
  const tail = run.slice(k + 1);
  // The organisation has an organisation word, at the end or inside ("University College London"),
  // or is known or an acronym ("Rosaly Lopes of NASA"), or opens with one ("Anna Keller of ETH Zurich").
  // ("Ben Twomey of Generation Rent": two words or more that no one's name is, after a name compromise reads as a person's, also.)
  // ("Tom Reed of North Yorkshire", "Ann Lee of Little Hadham": a region or a village, which the loop reads as a place.)
  const unknownBody = tail.length >= 2 && tail.length <= 4 && tail.every((t) => t.cap) && !covered(people, tail[0]!.start, tail[tail.length - 1]!.end) && !isGivenName(tail[0]!.text) && !PLACE_WORDS.has(tail[tail.length - 1]!.lower) && !gz.places.has(foldKey(textOf(text, tail)));
  if (!tail.some(isOrgWord) && !gz.orgs.has(foldKey(textOf(text, tail))) && !(tail.length <= 3 && /^\p{Lu}{2,6}$/u.test(tail[0]!.text)) && !unknownBody) return [run];
  // Ranks and honorifics may open it ("Detective Inspector Laura Finch of Kelby Police"); not within the name.
  let first = from;
  while (first < head.length - 1 && (isTitle(head[first]!) || isHonorific(head[first]!))) first++;
  const named = head.slice(first);
  if (named.some((t) => !t.cap || isOrgWord(t) || isTitle(t) || isHonorific(t))) return [run];
  // A rank or honorific before the words says they are a person's name even where compromise does not know it ("Detective Sergeant Priya Nair").
  if (named.length < 2 || !(covered(people, named[0]!.start, named[named.length - 1]!.end) || (first > from && named.length <= 3))) return [run];
  return [head, tail];
}

/** "China’s state-owned Kestrel news agency": the words after a name that make it a news organisation, as its role. */
function orgTrailerRole(text: string, start: number, end: number): string | null {
  const after = text.slice(end, end + 40);
  const trailer = ORG_TRAILERS.find((w) => new RegExp(`^\\s+${w}\\b`, 'i').test(after));
  if (!trailer) return null;
  const ownedBy = /(state-owned|state-run|government-run|official|independent|private)\s+$/i.exec(text.slice(Math.max(0, start - 40), start));
  return `${ownedBy ? `${ownedBy[1]} ` : ''}${trailer}`;
}

/**
 * ", the party of …", ", a Lisbon-based company that …", ", the group behind …": an appositive whose
 * noun is a kind of organisation, and ends the phrase (not "the party's leader", "a company director").
 */
const ORG_APPOSITIVE = /^,\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,3}?(party|company|firm|group|union|bank|charity|agency|broadcaster|newspaper|airline|carmaker|retailer|insurer|lender|club|alliance|coalition|movement|militia|network|startup|start-up|think tank|think-tank|nonprofit|non-profit|lobby|unit)(?=\s*[,.;)]|\s+(?:of|that|which|whose|founded|led|run|based|behind|in|with)\b)/u;

/** Words that say what a lower-case ministry or office does: "the transport ministry", "the national statistics office". */
const INSTITUTION_DOMAINS = [...INSTITUTION_REMITS].join('|');
// ("Russia's defence ministry said": a country's possessive instead of "the".)
const LOWER_MINISTRY = new RegExp(`(?:\\b[Tt]he|\\p{Lu}[\\p{L}-]*['’]s)\\s+((?:(?:${INSTITUTION_DOMAINS})\\s+){1,2}(?:ministry|office|department|agency|service|directorate|inspectorate|commission))\\b`, 'gu');

/** "the transport ministry said": an institution named in lower case by what it does. */
function lowerCaseInstitutions(text: string, skip: Range[]): Candidate[] {
  const out: Candidate[] = [];
  LOWER_MINISTRY.lastIndex = 0;
  for (const m of text.matchAll(LOWER_MINISTRY)) {
    // "Russia's defence ministry" keeps whose it is in its name; "the defence ministry" is named by its remit.
    const owned = !/^[Tt]he\s/.test(m[0]);
    const start = owned ? m.index : m.index + m[0].length - m[1]!.length;
    const end = m.index + m[0].length;
    if (skip.some((r) => start >= r.start && start < r.end)) continue;
    // "the state weather agency, Aemet.": the name in the appositive is the institution's; these words only describe it.
    if (/^,\s+\p{Lu}[\p{L}\p{N}’'&.-]*(?:\s+\p{Lu}[\p{L}\p{N}’'&.-]*){0,4}\s*[,.;)]/u.test(text.slice(end, end + 80))) continue;
    const name = text.slice(start, end);
    out.push(make({ kind: 'organisation', name, start, end, spanStart: m.index, spanEnd: end, surface: name, evidence: [`“${m[0]}”: an institution named by its remit`], confidence: 0.6 }));
  }
  return out;
}

/** "an Ashgrove-based company", "Korvik-born": the name before "-based" or "-born" is a place. */
function basedPlaces(text: string, tokens: Token[], gz: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const m = BASED.exec(t.text);
    if (!m || gz.orgs.has(foldKey(m[1]!))) continue;
    // "São Paulo-based", "New York-based": the words before that the place's name opens with.
    let start = t.start;
    for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
      const p = tokens[k]!;
      if (!p.cap || !/^[ \t]$/.test(text.slice(p.end, tokens[k + 1]!.start))) break;
      const longer = text.slice(p.start, t.start + m[1]!.length);
      if (!gz.places.has(foldKey(longer)) && !PLACE_NAME_OPENERS.has(p.lower)) break;
      start = p.start;
    }
    const name = text.slice(start, t.start + m[1]!.length);
    const entry = gz.places.get(foldKey(name));
    out.push(make({ kind: 'place', name, start, end: start + name.length, spanStart: start, spanEnd: start + name.length, surface: name, canonical: entry?.canonical ?? null, capitalOf: entry?.capitalOf ?? null, evidence: [`“${text.slice(start, t.end)}”`], confidence: 0.6 }));
  }
  return out;
}

/** "Glasgow-based", "Kelby-born": a place's name with the word that says how something belongs there. */
const BASED = /^(\p{Lu}[\p{L}’']+)-(based|born|headquartered)$/u;
/** Offices a title opens with, before "of" or "for" and the remit ("Minister of State for Energy Affairs", "Secretary of Energy"). */
const OFFICE_TITLES = new Set(['minister', 'secretary', 'commissioner', 'director', 'ambassador', 'governor', 'chancellor', 'envoy', 'undersecretary', 'under-secretary']);
/** A saint's title opening a place's name in Spanish, Portuguese or Italian ("Santa Clara", "São Carlos"). */
const SAINT_OPENERS = new Set(['san', 'santa', 'santo', 'são', 'sao']);
/** Words a place's name opens with ("San Mateo", "Port Talbot", "New Cardale"). */
const PLACE_NAME_OPENERS = new Set([...SAINT_OPENERS, 'new', 'los', 'las', 'el', 'la', 'le', 'st', 'st.', 'saint', 'port', 'fort', 'cape', 'mount', 'lake', 'north', 'south', 'east', 'west', 'upper', 'lower', 'great', 'little']);

/**
 * Lower-case institution words after a place name: "Wexley council", "Ostby ferry company", "has run
 * the Brenmoor municipal archive for 31 years" (but not "the Kelby council of churches" or "the
 * Wexley council for the Hill party", where the words after it may belong to another name).
 */
const LOWER_INSTITUTION = /^(?:\s+(?:municipal|city|county|town|district|borough|regional|state|parish|village|ferry|water|health|harbour|harbor|port|fire|planning|transport|bus|rail|school|education|housing))?\s+(council|police|archive|library|museum|government|authority|hospital|university|college|company|board|trust|party|union)\b(?!\s+of\b|\s+for\s+(?:(?:the|a|an|its|their)\b|\p{Lu}))/u;

/** An appositive that makes the name before it a place: ", a hamlet of forty homes", ", a 1960s tower block,". */
const APPOSITIVE_PLACE = /^,\s+(?:a|an|the)\s+(?:[\p{L}\p{N}’'-]+\s+){0,3}?(village|town|city|hamlet|suburb|port|island|district|county|province|region|borough|municipality|settlement|neighbourhood|neighborhood|block|building|estate|tower|street|square)(?=\s*[,.;)]|\s+(?:of|in|on|near|beside|where|that|which|with|just|north|south|east|west)\b)/u;

/** Nouns right before a name that make it an organisation: "the firm X", "the campaign group X", "the port operator, X,". */
/** Nouns of ORG_NOUN_BEFORE that are people's jobs too ("the broadcaster Priya Sethuraman"). */
const PERSON_JOB_TOO = new Set(['broadcaster', 'developer', 'contractor', 'publisher', 'supplier']);
const ORG_NOUN_BEFORE = /\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:\p{Lu}\p{Ll}+(?:-\p{Ll}+)?\s+)?(?:[a-z'’-]+\s+){0,2}?(firm|company|group|operator|charity|developer|brokerage|insurer|lender|carrier|airline|retailer|publisher|newspaper|broadcaster|consultancy|watchdog|regulator|startup|start-up|manufacturer|supplier|contractor|think tank|think-tank|union|agency|organisation|organization|association|club|network|lobby|service)\s*,?\s*$/u;

/** A kind of organisation opening the sentence before its name, without an article: "Residents' group X said", "Campaign group X", "Trade body X". */
const ORG_NOUN_OPENING = /(?:^|[.!?]["”’]?\s+|\n)[\p{Lu}][\p{L}-]*['’]?\s+(?:[a-z-]+\s+)?(group|body|charity|union|association|watchdog|regulator|coalition|alliance|network|campaign|lobby)\s+$/u;

/**
 * An appositive after a name that makes it an organisation: ", a health technology company", ", Norway's
 * data protection authority". Not an owner's noun before a role (", the group's marine policy officer"
 * is a person's role), nor where a person works (", a banking analyst at the firm").
 */
const ORG_APPOSITIVE_AFTER = /^,\s+(?:a|an|the|\p{Lu}[\p{L}-]*['’]s)\s+(?:(?!(?:at|of|for|with|from|in|on|by|the|a|an)\s)[\p{L}’'-]+\s+){0,4}?(company|firm|group|operator|charity|developer|brokerage|insurer|lender|carrier|airline|retailer|publisher|newspaper|broadcaster|consultancy|watchdog|regulator|authority|startup|manufacturer|supplier|contractor|maker|(?:chip|car|auto|drug|plane|steel|toy|phone|smartphone|truck|tyre|tire|game|battery|vaccine|aircraft|engine|handset|shoe|watch)maker|chain|producer|agency|union|association)\b(?!['’])/u;

/** Words before "company" or "firm" that say which, not what it does ("the same company", "a private firm"). */
const NOT_INDUSTRY = new Set(['the', 'a', 'an', 'same', 'other', 'private', 'public', 'parent', 'holding', 'small', 'large', 'big', 'new', 'old', 'local', 'national', 'foreign', 'listed', 'rival', 'this', 'that', 'his', 'her', 'its', 'their', 'our', 'family', 'sister', 'shell']);

/** Kinds of company that open a headline or sentence before the company's name ("Chipmaker Orvane", "Carmaker X", "Retailer Y"). */
// (Only makers that are companies: a "lawmaker", "filmmaker" or "playmaker" is a person.)
const COMPANY_DESCRIPTOR = /^(?:(?:car|auto|chip|drug|toy|plane|jet|phone|handset|steel|ship|truck|tyre|tire|vaccine|aircraft|engine|battery|candy|snack|watch|shoe)-?maker|retailer|lender|insurer|airline|carrier|miner|broadcaster|regulator|watchdog|startup|start-up|conglomerate|brewer|publisher|developer|supermarket|grocer|bank|fund)$/;

/** A kind of company in lower case right before a name: "equipment maker ", "retail giant ", "Budget carrier ". */
const COMPANY_KIND_BEFORE = /\b\p{L}+\s+(maker|giant|manufacturer|conglomerate|chipmaker|carmaker|automaker|drugmaker|firm|company|start-?up|carrier|airline|lender|insurer|retailer|broadcaster|miner|supermarket|grocer|bank|consultancy|brokerage)\s+$/u;

/** Appositive nouns that name a person's job as often as a kind of company ("a crane operator", "a film producer"). */
const JOB_OR_COMPANY = new Set(['operator', 'developer', 'publisher', 'contractor', 'producer', 'maker', 'broadcaster', 'supplier', 'retailer', 'manufacturer']);

/** A possessive followed by a role only organisations have: "Nordkai Logistik's managing director". */
/** "Ofcom’s director of networks", "Acme’s head of sales": a department's head, for a name no one tags as a person's. */
const ORG_POSSESSIVE_OFFICE = /^['’]s\s+(?:(?:deputy|assistant|group|global|chief)\s+)?(?:director|head|vice[- ]president)\s+of\s+\p{Ll}/u;
const ORG_POSSESSIVE_ROLE = /^['’]s?\s+(?:managing director|chief executive|chief financial officer|chief operating officer|chief (?:economist|strategist|scientist|investment officer|technology officer|marketing officer)|general counsel|director[- ]general|board|shareholders|operations director|finance director)\b/;

/** A kind of place written in lower case after a name: "the Merrow bridge", "the Oude Sluis lock". */
/** A kind of group in lower case after its name: "the Save Thornbury Fields campaign". */
const GROUP_AFTER = /^[ \t]+(campaign|group|coalition|movement|alliance|collective)\b/;
const LOWER_PLACE_AFTER = /^[ \t]+(bridge|lock|locks|dam|reservoir|tunnel|pier|quay|wharf|harbour|harbor|estuary|river|canal|airport|crossing|peninsula|coastline|valley|district|estate|border)\b/;

/**
 * "state" or "province" in lower case after a name, then what a state has: a title ("state Gov."),
 * its government, officials, capital or a punctuation mark. Not "state visit" or "state funeral",
 * which follow a head of state's name.
 */
const STATE_AFTER = /^[ \t]+(state|province)(?=[ \t]*[,.;]|[ \t]+(?:\p{Lu}|(?:government|governor|legislature|assembly|capital|police|officials|authorities|lawmakers|prosecutors|elections?|health|border|line)\b))/u;

/** Nouns of a route whose two ends "between X and Y" names. */
const ROUTE_BETWEEN = /\b(?:ferr(?:y|ies)|flights?|trains?|buses|routes?|road|roads|railway|rail|link|links|crossings?|border|bridge|tunnel|pipeline|service|services|journey|trip|voyage|shuttle|lines?|track|motorway|highway|stretch|corridor|canal)(?:\s+\p{Ll}+){0,2}\s+between\s+$/iu;

/** True when [start, end) is one end of "<route noun> between X and Y". */
function isRouteEnd(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  if (ROUTE_BETWEEN.test(before)) return /^\s+and\s+(?:the\s+(?:\p{Ll}+\s+){0,2}of\s+)?[\p{Lu}]/u.test(text.slice(end, end + 40));
  // The second end: "between Lundvik and Tarro" (a capitalised name right after the route noun's "between").
  const first = /\bbetween\s+(?:the\s+(?:\p{Ll}+\s+){0,2}of\s+)?[\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+)?\s+and\s+(?:the\s+(?:\p{Ll}+\s+){0,2}of\s+)?$/u.exec(before);
  return !!first && ROUTE_BETWEEN.test(before.slice(0, first.index + 'between'.length) + ' ');
}

/**
 * "Ohioans", "Californian", "Londoner": a word for people from a place the gazetteer knows, not a
 * name (only "-an", "-ian", "-n", "-er" and "-ese" after the place, or after it less a final "a").
 */
function placeDemonym(word: string, gz: Gazetteer): boolean {
  const singular = word.replace(/s$/, '');
  if (!/^\p{Lu}\p{Ll}{4,}$/u.test(singular)) return false;
  return ['ian', 'an', 'n', 'er', 'ese'].some((suffix) => {
    if (!singular.endsWith(suffix)) return false;
    const stem = singular.slice(0, -suffix.length);
    return gz.places.has(foldKey(stem)) || gz.places.has(foldKey(`${stem}a`));
  });
}

/**
 * True when the text also uses an adjective made from `name` ("Velmaran" for Velmara, "Corvellan"
 * for Corvella, "Ostian" for Ostia, "Kenyan" for Kenya) before a noun in lower case: only places
 * have demonyms. ("Julian said" is a first name: the word after it must be a noun, not a verb.)
 */
export function hasDemonym(text: string, name: string): boolean {
  if (name.length < 4 || !/^[\p{Lu}][\p{Ll}]+$/u.test(name)) return false;

  const stem = /[aeiouy]$/.test(name) ? name.slice(0, -1) : name;
  // Only adjective endings ("-an", "-ian", "-ese"): a bare "-n" after any vowel would also take a German
  // plural for an adjective ("Jahre" and "Jahren").
  const forms = new Set([`${name}an`, `${name}ian`, `${name}ese`, `${stem}an`, `${stem}ian`, `${stem}ese`, ...(name.endsWith('a') ? [`${name}n`] : [])]);
  forms.delete(name);
  for (const form of forms) {
    // (Most forms are nowhere in the text: a plain search says so far sooner than the pattern.)
    if (!text.includes(form)) continue;
    // Before a noun ("the Velmaran government") or an organisation's name ("the Corvellan Shipowners' Council").
    const re = new RegExp(`(?<![\\p{L}])${form}\\s+(\\p{Ll}+|(?:[\\p{Lu}][\\p{L}’'-]*\\s+){0,3}[\\p{Lu}][\\p{L}’'-]*)`, 'gu');
    for (const m of text.matchAll(re)) {
      const next = m[1]!;
      if (/^\p{Ll}/u.test(next) ? !readSpeechVerb(next, true) && !NOT_A_NOUN_AFTER_NAME.test(next) : ORG_WORDS.has(next.split(/\s+/).pop()!.toLowerCase().replace(/['’]s?$/, ''))) return true;
    }
  }
  return false;
}

/** Words after a first name that show it is a person's ("Julian has", "Marian and"), not an adjective. */
const NOT_A_NOUN_AFTER_NAME = /^(?:is|was|has|had|have|will|would|can|could|may|might|must|should|did|does|and|or|but|who|whose|which|that|of|in|at|on|to|for|from|with|by|as|said|says|told|also|then|[a-z]+ed|[a-z]+ly)$/;

/** "Wexford Street, Salford": the town after a street in an address. */
const ADDRESS_BEFORE_TOWN = /\b(Street|Road|Avenue|Lane|Square|Grove|Close|Drive|Terrace|Crescent|Gardens|Parade|Boulevard)\s*,\s+$/;

/** A person in a report, an age perhaps, and "from" or "of" before where they live: "the man, from X", "a woman, 43, of X", "aged 43, from X", "A grandmother from X". */
const HOME_BEFORE_NAME = /\b(?:man|woman|boy|girl|teenager|youth|pensioner|resident|driver|mother|father|student|worker|victim|suspect|men|women|couple|family|year-olds?|\d{1,3}|aged\s+\d{1,3}),\s+(from|of)\s+$|\b[Aa]n?\s+(?:[\p{Ll}-]+\s+)?(?:man|woman|boy|girl|teenager|pensioner|grandmother|grandfather|mother|father|couple|family|student)\s+(from)\s+$/iu;

/** Chambers of a legislature that "the" names alone: "the House", "the Commons", "the Lords". */
const CHAMBERS = new Set(['House', 'Commons', 'Lords']);

/** The rest of a sentence, in its paragraph, then "She" or "He" opening the next one. */
const NEXT_SENTENCE_PRONOUN = /^[^.!?\n]*[.!?]["”’]?[ \t]+(?:She|He)[ \t]+\p{Ll}/u;

/** A compass point in lower case after a preposition: "of north Devon", "in southern Calvaria", "across the north-east". */
const COMPASS_BEFORE = /\b(?:in|of|across|to|from|into|throughout)\s+(?:the\s+)?((?:north|south)(?:-?(?:east|west))?|east|west|northern|southern|eastern|western|central)\s+$/;

/** "towns south of the city such as Paiporta, Catarroja and Alfafar": names listed after a plural kind of place. */
/** One or two capitalised words, an item of a list of places. */
const LIST_ITEM = String.raw`[\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+)?`;
const PLACE_KINDS = ['towns', 'cities', 'villages', 'countries', 'nations', 'regions', 'provinces', 'states', 'islands', 'districts', 'neighbourhoods', 'neighborhoods', 'suburbs', 'municipalities', 'ports', 'capitals', 'places', 'areas', 'counties', 'communities', 'settlements', 'locations', 'destinations', 'resorts', 'hotspots'];
const PLACES_LISTED_BEFORE = new RegExp(`\\b(${PLACE_KINDS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})\\s+(?:[\\p{Ll}-]+\\s+){0,5}?(such as|including|like)\\s+(?:${LIST_ITEM}(?:,\\s+|,?\\s+(?:and|or)\\s+))*$`, 'u');

/** "published in", "writing in the journal", "a paper in the": before the name of a journal. */
const PUBLISHED_IN = /\b(?:published|appeared|appears|appear|publishes|writing|wrote|reported|report|paper|study|letter|article|commentary|editorial)\s+in\s+(?:the\s+)?(?:(?:peer-reviewed|medical|scientific|academic)\s+)?(?:journal\s+)?$/i;

/** "in Benue, " before a middle item, with "and" or "or" still to come after it. */
const PLACE_LIST_OPEN = new RegExp(`\\b(in|across|throughout)\\s+((?:${LIST_ITEM},\\s+)+)$`, 'u');
const PLACE_LIST_GOES_ON = new RegExp(`^,?\\s+(?:${LIST_ITEM},\\s+)*(?:and|or)\\s+\\p{Lu}`, 'u');
/** "in Benue, Plateau and " before the last item. */
const PLACE_LIST_CLOSE = new RegExp(`\\b(in|across|throughout)\\s+((?:${LIST_ITEM},\\s+)+${LIST_ITEM},?\\s+(?:and|or)\\s+)$`, 'u');

/**
 * "in Benue, Plateau and Zamfara": every item of a list of names after "in" is a place, as the
 * first is. (Not a date's list: "In March, Smith and Jones said"; nor one that opens with a given name.)
 */
function placeListCue(text: string, runStart: number, runEnd: number): string | undefined {
  const before = text.slice(Math.max(0, runStart - 120), runStart);
  const open = PLACE_LIST_OPEN.exec(before);
  const list = open && PLACE_LIST_GOES_ON.test(text.slice(runEnd, runEnd + 120)) ? open : PLACE_LIST_CLOSE.exec(before);
  if (!list) return undefined;
  const words = list[2]!.match(/\p{Lu}[\p{L}’'-]*/gu) ?? [];
  return words.some((w) => CALENDAR.has(w.toLowerCase())) || isGivenName(words[0]!) ? undefined : list[1]!.toLowerCase();
}

/** Plural nouns for people, before a list of their names ("External members Jayanth Varma and Ashima Goyal"). */
const PEOPLE_NOUNS = 'members|judges|ministers|officials|directors|lawmakers|MPs|senators|victims|players|candidates|economists|researchers|scientists|authors|founders|co-founders|brothers|sisters|sons|daughters|parents|twins|winners|finalists|nominees|hostages|suspects|defendants|doctors|nurses|activists|journalists|reporters|survivors|residents|students|teachers';
/** Who is named as a person: "him", "her", or a noun for one. */
const PERSON_NOUN = '(?:him|her|the\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:man|woman|boy|girl|victim|suspect|deceased|driver|rider|pilot|officer|teenager|child|pedestrian|attacker|gunman|cyclist|motorcyclist|climber|swimmer|passenger))';
const LISTED_PEOPLE = new RegExp(`\\b(?:${PEOPLE_NOUNS})\\s*,?\\s+(?:${String.raw`[\p{Lu}][\p{L}’'-]+(?:\s+[\p{Lu}][\p{L}’'-]+){1,2}`}(?:,\\s+|,?\\s+and\\s+))*$`, 'u');
const NAMED_AS = new RegExp(`\\b(?:(?:named|identified)\\s+${PERSON_NOUN}|${PERSON_NOUN}\\s+(?:was|has\\s+been|had\\s+been|is)\\s+(?:named|identified)(?:\\s+locally)?)\\s+as\\s+$`, 'iu');

/** What says the name after `before` is a person's: listed after a plural noun for people, or named as one. */
function peopleCue(before: string): string | null {
  const listed = LISTED_PEOPLE.exec(before);
  if (listed) return `listed after “${/^\S+/.exec(listed[0])![0]}”`;
  return NAMED_AS.test(before) ? 'named as a person' : null;
}

/** "to" or "from" when a travel or trade word comes before it (lexicon MOTION_BEFORE_NAME), for the evidence; else undefined. */
function motionCue(before: string): string | undefined {
  const head = beforeListHead(before);
  return MOTION_BEFORE_NAME.test(head) ? /(\S+)\s+$/.exec(head)![1] : undefined;
}

/** A list's first names and "and"/"or" before the last ("Flights to Paris and ", "in Kelby, Ebbing or "). */
const LIST_HEAD_BEFORE = /(?:[\p{Lu}][\p{L}’'-]+\s+){0,2}[\p{Lu}][\p{L}’'-]+,?\s+(?:and|or)\s+$/u;

/** What comes before a list's last name with the list's first names taken off, so a cue before the list reads for every name in it. */
function beforeListHead(before: string): string {
  return before.replace(LIST_HEAD_BEFORE, '');
}

/** The start of a dateline's line up to a region: "MILLBROOK, " (a city in capitals and a comma). */
const DATELINE_REGION_BEFORE = /^\s*[\p{Lu}][\p{Lu} .'’-]+,\s*$/u;

/** "Korvik Grain Terminal (KGT)": a bracketed acronym made of the name's initials. */
function acronymOf(text: string, run: Token[], runEnd: number): boolean {
  if (run.length < 2) return false;
  const m = /^\s*\(([\p{Lu}]{2,8})\)/u.exec(text.slice(runEnd, runEnd + 12));
  if (!m) return false;
  return initials(textOf(text, run)) === m[1];
}

/**
 * Where a name that goes on before its commas starts, when the acronym in brackets after it says
 * so: "Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU)" starts at "Kenya", "the
 * Health, Education, Labor and Pensions Committee (HELP)" at "Health" (the acronym's letters are
 * the whole name's initials, in order, from the first, some words left out). Else `start`.
 */
function acronymStart(text: string, start: number, end: number): number {
  const acronym = /^\s*\(([\p{Lu}]{3,10})\)/u.exec(text.slice(end, end + 14))?.[1];
  if (!acronym || abbreviates(acronym, initials(text.slice(start, end)))) return start;
  // Back one capitalised word at a time, over commas (and "and", "of" between words).
  let from = start;
  let commas = 0;
  for (let words = 0; words < 8; words++) {
    const word = /(?:^|[\s(])(\p{Lu}[\p{L}’'-]*)(,?\s+(?:(?:and|of|for|&)\s+)?)$/u.exec(text.slice(Math.max(0, from - 40), from));
    if (!word) return start;
    if (word[2]!.includes(',')) commas++;
    from -= word[1]!.length + word[2]!.length;
    if (abbreviates(acronym, initials(text.slice(from, end)))) return commas ? from : start;
  }
  return start;
}

/** Colours, which products come "in" ("available in Plasma Blue"). */
/** What follows a weather warning's colour: "wind warning", "weather alert", "warning for rain". */
const WARNING_AFTER = /^\s+(?:(?:wind|rain|snow|ice|fog|heat|weather|flood|storm|thunderstorm|health|tornado|fire)\s+)?(?:warnings?|alerts?)\b/i;

const COLOUR_WORDS = new Set(['blue', 'red', 'green', 'black', 'white', 'grey', 'gray', 'silver', 'gold', 'pink', 'purple', 'orange', 'yellow', 'bronze', 'graphite', 'titanium', 'midnight']);

/** Words before the platform a post is on: "wrote on", "a post on", "a video posted on". */
const PLATFORM_BEFORE = /\b(?:wrote|posted|said|shared|written|tweeted|post|posts|video|videos|message|messages|livestream|live-streamed|broadcast|account|page|channel|profile|thread)\s+on\s+$/i;

/** After a name: a clause between commas that opens with a participle, then a verb of speech (", reporting from Port Sudan, said"). */
const CLAUSE_THEN_SPEECH = /^,\s+\p{Ll}+(?:ing|ed)\s[^,.;:“”"\n]{2,60},\s+(?:said|says|told|added|warned|insisted|explained)\b/u;

/** The rest of a sentence leads into a quotation with a verb of speech and a colon: " weighed in on X, posting: “". */
function introducesQuote(rest: string): boolean {
  const colon = /^[^.!?:“”"\n]*?:\s*[“"]/.exec(rest);
  return !!colon && colon[0].split(/[^\p{L}]+/u).some((w) => {
    const verb = w ? readSpeechVerb(w, false) : null;
    return !!verb && !verb.typo;
  });
}

/** A capitalised name before a traded grade's noun or its contract code: "Brent crude", "Brent oil futures", "Arabica coffee futures", "Brent LCOc1". */
const COMMODITY_AFTER = new RegExp(String.raw`\b(\p{Lu}[\p{L}-]+)[ \t]+(?:crude|(?:oil|coffee|cocoa|wheat|gold|crude)[ \t]+futures|${INSTRUMENT_CODE_WORD}\b)`, 'gu');

/** Capitalised names that are neither a person, an organisation nor a place an article is about. */
const NOT_ACTORS = new Set([
  'white house', 'downing street', 'élysée palace', 'elysee palace', 'élysée', 'elysee', 'oval office', 'west wing', 'situation room', 'air force one', 'internet', 'web', 'covid', 'covid-19', 'black friday', 'cyber monday', 'new year', 'world war ii', 'world war i', 'cold war',
  // Products and platforms news names like places or people ("features in Chrome", "Siri said"): no actor.
  'chrome', 'safari', 'firefox', 'android', 'ios', 'iphone', 'ipad', 'windows', 'chatgpt', 'copilot', 'siri', 'alexa', 'playstation', 'xbox',
  // Weather patterns: "as BOM declares El Niño".
  'el niño', 'el nino', 'la niña', 'la nina',
]);
/** The last word of a broadcaster's name. */
const BROADCAST_END = /^(?:News|Sports|Sport|TV|Radio|Television)$/;
/** Kinds of storm, which name one ("Storm Brenna", "Hurricane Melissa"). */
const STORM_KINDS = ['storm', 'hurricane', 'typhoon', 'cyclone'];
/** Words that open a storm's name ("Tropical Storm Erin" too). */
const STORM_WORDS = new Set([...STORM_KINDS, 'tropical']);
/** A kind of storm, capitalised, right before a name ("Tropical" alone names none). */
const STORM_BEFORE = new RegExp(`(?:^|\\s)(?:${STORM_KINDS.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})[ \\t]+$`);
/** Last words of the name of an event, a prize or a competition: not an actor. */
const EVENT_WORDS = new Set(['cup', 'trophy', 'finals', 'final', 'open', 'championship', 'championships', 'games', 'olympics', 'tournament', 'prize', 'award', 'awards', 'festival', 'week', 'day', 'show', 'expo', 'marathon', 'grand prix', 'series', 'briefing', 'hearing', 'debate', 'performance', 'concert', 'exhibition']);

/** Words that name a minister's portfolio as well as a trade ("Fisheries Secretary", "Energy Minister"). */
const PORTFOLIO_WORDS = new Set(['press', 'cabinet', 'fisheries', 'energy', 'communications', 'telecoms', 'telecom', 'utilities', 'healthcare', 'mining', 'petroleum', 'oil', 'shipping', 'media', 'insurance', 'farms']);

const SPOKESPERSON = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** Organisation words that, alone and capitalised, name the one institution of the story's country. */
const SINGLE_WORD_INSTITUTIONS = new Set(['parliament', 'congress', 'senate', 'cabinet', 'assembly', 'pentagon', 'kremlin', 'knesset', 'bundestag', 'bundesrat', 'duma', 'politburo', 'storting', 'riksdag', 'sejm', 'oireachtas', 'dáil', 'dail', 'treasury', 'bundesbank', 'bundeswehr', 'moncloa']);

/** "Lisbon-based", "London-listed", "state-backed": a describing prefix, not part of the name. */
const DESCRIPTIVE_PREFIX = new RegExp(`^[\\p{L}.]+-(?:${DESCRIBING_SUFFIXES})$`, 'iu');

/** Last words that make a capitalised name a place. */
/** "Prosecuting, Amir Latif said", "Defending, Claire Hutton told the court": a barrister's side in a court report. */
function courtSide(before: string): string | null {
  const side = /(?:^|\n|[.!?]["”’]?\s+)(Prosecuting|Defending|Mitigating)(?: for the (?:Crown|prosecution|defence|defense))?,\s+$/.exec(before)?.[1];
  return side ? (side === 'Prosecuting' ? 'prosecutor' : 'defence counsel') : null;
}

/** Who speaks for an office, before its name: "a statement from ", "a spokeswoman for the ", "officials at the ". */
const OFFICE_VOICE_BEFORE = /\b(?:statements?|spokes(?:man|woman|person)|sources?|officials?|aides?)\s+(?:from|for|at|in)\s+(?:the\s+)?$/i;

/** Last words of the names of laws and treaties. */
const LAW_WORDS = new Set(['act', 'amendment', 'treaty', 'accord', 'accords', 'directive', 'statute', 'ordinance']);
/** Place words that follow a possessive in a place's name: "Queen's Park", "St Peter's Square", "King's Road", "Robin Hood's Bay", "St John's Wood". */
const POSSESSIVE_PLACE_WORDS = new Set(['park', 'square', 'street', 'road', 'lane', 'bridge', 'gardens', 'quay', 'wharf', 'terrace', 'crescent', 'avenue', 'bay', 'point', 'island', 'hill', 'wood', 'cross']);
const PLACE_WORDS = new Set(['row', 'terrace', 'crescent', 'embankment', 'mews', 'pier', 'marina', 'canal', 'street', 'road', 'avenue', 'boulevard', 'lane', 'square', 'bridge', 'highway', 'drive', 'plaza', 'quay', 'wharf', 'harbour', 'harbor', 'island', 'islands', 'river', 'lake', 'mountains', 'valley', 'province', 'county', 'region', 'strait', 'sea', 'ocean', 'bay', 'peninsula', 'desert', 'creek', 'hills', 'falls', 'beach', 'heights', 'park', 'canyon', 'forest', 'coast', 'reservoir', 'dam', 'grove', 'gardens', 'parade', 'point', 'shoal', 'reef', 'atoll', 'glacier', 'fjord', 'lagoon', 'basin', 'delta', 'room']);

/** "a spokesman for …" right before a name: what has a spokesperson is an organisation. */
const SPOKESPERSON_FOR = new RegExp(`\\b${SPOKESPERSON_WORD}\\s+for\\s+(?:the\\s+)?$`, 'i');

/** " and Octopus Energy both": another name, ending in its last word, then "both" or "each". */
const ORG_BESIDE_BOTH = /^\s+and\s+(?:\p{Lu}[\p{L}’'&.-]*\s+){0,3}(\p{Lu}[\p{L}’'&.-]*)\s+(?:both|each)\b/u;

/** "The company's rival ", "its biggest competitor ": a business's rival, named next, is a business. */
const BUSINESS_RIVAL_BEFORE = /\b(?:[Tt]he\s+(?:company|firm|group|bank|lender|insurer|airline|carrier|retailer|chain|carmaker|housebuilder|chipmaker|supermarket|brewer|publisher|startup|start-up)['’]s|[Ii]ts)\s+(?:(?:main|biggest|largest|closest|nearest|larger|smaller|chief|listed|former|old|arch-?)\s+)?(?:rival|competitor|peer)\s*,?\s*$/;

/** A building or a settlement, then "in", right before a name: "a community centre in ", "a village in ". */
const PLACE_NOUN_IN = /\b(?:centre|center|hospital|school|church|mosque|temple|station|airport|hotel|prison|shelter|camp|home|house|farm|factory|plant|mine|port|harbour|harbor|village|town|city|suburb|district|street|road|park|stadium|court|office|warehouse|store|shop|market|base|clinic|library|museum)\s+in\s+$/i;

/** "His daughter, ", "their eldest son " right before a name: whose relative, then the family word. */
const KIN_BEFORE = /\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:eldest|youngest|older|younger|late|only|twin|teenage|adult)\s+)?(\p{L}+)\s*,?\s+$/u;

/** Offices that are no surname, so a name never ends with one ("First Minister", "Foreign Secretary"; not "Major", "King", "Judge"). */
const OFFICES_NO_SURNAME = new Set(['minister', 'president', 'secretary', 'premier', 'senator', 'commissioner', 'ambassador', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chairperson', 'ceo', 'treasurer', 'governor', 'mayor', 'envoy', 'chancellor', 'executive']);

/** Titles written as letters, which never open an organisation's name ("CEO of Northwind Labs"). */
const ROLE_ACRONYMS = new Set(['ceo', 'cfo', 'coo', 'cto', 'cmo', 'cio', 'evp', 'svp', 'vp']);

/** Newspapers named by one word ("the Guardian", "the Times"). */
const NEWSPAPER_WORDS = new Set(['times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'telegraph', 'guardian', 'courier', 'chronicle', 'observer', 'independent', 'scotsman', 'sun', 'mirror', 'express', 'globe', 'examiner', 'inquirer', 'sentinel', 'economist', 'advertiser', 'star']);
/** Last words of a periodical's name ("the Northern Review", "the Irish Literary Quarterly", "the Kelby Weekly"). */
const PERIODICAL_ENDS = new Set(['review', 'quarterly', 'echo', 'mail', 'star', 'standard', 'express', 'mirror', 'argus', 'record', 'magazine', 'journal', 'weekly', 'monthly', 'digest', 'bulletin', 'gazette', 'times', 'post', 'herald', 'tribune', 'chronicle', 'courier', 'observer', 'telegraph', 'examiner', 'inquirer', 'sentinel', 'advertiser']);
/** Where words are given to a newspaper: "told the …", "writing in the …", "in an interview with the …". */
const OUTLET_BEFORE = /\b(?:told|interview with|wrote in|writing in|quoted by|reported by|quoted in|shared with|seen by|obtained by|published by|published in|according to)\s+the\s+$/i;

/** Last words of a name that make it a body of people: a club ("Leeds United"), a party's members ("House Democrats"). */
const GROUP_ENDS = new Set(['united', 'democrats', 'republicans', 'conservatives']);
/**
 * "Wingtech said it would take legal action. Its shares fell …", "Harrow Paper blamed energy costs.
 * The company said …": a name opening a sentence, then a sentence that opens with what only a
 * business has ("Its shares", "Its board") or calls it one ("The company"), is a company, never a person.
 */
const ITS_BUSINESS_NEXT = /(?:^|[.!?]["”’]?[ \t]+|\n)(\p{Lu}[\p{L}&’'-]*(?:[ \t]+\p{Lu}[\p{L}&’'-]*){0,2})[ \t]+\p{Ll}+\b[^.!?\n]*[.!?]["”’]?[ \t]+(?:Its[ \t]+(?:shares|stock|share price|board|shareholders|profits?|revenue|sales|factories|plants|stores|subsidiaries)|The[ \t]+(?:company|firm))\b/gu;
/** "<Name> is a global solutions provider", "<Name> is an Oslo-based maker of …": a name the text calls a business. */
const IS_A_BUSINESS = /(?<![\p{L}’'-])(\p{Lu}[\p{L}&’'-]*(?:[ \t]+\p{Lu}[\p{L}&’'-]*){0,2})[ \t]+is[ \t]+an?[ \t]+(?:[\p{L}-]+[ \t]+){0,4}?(?:company|firm|provider|maker|manufacturer|supplier|business|start-?up|retailer|developer|operator|lender|insurer|carmaker|chipmaker|conglomerate)\b/gu;

/**
 * Whether a name is one side of a result: "Harbury Rovers 2-1 Selby Vale", "Leinster 24–17 Munster"
 * (a name, a score of two numbers, a name, on one line).
 */
function scoreSide(text: string, start: number, end: number): boolean {
  return /^[ \t]+\d{1,2}[ \t]*[-–][ \t]*\d{1,2}[ \t]+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 16)) || /(?:^|[ \t])\p{Lu}\p{Ll}+[ \t]+\d{1,2}[ \t]*[-–][ \t]*\d{1,2}[ \t]+$/u.test(text.slice(Math.max(0, start - 30), start));
}

/** Last words of football clubs' names that are more often a place's ("Town", "City"): clubs only in a sports report. */
const CLUB_ENDS = new Set(['town', 'city', 'county']);
/** Words of a match report: two different ones make a text a sports report. */
const SPORTS_WORDS = /\b(goals?|scored|fixtures?|kick-off|striker|midfielder|defender|goalkeeper|penalty|equalis(?:ed|er)|equaliz(?:ed|er)|stoppage time|injury time|half-time|play-offs?|playoffs?|relegation|touchdowns?|quarterback|overtime|innings|home runs?|rebounds|field goal)\b/gi;

/**
 * The role of a name after an honorific: the title words before it ("Treasury Secretary"), with the
 * honorific when it is a title itself ("U.S. District Judge", "Chief Justice"), else an appositive
 * after the name, else a titular honorific alone ("Judge").
 */
function honorificRole(text: string, run: Token[], honIdx: number, runEnd: number): string | null {
  const hon = run[honIdx]!;
  const office = TITULAR_HONORIFICS.get(honorificKey(hon));
  const titular = office !== undefined;
  const before = run.slice(0, honIdx);
  const titled = titular ? [...before, hon] : before;
  // "NHS England's medical director, Professor Sir Stephen Powis,": a role before the name says more than honorifics.
  const introduced = roleBeforeAppositive(text, run[0]!.start);
  if (introduced && before.every(isHonorific)) return introduced;
  // "U.S. Rep. Ilhan Omar" holds the role "U.S. Representative".
  // ("Det Ch Insp Mark Holloway": a chain of abbreviated ranks is read whole, "Detective Chief Inspector".)
  const spelled = (t: Token) => TITULAR_HONORIFICS.get(honorificKey(t)) || t.text;
  if (before.length && titled.some(isTitle)) return office ? `${before.map(spelled).join(' ')} ${office}` : textOf(text, titled);
  // ("Justices Sanjiv Khanna and …": each holds the role in the singular, "Justice".)
  const singular = PLURAL_HONORIFICS.has(hon.lower.replace(/\.$/, '')) ? honorificKey(hon).replace(/^\p{L}/u, (c) => c.toUpperCase()) : hon.text;
  return appositiveRole(text, runEnd) ?? (titular ? (office || singular) : null);
}

/**
 * Honorifics that are offices or ranks too, with the office an abbreviation stands for: "Judge
 * Rosalind Ibe" holds the role "Judge", "Sen. Ana Roe" the role "Senator"; "Dr Ann Roe" holds none.
 */
const TITULAR_HONORIFICS: ReadonlyMap<string, string> = new Map([
  ['judge', ''], ['justice', ''], ['professor', ''],
  ['sen', 'Senator'], ['rep', 'Representative'], ['gov', 'Governor'], ['cllr', 'Councillor'], ['amb', 'Ambassador'],
  ['gen', 'General'], ['col', 'Colonel'], ['capt', 'Captain'], ['lt', 'Lieutenant'], ['sgt', 'Sergeant'], ['det', 'Detective'], ['insp', 'Inspector'], ['supt', 'Superintendent'],
  ['cmdr', 'Commander'], ['adm', 'Admiral'], ['maj', 'Major'], ['brig', 'Brigadier'], ['cpl', 'Corporal'], ['pvt', 'Private'],
  ['ch', 'Chief'], ['asst', 'Assistant'], ['dci', 'Detective Chief Inspector'], ['dcs', 'Detective Chief Superintendent'], ['pcso', 'Police Community Support Officer'],
]);

/** Points of the compass: "South West", "North-East". */
const COMPASS = /^(?:north|south|east|west)(?:-?(?:east|west))?$/;
/** A first word that makes a name a region: "North Darfur", "Western Cape", "Central Java". */
/** The forest, not the company: "Amazon rainforest", "the Amazon basin", "the Brazilian Amazon". */
const AMAZON_FOREST = /\bAmazon\s+(?:rain\s?forest|basin|river|region|jungle|forest|biome)\b|\b(?:Brazilian|Peruvian|Colombian|Ecuadorian|Bolivian|Venezuelan)\s+Amazon\b|\bdeforestation\b[^.]{0,80}\bAmazon\b/;

/** Adjectives that open the names of villages and towns ("Little Hadham", "Great Ayton", "Upper Slaughter", "Long Melford"). */
const PLACE_ADJECTIVES = new Set(['little', 'great', 'upper', 'lower', 'nether', 'old', 'new', 'long', 'high', 'much', 'greater']);

const COMPASS_FIRST = /^(?:north|south|east|west|northern|southern|eastern|western|central)$/;

/** Words that open a place's name: "River Severn", "Lake Geneva", "Mount Kenya", "Loch Ness", "Cape Cod". */
const PLACE_FIRST_WORDS = new Set(['river', 'lake', 'mount', 'mt', 'mt.', 'loch', 'lough', 'cape', 'isle']);

function nameLikeRun(run: Token[]): boolean {
  return run.every((t) => t.cap || NAME_PARTICLES.has(t.lower) || t.lower === 'of' || t.lower === 'the');
}

/** A dateline's place in capitals has three letters or more and no "&" ("Q&A:", "UK:" open other lines). */
function isPlaceLikeCaps(name: string): boolean {
  return !name.includes('&') && name.replace(/[^\p{L}]/gu, '').length >= 3;
}

/** The line before `at` (an opening bracket) is a dateline's place: "LISBON ", "SAN JOSE, Calif. ". */
function datelineBefore(text: string, at: number): boolean {
  return DATELINE_PLACE.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at));
}
// ("COPENHAGEN, Feb 6 (Reuters) -": a wire's dateline may carry the day.)
const DATELINE_PLACE = new RegExp(String.raw`^[ \t]*[\p{Lu}][\p{Lu} .,'’-]*(?:${DATELINE_REGION})?(?:,\s*\p{L}{3,5}\.?\s\d{1,2})?\s*$`, 'u');

/** Whether only spaces stand between the start of its line and `at`. */
function opensLine(text: string, at: number): boolean {
  return !text.slice(text.lastIndexOf('\n', at - 1) + 1, at).trim();
}

/**
 * True when [start, end) opens its paragraph and is followed by a dateline's dash (after an optional
 * ", State" or "(Agency)"). `transcript`: the text is a transcript (isTranscript).
 */
function isDatelineAt(text: string, start: number, end: number, transcript: boolean): boolean {
  if (!opensLine(text, start)) return false;
  const after = text.slice(end, end + 60);
  // ("BEDFORD: It is a start.": in a transcript, a name in capitals and a colon is who speaks.)
  if (/^:/.test(after) && transcript) return false;
  return /^(?:,\s*[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?)?(?:,\s*[\p{L}]{3,5}\.?\s\d{1,2})?\s*(?:\([^)\n]{2,40}\))?\s*[–—:-]{1,2}\s/u.test(after);
}

/** A line opening with a name in capitals and a colon: "SEN. MARIA CANTWELL: Mr Whitaker, …", "BEDFORD: I agree." */
const TRANSCRIPT_LABEL = /^[ \t]*\p{Lu}[\p{Lu}.’'-]*(?:[ \t]+\p{Lu}[\p{Lu}.’'-]*){0,3}:[ \t]+\S/gmu;

/** Three lines or more open with a name in capitals and a colon: a transcript, where such a label names the speaker (a dateline comes once). */
function isTranscript(text: string): boolean {
  return (text.match(TRANSCRIPT_LABEL)?.length ?? 0) >= 3;
}

/**
 * "Holmsund Fishermen’s Association", "Fernhill Supporters' Trust", "the Dockers' Union of Ostby": two
 * capitalised runs joined by a possessive are one name when the second ends with an organisation word
 * (or starts with one and "of") and holds no title.
 */
function joinPossessiveNames(text: string, tokens: Token[], runs: Token[][], gz: Gazetteer): Token[][] {
  const out: Token[][] = [];
  for (const run of runs) {
    const prev = out[out.length - 1];
    // "The Delftmark Boat Owners’ Federation": a leading "The" does not count towards the name's length,
    // nor do connectors ("Transport and Dock Workers' Union"). Four words only when all are capitalised
    // ("Pierce County Prosecuting Attorney's Office"), not "Rosaly Lopes of NASA's Jet Propulsion Laboratory".
    const words = prev?.filter((t) => t.lower !== 'the' && t.lower !== 'and' && t.lower !== '&').length ?? 0;
    if (prev && (words <= 3 || (words === 4 && prev.every((t) => t.cap)))) {
      const gap = text.slice(prev[prev.length - 1]!.end, run[0]!.start);
      const last = run[run.length - 1]!;
      // "Farmers' Union of Wales", "Attorney's Office for the Western District": an organisation word heading an "of" or "for" phrase counts as its end.
      // "King's College London", "Alzheimer's Research UK": an organisation word and the place it serves.
      const orgWordAt = run.findIndex(isOrgWord);
      const orgThenPlace = orgWordAt >= 0 && orgWordAt < run.length - 1 && gz.places.has(foldKey(textOf(text, run.slice(orgWordAt + 1))));
      const orgEnd = isOrgWord(last) || orgThenPlace || (run.length > 2 && ORG_WORDS.has(run[0]!.lower) && REMIT_LINKS.has(run[1]!.lower));
      const prevKey = foldKey(textOf(text, prev));
      const prevIsName = gz.places.has(prevKey) || gz.orgs.has(prevKey);
      if (/^(['’]s|['’])[ \t]+$/.test(gap) && orgEnd && !prevIsName && !run.some((t) => isTitle(t) && !ORG_WORDS.has(t.lower)) && !run[0]!.sentenceStart && !prev.some(isHonorific)) {
        const between = tokens.filter((t) => t.start >= prev[prev.length - 1]!.end && t.end <= run[0]!.start);
        out[out.length - 1] = [...prev, ...between, ...run];
        continue;
      }
    }
    out.push(run);
  }
  return out;
}

const PRONOUN_WORDS = new Set(['i', 'he', 'she', 'we', 'they', 'it', 'you', 'me', 'him', 'her', 'us', 'them']);

/** A pronoun opening a run, but not "US" in capitals inside a sentence written in lower case (the country). */
function isPronounWord(t: Token, text: string): boolean {
  if (!PRONOUN_WORDS.has(t.lower)) return false;
  if (t.text !== 'US') return true;
  // In a line written in capitals ("TELL US WHAT YOU THINK") "US" is still the pronoun.
  const line = text.slice(text.lastIndexOf('\n', t.start - 1) + 1, (text.indexOf('\n', t.end) + 1 || text.length + 1) - 1);
  return line === line.toUpperCase();
}

/** What opens a surname written with a capital inside ("McKinsey", "MacLeod", "DeSantis", "LeBron", "DiCaprio", "VanDyke", "FitzGerald"). */
const SURNAME_PREFIX = /^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|St)$/;

/** "CalMac", "JetBlue", "BlackRock": two capitalised parts run together, the first no surname prefix. */
function isBrandWord(word: string): boolean {
  const m = /^(\p{Lu}\p{Ll}+)\p{Lu}\p{Ll}+$/u.exec(word);
  return !!m && !SURNAME_PREFIX.test(m[1]!);
}

/** What a company does, right after its name: "has cancelled", "will cut", "announced", "apologised". */
const BRAND_ACTS = /^\s+(?:(?:has|have|had|will|would)\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}+ed|cut|sold|bought|made|taken|won|lost|paid)|announced|cancell?ed|canceled|confirmed|reported|warned|apologi[sz]ed|suspended|launched|hired|bought|acquired|sued|denied|declined|plans|cut)\b/u;

/** The people a body or a place holds, opening a sentence before "of" ("Members of …", "Residents of …"): no part of its name. */
const MEMBERS_OF = /^(?:members|residents|supporters|officials|employees|workers|staff|leaders|representatives|delegates|shareholders|fans|customers|patients|parents|pupils|students|councillors|trustees|directors)$/;

/** compromise's lexicon: the words it knows, each with its tag. */
const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | undefined> } }).one.lexicon;

/** A word compromise knows as a word of the language, not as a name: "brief", "witness", "scotland"; not "marlow" or "dana". */
function isLexiconWord(word: string): boolean {
  const tag = LEXICON[word.toLowerCase()];
  return !!tag && !/(?:Name|Person|Honorific)$/.test(tag);
}

/** Words of a sentence in a heading written in capitals ("HOW TO USE A …", "WHAT WE KNOW"), never inside a name. */
const CAPITALS_HEADING_WORDS = new Set(['how', 'why', 'what', 'when', 'to', 'a', 'is', 'are', 'was', 'we', 'you', 'your', 'our', 'this', 'these', 'it', 'its', 'will', 'can', 'do', 'does']);

/** A list item: one to three capitalised words, perhaps in the possessive ("Macy’s", "NBC", "Frost & Sullivan"). */
const BRAND_LIST_ITEM = String.raw`\p{Lu}[\p{L}&.-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}&.-]*){0,2}(?:['’]s)?`;
const ITEM_BEFORE = new RegExp(`(?:^|,\\s*|\\s)(${BRAND_LIST_ITEM})\\s*,\\s*$`, 'u');
/** The last item of a list, after "and": ", Macy’s and " before it. */
const ITEM_BEFORE_AND = new RegExp(`,\\s*(${BRAND_LIST_ITEM}),?\\s+(?:and|or)\\s+$`, 'u');
const ITEM_AFTER = new RegExp(`^(?:['’]s)?\\s*,\\s*(?:and\\s+|or\\s+)?(${BRAND_LIST_ITEM})(?=\\s*(?:,|and\\b|or\\b|\\.|$))`, 'u');

/**
 * The name from `start` to `end` stands in a comma list next to an organisation the lexicon knows,
 * or after one found so already (`previous`, the candidate just before).
 */
function listedWithOrganisation(text: string, start: number, end: number, gz: Gazetteer, previous: Candidate | undefined): boolean {
  const known = (item: string | undefined) => !!item && (gz.orgs.has(foldKey(item.replace(/['’]s$/, ''))) || (previous?.kind === 'organisation' && foldKey(previous.surface) === foldKey(item)));
  const lead = text.slice(Math.max(0, start - 60), start);
  // In the middle of a list (an item on each side: "with the FBI, Webb confessed" is none), or last after "and".
  const before = ITEM_BEFORE.exec(lead)?.[1];
  const after = ITEM_AFTER.exec(text.slice(end, end + 60))?.[1];
  const last = ITEM_BEFORE_AND.exec(lead)?.[1];
  return (!!before && !!after && (known(before) || known(after))) || known(last);
}

/** Organisation words that are also surnames ("Margaret Court", "Charlotte Church", "Emily Post"). */
const SURNAME_ORG_WORDS = new Set(['court', 'church', 'post', 'guard', 'press']);

/** Ranks of nobility, which "the" goes before as before an institution: "The Duke said". */
const RANKS_OF_NOBILITY = new Set(['duke', 'duchess', 'earl', 'countess', 'count', 'marquess', 'marquis', 'viscount', 'baron', 'baroness', 'laird', 'maharaja', 'maharani', 'rajah', 'khan', 'tsar', 'czar', 'kaiser', 'shah', 'pharaoh', 'dalai']);

/** Nations whose name ends the names of national bodies ("Water UK", "Sport England", "Police Scotland", "Statistics Canada", "Tourism Australia"). */
const NATIONAL_BODY_ENDS = new Set(['UK', 'Scotland', 'Wales', 'England', 'Ireland', 'Cymru', 'Canada', 'Australia']);

/** Nouns that say what a country's team or a part of a country is, not a body's name ("Hosts England", "Middle England"). */
const NOT_NATIONAL_BODY_WORDS = new Set(['hosts', 'champions', 'favourites', 'favorites', 'holders', 'visitors', 'opponents', 'rivals', 'leaders', 'captain', 'coach', 'manager', 'middle', 'brexit', 'merrie']);

/**
 * "Water UK", "Universities UK", "Sport England", "Police Scotland": one to three capitalised words
 * the language has as nouns (or words that name a public service: "Police", "Transport"), then a
 * nation's name, are a national body's name. Not an adjective or a place before it ("Northern
 * Ireland", "Rural England", "Glasgow Scotland"), nor a word of a sports report ("Hosts England").
 */
function isNationalBody(text: string, run: Token[]): boolean {
  if (run.length < 2 || run.length > 4 || !NATIONAL_BODY_ENDS.has(run[run.length - 1]!.text)) return false;
  const words = run.slice(0, -1);
  if (!words.every((t) => t.cap && !t.upper && /^\p{L}+$/u.test(t.text) && !NOT_NATIONAL_BODY_WORDS.has(t.lower))) return false;
  // ("Public Health England", "Natural Resources Wales": an adjective opening a longer name is part of
  // it, when it says no part of the country, as "Northern" or "Rural" would.)
  const named = words.length >= 2 && !REGION_ADJECTIVES.has(words[0]!.lower) && nlp(words[0]!.text).has('#Adjective') ? words.slice(1) : words;
  const doc = nlp(textOf(text, named));
  if (doc.has('(#Adjective|#Place|#Person|#Demonym|#Determiner|#Preposition|#Value)')) return false;
  return named.every((t) => ROLE_FUNCTION_WORDS.has(t.lower)) || (doc.has('#Noun') && !doc.has('#Verb'));
}

/** Adjectives that say which part of a country ("Northern", "Rural England") or which age of it ("Old", "Modern"), never a body's name. */
const REGION_ADJECTIVES = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'mid', 'middle', 'rural', 'urban', 'greater', 'upper', 'lower', 'inner', 'outer', 'coastal', 'new', 'old', 'modern', 'ancient', 'medieval', 'little', 'great', 'whole']);

/** "We've", "They're", "Don't", "I'll" opening a quote: a pronoun or a verb with its contraction, never a name. */
function isContraction(lower: string): boolean {
  const m = /^([a-z]+)['’](ve|re|ll|d|m|s|t)$/.exec(lower);
  if (!m) return false;
  return PRONOUN_WORDS.has(m[1]!) || /^(?:that|there|here|what|who|let|don|can|won|isn|aren|wasn|weren|didn|doesn|hasn|haven|hadn|couldn|wouldn|shouldn)$/.test(m[1]!);
}

/**
 * "Scott Roe and Chinese Vice-Premier He Lin" are two names; "Food and Drug Administration",
 * "Bosnia and Herzegovina" and "Kessler & Moor" are one. A run is split at "and" unless the whole is
 * a known name or ends with an organisation word; names joined by "&" alone stay whole.
 */
function splitAtAnd(text: string, run: Token[], gz: Gazetteer): Token[][] {
  if (!run.some((t) => t.lower === 'and' || t.lower === '&')) return [run];
  // "Department of Health and Human Services": an institution's remit may list several things.
  if (isRemitName(run)) return [run];
  // "Port Authority of New York and New Jersey": an organisation of two places joined by "and".
  const of = run.findIndex((t) => t.lower === 'of');
  if (of > 0 && run.slice(0, of).some(isOrgWord)) {
    const places = run.slice(of + 1);
    const and = places.findIndex((t) => t.lower === 'and');
    if (and > 0 && [places.slice(0, and), places.slice(and + 1)].every((p) => p.length && gz.places.has(foldKey(textOf(text, p))))) return [run];
  }
  // (Known with "The" before it too, opening a sentence: "The Health and Safety Executive said".)
  const whole = foldKey(textOf(text, run.length > 1 && run[0]!.lower === 'the' ? run.slice(1) : run));
  // "Kessler & Moor", "Marks & Spencer": capitalised names joined only by "&" are a firm's name.
  const ampersandName = !run.some((t) => t.lower === 'and');
  // "British Gas and Octopus Energy both reported": "both" or "each" after the names says there are two.
  const two = !ampersandName && /^\s+(?:both|each)\b/.test(text.slice(run[run.length - 1]!.end, run[run.length - 1]!.end + 8));
  // ("Broadcom and Micron Technology also fell": a known organisation before "and" opens no longer name of one.)
  const and = run.findIndex((t) => t.lower === 'and');
  // ("Ceres Robotics and Tyvak Nano-Satellite Systems Inc": nor does a name of two words or more that an organisation word ends.)
  const firstIsName = and > 0 && (gz.orgs.has(foldKey(textOf(text, run.slice(0, and)))) || (and >= 2 && isOrgWord(run[and - 1]!) && !run.slice(0, and).some((t) => t.lower === 'of')));
  // ("U.S. Securities and Exchange Commission": a known name after a place's words is whole.)
  const knownAfterPlace = [1, 2].some((k) => run.length > k + 2 && !run.slice(0, k + 1).some((t) => t.lower === 'and' || t.lower === '&') && gz.orgs.has(foldKey(textOf(text, run.slice(k)))));
  if (!two && (ampersandName || gz.places.has(whole) || gz.orgs.has(whole) || knownAfterPlace || (ORG_WORDS.has(run[run.length - 1]!.lower) && !firstIsName))) return [run];
  const out: Token[][] = [];
  let cur: Token[] = [];
  for (const t of run) {
    if (t.lower === 'and' || t.lower === '&') {
      if (cur.length) out.push(cur);
      cur = [];
    } else cur.push(t);
  }
  if (cur.length) out.push(cur);
  return out;
}

/**
 * "China’s ambassador to Britain Liu Xiaoming", "Ambassador to the European Union Gordon Sondland":
 * a known place or organisation run together with the name after it (which compromise tags as a
 * person's) is two names. Not "New York Mayor Eric Adams": a title after the place makes the place
 * part of the role.
 */
function splitPlaceBeforeName(text: string, run: Token[], gz: Gazetteer, people: Range[]): Token[][] {
  // A sentence's first word ("In France Emmanuel Macron …") stays with the place; the loop drops it.
  const o = run[0]!.sentenceStart && COMMON_CAPITALISED.has(run[0]!.lower) ? 1 : 0;
  for (const k of [1, 2]) {
    const at = o + k;
    if (run.length - at < 2 || isTitle(run[at]!) || isHonorific(run[at]!)) continue;
    const rest = run.slice(at);
    // compromise may read the place and the first name as one person ("Britain Liu"): after "to", "in",
    // "from" (where a place goes), a person's range over the first name is enough ("Indiana Jones" stays whole).
    const afterPreposition = /\b(?:to|in|from|for|at)\s+$/i.test(text.slice(Math.max(0, run[o]!.start - 6), run[o]!.start));
    const nameLike = rest.every((t) => t.cap && !isOrgWord(t)) && (covered(people, rest[0]!.start, rest[rest.length - 1]!.end) || (afterPreposition && people.some((r) => r.start < rest[0]!.end && r.end > rest[0]!.start)));
    const head = foldKey(textOf(text, run.slice(o, at)));
    if ((gz.places.has(head) || gz.orgs.has(head)) && nameLike) return [run.slice(0, at), rest];
  }
  return [run];
}

/** "Department for …", "the Ministry of …", "Committee on …": an institution named by its remit. */
function isRemitName(run: Token[]): boolean {
  // ("Public Prosecutor's Office for Economic Crimes and Corruption": a possessive's "'s" is no word of its own here.)
  const words = (run[0]?.lower === 'the' ? run.slice(1) : run).filter((t) => !/^['’]s?$/.test(t.text));
  // ("National Union of Rail, Maritime and Transport Workers", "Federal Ministry of …": up to two words may open it.)
  const head = words.findIndex((t, k) => k <= 2 && REMIT_HEADS.has(t.lower));
  return head >= 0 && words.length >= head + 3 && words.slice(0, head).every((t) => t.cap) && (words[head + 1]!.lower === 'for' || words[head + 1]!.lower === 'of' || words[head + 1]!.lower === 'on');
}

const REMIT_HEADS = new Set(['department', 'ministry', 'office', 'committee', 'commission', 'secretary', 'secretariat', 'agency', 'bureau', 'directorate', 'council', 'institute', 'union', 'federation', 'confederation', 'association', 'center', 'centre', 'centers', 'centres', 'foundation', 'fund', 'school', 'college', 'academy', 'authority', 'service']);

/**
 * "Department for Environment, Food and Rural Affairs", "Department for Digital, Culture, Media
 * and Sport": a remit listed with commas and a last "and" is one institution's name, not several.
 */
function joinCommaListNames(text: string, tokens: Token[], runs: Token[][]): Token[][] {
  const out: Token[][] = [];
  for (let i = 0; i < runs.length; i++) {
    const head = runs[i]!;
    if (!isRemitName(head)) {
      out.push(head);
      continue;
    }
    // The runs after it, each after ", ", up to the one holding "and" (at most four).
    let end = -1;
    for (let j = i + 1; j < runs.length && j <= i + 4; j++) {
      if (!/^,[ \t]+$/.test(text.slice(runs[j - 1]!.at(-1)!.end, runs[j]![0]!.start))) break;
      if (runs[j]!.some((t) => t.lower === 'and')) {
        end = j;
        break;
      }
    }
    if (end < 0) {
      out.push(head);
      continue;
    }
    const last = runs[end]!.at(-1)!;
    out.push(tokens.filter((t) => t.start >= head[0]!.start && t.end <= last.end));
    i = end;
  }
  return out;
}

/** True when a title run is only an honorific-like abbreviation (Sen., Dr.), which says little of the role. */
const REGION_DEMONYM_KEYS = new Set(regionDemonyms().map(foldKey));
/** Definite articles of French, Spanish, Italian and Portuguese, as they open a sentence. */
const SENTENCE_ARTICLES = new Set(['le', 'la', 'les', 'el', 'los', 'las', 'il', 'lo', 'gli', 'o', 'os', 'as']);
/** "According to" opening a sentence in French, Spanish, Portuguese and Italian. */
const ACCORDING_TO = new Set(['selon', 'según', 'segun', 'segundo', 'secondo']);
/** What players do, in a sports report: "Kwame Asante scored", "Owen Tate saved". */
const PLAYER_VERBS = new Set(['scored', 'netted', 'equalised', 'equalized', 'headed', 'fired', 'struck', 'converted', 'kicked', 'threw', 'caught', 'saved', 'missed', 'hit', 'ran', 'rushed', 'passed', 'pitched', 'homered', 'served', 'broke', 'finished', 'crossed', 'assisted', 'dunked', 'blocked', 'intercepted', 'tackled']);
/** Titles of birth rather than office: the office an appositive names says more. */
const COURTESY_TITLES = new Set(['prince', 'princess', 'sheikh', 'sheikha']);
/** Ranks worn before a name that say less than an office named beside it ("Its president, Captain Felipe Aranguren"). */
const RANK_TITLES = new Set(['captain', 'capt', 'major', 'colonel', 'col', 'lieutenant', 'lt', 'commander', 'cmdr', 'sergeant', 'sgt', 'corporal']);

function isHonorificLike(roleTokens: Token[]): boolean {
  return roleTokens.length === 1 && HONORIFICS.has(honorificKey(roleTokens[0]!));
}
