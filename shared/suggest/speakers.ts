/**
 * Who said each quotation. Rules, most certain first:
 *  - trailing attribution right after the closing mark: "…,” Ms Roe said", "…,” said Ms Roe", "…,” she added";
 *  - leading attribution in the quote's own sentence: "Ms Roe said: “…”", "Ms Roe said that …“…”",
 *    "The minister described it as “…”" (the subject of the last speech verb before the quote);
 *  - "according to X" in the quote's sentence;
 *  - the subject of the quote's sentence when it names someone (fragment quotes);
 *  - reported speech closing the paragraph before a quote that names nobody ("X said members had no
 *    choice." then a paragraph that is the quote);
 *  - continuation: a quote with no attribution of its own continues the quote before it in the same
 *    paragraph, or the previous paragraph's when it opens its paragraph (or when it is a later part
 *    of a quote running over paragraphs).
 * Subjects may be names (with titles or honorifics), role references ("the Treasury chief") or
 * pronouns ("he said", and "the 58-year-old" or "the Italian" as one), resolved to the nearest
 * person named before, outside quotations, of a matching gender when the text shows one. Speech
 * verbs tolerate typos ("sayid").
 */
import type { ProposedActor, Reference } from './actors';
import type { Quotation } from './quotations';
import { BETWEEN_SPEAKER_AND_VERB, FAMILY_WORDS, isPostNominal, OTHER_OFFICE, PRONOUNS, PARTY_MEMBERS, ROLE_NOUNS, SPOKESPERSON_WORD, STAND_IN_NOUNS } from './lexicon';
import { isDemonym } from './candidates';
import { sentenceRanges } from './tokens';
import { readSpeechVerb, type VerbMatch } from './verbs';
import { escapeRegExp } from '../text/regexp';

/** Nothing but space, or letters after a name ("Tom Achebe KC, said"): the name ends the subject. */
function onlyLetters(gap: string): boolean {
  // ("The Alliance of Small Island States (Aosis) called": the bracket closing an acronym stands between too.)
  const words = gap.replace(/^\)/, '').trim();
  return !words || words.split(/\s+/).every(isPostNominal);
}

export interface SpeakerGuess {
  /** Index into the actors list, or null when no speaker could be found. */
  actor: number | null;
  confidence: number;
  evidence: string[];
  rule: 'trailing' | 'leading' | 'according' | 'subject' | 'continuation' | 'term' | 'none';
}

interface Subject {
  actor: number | null;
  end: number;
  start: number;
  words: string;
  via: 'name' | 'role' | 'known' | 'pronoun';
}

const WORD_AT = /^[\p{L}’'-]+/u;

/** A role phrase and comma before a name: "the union's general secretary, ". */
const APPOSITIVE_BEFORE = /^(?:the|its|their|his|her|our)\s+[^,.;:“”"\n]{2,60},\s*/i;
/** An appositive after a name, up to the comma before the verb: ", 52, the union's general secretary, ". */
const APPOSITIVE_AFTER = /^,\s*[^;:“”"\n]{1,140}?,\s*(?=[\p{L}’'-]+\s*(?:[,.;]|$))/u;
/**
 * A role phrase and its comma before a name, after a verb: "its general secretary, ", "the
 * union’s deputy leader, ", "Roe’s deputy, " (a name’s possessive).
 */
// ("afirmó la ministra de Vivienda, Isabel Rodríguez,": the articles of French, Spanish, Italian and Portuguese copy too.)
const ROLE_BEFORE_NAME = /^(?:(?:the|its|their|his|her|our|el|la|le|il|lo|o|a)\s+|[\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*){0,3}['’]s\s+)[^,.;:“”"\n]{2,60},\s*/u;
/** Lower-case words of a role right before a name: "union leader ", "crane operator ", "local resident ". */
const LOWER_ROLE_WORDS = /^(?:[\p{Ll}][\p{Ll}-]*\s+){1,4}/u;
/** A role qualified by a name before a person's name: "Rovers manager ", "Labour deputy leader ", "Acme Corp chief executive ". */
const NAMED_ROLE_WORDS = /^(?:[\p{Lu}][\p{L}’'.-]*\s+){1,3}(?:[\p{Ll}][\p{Ll}-]*\s+){1,3}/u;
/** Words that make lower-case words after a verb something other than a role ("said on Tuesday", "said a letter sent to"). */
const NOT_ROLE_WORDS = new Set([
  'to', 'on', 'in', 'at', 'of', 'for', 'with', 'by', 'from', 'about', 'after', 'before', 'during', 'since', 'until', 'into', 'over', 'under', 'as', 'than',
  'that', 'this', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'and', 'or', 'but', 'if', 'when', 'while', 'because', 'so',
  'yesterday', 'today', 'tonight', 'earlier', 'later', 'last', 'next', 'then', 'there', 'here', 'not', 'also', 'only', 'just', 'still', 'again',
]);
/** "…,” a spokeswoman said" / "…,” said a government spokesman": the trailing attribution names nobody, only a spokesperson. */
const UNNAMED_SPOKESPERSON = new RegExp(`^["”’']?[\\s,.—–-]*(?:an?\\s+(?:\\p{Ll}+\\s+)?${SPOKESPERSON_WORD}\\s+(\\p{Ll}+)\\b|(\\p{Ll}+)\\s+an?\\s+(?:\\p{Ll}+\\s+)?${SPOKESPERSON_WORD}\\s*[.,;])`, 'u');

/** "…,” a spokeswoman said", "…,” a spokesman told reporters", "…,” said a government spokesperson.": any attribution verb. */
function unnamedSpokespersonAfter(rest: string): boolean {
  const m = UNNAMED_SPOKESPERSON.exec(rest);
  const verb = m ? (m[1] ?? m[2])! : null;
  return !!verb && !!readSpeechVerb(verb, true);
}
/** Words before a role that leave its holder unnamed: "one official", "a spokesman", "several officers". */
/** "A spokesperson said: ", "A spokeswoman for the company added, ": someone unnamed leads into the quote. */
const UNNAMED_SPOKESPERSON_BEFORE = new RegExp(`(?:^|[.!?]["”’]?\\s+)(?:An?|One)\\s+(?:\\p{Ll}+\\s+)?${SPOKESPERSON_WORD}(?:\\s+for\\s+the\\s+\\p{Ll}+)?\\s+(?:said|says|added|told\\s+\\p{L}+)\\s*[:,]?\\s*$`, 'u');

const UNNAMED_WORDS = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'many', 'other', 'two', 'three']);
/** Verbs whose following name is the one spoken to: "told Reuters", "asked the minister" (but "…?” asked Ms Roe" is the speaker). */
const LISTENER_VERBS = new Set(['told', 'tells', 'asked', 'asks']);
/** Kinds of organisation a headline names alone as a speaker ("…, agency admits", "Council says …"). */
const HEADLINE_ORG_NOUNS = new Set(['agency', 'council', 'ministry', 'department', 'union', 'company', 'firm', 'bank', 'police', 'government', 'regulator', 'watchdog', 'authority', 'commission', 'board', 'club', 'party', 'operator', 'airline', 'court', 'trust', 'charity', 'group']);

const TOLD = new Set(['told', 'tells']);

/** "“…” That was the verdict of …", "This is the view from …": the next sentence says whose words they were. */
const VERDICT_OF = /^\s*(?:That|This|Such|So)\s+(?:was|is|were)\s+(?:the\s+)?(?:verdict|view|assessment|message|warning|conclusion|reaction|response|judge?ment|opinion|advice|plea|promise|word|answer)\s+(?:of|from)\s+/;
/** "“…,” was how Labour MP Ian Byrne described it": the name before the verb of describing. */
const WAS_HOW = /^[\s,]*(?:was|is)\s+how\s+/;

/** Someone's relation that introduces a name as a role does ("His neighbour Tamsin Rowe, who runs …, thinks"). */
const RELATION_WORDS = new Set(['neighbour', 'neighbor', 'friend', 'colleague', 'flatmate', 'roommate', 'classmate', 'teammate', 'team-mate', 'landlord', 'landlady', 'employer', 'boyfriend', 'girlfriend']);
const SPOUSES = new Set(['husband', 'wife', 'partner', 'widow', 'widower']);
/** The subject pronoun a possessive one stands for, as resolvePronoun takes it ("her barrister" → "she"). */
const SUBJECT_OF_POSSESSIVE: Readonly<Record<string, string>> = { her: 'she', his: 'he', their: 'they' };
/** Relations that show a gender ("Her husband … he says"). */
const RELATION_GENDER: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ...['husband', 'son', 'father', 'brother', 'grandfather', 'grandson', 'nephew', 'uncle', 'boyfriend', 'widower', 'dad', 'stepfather'].map((w) => [w, 'male'] as const),
  ...['wife', 'daughter', 'mother', 'sister', 'grandmother', 'granddaughter', 'niece', 'aunt', 'girlfriend', 'widow', 'mum', 'mom', 'stepmother'].map((w) => [w, 'female'] as const),
]);

/**
 * "the <word>" (or "the New York Democrat": a party's member after up to three words of a place;
 * "the retired teacher", "the former Malmö coach": a stand-in noun after one or two words), after a
 * quote or before a verb.
 */
const STAND_IN = String.raw`[Tt]he\s+(?:\p{Lu}[\p{L}.-]*\s+){0,3}?(${[...PARTY_MEMBERS].join('|')})\b|[Tt]he\s+(?:[\p{L}\d][\p{L}\d’'-]*\s+){1,2}?(${[...STAND_IN_NOUNS.keys()].join('|')})\b(?!-)|[Tt]he\s+(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+(?:an|er|ese|i))\b|[Tt]he\s+([\p{L}\d][\p{L}\d-]*)\b`;
const STAND_IN_AFTER = new RegExp(`^(?:${STAND_IN})`, 'u');
/** Someone unnamed opening a clause: "a student", "one resident", "an elderly woman" (the article, then up to two words, then the noun). */
const UNNAMED_PERSON = /(?:^|[.!?]["”’]?\s+|,\s+|\b(?:and|but|when|after)\s+)(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:[\p{Ll}-]+\s+){0,2}?)(\p{Ll}[\p{Ll}-]+)\b/gu;
/** People nouns that neither ROLE_NOUNS ("student") nor STAND_IN_NOUNS ("mother") hold, with the gender they show. */
const UNNAMED_GENDER: ReadonlyMap<string, 'male' | 'female' | null> = new Map([
  ['woman', 'female'], ['girl', 'female'], ['man', 'male'], ['boy', 'male'], ['neighbour', null], ['neighbor', null], ['friend', null], ['colleague', null], ['witness', null],
]);

/** A noun for a person: a role ("nurse"), a person ("woman") or a stand-in ("teenager"). */
function isPersonNoun(noun: string): boolean {
  return ROLE_NOUNS.has(noun) || UNNAMED_GENDER.has(noun) || STAND_IN_NOUNS.has(noun);
}

/** Someone unnamed at an organisation speaks for themself, unless they are its voice now ("a spokesman", not "a former manager"). */
function speaksForThemself(former: boolean, noun: string): boolean {
  return former || !ORG_VOICE_NOUNS.test(noun);
}

/**
 * Someone's words named as theirs right before the quote: "Nora's answer — ", "Dunmore's next message
 * was four words long: ", "Her reply: ", "His response, at 18:44, was " (the owner's "'s", or her/his/their).
 */
const OWNED_WORDS_BEFORE = /(?:(['’]s)|(?:^|[^\p{L}])([Hh]er|[Hh]is|[Tt]heir))\s+(?:(?:first|next|last|final|only|whole|own|terse|short|brief|one-word|two-word|reply|written|curt|blunt)\s+)?(?:answer|reply|response|retort|message|text|email|e-mail|post|tweet|verdict|advice|comment|words|instruction|instructions|order|orders|plea|warning)(?:(?:,[^“”"‘.!?]{1,40},)?\s+(?:was|were|is|came(?:\s+back)?|read|reads|ran)(?:\s+[^“”"‘.!?:]{1,40}:)?|[^“”"‘.!?:—–]{0,40}[:—–])\s*$/u;

/** A document and its author before the verb of a relative clause: "an email sent in 2018 by a council surveyor that ", "a letter signed by Ann Roe which " (the author is group 1). */
const DOCUMENT_BY_BEFORE_VERB = /\b(?:email|e-mail|letter|memo|memorandum|report|note|message|statement|post|tweet|text)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:sent|written|drafted|signed|posted|issued|published|circulated)\s+(?:(?:in|on|last|this)\s+[\p{L}\d]+\s+)?by\s+((?:the\s+|an?\s+)?[^,.;:!?“”"]{1,60}?)\s+(?:that|which)\s*$/iu;

/** A message and whom it is from: "this message from ", "an email from ", "a letter from ". */
const MESSAGE_FROM = /\b(?:message|letter|email|e-mail|note|text|post|update|voicemail)\s+from\s+/i;

/** "“…,” it read", "“…,” the statement reads": the quote is a document's text. */
const DOCUMENT_READ_AFTER = /^[\s,]*(?:it|the\s+(?:statement|letter|email|e-mail|note|post|message|notice|memo|tweet))\s+(?:read|reads|went\s+on|continued)\b/i;
/** Issuing a document: "issued a statement", "released a short statement", "sent a letter". */
const DOCUMENT_ISSUED = /\b(issued|released|published|put\s+out|sent|posted|circulated|wrote)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:statement|letter|email|e-mail|note|post|message|notice|memo|tweet)\b/giu;

/** A time opening a sentence, without a comma, up to its subject: "At about 11am ", "On Tuesday night ", "By 2019 ", "Shortly after noon ". */
const OPENING_TIME = /^[\s“"‘'(]*(?:[Aa]t|[Oo]n|[Bb]y|[Ii]n|[Uu]ntil|[Aa]fter|[Bb]efore|(?:[Ss]hortly|[Ss]oon|[Jj]ust)\s+(?:after|before))\s+(?:(?:about|around|roughly|precisely|exactly)\s+)?(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[.:]\d{2}(?::\d{2})?|noon|midday|midnight|dawn|dusk|\d{4}|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2})?)\s+$/;

/** A time between a subject and its verb: " on Monday", " late on Friday", " last week", " yesterday" ("later" and "earlier" are BETWEEN_SPEAKER_AND_VERB's). */
const TIME_BEFORE_VERB = /\s+(?:(?:(?:late|early)\s+)?on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|(?:last|this)\s+(?:week|month|year|night|weekend)|yesterday|today|tonight)\s*$/;

/** The words for an organisation's unnamed voice: "spokesperson", "official", "representative". */
const VOICE_WORD = `(?:${SPOKESPERSON_WORD}|official|representative)`;
/** "a spokesman for ", "an official at the ", "one representative of ": an organisation's unnamed voice, its name next. */
const VOICE_OF_AFTER = new RegExp(`^(?:an?|one)\\s+(?:\\p{Ll}+\\s+)?${VOICE_WORD}\\s+(?:for|of|at|from)\\s+(?:the\\s+)?`, 'u');
/** Someone unnamed, with "former" and their noun captured: "A nurse", "one former senior manager". */
const UNNAMED_WORKER = String.raw`(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(former\s+|ex-)?(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)`;
/** The word between someone and where they work: "at", "of", "from", "with", "for". */
const WORKS_AT = '(?:at|of|from|with|for)';
/**
 * A sentence opening with someone unnamed, up to their verb: "One resident ", "A former manager at
 * Calder Mutual ", with "former" and the noun (before where they work, if it is said).
 */
const UNNAMED_SPEAKER = new RegExp(String.raw`^[\s“"‘(]*${UNNAMED_WORKER}\s+(?:${WORKS_AT}\s+(?:[^\s.;:“”",]+\s+){1,6})?$`, 'u');
/** Someone unnamed and where they work, before the organisation's name: "A nurse at ", "one former manager of the ", "a senior engineer with ". */
const UNNAMED_MEMBER_BEFORE = new RegExp(String.raw`(?:^|\s)${UNNAMED_WORKER}\s+${WORKS_AT}\s+(?:the\s+)?$`, 'u');
/** The unnamed people who speak for an organisation: its spokespeople, officials, executives, lawyers and analysts. */
const ORG_VOICE_NOUNS = new RegExp(`^(?:${VOICE_WORD}|spokespeople|executive|analyst|economist|strategist|source|lawyer|attorney|negotiator|adviser|advisor|director|manager|officer|leader|insider)$`, 'u');
/** What stands between an organisation's name and the verb when its unnamed voice speaks: " spokesperson ", " official ". */
const VOICE_AFTER_NAME = new RegExp(`^\\s+${VOICE_WORD}\\s*$`, 'u');
/** "'s spokesman", "'s official" after an organisation's name: its own voice ("Orvane Energy's spokesman said"). */
const OWN_VOICE_AFTER_NAME = new RegExp(`^['’]s\\s+${VOICE_WORD}\\s*$`, 'u');
/** "the prime minister's official spokesperson", "the president's press secretary": an office (in lower case) and its voice. */
const SPOKESPERSON_OF = /(?:^|[\s“"‘])(?:the\s+)?((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)['’]s\s+(?:official\s+|chief\s+|deputy\s+)?(?:spokes(?:person|man|woman)|press\s+secretary)\s*$/iu;

/** "… was blunt.", "… is adamant.": how someone spoke, closing the sentence that leads in a quote. */
const MANNER_LEAD = /\s(?:was|is|were|are)\s+(?:\p{Ll}+ly\s+)?(?:blunt|clear|adamant|defiant|emphatic|scathing|frank|candid|unequivocal|unrepentant|philosophical|upbeat|direct|succinct|forthright|unapologetic)[.:]\s*$/u;

/** ", wiping her face", "shaking his head" after a speech verb: the speaker's own gesture, whose pronoun tells their gender. */
const GESTURE_AFTER = /^\s+\p{Ll}+,\s+\p{Ll}+ing\s+(?:\p{Ll}+\s+)?(her|his)\b/u;

/** Past tenses without "-ed" that a person's verb takes after their name ("Ferreira shook his head", "she stood up"). */
const PAST_WITHOUT_ED = new Set(['shook', 'stood', 'sat', 'rose', 'fell', 'went', 'came', 'got', 'gave', 'made', 'saw', 'knew', 'felt', 'held', 'spoke', 'broke', 'wore', 'threw', 'drew', 'grew', 'began', 'swore', 'wrote', 'drove', 'sang', 'hung', 'took', 'told', 'won', 'lost', 'left', 'led', 'ran', 'met', 'kept', 'sent', 'brought', 'thought', 'found', 'sought', 'fought', 'struck', 'wept', 'bit', 'hid', 'shut', 'put', 'set', 'let', 'cut', 'hit', 'quit']);

/** "as she later put it, ", "as Ms Roe once put it: ": who comes after "as" put the quote's words so. */
const AS_PUT_IT_BEFORE = /\bas\s+((?:[Ss]he|[Hh]e|[Tt]hey|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2}))\s+(?:(?:later|once|memorably|famously|recently|then|herself|himself)\s+)?put\s+it\s*[,:]?\s*$/u;

/** "in his own words, he was ", "In Ms Roe’s own words, the plan was ": whose own words the quote after them is (group 1 a possessive pronoun, else the owner's "'s" ends right before " own"). */
const IN_OWN_WORDS_BEFORE = /\b[Ii]n\s+(?:([Hh]is|[Hh]er)|\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2}['’]s?)\s+own\s+words,?\s+[^“”"‘.!?;:]{0,60}$/u;

/** ", speaking alongside ", ", standing next to ": a participle's clause after a comma, whose names are its objects. */
const PARTICIPLE_CLAUSE = /^,\s*\p{Ll}+ing\s+(?:alongside|beside|with|next\s+to|to|at|in|on|from|after|before|during|outside|behind|opposite|for|about|of)\b/u;

/** Someone unnamed right after a trailing speech verb: "a voice", "a man in the crowd", "one MP", "someone". */
const UNNAMED_AFTER_VERB = /^\s+((?:someone|somebody|(?:a|an|one|another)\s+(?:[\p{Ll}-]+\s+)?[\p{Ll}-]+))(?=[\s,.;:!?]|$)/u;

/**
 * Someone unnamed heard right after the quote, with no speech verb after the name: "came a shout from
 * the benches", "went up a cry", and a person's noun before a speech verb: "a woman called", "one
 * resident shouted", "someone yelled" (group 1 the noun, group 2 the verb).
 */
const UNNAMED_HEARD_AFTER = /^[\s,]*(?:(?:came|went\s+up|rang\s+out)\s+(?:a|an|one|another)\s+(?:[\p{Ll}-]+\s+)?(?:shout|cry|call|voice|heckle|yell|reply|question|interjection|response)\b|(?:(?:a|an|one|another)\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)|someone|somebody)\s+(\p{Ll}+)\b)/u;
/**
 * The sentence after a heckle naming who it was: "It was Ada Kent, who …", "The heckler was Sir Tom
 * Reade", "It belonged, the reporters later confirmed, to Gareth Lyle", "He was later identified as
 * Derek Hollis" (a title may stand before the name).
 */
const NAMED_NEXT = /^\s*(?:(?:It|That|The\s+(?:heckler|voice|shout|heckle|interruption|interjection|questioner|caller|woman|man))\s+(?:was|belonged(?:\s*,[^,.;:!?“”"]{1,60},)?\s+to|came\s+from)|(?:He|She|The\s+(?:heckler|questioner|caller|woman|man))\s+was\s+(?:later\s+|subsequently\s+|afterwards\s+)?(?:identified|named)\s+as)\s+(?:(?:that\s+of|none\s+other\s+than)\s+)?(?:\p{Lu}[\p{L}.]*\s+)?$/u;

/** "Sources close to", "one person with knowledge of", "people familiar with": who speaks is someone unnamed near the name after it. */
const SOURCE_NEAR = /\b(?:close\s+to|familiar\s+with|(?:with|had|have)\s+(?:direct\s+|first-hand\s+)?knowledge\s+of|briefed\s+(?:on|by)|loyal\s+to|allied\s+(?:to|with)|in\s+contact\s+with|around|near)\s+(?:the\s+)?$/i;
/**
 * Someone who asked not to be named: "who spoke on condition of anonymity", "who asked not to be
 * identified", "not authorised to speak publicly". They speak for themself, not as their employer's
 * voice ("A senior official at the inspectorate, who spoke on condition of anonymity, said").
 */
const ANONYMOUS = /\b(?:on\s+(?:the\s+)?condition\s+(?:of|that\s+(?:s?he|they)\s+(?:not\s+be|remain))\s+(?:anonymity|named|identified|unnamed|anonymous)|(?:asked|requested|declined|wished|wanted)\s+(?:not\s+to\s+be\s+(?:named|identified)|to\s+(?:be\s+named|remain\s+anonymous)|anonymity)|(?:speaking|spoke)\s+anonymously|(?:not|n't)\s+(?:been\s+)?authori[sz]ed\s+to\s+(?:speak|comment|talk|discuss))/i;
/**
 * An unnamed source whose words run up to the verb: "one person with knowledge of Rennes' thinking ",
 * "people familiar with the talks ", "sources close to the player " (the clause after the last
 * comma or conjunction, with no name of its own as subject).
 */
const SOURCE_CLAUSE = /(?:^|[,;]\s*|\b(?:and|but|although|though|while|whereas)\s+)(?:(?:an?|one|two|three|several|some|many|other)\s+)?(?:[\p{Ll}-]+\s+)?(?:person|people|source|sources|insider|insiders|official|officials|figure|figures|executive|executives)\s+(?:close\s+to|familiar\s+with|(?:with|who\s+(?:has|have|had))\s+(?:direct\s+|first-hand\s+)?knowledge\s+of|briefed\s+on|involved\s+in|loyal\s+to|in\s+contact\s+with)\s+[^,;.!?“”"]*$/iu;
/** ", seen by ", ", obtained by the ": an aside whose agent (a news outlet, the police) is not the sentence's subject. */
const AGENT_IN_ASIDE = /,\s*(?:(?:first\s+)?(?:seen|obtained|reviewed|viewed|verified|shared|leaked|sent|given|provided|confirmed|reported|quoted)\s+(?:by|to|with))\s+(?:the\s+)?$/;

const STAND_IN_BEFORE = new RegExp(`\\b(?:${STAND_IN})\\s*$`, 'u');

export function attributeSpeakers(text: string, quotations: readonly Quotation[], actors: readonly ProposedActor[], references: readonly Reference[], skip: readonly { start: number; end: number }[] = []): SpeakerGuess[] {
  const inQuote = (pos: number) => quotations.some((q) => pos >= q.openAt && pos < q.closeAt);
  const refs = references.filter((r) => !inQuote(r.start) && !skip.some((s) => r.start >= s.start && r.start < s.end));
  const sentences = sentenceRanges(text);

  const subjectAt = (pos: number, limit: number): Subject | null => {
    // A reference starting here (allowing "the"/"a" before a role reference).
    // Of the references starting here, a person or organisation before a place, then the longest.
    const rank = (r: Reference) => (actors[r.actor]!.kind === 'place' ? 0 : 1e6) + (r.end - r.start);
    const first = refs.filter((r) => r.start >= pos && r.start <= pos + 1 && r.end <= limit).sort((a, b) => rank(b) - rank(a))[0];
    const ref = first && (titleHolder(first, limit) ?? first);
    if (ref) return { actor: ref.actor, start: ref.start, end: ref.end, words: text.slice(ref.start, ref.end), via: ref.via };
    const w = WORD_AT.exec(text.slice(pos, limit));
    if (w && PRONOUNS.has(w[0].toLowerCase()) && !['i', 'we'].includes(w[0].toLowerCase())) {
      return { actor: resolvePronoun(w[0].toLowerCase(), pos), start: pos, end: pos + w[0].length, words: w[0], via: 'pronoun' };
    }
    // "The 58-year-old said", "…,” the Italian said", "the teenager said": stands for the person last written about, like a pronoun.
    const stand = STAND_IN_AFTER.exec(text.slice(pos, limit));
    const standKey = stand ? standInFor((stand[1] ?? stand[2] ?? stand[3] ?? stand[4])!) : null;
    if (stand && standKey) {
      // ("“…,” the 29-year-old says, wiping her face": her own gesture says which it is.)
      const gesture = standKey === 'the-age' ? GESTURE_AFTER.exec(text.slice(pos + stand[0].length, pos + stand[0].length + 60))?.[1] : undefined;
      const key = gesture ? (gesture === 'her' ? 'she' : 'he') : standKey;
      return { actor: unnamedBefore((stand[2] ?? stand[3] ?? stand[4])!, pos) ? null : resolvePronoun(key, pos), start: pos, end: pos + stand[0].length, words: stand[0], via: 'pronoun' };
    }
    // "‘…’, agency admits", "‘…’, minister says" (headlines): a role or a kind of organisation alone.
    const bare = /^(?:the\s+)?([\p{L}-]+)/iu.exec(text.slice(pos, limit));
    const holder = bare ? (roleHolder(bare[1]!) ?? orgHolder(bare[1]!)) : null;
    if (bare && holder !== null) {
      // "“…,” the Welsh MP said" after a sentence about another MP: words before the role that the one
      // holder's role does not have say it is someone else, the person just written about.
      if (describedOtherwise(holder, pos + bare[0].length - bare[1]!.length)) return { actor: resolvePronoun('the-age', pos), start: pos, end: pos + bare[0].length, words: bare[0], via: 'role' };
      if (formerOtherwise(holder, pos + bare[0].length - bare[1]!.length)) return { actor: null, start: pos, end: pos + bare[0].length, words: bare[0], via: 'role' };
      return { actor: holder, start: pos, end: pos + bare[0].length, words: bare[0], via: 'role' };
    }
    return null;
  };

  /** "former housing chief": "former" (or "ex-", "then") before a role the holder holds now. */
  const formerOtherwise = (holder: number, pos: number): boolean => {
    if (!/\b(?:former|ex-|then-?|one-time|erstwhile)\s*(?:[\p{Ll}-]+\s+){0,2}$/iu.test(text.slice(Math.max(0, pos - 40), pos))) return false;
    return !/\b(?:former|ex-|then|one-time|erstwhile|retired|previous|onetime)/i.test(actors[holder]!.role ?? '');
  };

  /** "the Welsh MP": capitalised words after "the" and before `pos` that the person's role does not hold. */
  const describedOtherwise = (holder: number, pos: number): boolean => {
    const actor = actors[holder]!;
    const words = /\b[Tt]he\s+((?:\p{Lu}[\p{L}’'-]*\s+){1,3})$/u.exec(text.slice(Math.max(0, pos - 60), pos))?.[1]!.trim().split(/\s+/);
    if (!words || actor.kind !== 'person') return false;
    const role = (actor.role ?? '').toLowerCase();
    return words.some((w) => !role.includes(w.toLowerCase()));
  };

  /**
   * "EU competition commissioner Teresa Ribera said", "Acme chief executive Ana Roe said": the
   * person whose title an organisation or a place opens, who is the subject rather than it.
   */
  const titleHolder = (opener: Reference, limit: number): Reference | undefined => {
    if (actors[opener.actor]!.kind === 'person') return undefined;
    return refs.find((r) => {
      if (r.start <= opener.end || r.start - opener.end > 50 || r.end > limit || actors[r.actor]!.kind !== 'person') return false;
      const between = text.slice(opener.end, r.start);
      return /^\s+(?:[\p{Ll}-]+\s+){1,4}$/u.test(between) && ROLE_NOUNS.has(between.trim().split(/\s+/).pop()!);
    });
  };

  /** The one person whose role holds this role noun ("Minister" for the "Transport Minister"), or null. */
  const roleHolder = (noun: string): number | null => {
    const role = noun.toLowerCase();
    if (!ROLE_NOUNS.has(role)) return null;
    const holders = actors.flatMap((a, i) => {
      const words = a.kind === 'person' && a.role ? a.role.toLowerCase().split(/[^\p{L}]+/u) : [];
      return words.includes(role) && !OTHER_OFFICE.some((q) => words.includes(q)) ? [i] : [];
    });
    return holders.length === 1 ? holders[0]! : null;
  };

  /**
   * Whose <role> the holder was introduced as: "Keith Holloway's barrister, Daniel Oyelaran" or
   * "Daniel Oyelaran, Keith Holloway's barrister" gives Keith Holloway; null when no owner is written.
   */
  const roleOwner = (holder: number, role: string): number | null => {
    const ownersRole = new RegExp(String.raw`^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}${role}\b`, 'iu');
    for (const h of refs) {
      if (h.actor !== holder) continue;
      // "<owner>'s barrister, <holder>" (the owner's reference ends where "'s barrister, " begins).
      const owner = refs.find((r) => r.actor !== holder && r.end < h.start && h.start - r.end <= 40 && ownersRole.test(text.slice(r.end, h.start)) && /^[,\s]*$/.test(text.slice(r.end, h.start).replace(ownersRole, '')));
      if (owner) return owner.actor;
      // "<holder>, <owner>'s barrister"
      const after = refs.find((r) => r.actor !== holder && r.start > h.end && r.start - h.end <= 6 && /^,\s*(?:the\s+)?$/.test(text.slice(h.end, r.start)) && ownersRole.test(text.slice(r.end, r.end + 40)));
      if (after) return after.actor;
    }
    return null;
  };

  /** The one person whose role ends with this office ("prime minister"), else the one organisation that is its office. */
  const officeHolder = (office: string): number | null => {
    const ends = (role: string | null) => !!role && (role.toLowerCase() === office || role.toLowerCase().endsWith(` ${office}`));
    const people = actors.flatMap((a, i) => (a.kind === 'person' && ends(a.role) && !OTHER_OFFICE.some((q) => a.role!.toLowerCase().split(/\s+/).includes(q)) ? [i] : []));
    if (people.length === 1) return people[0]!;
    const offices = actors.flatMap((a, i) => (a.kind === 'organisation' && a.role?.toLowerCase().startsWith('office of') && ends(a.role) ? [i] : []));
    return people.length === 0 && offices.length === 1 ? offices[0]! : null;
  };

  /** "…, agency admits" (a headline): a kind of organisation alone is the one organisation whose name ends with it. */
  const orgHolder = (noun: string): number | null => {
    const word = noun.toLowerCase();
    if (!HEADLINE_ORG_NOUNS.has(word)) return null;
    const holders = actors.flatMap((a, i) => (a.kind === 'organisation' && a.name.toLowerCase().split(/[^\p{L}]+/u).includes(word) ? [i] : []));
    return holders.length === 1 ? holders[0]! : null;
  };

  /** "A nurse at Kelby General Hospital", "A former manager at Calder Mutual": the organisation is where someone unnamed, not its voice, works or worked. */
  const unnamedMemberOf = (r: Reference, from: number): boolean => {
    if (actors[r.actor]!.kind !== 'organisation') return false;
    const member = UNNAMED_MEMBER_BEFORE.exec(text.slice(from, r.start));
    // (A person's noun: "A meeting of the Politburo" is the body itself.)
    return !!member && isPersonNoun(member[2]!) && speaksForThemself(!!member[1], member[2]!);
  };

  /**
   * "A van driver accused of killing a cyclist on the A38 told": an organisation or a place after a
   * preposition in the phrase about someone unnamed who opens the clause is not its subject (an
   * organisation's own voice, "A spokesman for Acme said", still is).
   */
  const insideUnnamedPhrase = (r: Reference, from: number): boolean => {
    if (actors[r.actor]!.kind === 'person') return false;
    const lead = text.slice(from, r.start);
    const m = /^[\s“"‘(]*(?:A|An|One)\s+((?:[\p{Ll}-]+\s+){0,3})/u.exec(lead);
    const noun = m ? m[1]!.trim().split(/\s+/).findLast((w) => isPersonNoun(w)) : undefined;
    return !!noun && speaksForThemself(/\b(?:former|ex-)/.test(m![1]!), noun) && !/[.;:!?“”"]/.test(lead) && /\s(?:on|in|at|near|from|of|by|with|into|outside|off|across|along|for)\s+(?:the\s+)?$/.test(lead);
  };

  const subjectEndingAt = (pos: number, from: number): Subject | null => {
    let ref = [...refs].reverse().find((r) => r.end <= pos && r.start >= from && onlyLetters(text.slice(r.end, pos)));
    if (!ref && /,\s*$/.test(text.slice(from, pos))) {
      // An appositive before the verb: "the chairwoman, retired judge Helen Ashdown, said" (the name
      // before the last comma) or "Marisa Quintero, a Democrat from New Mexico, said" (the name
      // before the appositive). Places are never the subject here.
      const lastComma = text.lastIndexOf(',', pos - 1);
      const prevComma = text.lastIndexOf(',', lastComma - 1);
      const notPlace = (r: Reference) => actors[r.actor]!.kind !== 'place';
      const endingAt = (at: number) => [...refs].reverse().find((r) => r.end <= at && r.start >= from && onlyLetters(text.slice(r.end, at)) && notPlace(r));
      const a = endingAt(lastComma);
      const b = prevComma >= from ? endingAt(prevComma) : undefined;
      // ("A meeting of the Politburo, chaired by President Xi Jinping, said": a name after "by" in the
      // appositive is who acts on the subject, not the subject.)
      const byWhom = prevComma >= from && /^,\s*(?:\p{Ll}+ed|led|run|set up|held|overseen|founded)\s+by\s/u.test(text.slice(prevComma, lastComma));
      // ("The American Civil Liberties Union, which filed a brief supporting Harmon, called": a name
      // inside a relative clause between the commas is that clause's object, not the subject.)
      const relative = prevComma >= from && /^,\s*(?:which|who|whose|whom)\s/.test(text.slice(prevComma, lastComma)) && !!a && a.start > prevComma;
      // ("Mr al-Qasimi, speaking alongside China's envoy Wang Jianguo, said": so is a name in a participle's clause.)
      const participle = prevComma >= from && PARTICIPLE_CLAUSE.test(text.slice(prevComma, lastComma)) && !!a && a.start > prevComma;
      ref = relative || (participle && b) ? b : a && actors[a.actor]!.kind === 'person' && !(byWhom && b) ? a : (b ?? a);
      // "Sen. Maria Delgado, D-Ariz., who chairs the Energy Committee, called …": with more than one
      // appositive, the person opening the sentence before them is the subject.
      if (!ref || actors[ref.actor]!.kind !== 'person') {
        const opener = refs.find((r) => r.start >= from && r.end < pos && actors[r.actor]!.kind === 'person' && /^\s*,/.test(text.slice(r.end, r.end + 2)) && /^\W*([\p{L}.]+\W+){0,4}$/u.test(text.slice(from, r.start)));
        if (opener) ref = opener;
      }
    }
    // "Asked about it, an OpenAI spokesperson said": someone unnamed speaks for the organisation named before the word.
    // ("“…,” Orvane Energy's spokesman said": the organisation's possessive says the same.)
    if (!ref) ref = [...refs].reverse().find((r) => r.end <= pos && r.start >= from && actors[r.actor]!.kind === 'organisation' && ((VOICE_AFTER_NAME.test(text.slice(r.end, pos)) && /(?:^|\s)(?:[Aa]n?|[Tt]he)\s+$/.test(text.slice(Math.max(from, r.start - 5), r.start))) || OWN_VOICE_AFTER_NAME.test(text.slice(r.end, pos))));
    // "Irene Sato of Bluehill Capital said", "Sen. Tom Whitaker of Idaho said", "Prof. Tomasz Wilk of
    // the British Antarctic Survey, who …, called": the person from the organisation or the place speaks.
    if (ref && actors[ref.actor]!.kind !== 'person') {
      // ("Jörgen Warborn of the centre-right European People's Party": a describing word or two may stand before it.)
      const link = /\s+(?:of|at|from)\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u.exec(text.slice(from, ref.start));
      const at = ref.start - (link?.[0].length ?? 0);
      const person = link ? refs.find((r) => r.end === at && r.start >= from && actors[r.actor]!.kind === 'person') : undefined;
      if (person) ref = person;
    }
    // "A nurse at Kelby General Hospital said", "A former manager at Calder Mutual told": someone unnamed
    // who works there, or did, speaks for themself; only its voices speak for it ("A spokesman at …").
    if (ref && (unnamedMemberOf(ref, from) || insideUnnamedPhrase(ref, from))) return null;
    // "Russia's embassy in Copenhagen called …", "The US Embassy in New Delhi reported …": a place
    // after a noun and "in" says where the subject is. The owner of the noun speaks ("Russia"), else nobody named.
    if (ref && actors[ref.actor]!.kind === 'place') {
      const where = /(?:^|\s)([\p{L}-]+)\s+(?:in|at|near|outside)\s+$/u.exec(text.slice(from, ref.start));
      if (where) {
        const nounAt = ref.start - where[0].length + where[0].indexOf(where[1]!);
        const owner = refs.find((r) => r.start >= from && r.end < nounAt && /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}$/u.test(text.slice(r.end, nounAt)));
        if (!owner) return null;
        ref = owner;
      }
    }
    if (ref) return { actor: ref.actor, start: ref.start, end: ref.end, words: text.slice(ref.start, ref.end), via: ref.via };
    const m = /([\p{L}]+)\s*$/u.exec(text.slice(from, pos));
    if (m && PRONOUNS.has(m[1]!.toLowerCase()) && !['i', 'we'].includes(m[1]!.toLowerCase())) {
      const start = from + m.index;
      return { actor: resolvePronoun(m[1]!.toLowerCase(), start), start, end: start + m[1]!.length, words: m[1]!, via: 'pronoun' };
    }
    // "The prime minister's official spokesperson said": the office's voice, so the one person with
    // that role or the one office of it ("Downing Street", the office of the UK prime minister).
    const voice = SPOKESPERSON_OF.exec(text.slice(from, pos));
    const voiceOf = voice ? officeHolder(voice[1]!.toLowerCase()) : null;
    if (voice && voiceOf !== null) {
      const start = pos - voice[0].trimStart().length;
      return { actor: voiceOf, start, end: pos, words: voice[0].trim(), via: 'role' };
    }
    // "Minister says deal is close" (a headline): a role noun alone is the one person with that role.
    const bare = /(?:^|[\s“"‘])(?:the\s+)?([\p{L}-]+)\s*$/iu.exec(text.slice(from, pos));
    // ("a lead investor had asked", "A club spokesman said": an indefinite article makes it someone unnamed, not the one holder of the role.)
    const indefinite = !!bare && /\b(?:an?|one|another|some|any)\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(Math.max(from, from + bare.index - 40), from + bare.index + bare[0].indexOf(bare[1]!)));
    const holder = bare && !indefinite ? (roleHolder(bare[1]!) ?? orgHolder(bare[1]!)) : null;
    if (bare && holder !== null) {
      const start = pos - bare[0].trimStart().length;
      // "Her barrister told the jury" when the one barrister named was introduced as someone else's
      // ("Keith Holloway's barrister, Daniel Oyelaran"): her barrister is someone unnamed.
      const wordAt = from + bare.index + bare[0].indexOf(bare[1]!);
      const possessive = /(?:^|[^\p{L}])([Hh]er|[Hh]is|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}$/u.exec(text.slice(Math.max(from, wordAt - 30), wordAt));
      const possessiveAt = possessive ? wordAt - possessive[0].length + possessive[0].indexOf(possessive[1]!) : -1;
      const owner = possessive ? roleOwner(holder, bare[1]!.toLowerCase()) : null;
      const whose = owner !== null ? resolvePronoun(SUBJECT_OF_POSSESSIVE[possessive![1]!.toLowerCase()]!, possessiveAt) : null;
      if (owner !== null && whose !== null && whose !== owner) return { actor: null, start: possessiveAt, end: pos, words: text.slice(possessiveAt, pos).trim(), via: 'role' };
      if (describedOtherwise(holder, from + bare.index + bare[0].indexOf(bare[1]!))) return { actor: resolvePronoun('the-age', start), start, end: pos, words: bare[0].trim(), via: 'role' };
      // ("former housing chief says" when the one chief is the council's current chief executive: someone who held it before.)
      if (formerOtherwise(holder, from + bare.index + bare[0].indexOf(bare[1]!))) return { actor: null, start, end: pos, words: bare[0].trim(), via: 'role' };
      return { actor: holder, start, end: pos, words: bare[0].trim(), via: 'role' };
    }
    // "The 58-year-old said", "The Italian said", "The teenager said": as above, before the verb.
    const stand = STAND_IN_BEFORE.exec(text.slice(from, pos));
    const standKey = stand ? standInFor((stand[1] ?? stand[2] ?? stand[3] ?? stand[4])!) : null;
    if (stand && standKey) {
      const start = from + stand.index;
      return { actor: unnamedBefore((stand[2] ?? stand[3] ?? stand[4])!, start) ? null : resolvePronoun(standKey, start), start, end: pos, words: stand[0].trim(), via: 'pronoun' };
    }
    return null;
  };

  /**
   * "Mashinsky's lawyers argued …", "“…,” Mashinsky's lawyer said": a person's name in the possessive
   * before a noun names whose they are, not who speaks (an organisation's, "Apple's spokesman", is its voice).
   */
  const personsPossessive = (r: Reference): boolean => actors[r.actor]!.kind === 'person' && /^['’]s\s+\p{Ll}/u.test(text.slice(r.end, r.end + 4));

  /** A reference in subject position: opening its sentence, or right after a closing quotation mark. */
  const isSubject = (r: Reference): boolean => {
    // ("Keogh's opposite number, Steve Rourke, was less happy": a person's possessive names whose the subject is, not the subject.)
    if (personsPossessive(r)) return false;
    const sentence = sentences.find((s) => s.start <= r.start && s.end > r.start);
    const before = text.slice(sentence ? sentence.start : Math.max(0, r.start - 40), r.start);
    if (/^[\s“"‘'(]*((but|and|yet|so|later|earlier|meanwhile|however|then|still|now)\b,?\s+)?(the\s+)?$/i.test(before)) return true;
    // "Al Jazeera's Hiba Morgan, reporting from Port Sudan, said": a person after an organisation's possessive opens the sentence.
    if (actors[r.actor]!.kind === 'person' && /^[\s“"‘'(]*(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.&-]*['’]s\s+$/u.test(before)) return true;
    // "In an interview with CNBC, chief financial officer Dana Whitfield said …": after an opening
    // phrase, a name that a speech verb follows is the subject of its clause.
    // So is a name a verb in lower case follows: "On his last morning, Griffiths plans to row …".
    if (/^[\s“"‘'(]*[\p{Lu}][^.;:“”"]{2,80},\s+(?:[\p{Ll}’'.-]+\s+){0,5}$/u.test(before) && (verbAfter(r.end, Math.min(text.length, r.end + 40), true) || lowerVerbAfter(r.end))) return true;
    // "At about 11am Marlowe published …", "On Tuesday night Ms Roe told …": an opening time without a comma.
    if (OPENING_TIME.test(before) && (verbAfter(r.end, Math.min(text.length, r.end + 40), true) || lowerVerbAfter(r.end))) return true;
    // "The company that runs the AMAs, Dick Clark Productions, denies …": the name an opening noun phrase
    // describes, its verb after the closing comma, is the sentence's subject.
    if (/^[\s“"‘'(]*(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+[^.;:“”",]{2,80},\s+$/.test(before) && /^,\s+(?:\p{Ll}+(?:s|ed)|said|told)\b/u.test(text.slice(r.end, r.end + 30))) return true;
    // "Opposition finance spokeswoman Ilse Roe led …", "In Kharkiv, resident Olena Bondar sheltered …": a role in lower case before the name.
    const words = /^[\s“"‘'(]*(?:[\p{Lu}][^.;:“”"]{2,80},\s+)?((?:[\p{L}’'.-]+\s+){1,5})$/u.exec(before);
    const roleWord = words?.[1]!.trim().split(/\s+/).pop()!.toLowerCase() ?? '';
    // ("Mr al-Qasimi, speaking alongside China's special envoy Wang Jianguo, said": the object of a participle is no subject.)
    if (words && PARTICIPLE_CLAUSE.test(`, ${words[1]!}`)) return false;
    if (ROLE_NOUNS.has(roleWord) || FAMILY_WORDS.has(roleWord) || RELATION_WORDS.has(roleWord)) return true;
    // "Analysts at Goldman Sachs said …": people with a job at an organisation are its voice ("they" later).
    const staff = /^[\s“"‘'(]*(?:[\p{Lu}][^.;:“”"]{2,80},\s+)?(?:[\p{L}’'.-]+\s+){0,2}?(\p{L}+)s\s+(?:at|from)\s+(?:the\s+)?$/u.exec(before);
    if (staff && ROLE_NOUNS.has(staff[1]!.toLowerCase()) && actors[r.actor]!.kind === 'organisation') return true;
    // "The company's operations director, Rasmus Lee, is …": a role appositive before the name,
    // also after an opening phrase ("In a statement, Ms Amos's mother, Carol Amos, said …").
    const appositive = /^[\s“"‘'(]*(?:[\p{Lu}][^.;:“”"]{2,80},\s+)?[^,.;:“”"]{2,60},\s*$/u.exec(before);
    // Also "Another economist, Lucia Moreno of Vantage Research, was …": the name may carry where the person works.
    // Or a relation: "Holm's daughter, Ingrid, remembers …".
    // The role may carry its remit: "The council's head of transport, Mark Ellery, says …".
    const appositiveWords = before.replace(/,\s*$/, '').trim().split(/\s+/);
    // ("Junts' spokeswoman in Congress, Míriam Nogueras, said", "Britain's ambassador to the UN, …": "in" and "to" too.)
    const remitAt = appositiveWords.findLastIndex((w, k) => k > 0 && /^(?:of|for|in|to)$/i.test(w));
    const appositiveNoun = (remitAt > 0 && appositiveWords.length - remitAt <= 4 ? appositiveWords[remitAt - 1]! : appositiveWords[appositiveWords.length - 1]!).toLowerCase();
    // (After an owner's possessive any noun is a role here: "The hospital's matron, Elaine Cartwright, says".)
    const ownedNoun = /^[\s“"‘'(]*(?:[Tt]he\s+)?[\p{L}-]+['’]s?\s+[\p{Ll}-]+,\s*$/u.test(before);
    if (appositive && (ROLE_NOUNS.has(appositiveNoun) || FAMILY_WORDS.has(appositiveNoun) || ownedNoun) && /^(?:\s+(?:of|at|from)\s+[^,.;:“”"\n]{2,60})?,/.test(text.slice(r.end, r.end + 70))) return true;
    return /[”"’']\s*,?\s*$|[,.!?]["”’]\s*$/.test(before);
  };

  /** A word in lower case right after `end` that reads as a verb ("Griffiths plans", "Roe rowed", "Roe was"), not a linking word ("Griffiths and", "Roe of"). */
  const lowerVerbAfter = (end: number): boolean => {
    const w = /^[ \t]+(\p{Ll}+)\b/u.exec(text.slice(end, end + 30))?.[1];
    return !!w && !NOT_ROLE_WORDS.has(w) && (/^(?:\p{Ll}+(?:s|ed)|had|will|would|can|could)$/u.test(w) || PAST_WITHOUT_ED.has(w));
  };

  /**
   * What "the <word>" stands for as a pronoun would, as resolvePronoun's key: an age ("58-year-old"),
   * an origin ("Italian", "Frenchman") or a stand-in noun ("teenager", "widow", "mother-of-two",
   * the last two with their gender) or a party's member, who may carry a place ("the New York
   * Democrat"); null for anything else.
   */
  const standInFor = (word: string): string | null => {
    if (PARTY_MEMBERS.has(word)) return 'the-age';
    if (/^\d{1,3}-year-old$/.test(word)) return 'the-age';
    // ("the South African", "the New Zealander": a demonym of two words; else the first is read alone, "the Spaniard Julian".)
    if (/\s/.test(word)) return isDemonym(word) ? 'the-age' : standInFor(word.split(/\s+/)[0]!);
    if (/^\p{Lu}/u.test(word)) return isDemonym(word) ? 'the-age' : null;
    const noun = word.split('-')[0]!;
    if (!STAND_IN_NOUNS.has(noun) || (noun !== word && !/^\p{Ll}+-of-\p{Ll}+$/u.test(word))) return null;
    const gender = STAND_IN_NOUNS.get(noun);
    return gender === 'female' ? 'she' : gender === 'male' ? 'he' : 'the-age';
  };

  /**
   * "One engineer …, said …. “…,” the engineer said": the stand-in noun is someone unnamed the
   * text brought in a little before (this paragraph or the one before), not the last person named.
   */
  const unnamedBefore = (noun: string | undefined, pos: number): boolean => {
    if (!noun || !/^\p{Ll}/u.test(noun)) return false;
    const from = text.lastIndexOf('\n', text.lastIndexOf('\n', pos - 1) - 1) + 1;
    return new RegExp(String.raw`(?:^|[^\p{L}])(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{Ll}-]+\s+){0,2}${noun}\b`, 'u').test(text.slice(from, pos));
  };

  /**
   * Where, in the paragraph from `para` to `pos`, someone unnamed opens a clause ("a student", "one resident",
   * "an elderly woman"), of the pronoun's gender when the noun shows one; -1 when nobody. Not an
   * appositive after a name ("Ann Roe, a teacher, …"), which is that person.
   */
  const unnamedPersonBefore = (para: number, pos: number, gender: string | null): number => {
    let at = -1;
    for (const m of text.slice(para, pos).matchAll(UNNAMED_PERSON)) {
      const noun = m[2]!.toLowerCase();
      const nounGender = UNNAMED_GENDER.get(noun) ?? STAND_IN_NOUNS.get(noun) ?? null;
      if (gender && nounGender && nounGender !== gender) continue;
      if (!isPersonNoun(noun)) continue;
      const start = para + m.index + m[0].length - m[1]!.length - m[2]!.length;
      // ("“If we say no, an inspector will say yes,” she said": someone the quote itself speaks of is not the one speaking.)
      if (inQuote(start)) continue;
      // An appositive: a name, a comma, then the phrase.
      const commaAt = para + m.index;
      if (m[0].startsWith(',') && refs.some((r) => r.end <= commaAt && !/\S/.test(text.slice(r.end, commaAt)))) continue;
      at = start;
    }
    return at;
  };

  /** The last sentence from `para` to `pos` that opens with a stand-in and its verb ("The Spaniard praised …", "The teenager was …"), outside quotes. */
  const standInSubjectBefore = (para: number, pos: number): { start: number; key: string } | null => {
    for (const sentence of [...sentences].reverse()) {
      if (sentence.start >= pos) continue;
      if (sentence.start < para) return null;
      const lead = /^[\s“"‘]*/.exec(text.slice(sentence.start, pos))![0].length;
      const start = sentence.start + lead;
      const stand = inQuote(start) ? null : STAND_IN_AFTER.exec(text.slice(start, pos));
      const key = stand ? standInFor((stand[1] ?? stand[2] ?? stand[3] ?? stand[4])!) : null;
      if (stand && key && (lowerVerbAfter(start + stand[0].length) || verbAfter(start + stand[0].length, pos, true))) return { start, key };
    }
    return null;
  };

  /**
   * The person the text introduced, before `pos`, as "her son, Thomas Aske" / "Her husband, Tran Van Hung,"; null when nobody.
   * (Whose relation it is must be the same: "Her husband" after Mrs Lloyd is not "her husband, Roy
   * Pyke" introduced for Mrs Pyke; then a spouse of the relation's gender who shares her surname, "Gareth Lloyd".)
   */
  const introducedAs = (relation: string, pos: number): number | null => {
    const possessive = /([Hh]er|[Hh]is|[Tt]heir)\s+$/.exec(text.slice(Math.max(0, pos - 12), pos))?.[1]?.toLowerCase() ?? /^[\s“"‘]*([Hh]er|[Hh]is|[Tt]heir)\b/.exec(text.slice(pos, pos + 12))?.[1]?.toLowerCase();
    // (Not "their": a plural owner names no one person.)
    const ownerKey = possessive && possessive !== 'their' ? SUBJECT_OF_POSSESSIVE[possessive]! : null;
    const owner = ownerKey ? resolvePronoun(ownerKey, pos) : null;
    const before = new RegExp(String.raw`\b(?:[Hh]er|[Hh]is|[Tt]heir)\s+${relation},?\s+$`, 'u');
    const intro = refs.filter((r) => r.start < pos && actors[r.actor]!.kind === 'person' && before.test(text.slice(Math.max(0, r.start - 30), r.start)));
    const same = intro.find((r) => owner === null || resolvePronoun(ownerKey!, r.start) === owner);
    if (same) return same.actor;
    // (A spouse only: a son or a brother of that surname could be any of several.)
    const surname = owner !== null && SPOUSES.has(relation) ? actors[owner]!.name.split(/\s+/).pop() : undefined;
    const gender = RELATION_GENDER.get(relation) ?? null;
    const kin = surname ? actors.flatMap((a, i) => (i !== owner && a.kind === 'person' && a.name.split(/\s+/).length > 1 && a.name.endsWith(` ${surname}`) && (!gender || !a.gender || a.gender === gender) ? [i] : [])) : [];
    return kin.length === 1 ? kin[0]! : null;
  };

  /**
   * The last sentence from `from` to `pos` that opens with someone's relation and a verb ("Her husband
   * is waiting.", "His daughter laughs."), outside quotes, with the gender the relation shows.
   */
  const relationSubjectBefore = (from: number, pos: number): { start: number; relation: string; gender: string | null } | null => {
    for (const sentence of [...sentences].reverse()) {
      if (sentence.start >= pos) continue;
      if (sentence.start < from) return null;
      const m = /^[\s“"‘]*(?:[Hh]er|[Hh]is|[Tt]heir)\s+([\p{Ll}-]+)\s+(?:is|was|has|had|will|\p{Ll}+s|\p{Ll}+ed)\b/u.exec(text.slice(sentence.start, pos));
      if (m && !inQuote(sentence.start) && (FAMILY_WORDS.has(m[1]!) || RELATION_WORDS.has(m[1]!))) return { start: sentence.start, relation: m[1]!, gender: RELATION_GENDER.get(m[1]!) ?? null };
    }
    return null;
  };

  /** The paragraph before the one starting at `paragraphStart`, past blank lines: its start, and its end without trailing space. */
  const paragraphBefore = (paragraphStart: number): { start: number; end: number } => {
    let end = paragraphStart;
    while (end > 0 && /\s/.test(text[end - 1]!)) end--;
    return { start: text.lastIndexOf('\n', end - 1) + 1, end };
  };

  /** The quotation whose speaker is being looked for, while direct() runs: a pronoun's referent is not someone it names. */
  let attributing: Quotation | null = null;
  /** namingQuote of each quotation, read once: every later quote asks about the ones before it. */
  const namings = new Map<number, string | null>();
  const naming = (k: number): string | null => {
    if (!namings.has(k)) namings.set(k, namingQuote(text, quotations[k]!));
    return namings.get(k)!;
  };

  /**
   * The person a pronoun refers to: the nearest earlier person in subject position ("Cook told
   * Benioff … he said" is Cook), else the nearest earlier person, of a matching gender when known.
   */
  const resolvePronoun = (pronoun: string, pos: number): number | null => {
    const gender = PRONOUNS.get(pronoun) ?? null;
    const paragraphStart = text.lastIndexOf('\n', pos - 1) + 1;
    // "Last month, a student at my university told me she …": someone unnamed, in this paragraph, is more recent than anyone named before.
    const unnamed = pronoun === 'they' ? -1 : unnamedPersonBefore(paragraphStart, pos, gender);
    let nearest: number | null = null;
    // "For Maria, the worst part is winter. “…,” she says": someone named in the pronoun's own paragraph,
    // and no subject there, is nearer than the subject of a paragraph before.
    let nearestHere = false;
    // "Her husband is waiting. ¶ “Better than yesterday,” he says": a relation of the pronoun's gender
    // opening a sentence of this paragraph or the one before, with nobody named since, is who it is:
    // the person the text introduced as that relation, else someone unnamed.
    if (gender && pronoun !== 'they' && pronoun !== 'it') {
      const rel = relationSubjectBefore(paragraphBefore(paragraphStart).start, pos);
      if (rel && rel.gender === gender && !refs.some((r) => r.start > rel.start && r.start < pos && actors[r.actor]!.kind === 'person' && !inQuote(r.start))) return introducedAs(rel.relation, rel.start);
    }
    // "For Mrs Pyke, the priority is simpler. Asked when …, she shrugged. ¶ “…,” she said": when the
    // pronoun's paragraph names nobody before it, the one person the paragraph just before names, and
    // then speaks of with this pronoun, is who it is, over the subject of a paragraph further back.
    if (gender && pronoun !== 'they' && pronoun !== 'it' && !refs.some((r) => r.start >= paragraphStart && r.start < pos && actors[r.actor]!.kind === 'person')) {
      const { start: prevStart, end: prevEnd } = paragraphBefore(paragraphStart);
      const named = refs.filter((r) => r.start >= prevStart && r.end <= prevEnd && actors[r.actor]!.kind === 'person' && !inQuote(r.start));
      const one = new Set(named.map((r) => r.actor));
      const only = one.size === 1 ? named[0]! : null;
      const own = gender === 'female' ? /(?:^|[^\p{L}])[Ss]he\s+\p{Ll}/u : /(?:^|[^\p{L}])[Hh]e\s+\p{Ll}/u;
      if (only && !(actors[only.actor]!.gender && actors[only.actor]!.gender !== gender) && own.test(text.slice(only.end, prevEnd).replace(/[“"‘][^”"’]*[”"’]/g, ' '))) return only.actor;
    }
    // "The Spaniard praised Saka. “…,” he said": a stand-in opening a sentence of this paragraph is
    // that sentence's subject, nearer than the names after it, and refers as a pronoun would.
    let standIn = pronoun === 'they' || pronoun === 'it' ? null : standInSubjectBefore(paragraphStart, pos);
    for (let k = refs.length - 1; k >= 0; k--) {
      const r = refs[k]!;
      if (r.start >= pos) continue;
      if (r.start < unnamed) break;
      if (standIn && r.start < standIn.start) {
        const meant = resolvePronoun(standIn.key, standIn.start);
        if (meant !== null && !(gender && actors[meant]!.gender && actors[meant]!.gender !== gender)) return meant;
        standIn = null;
      }
      const a = actors[r.actor]!;
      if (pronoun === 'they' ? a.kind !== 'organisation' && a.kind !== 'person' : pronoun === 'it' ? a.kind !== 'organisation' : a.kind !== 'person') continue;
      if (gender && a.gender && a.gender !== gender) continue;
      // ("“Dorothy taught me …,” she told the BBC": whom the quote itself names is spoken of, not speaking.)
      if (attributing && a.kind === 'person' && namedInQuote(a, attributing.exact)) continue;
      if (nearestHere && r.start < paragraphStart) return nearest;
      // Only the paragraph before and this one: further back a subject is no longer the topic.
      if (nearest !== null && pos - r.start > 600) break;
      if (isSubject(r)) return r.actor;
      if (nearest === null) {
        nearest = r.actor;
        nearestHere = r.start >= paragraphStart;
      }
    }
    return nearest;
  };

  /**
   * Who is named after a trailing speech verb: "said Ms Roe", "said the minister", "said its general
   * secretary, Ana Roe", "said Roe’s deputy, Karl Ode" (not Roe), "said union leader Ana Roe".
   */
  const subjectAfterVerb = (at: number, limit: number): Subject | null => {
    const start = at + /^\s*/.exec(text.slice(at, limit))![0].length;
    const rest = text.slice(start, limit);
    // "a déclaré M. Lecornu": French copy's "M." (Monsieur) before a person's surname.
    const monsieur = /^M\.\s+/.exec(rest);
    const afterMonsieur = monsieur ? subjectAt(start + monsieur[0].length, limit) : null;
    if (afterMonsieur && afterMonsieur.via !== 'pronoun' && afterMonsieur.actor !== null && actors[afterMonsieur.actor]!.kind === 'person') return afterMonsieur;
    const role = ROLE_BEFORE_NAME.exec(rest);
    if (role) {
      const named = subjectAt(start + role[0].length, limit);
      if (named && named.via !== 'pronoun') return named;
    }
    // "said Rovers manager Bridget Coyle": the team (or party, or firm) qualifies her role; she speaks.
    // The role's lower-case words end at a role noun ("said Rovers manager van Dijk": not at "van").
    const namedWords = [...(NAMED_ROLE_WORDS.exec(rest)?.[0] ?? '').matchAll(/\S+/g)];
    for (let cut = namedWords.length; cut > 0 && !namedWords.slice(0, cut).some((w) => NOT_ROLE_WORDS.has(w[0])); cut--) {
      const last = namedWords[cut - 1]!;
      if (!/^\p{Ll}/u.test(last[0]) || !ROLE_NOUNS.has(last[0])) continue;
      const after = last.index + last[0].length;
      const person = subjectAt(start + after + /^\s*/.exec(rest.slice(after))![0].length, limit);
      if (person && person.via === 'name' && person.actor !== null && actors[person.actor]!.kind === 'person') return person;
    }
    // "said a WeWork spokesperson": someone unnamed speaks for the organisation named before the role.
    const some = /^an?\s+/i.exec(rest)?.[0].length ?? 0;
    if (some) {
      const org = subjectAt(start + some, limit);
      const role = org ? WORD_AT.exec(text.slice(org.end, limit).trimStart()) : null;
      if (org && org.via !== 'pronoun' && org.via !== 'role' && org.actor !== null && actors[org.actor]!.kind === 'organisation' && role && ROLE_NOUNS.has(role[0].toLowerCase())) return org;
    }
    // "said a spokesman for Harbour Holdings", "said an official at the ministry": the organisation's voice.
    const voiceOf = VOICE_OF_AFTER.exec(rest);
    if (voiceOf) {
      const org = subjectAt(start + voiceOf[0].length, limit);
      if (org && org.via === 'name' && org.actor !== null && actors[org.actor]!.kind === 'organisation') return org;
    }
    const the = /^the\s+/i.exec(rest)?.[0].length ?? 0;
    const direct = subjectAt(start + the, limit) ?? (the ? subjectAt(start, limit) : null);
    // A possessive names whose role it is, not the speaker.
    if (direct && !/^['’]s\b/.test(text.slice(direct.end, direct.end + 3))) return direct;
    const words = LOWER_ROLE_WORDS.exec(rest);
    if (words && !words[0].split(/\s+/).some((w) => NOT_ROLE_WORDS.has(w))) {
      const named = subjectAt(start + words[0].length, limit);
      if (named && named.via === 'name' && named.actor !== null && actors[named.actor]!.kind === 'person') return named;
    }
    // "‘We will not be bullied’, says port chief" (a headline): a role in lower case, nobody named, is the one person with that role.
    const bareRole = /^(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)(?=\s*(?:[,.;:]|$|\s+(?:as|after|before|amid|over|in|on|at)\b))/u.exec(rest);
    // Not someone unnamed: "said one official", "said a spokesman".
    if (bareRole && !bareRole[0].split(/\s+/).some((w) => NOT_ROLE_WORDS.has(w) || UNNAMED_WORDS.has(w))) {
      const holder = roleHolder(bareRole[1]!);
      if (holder !== null) return { actor: holder, start, end: start + bareRole[0].length, words: bareRole[0], via: 'role' };
    }
    return null;
  };

  /** Skips up to two in-between words and reads a speech verb; returns it and where it ends. */
  const verbAfter = (pos: number, limit: number, strict: boolean): { verb: VerbMatch; end: number } | null => {
    let at = pos;
    for (let hops = 0; hops < 3; hops++) {
      const rest = text.slice(at, limit);
      const lead = /^\s*/.exec(rest)![0].length;
      const w = WORD_AT.exec(rest.slice(lead));
      if (!w) return null;
      const verb = readSpeechVerb(w[0], strict);
      if (verb) return { verb, end: at + lead + w[0].length };
      if (!BETWEEN_SPEAKER_AND_VERB.test(w[0].toLowerCase())) return null;
      at += lead + w[0].length;
    }
    return null;
  };

  /** The words from `start` to `end` for evidence, without a word cut in half at the start. */
  const unnamedWords = (start: number, end: number): string => {
    const words = text.slice(start, end).trim();
    return start > 0 && /\p{L}/u.test(text[start - 1]!) ? words.replace(/^\S*\s*/, '') : words;
  };

  /** The person a relative clause starting at `at` ("who …") is about: named right before it, or before an appositive that ends there ("James Otis, the Boston lawyer who"). */
  const personBeforeRelative = (at: number, from: number): Subject | null => {
    const gap = /,\s*(?:the|a|an)\s+[^,.;:!?“”"()]{1,60}$/.exec(text.slice(from, at));
    const end = gap ? from + gap.index : at;
    const ref = [...refs].reverse().find((r) => r.end <= end && r.start >= from && onlyLetters(text.slice(r.end, end)));
    if (!ref || actors[ref.actor]!.kind !== 'person') return null;
    return { actor: ref.actor, start: ref.start, end: ref.end, words: text.slice(ref.start, ref.end), via: ref.via };
  };

  /** The subject ending right before a speech verb, stepping back over in-between words ("Ms Roe later said"); else where the search stopped. */
  const subjectBeforeVerb = (verbStart: number, from: number): { subject: Subject | null; end: number; unnamed?: true } => {
    let end = verbStart;
    if (SOURCE_CLAUSE.test(text.slice(from, verbStart))) return { subject: null, end, unnamed: true };
    // "She begins by saying …", "He responded by telling …": the subject of the verb before "by".
    const by = /^\p{L}+ing\b/u.test(text.slice(verbStart, verbStart + 20)) ? /\s\p{Ll}+\s+by\s+$/u.exec(text.slice(from, verbStart)) : null;
    if (by) end = from + by.index;
    for (let hops = 0; hops < 3; hops++) {
      const subject = subjectEndingAt(end, from);
      const lead = subject ? text.slice(Math.max(from, subject.start - 40), subject.start) : '';
      // "An early draft, seen by Reuters, called for …": who saw the draft is no subject of its verb.
      if (subject && AGENT_IN_ASIDE.test(lead)) return { subject: null, end };
      // ("Sources close to the player said", "one person with knowledge of Rennes' thinking described …": someone unnamed speaks.)
      if (subject && SOURCE_NEAR.test(lead)) return { subject: null, end, unnamed: true };
      // ("A senior official at the inspectorate, who spoke on condition of anonymity, said": not the inspectorate's voice.)
      if (subject && subject.via !== 'pronoun' && subject.actor !== null && actors[subject.actor]!.kind !== 'person' && ANONYMOUS.test(text.slice(subject.end, verbStart))) return { subject: null, end, unnamed: true };
      if (subject) return { subject, end };
      // "China on Monday accused …", "The minister late on Friday said …": a time between subject and verb.
      const when = TIME_BEFORE_VERB.exec(text.slice(from, end));
      if (when) {
        end = from + when.index;
        continue;
      }
      // "confirmed by her daughter, Anna Roe, who said …": a relative clause after the name.
      const who = /,\s*who\s+$/.exec(text.slice(from, end));
      if (who) {
        end = from + who.index;
        continue;
      }
      // "her neighbour, Angus MacLeod, who had read her novel and told her …", "James Otis, the Boston
      // lawyer who argued against the writs and who called them …": a verb further on in a relative
      // clause is its antecedent's, the person named before "who" (or before an appositive ending there).
      const clause = /(?:,\s*|\s+)who\s[^,.;:!?“”"()]*$/.exec(text.slice(from, end));
      const antecedent = clause ? personBeforeRelative(from + clause.index, from) : null;
      if (antecedent) return { subject: antecedent, end };
      // "Her son, a GP in Norwich, said …" after "announced by her son, Thomas Aske": a relation opening the
      // sentence is the person the text introduced with it (else someone unnamed, nobody named).
      const relation = /^[\s“"‘]*(?:[Hh]er|[Hh]is|[Tt]heir)\s+([\p{Ll}-]+)(?:,[^,.;:!?“”"]{1,60},)?\s*$/u.exec(text.slice(from, end));
      if (relation && (FAMILY_WORDS.has(relation[1]!) || RELATION_WORDS.has(relation[1]!))) {
        const introduced = introducedAs(relation[1]!, from);
        return { subject: introduced !== null ? { actor: introduced, start: from, end, words: text.slice(from, end).trim(), via: 'role' } : null, end };
      }
      const m = /([\p{L}]+)\s*$/u.exec(text.slice(from, end));
      if (!m || !BETWEEN_SPEAKER_AND_VERB.test(m[1]!.toLowerCase())) break;
      end = from + m.index;
    }
    return { subject: null, end };
  };

  /**
   * "General secretary Mick Lowry said members had no choice." and then a paragraph that is his
   * quote: reported speech closing the paragraph before leads in a quote that names nobody.
   */
  /**
   * "‘The roof just went’" on a line of its own, as a live page's post heading: a quote that is its
   * whole line, with no stop at its end, heads what follows; it does not go on from the paragraph before.
   */
  const headingLine = (q: Quotation): boolean =>
    q.closed && !text.slice(q.paragraphStart, q.openAt).trim() && !text.slice(q.closeAt, q.paragraphEnd).trim() && !/[.!?,;:…]$/.test(q.exact) && q.exact.split(/\s+/).length <= 12;
  const reportedLeadIn = (q: Quotation): { subject: Subject; verb: VerbMatch | null } | null => {
    if (text.slice(q.paragraphStart, q.openAt).trim() || headingLine(q)) return null;
    // "“…,” said one official": a quote with a speaker of its own, though unnamed, is not led in.
    const after = /^[^.!?“”"]{0,40}/.exec(text.slice(q.closeAt, q.paragraphEnd))![0];
    if (q.closed && [...after.matchAll(/[\p{L}’'-]+/gu)].some((w) => readSpeechVerb(w[0], true))) return null;
    const sentence = [...sentences].reverse().find((x) => x.start < q.paragraphStart && text.slice(x.start, x.end).trim());
    if (!sentence || quotations.some((o) => o.openAt < sentence.end && o.closeAt > sentence.start)) return null;
    // The paragraph just before, with nothing between.
    if (text.slice(sentence.end, q.paragraphStart).split('\n').filter((l) => l.trim()).length) return null;
    for (const w of text.slice(sentence.start, sentence.end).matchAll(/[\p{L}’'-]+/gu)) {
      const verb = readSpeechVerb(w[0], true);
      if (!verb) continue;
      const subject = subjectBeforeVerb(sentence.start + w.index, sentence.start).subject;
      return subject && subject.actor !== null ? { subject, verb } : null;
    }
    // "We have received this message from a reader, Joseph Nkemelu, in Kingsmere:" and then the message:
    // the one person it is from.
    const from = /:\s*$/.test(text.slice(sentence.start, sentence.end)) ? MESSAGE_FROM.exec(text.slice(sentence.start, sentence.end)) : null;
    if (from) {
      const at = sentence.start + from.index + from[0].length;
      const sender = refs.find((r) => r.start >= at && r.end <= sentence.end && r.start - at <= 40 && actors[r.actor]!.kind === 'person');
      if (sender) return { subject: { actor: sender.actor, start: sender.start, end: sender.end, words: text.slice(sentence.start + from.index, sender.end), via: sender.via }, verb: null };
    }
    // "Skipper Andrew Buchan, 58, whose family …, was blunt." and then his quote: a person described
    // as speaking in a manner leads in the paragraph after, as a verb of speech does.
    const manner = MANNER_LEAD.exec(text.slice(sentence.start, sentence.end));
    if (manner) {
      const subject = subjectBeforeVerb(sentence.start + manner.index + /^\s*/.exec(manner[0])![0].length, sentence.start).subject;
      if (subject && subject.actor !== null && actors[subject.actor]!.kind === 'person') return { subject, verb: null };
    }
    return null;
  };

  const describe = (s: Subject, verb: VerbMatch | null, where: string): string[] => {
    const ev = [`${where}: “${s.words}${verb ? ` ${verb.written}` : ''}”`];
    if (verb?.typo) ev.push(`“${verb.written}” read as “${verb.verb}”`);
    if (s.via === 'role' && s.actor !== null) ev.push(`“${s.words}” is ${actors[s.actor]!.name}${actors[s.actor]!.role ? ` (${actors[s.actor]!.role})` : ''}`);
    if (s.via === 'pronoun') ev.push(s.actor !== null ? `“${s.words}” refers to ${actors[s.actor]!.name}, named before` : `“${s.words}”: nobody named before`);
    return ev;
  };

  /**
   * A heckle's speaker named in the sentence after its own: "“Since when?” came a shout. The heckler
   * was Sir Tom Reade, …" (a person, the name right after "was", "belonged … to" or "came from").
   */
  const namedNext = (q: Quotation): SpeakerGuess | null => {
    const own = /^[^.!?“”"]*[.!?]\s+/.exec(text.slice(q.closeAt, q.paragraphEnd));
    if (!own) return null;
    const from = q.closeAt + own[0].length;
    // ("It was Ms Roe who answered": a cleft sentence, no comma before "who", is about someone else.)
    const person = refs.find((r) => r.start > from && r.start - from <= 120 && r.end <= q.paragraphEnd && actors[r.actor]!.kind === 'person' && NAMED_NEXT.test(text.slice(from, r.start)) && !/^\s+(?:who|that)\b/.test(text.slice(r.end, r.end + 8)));
    return person ? { actor: person.actor, confidence: 0.7, evidence: [`named in the sentence after the quote: “${text.slice(from, person.end)}”`], rule: 'trailing' } : null;
  };

  const direct = (q: Quotation, qi: number): SpeakerGuess => {
    attributing = q;
    try {
      return directFor(q, qi);
    } finally {
      attributing = null;
    }
  };
  const directFor = (q: Quotation, qi: number): SpeakerGuess => {
    // A name, a label or a title in quotation marks is nobody's words, and no continuation of the quote before.
    const term = naming(qi);
    if (term) return { actor: null, confidence: 0, evidence: [term], rule: 'term' };
    const next = quotations[qi + 1];
    const limit = Math.min(q.paragraphEnd, next && next.openAt > q.closeAt ? next.openAt : Infinity);
    // "Dent was called “a traitor” by Interior Minister Rosa Lind": the passive's agent speaks.
    const by = q.closed && PASSIVE_SPEECH_BEFORE.test(text.slice(Math.max(q.paragraphStart, q.openAt - 40), q.openAt)) ? /^[\s,]*by\s+/.exec(text.slice(q.closeAt, limit)) : null;
    const agent = by ? subjectAfterVerb(q.closeAt + by[0].length, limit) : null;
    if (agent && agent.actor !== null && agent.via !== 'pronoun') return { actor: agent.actor, confidence: 0.7, evidence: [`after the quote: “by ${agent.words}”`], rule: 'trailing' };
    // Trailing: "…,” Ms Roe said" / "…,” said Ms Roe" / "…,” she added".
    // A full stop after the closing mark ends the sentence ("… ‘finely balanced’. She noted …"): what
    // follows opens a new sentence and is not this quote's attribution.
    // ("Fiona Drever said: “We let him down.” Islay Sound Ferries said it would appeal.": a whole sentence
    // led in by a colon has its speaker; the next sentence's subject is not another.)
    const ledIn = /[.!?]$/.test(q.exact.trim()) && /:\s*$/.test(text.slice(Math.max(q.paragraphStart, q.openAt - 3), q.openAt));
    if (q.closed && !ledIn && !/^[.!?]/.test(text.slice(q.closeAt, q.closeAt + 1))) {
      const lead = /^[\s,.;:!?—–-]*/.exec(text.slice(q.closeAt, limit))![0].length;
      const pos = q.closeAt + lead;
      // "…,” the union's general secretary, Bernard Okafor, said": a role phrase before the name.
      const roleFirst = APPOSITIVE_BEFORE.exec(text.slice(pos, limit));
      const subject = subjectAt(pos, limit) ?? (roleFirst ? subjectAt(pos + roleFirst[0].length, limit) : null);
      // "«We have lived here forty years» — Marijke Ten Hove, houseboat owner": a dash and a person's name
      // sign the quote (the name then ends the line or a comma follows; "“Musicophilia” — Steenburgen
      // wasn't thrilled" is a clause between dashes).
      if (subject && subject.via !== 'pronoun' && subject.actor !== null && actors[subject.actor]!.kind === 'person' && /^\s*(?:—|–|--)\s*$/.test(text.slice(q.closeAt, subject.start)) && /^\s*(?:,|$)/.test(text.slice(subject.end, subject.end + 3))) {
        return { actor: subject.actor, confidence: 0.8, evidence: [`signed after a dash: “— ${subject.words}”`], rule: 'trailing' };
      }
      if (subject) {
        // "…,” Bernard Okafor, the union's general secretary, said": an appositive between name and verb.
        const apposition = APPOSITIVE_AFTER.exec(text.slice(subject.end, limit));
        const v = verbAfter(subject.end, limit, true) ?? (apposition ? verbAfter(subject.end + apposition[0].length, limit, true) : null);
        if (v) return { actor: subject.actor, confidence: subject.via === 'pronoun' ? 0.75 : 0.9, evidence: describe(subject, v.verb, 'after the quote'), rule: 'trailing' };
      }
      const v = verbAfter(pos, limit, true);
      if (v && v.end - pos < 20 && !TOLD.has(v.verb.verb)) {
        const s2 = subjectAfterVerb(v.end, limit);
        if (s2) return { actor: s2.actor, confidence: 0.9, evidence: describe({ ...s2, words: `${v.verb.written} ${s2.words}` }, null, 'after the quote'), rule: 'trailing' };
        // "“Which inflation?” shouted a voice from the benches", "said someone at the back": someone
        // unnamed speaks, so the quote is no continuation of the speaker before it (unless the next sentence names them).
        const unnamed = UNNAMED_AFTER_VERB.exec(text.slice(v.end, limit));
        if (unnamed) return namedNext(q) ?? { actor: null, confidence: 0, evidence: [`after the quote: someone unnamed “${v.verb.written} ${unnamed[1]}”`], rule: 'trailing' };
      }
      // "“Since when?” came a shout from the benches", "“What about the smell?” a woman called": the same.
      const heard = UNNAMED_HEARD_AFTER.exec(text.slice(q.closeAt, limit));
      // ("a woman called from the back": "called" as a verb of speech, not "a man called Bob".)
      const heardVerb = heard?.[2] !== undefined && readSpeechVerb(heard[2], false) && !/^\s+\p{Lu}/u.test(text.slice(q.closeAt + heard[0].length, limit));
      if (heard && (heard[2] === undefined || ((heard[1] === undefined || isPersonNoun(heard[1]) || heard[1] === 'voice') && heardVerb))) {
        return namedNext(q) ?? { actor: null, confidence: 0, evidence: [`after the quote: someone unnamed “${heard[0].replace(/^[\s,]+/, '')}”`], rule: 'trailing' };
      }
    }
    // "‘We'll come back stronger’: Stokes defiant after series defeat" (a headline): a quote opening its
    // line, a colon, then the person it is about, who said it.
    if (q.closed && !text.slice(q.paragraphStart, q.openAt).trim()) {
      const colon = /^\s*:\s*/.exec(text.slice(q.closeAt, limit));
      const named = colon ? subjectAfterVerb(q.closeAt + colon[0].length, limit) : null;
      if (named && named.via !== 'pronoun' && named.actor !== null && actors[named.actor]!.kind === 'person') {
        return { actor: named.actor, confidence: 0.7, evidence: [`after the quote and a colon: “${named.words}”`], rule: 'trailing' };
      }
    }
    // "…, as she later put it, “the men thought I'd come to make the tea”": the words of whoever put it so.
    const putIt = AS_PUT_IT_BEFORE.exec(text.slice(Math.max(q.paragraphStart, q.openAt - 80), q.openAt));
    if (putIt) {
      const at = q.openAt - putIt[0].length + putIt[0].indexOf(putIt[1]!);
      const who = subjectAt(at, q.openAt);
      if (who && who.actor !== null && who.end <= at + putIt[1]!.length) return { actor: who.actor, confidence: who.via === 'pronoun' ? 0.7 : 0.8, evidence: [`before the quote: “${putIt[0].trim()}”`, ...describe(who, null, '').slice(1)], rule: 'leading' };
    }
    // "…, where, in his own words, he was “the youngest man in the room”": the words of whose own words they are.
    const ownWords = IN_OWN_WORDS_BEFORE.exec(text.slice(Math.max(q.paragraphStart, q.openAt - 120), q.openAt));
    if (ownWords) {
      const at = q.openAt - ownWords[0].length;
      const ownAt = at + ownWords[0].search(/['’]s?\s+own\s/u);
      const owner = ownWords[1] ? resolvePronoun(SUBJECT_OF_POSSESSIVE[ownWords[1].toLowerCase()]!, at + ownWords[0].indexOf(ownWords[1])) : ([...refs].reverse().find((r) => r.end === ownAt && r.start >= at)?.actor ?? null);
      if (owner !== null && actors[owner]!.kind === 'person') return { actor: owner, confidence: 0.7, evidence: [`before the quote: “${ownWords[0].trim()}”`], rule: 'leading' };
    }
    // "X issued a statement. “The council apologises,” it read.": a document's words are its issuer's.
    if (q.closed && DOCUMENT_READ_AFTER.test(text.slice(q.closeAt, q.closeAt + 40))) {
      const from = paragraphBefore(q.paragraphStart).start;
      const issued = [...text.slice(from, q.openAt).matchAll(DOCUMENT_ISSUED)].pop();
      if (issued) {
        const verbStart = from + issued.index + issued[0].indexOf(issued[1]!);
        const sentenceStart = sentences.find((x) => x.start <= verbStart && x.end > verbStart)?.start ?? from;
        const issuer = subjectBeforeVerb(verbStart, sentenceStart).subject;
        if (issuer && issuer.actor !== null) return { actor: issuer.actor, confidence: 0.7, evidence: [`the text of a document: “${text.slice(issuer.start, issuer.end)} ${issued[0].trim()}”`], rule: 'trailing' };
      }
    }
    // "“…” That was the verdict of Ofgem's director, Cathryn Scott", "“…,” was how MP Ian Byrne described it".
    if (q.closed) {
      const after = text.slice(q.closeAt, limit);
      const ofWhom = VERDICT_OF.exec(after);
      const how = ofWhom ? null : WAS_HOW.exec(after);
      const verdict = ofWhom ?? how;
      const named = verdict ? subjectAfterVerb(q.closeAt + verdict[0].length, limit) : null;
      // After "was how", the name must be the subject of a verb of describing ("… described it", "… put it").
      const described = !how || (!!named && /^\s+(?:\p{Ll}+ly\s+)?(?:described|put|summed|characteri[sz]ed|saw|explained|summari[sz]ed|called)\b/u.test(text.slice(named.end, limit)));
      if (named && named.actor !== null && named.via !== 'pronoun' && described) {
        return { actor: named.actor, confidence: 0.8, evidence: [`after the quote: “${verdict![0].trim()} ${named.words}”`], rule: 'trailing' };
      }
    }
    const sentence = sentences.find((s) => s.start <= q.openAt && s.end > q.openAt) ?? { start: q.paragraphStart, end: q.paragraphEnd };
    // ("Volker said he never used the term “three amigos” and added, “…”": a name in quotation marks
    // before does not end the stretch the speaker is looked for in.)
    const prevQuote = quotations.slice(0, qi).findLast((_, k) => !naming(k));
    // "Haug told reporters:" ending the paragraph before a quote that opens its own: that sentence leads it in.
    const leadIn = !text.slice(q.paragraphStart, q.openAt).trim() && /:\s*$/.test(text.slice(Math.max(0, q.paragraphStart - 3), q.paragraphStart)) ? sentences.find((x) => x.start < q.paragraphStart - 1 && x.end >= q.paragraphStart - 2) : undefined;
    const from = leadIn && (!prevQuote || prevQuote.closeAt <= leadIn.start) ? leadIn.start : Math.max(sentence.start, q.paragraphStart, prevQuote && prevQuote.closeAt <= q.openAt ? prevQuote.closeAt : 0);
    // Leading: the subject of the last speech verb before the quote in its sentence.
    const before = text.slice(from, q.openAt);
    const verbs = [...before.matchAll(/[\p{L}’'-]+/gu)].reverse();
    /** Where the first speech verb before the quote is: what follows it is what was said, not who said it. */
    let firstVerbAt = q.openAt;
    for (const w of verbs) {
      const verb = readSpeechVerb(w[0], false);
      if (!verb) continue;
      const verbStart = from + w.index;
      // "the Baltic states needed …", "the member states": a plural noun, not "states" said.
      if (verb.verb === 'states' && /\bthe\s+(?:[\p{L}-]+\s+){1,2}$/iu.test(text.slice(Math.max(from, verbStart - 40), verbStart))) continue;
      firstVerbAt = verbStart;
      const found = subjectBeforeVerb(verbStart, from);
      if (found.subject) {
        const s = found.subject;
        const tail = /[:,]\s*$|\bthat\s*$/.test(before);
        return { actor: s.actor, confidence: tail ? 0.85 : 0.7, evidence: describe(s, verb, 'before the quote'), rule: 'leading' };
      }
      // "One resident told reporters it was “awful”", "A nurse at Kelby General Hospital said": someone
      // unnamed speaks, and the quote is theirs, no continuation of the one before.
      // (The first speech verb of the sentence: in "An official at the ministry said the report was", "report" is none.)
      // (Not an organisation's voice, "A spokesperson said", which speaks for the organisation before.)
      if (found.unnamed) return { actor: null, confidence: 0, evidence: [`before the quote: someone unnamed “${unnamedWords(Math.max(from, found.end - 60), verbStart)} ${verb.written}”`], rule: 'leading' };
      // ("an email sent in 2018 by a council surveyor that described the doors as “…”": the document's
      // words are its author's, named after "by" (someone unnamed there), not the sentence's speaker's.)
      const authored = DOCUMENT_BY_BEFORE_VERB.exec(text.slice(from, verbStart));
      if (authored) {
        const byAt = from + authored.index + authored[0].lastIndexOf(authored[1]!);
        const author = refs.find((r) => r.start >= byAt && r.end <= byAt + authored[1]!.length);
        const who = author && actors[author.actor]!.kind !== 'place' ? author.actor : null;
        return { actor: who, confidence: who === null ? 0 : 0.7, evidence: [`a document's words: “${text.slice(from + authored.index, verbStart).trim()} ${verb.written}”`], rule: 'leading' };
      }
      // ("In a reply to her post, another user, @grillsergeant, wrote:": someone unnamed, set apart by "another".)
      if (/(?:^|[,;]\s+|\b(?:and|but|while|when)\s+)another\s+(?:[\p{Ll}-]+\s+){0,2}?[\p{Ll}-]+(?:,\s*[^,.;:!?“”"]{1,40},)?\s*$/u.test(text.slice(from, verbStart))) return { actor: null, confidence: 0, evidence: [`before the quote: someone else unnamed “${unnamedWords(Math.max(from, verbStart - 60), verbStart)} ${verb.written}”`], rule: 'leading' };
      const unnamed = UNNAMED_SPEAKER.exec(text.slice(from, found.end));
      const noun = unnamed?.[2]!.toLowerCase() ?? '';
      if (unnamed && isPersonNoun(noun) && speaksForThemself(!!unnamed[1], noun) && ![...text.slice(from, verbStart).matchAll(/[\p{L}’'-]+/gu)].some((x) => readSpeechVerb(x[0], false))) return { actor: null, confidence: 0, evidence: [`before the quote: someone unnamed “${text.slice(from, found.end).trim()} ${verb.written}”`], rule: 'leading' };
      const subjectEnd = found.end;
      // "X, the airline's chief, apologised to customers and said …": a second verb joined by "and"
      // shares the subject that opens the sentence.
      if (/\band\s+$/.test(text.slice(from, subjectEnd))) {
        // ("Asked whether …, Sheikh Khalid smiled and said only:": the main clause's subject after an opening clause.)
        const opens = (r: Reference) => /^\W*(?:[\p{L}’'.-]+\W+){0,6}$/u.test(text.slice(from, r.start)) || (/^\s*(?:Asked|Pressed|Questioned|Challenged|Speaking|Responding|Quizzed)\b[^.!?;:“”"]*,\s*$/u.test(text.slice(from, r.start)) && /^\s+\p{Ll}+(?:ed|s)\b/u.test(text.slice(r.end, r.end + 20)));
        const opener = refs.find((r) => r.start >= from && r.end <= verbStart && actors[r.actor]!.kind === 'person' && opens(r) && /^\s*(?:,|\p{Ll})/u.test(text.slice(r.end, r.end + 2)));
        if (opener) return { actor: opener.actor, confidence: 0.7, evidence: describe({ actor: opener.actor, start: opener.start, end: opener.end, words: text.slice(opener.start, opener.end), via: opener.via }, verb, 'subject of the sentence, before the quote'), rule: 'leading' };
      }
    }
    // "Nora's answer — “It is, Mam.”", "Dunmore's next message was four words long: “Understood.”",
    // "Her reply was “No.”": the words are the one whose answer, message or reply they are.
    const owned = OWNED_WORDS_BEFORE.exec(before);
    if (owned) {
      const nounAt = from + owned.index;
      const owner = owned[1] ? [...refs].reverse().find((r) => r.end === nounAt && r.start >= from) : undefined;
      const pronounOwner = owned[2] ? resolvePronoun(SUBJECT_OF_POSSESSIVE[owned[2].toLowerCase()]!, from + owned.index) : null;
      // ("The first officer's reply, at 18:44:05, was “…”": the one person who holds that role.)
      const office = owned[1] && !owner ? /(?:^|[^\p{L}])[Tt]he\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)$/u.exec(text.slice(from, nounAt))?.[1] : undefined;
      const officeOwner = office ? (office.includes(' ') ? officeHolder(office) : roleHolder(office)) : null;
      const who = owner ? owner.actor : (pronounOwner ?? officeOwner);
      const ownerStart = owner ? owner.start : office ? nounAt - office.length : nounAt;
      const words = `before the quote: “${text.slice(ownerStart, q.openAt).trim()}”`;
      if (who !== null && who !== undefined && actors[who]!.kind !== 'place') return { actor: who, confidence: 0.7, evidence: [words], rule: 'leading' };
      // ("The airline's reply was “no comment”" with no airline named: someone's words, not the last speaker's going on.)
      return { actor: null, confidence: 0, evidence: [words], rule: 'leading' };
    }
    // "Asked whether …, she was blunt: “…”", "Ms Roe was unequivocal: “…”": a person described, then a colon.
    const described = /\s+(?:was|is|were|sounded|remained)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+:\s*$/u.exec(before);
    if (described) {
      const subject = subjectEndingAt(from + described.index, from);
      const clauseStart = subject ? text.slice(from, subject.start) : '';
      if (subject && subject.actor !== null && actors[subject.actor]!.kind === 'person' && /(?:^|[,;]\s*|\b(?:and|but)\s+)(?:[Tt]he\s+)?$/u.test(clauseStart)) {
        return { actor: subject.actor, confidence: 0.6, evidence: [`before the quote: “${text.slice(subject.start, q.openAt).trim()}”`, ...(subject.via === 'pronoun' ? [`“${subject.words}” refers to ${actors[subject.actor]!.name}, named before`] : [])], rule: 'leading' };
      }
    }
    // "Mayor: ‘We will not raise fees’", "Tarrant: “…”" (headlines): who stands alone before a colon.
    const colon = /^\s*([\p{L}’'. -]{2,40}):\s*$/u.exec(before);
    if (colon) {
      const named = refs.find((r) => r.start >= from && /^\s*:\s*$/.test(text.slice(r.end, q.openAt)) && !/\S/.test(text.slice(from, r.start).replace(/^the\s+/i, '')));
      if (named) return { actor: named.actor, confidence: 0.7, evidence: [`“${text.slice(named.start, named.end)}:” before the quote`], rule: 'leading' };
      // ("First Minister: …": an office of more than one word, the one person who holds it.)
      const office = colon[1]!.trim().replace(/^the\s+/i, '');
      const holder = roleHolder(office) ?? (office.includes(' ') ? officeHolder(office.toLowerCase()) : null);
      if (holder !== null) return { actor: holder, confidence: 0.6, evidence: [`“${colon[1]!.trim()}:” before the quote is ${actors[holder]!.name} (${actors[holder]!.role})`], rule: 'leading' };
    }
    // "according to X", before or after the quote, in its sentence.
    const sentenceText = text.slice(sentence.start, sentence.end);
    const acc = /\baccording to\s+/i.exec(sentenceText);
    if (acc) {
      // "according to KPA chief executive Tan Boon Huat": the name may follow a role in lower case or an acronym.
      const at = sentence.start + acc.index + acc[0].length;
      const named = refs.filter((r) => r.start >= at && r.start - at <= 60 && r.end <= sentence.end && !/[,.;:“”"]/.test(text.slice(at, r.start))).sort((a, b) => (actors[b.actor]!.kind === 'person' ? 1 : 0) - (actors[a.actor]!.kind === 'person' ? 1 : 0) || a.start - b.start)[0];
      const person = named && actors[named.actor]!.kind === 'person' ? { actor: named.actor, start: named.start, end: named.end, words: text.slice(at, named.end), via: named.via } : null;
      const s = person ?? subjectAt(at, sentence.end) ?? (named ? { actor: named.actor, start: named.start, end: named.end, words: text.slice(at, named.end), via: named.via } : null);
      if (s) return { actor: s.actor, confidence: 0.8, evidence: [`“according to ${s.words}”`], rule: 'according' };
    }
    // Later in the quote's sentence: "“…” announced in October, said Derek Scissors" / "…, Ms Roe said".
    const closing = sentences.find((x) => x.start <= q.closeAt - 1 && x.end > q.closeAt - 1) ?? sentence;
    if (q.closed) {
      const rest = text.slice(q.closeAt, closing.end);
      if (!/[“"‘«]/.test(rest)) {
        for (const w of rest.matchAll(/[\p{L}’'-]+/gu)) {
          const verb = readSpeechVerb(w[0], true);
          if (!verb) continue;
          const at = q.closeAt + w.index;
          // "told CBS News": whoever follows "told" or "asked" is the listener; the speaker came before.
          const listenerAfter = LISTENER_VERBS.has(verb.verb);
          const after = listenerAfter ? null : subjectAt(at + w[0].length + (/^\s*/.exec(text.slice(at + w[0].length))![0].length), closing.end);
          const firstPerson = refs.find((r) => r.start >= q.closeAt && r.end <= at && actors[r.actor]!.kind === 'person' && !personsPossessive(r));
          const s = after ?? subjectEndingAt(at, q.closeAt) ?? (firstPerson ? { actor: firstPerson.actor, start: firstPerson.start, end: firstPerson.end, words: text.slice(firstPerson.start, firstPerson.end), via: firstPerson.via } : null);
          // ("“…” mutually shared by Ukraine and the U.S., he warned.": a pronoun and the verb closing the sentence after a comma speak too.)
          const closingClause = s?.via === 'pronoun' && /,\s*$/.test(text.slice(q.closeAt, s.start)) && /^[\p{L}’'-]+\s+[\p{L}’'-]+\s*[.!?]?\s*$/u.test(text.slice(s.start, closing.end));
          if (s && (s.via !== 'pronoun' || closingClause)) return { actor: s.actor, confidence: 0.6, evidence: describe(s, verb, 'later in the sentence'), rule: 'trailing' };
        }
      }
    }
    // "Kompany shrugged. “What's the point? Nothing ever changes.”": a quote that opens its sentence, with
    // nothing after it to say who speaks, is the words of the one person the sentence before it, in its
    // paragraph, is about (as its subject).
    // (The quote is its own sentence, ending in its own full stop: not "“A day lost” is how he put it".)
    const ownSentence = /[.!?]$/.test(q.exact.trim()) && /^\s*(?:$|\n|[“"‘\p{Lu}])/u.test(text.slice(q.closeAt, q.closeAt + 3));
    if (!before.trim() && ownSentence && !(prevQuote && prevQuote.paragraphStart === q.paragraphStart) && q.exact.split(/\s+/).length >= 3) {
      const prior = sentences.find((x) => x.start >= q.paragraphStart && x.end <= q.openAt && !text.slice(x.end, q.openAt).trim());
      const people = prior ? refs.filter((r) => r.start >= prior.start && r.end <= prior.end && actors[r.actor]!.kind === 'person') : [];
      if (people.length && new Set(people.map((r) => r.actor)).size === 1 && isSubject(people[0]!)) {
        const p = people[0]!;
        return { actor: p.actor, confidence: 0.5, evidence: [`after a sentence about ${text.slice(p.start, p.end)}`], rule: 'subject' };
      }
      // "She points to Pontevedra, which banned cars. “Their shops did not close.”": the sentence before,
      // naming nobody, opens with "he" or "she", who is the one it is about; an opening clause may come
      // first ("Asked if he will go out again, he laughs. “Of course.”").
      const pronoun = prior && !people.length ? /^[\s“"‘(]*(?:\p{Lu}[^,.;:!?“”"]{0,80},\s+)?([Ss]he|[Hh]e)\s+\p{Ll}/u.exec(text.slice(prior.start, prior.end)) : null;
      const meant = pronoun ? resolvePronoun(pronoun[1]!.toLowerCase(), prior!.start + pronoun[0].lastIndexOf(pronoun[1]!)) : null;
      if (pronoun && meant !== null) {
        return { actor: meant, confidence: 0.45, evidence: [`after a sentence about “${pronoun[1]}”`, `“${pronoun[1]}” refers to ${actors[meant]!.name}, named before`], rule: 'subject' };
      }
    }
    // The sentence's subject, when the quote is a fragment inside it.
    // ("the stewards said the driver had made “…”, and that Aramaki had “not been forced …”": after an
    // earlier quote, "and that" goes on with the same verb's reported speech; its subject is no speaker.)
    const reportedOn = prevQuote && from === prevQuote.closeAt && /^[\s,;]*(?:and|but|or)?\s*that\s/i.test(before);
    if (before.trim() && !reportedOn) {
      // "A spokeswoman said the minister would “review …”": a name after the speech verb is what the
      // unnamed speaker spoke about.
      const opening = (start: number) => {
        const r = refs.find((x) => x.start >= start && x.end <= firstVerbAt && actors[x.actor]!.kind !== 'place' && !personsPossessive(x));
        return r && /^\W*([\p{L}]+\W+){0,4}$/u.test(text.slice(start, r.start)) && !unnamedMemberOf(r, start) && !SOURCE_NEAR.test(text.slice(Math.max(start, r.start - 40), r.start)) ? (titleHolder(r, firstVerbAt) ?? r) : undefined;
      };
      // "Boudreau gave a pep talk, telling them to “believe” and that the Wild are a “good team.”": after
      // an earlier quote in the sentence, a person opening the sentence still speaks, not an organisation named after it.
      const first = opening(from);
      const head = first && actors[first.actor]!.kind !== 'person' && from > sentence.start ? opening(Math.max(sentence.start, q.paragraphStart)) : undefined;
      const subject = head && actors[head.actor]!.kind === 'person' ? head : first;
      if (subject) {
        return { actor: subject.actor, confidence: 0.55, evidence: [`subject of the sentence: “${text.slice(subject.start, subject.end)}”`], rule: 'subject' };
      }
    }
    return { actor: null, confidence: 0, evidence: [], rule: 'none' };
  };

  /**
   * "Northern Grid says repairs could take days. … “Our teams are out,” a spokeswoman said": an
   * unnamed spokesperson speaks for the one organisation that is a subject in this paragraph or the
   * one before; with two or none, for nobody anyone can tell.
   */
  const unnamedSpokesperson = (q: Quotation): number | null => {
    // ("A spokesperson said: “…”": before the quote, in its paragraph, as well as after it.)
    // (The last 200 characters before the quote are enough, and keep a long paragraph of many quotes linear.)
    const leadsIn = UNNAMED_SPOKESPERSON_BEFORE.test(text.slice(Math.max(q.paragraphStart, q.openAt - 200), q.openAt));
    if (!leadsIn && (!q.closed || !unnamedSpokespersonAfter(text.slice(q.closeAt, q.paragraphEnd)))) return null;
    // From the start of the paragraph before (past blank lines).
    const from = paragraphBefore(q.paragraphStart).start;
    const orgs = new Set(refs.filter((r) => r.start >= from && r.end <= q.openAt && actors[r.actor]!.kind === 'organisation' && isSubject(r)).map((r) => r.actor));
    return orgs.size === 1 ? [...orgs][0]! : null;
  };

  /**
   * "A nurse who worked at a care home told a jury that she had “begged” …" opening the article, then
   * "Ada Fenn, 34, was giving evidence …": a lead that holds back the name gives it at the start of the
   * next paragraph. Only the article's first paragraph (after the headline and page furniture), with
   * nobody named before the quote, someone unnamed ("A"/"An" and a person's noun) opening it and a
   * speech verb; the person must not be of another gender than the noun or a pronoun of the lead shows.
   */
  const namedAfterLead = (q: Quotation): SpeakerGuess | null => {
    const firstLineEnd = text.indexOf('\n');
    let lineStart = firstLineEnd < 0 ? text.length : firstLineEnd + 1;
    while (lineStart < q.paragraphStart) {
      const end = text.indexOf('\n', lineStart) < 0 ? text.length : text.indexOf('\n', lineStart);
      if (text.slice(lineStart, end).trim() && !skip.some((x) => x.start <= lineStart + /^\s*/.exec(text.slice(lineStart, end))![0].length && x.end >= end - /\s*$/.exec(text.slice(lineStart, end))![0].length)) return null;
      lineStart = end + 1;
    }
    const lead = sentences.find((x) => x.start <= q.openAt && x.end > q.openAt);
    if (!lead || text.slice(q.paragraphStart, lead.start).trim()) return null;
    const before = text.slice(lead.start, q.openAt);
    const opener = /^[\s“"‘(]*(?:A|An)\s+((?:[\p{Ll}-]+\s+){0,3})/u.exec(before);
    const noun = opener ? [opener[1]!.trim().split(/\s+/).pop()!, ...opener[1]!.trim().split(/\s+/)].find((w) => isPersonNoun(w)) : undefined;
    if (!noun || !speaksForThemself(true, noun)) return null;
    if (refs.some((r) => r.start >= q.paragraphStart && r.start < q.openAt && actors[r.actor]!.kind === 'person')) return null;
    if (![...before.matchAll(/[\p{L}’'-]+/gu)].some((w) => readSpeechVerb(w[0], true))) return null;
    const nextStart = q.paragraphEnd + /^\s*/.exec(text.slice(q.paragraphEnd))![0].length;
    const named = refs.find((r) => r.start === nextStart && actors[r.actor]!.kind === 'person');
    if (!named || !/^(?:\s*,\s*(?:\d{1,3}\b|an?\s|the\s|who\s)|\s+\p{Ll})/u.test(text.slice(named.end, named.end + 12))) return null;
    // ("Judge Ann Roe told jurors …": someone who speaks in their own right opening the next paragraph is someone else.)
    // (The verb may come after a word: "Ann Roe later said".)
    const verbs = /^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(text.slice(named.end, named.end + 30));
    if (verbs && (readSpeechVerb(verbs[1]!, true) || (verbs[2] && BETWEEN_SPEAKER_AND_VERB.test(verbs[1]!) && readSpeechVerb(verbs[2], true)))) return null;
    const pronoun = /\b([Ss]he|[Hh]e)\b/.exec(before)?.[1]?.toLowerCase();
    const gender = actors[named.actor]!.gender;
    const shown = [UNNAMED_GENDER.get(noun) ?? STAND_IN_NOUNS.get(noun) ?? null, pronoun ? (PRONOUNS.get(pronoun) ?? null) : null];
    if (gender && shown.some((g) => g && g !== gender)) return null;
    return { actor: named.actor, confidence: 0.6, evidence: [`an unnamed lead (“${before.trim().split(/\s+/).slice(0, 4).join(' ')} …”) named at the start of the next paragraph: “${text.slice(named.start, named.end)}”`], rule: 'leading' };
  };

  const guesses = quotations.map((q, i) => {
    const guess = direct(q, i);
    if (guess.actor !== null) return guess;
    const org = unnamedSpokesperson(q);
    if (org !== null) return { actor: org, confidence: 0.5, evidence: [`an unnamed spokesperson, after ${actors[org]!.name} spoke`], rule: 'subject' as const };
    return (guess.rule === 'none' || guess.evidence[0]?.startsWith('before the quote: someone unnamed') ? namedAfterLead(q) : null) ?? guess;
  });
  // Continuations, in order so a chain of quotes inherits from its first attributed one.
  for (let i = 0; i < quotations.length; i++) {
    const q = quotations[i]!;
    const g = guesses[i]!;
    if (g.actor !== null || g.rule !== 'none') continue;
    const prev = quotations[i - 1];
    const pg = guesses[i - 1];
    if (q.partOf !== null) {
      const first = guesses[q.partOf]!;
      if (first.actor !== null) {
        guesses[i] = { actor: first.actor, confidence: Math.min(first.confidence, 0.8), evidence: ['continues a quote that runs over paragraphs'], rule: 'continuation' };
        continue;
      }
    }
    if (q.partOf === null) {
      const lead = reportedLeadIn(q);
      if (lead) {
        guesses[i] = { actor: lead.subject.actor, confidence: 0.6, evidence: describe(lead.subject, lead.verb, lead.verb ? 'reported speech in the paragraph before' : 'the paragraph before says how they spoke'), rule: 'leading' };
        continue;
      }
    }
    if (!prev || !pg || pg.actor === null) continue;
    const samePara = prev.paragraphStart === q.paragraphStart;
    const opensParagraph = !text.slice(q.paragraphStart, q.openAt).trim();
    // The previous paragraph must be the one just before and end with its quote (and attribution).
    const adjacent = !text.slice(prev.paragraphEnd, q.paragraphStart).trim();
    const nextPara = !samePara && opensParagraph && adjacent && prev.paragraphEnd - prev.closeAt < 60 && !headingLine(q);
    // ("“Confirm box, Luca.”" after Luca's own words: a quote that addresses someone by name is not theirs.)
    if ((samePara || nextPara) && addressedIn(actors[pg.actor]!, q.exact)) continue;
    if (samePara || nextPara) {
      guesses[i] = { actor: pg.actor, confidence: samePara ? 0.75 : 0.6, evidence: [samePara ? 'continues the quote before it in the paragraph' : 'opens the paragraph after a quote by the same speaker'], rule: 'continuation' };
    }
  }
  // A quote running over paragraphs often names its speaker in a later part: share it back.
  for (let i = 0; i < quotations.length; i++) {
    const q = quotations[i]!;
    if (q.partOf !== null && guesses[i]!.actor !== null && guesses[q.partOf]!.actor === null) {
      for (let k = q.partOf; k < i; k++) if (guesses[k]!.actor === null) guesses[k] = { ...guesses[i]!, evidence: ['a later part of this quote names the speaker'], rule: 'continuation' };
    }
  }
  return guesses;
}

/**
 * Words before a short quotation that make it a name or a label rather than someone's words:
 * so-called "forever chemicals", sometimes called the "Doomsday Glacier", known to team-mates as
 * 'Tank' (or "known to everyone at the club as"), rated "good", his rating to "buy" from "hold", under the headline "…". ("X called the
 * ruling “a landmark”" is X's words: a bare "called" is a speech verb, so only a passive or an adverb
 * makes it a name.)
 */
const NAMING_BEFORE = /(?:\bso-called|\b(?:sometimes|often|widely|also|popularly|commonly|once|now|affectionately|locally|jokingly|informally|is|are|was|were|be|been|being)\s+(?:called|dubbed|known\s+as|referred\s+to\s+as|nicknamed|termed|labell?ed|branded)|\b(?:dubbed|nicknamed|termed|dubbed\s+[^“”".!?]{1,60}\sas|(?:known|referred\s+to)(?:\s+[\p{L}-]+){0,5}\s+as|rated|ratings?(?:\s+[\p{L}-]+){0,4}?\s+(?:of|to|from|at)|from|to|under\s+the\s+(?:headline|title|banner|slogan)|headlined|titled|entitled|slogan|hashtag|motto|the\s+(?:term|label|subject(?:\s+line)?)))(?:\s+(?:the|a|an))?[\s,:]*$/iu;

/** "was called", "has been described as" before a quote whose speaker comes after "by". */
const PASSIVE_SPEECH_BEFORE = /\b(?:is|are|was|were|been|being)\s+(?:\p{L}+ly\s+)?(?:called|described\s+as|labell?ed(?:\s+as)?|branded(?:\s+as)?|dubbed|termed|denounced\s+as|hailed\s+as|praised\s+as|criticised\s+as|criticized\s+as)\s*$/iu;

/** After a title in quotation marks: "“The Builders,” a technology podcast", "“Harbour Lights”, the BBC drama". */
const TITLE_AFTER = /^[\s,]*(?:a|an|the|his|her|their|its)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:podcast|book|novel|memoir|film|movie|documentary|album|song|single|play|musical|series|show|drama|sitcom|programme|program|newsletter|column|essay|poem|painting|exhibition|report|study|paper)\b/iu;

/** Why a quotation is a name, a label or a title rather than speech (the evidence), else null. */
function namingQuote(text: string, q: Quotation): string | null {
  const words = q.exact.trim().split(/\s+/).length;
  if (words > 6) return null;
  const before = text.slice(Math.max(q.paragraphStart, q.openAt - 60), q.openAt);
  const m = NAMING_BEFORE.exec(before);
  const after = q.closed ? text.slice(q.closeAt, q.closeAt + 60) : '';
  // ("to" and "from" only between two one- or two-word labels: "to “buy” from “hold”".)
  const fromTo = !!m && /^\s*(?:from|to)\b/i.test(m[0]);
  const between = words <= 2 && (/[”"’]\s*$/.test(before.slice(0, m?.index ?? 0)) || /^\s*(?:from|to)\s*[“"‘]/i.test(after));
  // ("He was called “a traitor” by the minister": the minister's words.)
  if (m && (fromTo ? between : /^\s*rat/i.test(m[0]) || !/^[\s,]*by\s/i.test(after))) return `a name or a label, not speech: “${m[0].trim()} …”`;
  if (TITLE_AFTER.test(after)) return `a title: “…${/^[^\n]{0,40}/.exec(after)![0].trim()}”`;
  return null;
}

/** Whether the quote speaks to the actor by name: "Confirm box, Luca.", "Luca, stay out." (a given name or a mention, set off by a comma). */
function addressedIn(actor: { name: string; kind: string; mentions: readonly string[] }, exact: string): boolean {
  if (actor.kind !== 'person') return false;
  const names = new Set([...actor.mentions.filter((m) => /^\p{Lu}/u.test(m)), actor.name.split(/\s+/)[0]!]);
  return [...names].some((m) => {
    const name = escapeRegExp(m);
    return new RegExp(String.raw`(?:^|[.!?]\s+)${name},\s|,\s*${name}\s*(?:[.!?]|$)`, 'u').test(exact);
  });
}

/** Whether a quotation names this actor by one of its capitalised mentions ("Dorothy" in “Dorothy taught me …”). */
function namedInQuote(actor: { mentions: readonly string[] }, exact: string): boolean {
  return actor.mentions.some((m) => /^\p{Lu}/u.test(m) && new RegExp(String.raw`(?:^|[^\p{L}])${escapeRegExp(m)}(?![\p{L}])`, 'u').test(exact));
}
