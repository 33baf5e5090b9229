/**
 * Recognising page furniture by its words: the lines a news page wraps around an article
 * (newsletter prompts, share bars, photo credits, "Read more" links, bylines, timestamps).
 * Used on HTML blocks by the extractor and on lines by the plain-text clip parser, so both
 * drop the same things. Patterns are about the *shape* of furniture on news sites in general,
 * English first with a few common other-language forms; each one says what it catches.
 */
import { NEWSROOM_JOB } from '../text/newsroom-jobs';
import { WALL_WORDS } from './paywall';

export type FurnitureKind = 'prompt' | 'credit' | 'link' | 'byline' | 'timestamp' | 'label';

const WORD = /[\p{L}\p{N}]+/gu;

export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Ends like a sentence (or a quotation that closes one). */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…:;]["”’»)\]]*$/u.test(text.trim());
}

/** Known wire and agency names in any case: "– Reuters" ending a clip, "By Jane Roe, Reuters" after a byline's names. */
export const WIRE = /^(reuters|bloomberg|afp|ap|associated press|agence france-presse|xinhua|dpa|ani|pti|bernama|kyodo|yonhap|efe|ansa|anadolu|pa|pa media|the new york times|the washington post)$/i;

/** Calls to act: newsletters, subscriptions, apps, follow prompts, share bars, comments, cookies. */
const PROMPT = [
  /^sign ?up\b.*\b(newsletters?|e-?mails?|inbox|alerts?|updates|digest|briefing)\b/i, // "Sign up now: get our newsletters…"
  /^sign ?up( now| today| here| for free)?\s*[:!.]?$/i,
  /^(subscribe|subscription)\b/i,
  /^(get|receive) (the|our|all|breaking|daily|weekly)\b.*\b(newsletters?|inbox|emails?|alerts?|app|briefings?|digest|bulletins?)\b/i, // "Get the Courier's morning briefing. Sign up"
  /^.{0,80}\b(briefing|newsletter|digest|bulletin)\b.{0,40}[.:!]\s*(sign ?up|subscribe)( (now|here|today|for free))?\s*[.!]?$/i, // "Our morning briefing, free. Sign up"
  /\bnewsletters?\b.*\b(sign ?up|subscribe|inbox|delivered)\b/i,
  /\b(sign ?up|subscribe)\b.*\bnewsletters?\b/i,
  /^(breaking news emails|let our news meet your inbox)/i,
  /^follow (us|topic|him|her|them|the author|[\p{Lu}][\p{L}]+ on)\b/iu, // "Follow topic:", "Follow us on Twitter"
  /^[Ff]ollow (the )?([\p{Lu}][\p{L}’'&.-]*\s+){1,4}on (social media|Twitter|X|Facebook|Instagram|LinkedIn|TikTok|Threads|Bluesky|YouTube|WhatsApp|Telegram|Google News)\b/u, // "Follow Harbour News on social media for the latest updates."
  /^follow\s*:?$/i,
  /^(share|tweet|email|print|save)( (this|the) (article|story|page|post))?( on [\p{L} ,]+)?\s*[:!]?$/iu,
  /^share (this|on|via)\b/i,
  /^(partager|teilen|compartir|condividi|compartilhar)( (sur|auf|en|su|no) [\p{L} ,]+)?\s*[:!]?$/iu, // "Partager", "Teilen auf Facebook"
  /^(copy|copier( le)?|kopieren|copiar( el)?) (link|lien|enlace)$/iu,
  /^(listen to|hear) this (article|story)\b/i,
  /\bsubscribe\b.{0,40}\b(for free|to receive|new posts|support (my|our) work)\b/i, // a newsletter's own box
  // A donation appeal ending a short block: "Capitol Courier is a nonprofit newsroom. Support our work.", "Donate today."
  // (Its own sentence, closing the block; a quote that carries the words ends in quotation marks or "she said".)
  /(?:^|[.!?]["”’]?\s+)(?:please\s+)?(?:support (?:our|my|this|independent|local|nonprofit|public[- ]interest) (?:work|journalism|reporting|newsroom)|donate (?:now|today|here)|make a (?:tax-deductible |one-time |monthly )?donation|become a (?:member|supporter|donor)(?: today| now)?)(?: (?:today|now|here))?[.!]?$/i,
  /^thanks for reading\b/i,
  // More calls to act, each shaped so that a sentence carrying the same words stays:
  // "Want to read more? Become a Vell Post subscriber today." (an upsell closing the block),
  /(?:^|[.!?]["”’]?\s+)(?:why not |please )?become an? [\p{L}&'’ ]{0,30}?\b(?:subscriber|member|supporter)(?: today| now)?[.!]?$/iu,
  // "Our journalism needs your support. Please give what you can.", "Enjoying this article? Consider supporting our journalism.",
  /^(?:our|independent|local|quality) journalism (?:needs|relies on|depends on) (?:your|readers'?) support\b/i,
  /^(?:enjoying|enjoyed|liked|like|love|value) (?:this|our|reading this) (?:article|story|journalism|content|reporting)\?/i,
  /(?:^|[.!?]["”’]?\s+)(?:please )?consider (?:supporting|subscribing|donating|becoming)\b[^.!?"“”]{0,40}\b(?:journalism|newsroom|reporting|us|subscriber|member|supporter)\b[^.!?"“”]{0,20}[.!]?$/i,
  // "We're on WhatsApp! Join our channel …",
  /^we['’]?re (?:now )?on (?:whatsapp|telegram|instagram|tiktok|threads|bluesky|google news|youtube)\b/i,
  // a player's and a page's own notices: "Video unavailable", "To view this video please enable JavaScript",
  // "Scroll to continue with content", "Click to expand", "AdvertisementHide Ad".
  /^(?:this )?video (?:is )?(?:unavailable|no longer available)\b/i,
  /^(?:to (?:view|watch|play|see) this (?:video|content|media|graphic)[, ]*)?please enable javascript\b/i,
  /^scroll (?:down )?to (?:continue|read more|keep reading)\b/i,
  /^(?:click|tap) to (?:expand|enlarge|zoom|view larger|play|unmute)\b\s*$/i,
  /^(?:advertisement|advert|ad)\s*(?:hide|close|skip|remove) ads?$/i,
  // A feedback widget under a summary or a story: "Was this summary helpful? Yes No", "Did you find this article useful?"
  /^(?:was|is) (?:this|the) (?:summary|article|story|page|answer|information)(?: \p{L}+)? (?:helpful|useful)\b/iu,
  /^did you find (?:this|the) (?:summary|article|story|page|information) (?:helpful|useful)\b/i,
  /^thank you for your feedback\b/i,
  // An embedded social post's counters and buttons: "48 Replies 302 Reposts 611 Likes Read 48 replies".
  /^(?:(?:[\d.,]+\s*[KkMm]?\s+(?:replies|reply|reposts?|retweets?|likes?|shares?|comments?|views?|quotes?|bookmarks?)|read [\d.,]+\s*[KkMm]? (?:replies|comments)|reply|repost|retweet|like|share|copy link)\s*[·•|]?\s*)+$/i,
  /^like this (story|article)\b/i,
  /^click here\b/i,
  /^(get|download) (the|our) [\p{L} ]{0,30}\bapp\b/iu,
  /^(join|start) (the|our) (conversation|discussion)\b/i,
  /^(post|add|leave|view|show|read)( a| the)? comments?\b/i,
  /^comments?( \(\d+\))?$/i,
  /^tell us what you think\b/i,
  /^(advertisement|advert|anzeige|publicidad|publicité|iklan|реклама|sponsored( content)?)$/i,
  /^(story|article) continues (below|after)/i,
  /^continue reading\b/i,
  /^skip (to|navigation|advertisement)\b/i,
  /^our standards\s*:/i, // a wire's footer: "Our Standards: The … Trust Principles."
  /\bthis (website|site) uses cookies\b/i,
  /\bwe use cookies\b/i,
  /^this slideshow requires javascript/i,
  /^(have a (news )?tip|got a (news )?tip)\b/i,
  // A call to readers: "Do you live in Tidworth Mill? Email newsdesk@… to share your story.", "Have you been affected? Get in touch."
  /^(do|have|are|were|did|can) you\b[^?]{0,140}\?\s*(e-?mail|contact|get in touch|tell us|share|send|message|call|text|whatsapp|write to)\b/i,
  /^(got|have) a story( to (share|tell))?\b[^?]{0,60}\?/i,
  /^(share your (story|experiences?|views|photos)|get in touch)\b.{0,120}\b(e-?mail|contact|@|whatsapp|form)\b/i,
  /^this (post|article|page) (may )?contains? affiliate\b/i,
  /^(we|this site) may earn (a )?commission\b/i,
  /\b(is|are) (out now|available) (on|at) (amazon|apple)/i,
  /^want more stories like this\b/i,
  /\bclick(ing)? here\b/i, // "Get the app by clicking here", "Click here for more information"
  // An author bio's: "… covers courts. Follow him on Twitter @ann", "Follow her on X @danawhit." (not "Fans follow her on TikTok.").
  /(?:^|[.!?]["”’]?\s+)follow (us|him|her|them|me)\b.{0,30}\b(twitter|facebook|instagram|linkedin|tiktok|threads|bluesky|mastodon|youtube)\b/i,
  /(?:^|[.!?]["”’]?\s+)[Ff]ollow (us|him|her|them|me) on X\b/,
  // A writer's contact line: "Contact Dana Roe at droe@example.com or 555-0142.", "Jane Roe can be reached at jroe@example.com."
  /^(?:[Cc]ontact|[Rr]each|[Ee]-?mail|[Ww]rite to) (?:[\p{Lu}][\p{L}'’.-]+ ){1,4}(?:at|via) [\w.+-]+@[\w-]+\./u,
  /^(?:[\p{Lu}][\p{L}'’.-]+ ){2,4}(?:can|may) be (?:reached|contacted|emailed) (?:at|via) [\w.+-]+@[\w-]+\./u,
  /\bfollow (us|him|her|them|me) @\w+/i,
  /^join (us|our)\b/i,
  /\b(subscri(bers?|be|ptions?)|memberships?|premium)\b.*\b(for as little as|per month|a month|per year|a year|first year|free trial|promo code|use the code)\b/i, // upsells
  /\bwe send (an|a|you an?) (e-?mail|newsletter)\b/i,
  /^our (free )?newsletters? (are|is|will|brings?|has|have)\b/i, // a sign-up box's own lines: "Our newsletters are packed with …"
  /\bwe use your sign-?up\b/i, // "We use your sign-up to provide content in ways you've consented to"
  /^(invalid )?e-?mail( address)?\s*[:*]?$/i, // a sign-up form's field label
  /\bdelivered (to|through) your (letterbox|door|doorstep|inbox|mailbox)\b/i,
  /\b(abonnez-vous|inscrivez-vous|abonnieren sie|jetzt abonnieren|suscr[ií]bete|assine já|abbonati)(?!\p{L})/iu, // "Cet article vous a plu ? Abonnez-vous…"
  /^\[([a-z][\w-]*)\b[^\]]*\].*\[\/\1\]$/i, // a CMS shortcode left in the page: "[button link=...]Send us...[/button]"
  // Notices and gift/audio widgets that read like a clause, so a deck test would otherwise keep them.
  /^this (article|story|page) is (more|over|older) than [\p{L}\d]+ (days?|weeks?|months?|years?) old$/iu,
  /\b(your )?browser (does not|doesn'?t|cannot|can'?t) (support|play)\b/i,
  /^(send|give) (any|a) friend (a|this) (story|article)$/i,
  /\b(you have|share) \d+ gift (articles?|links?)\b/i,
  // (A gift or share-all button may carry words after it: "Gift this article to a friend".)
  /^(?:(?:give|gift|share full|save) (?:this )?(?:article|story)$|(?:share full article|gift this article)\b)/i,
  // A magazine's or paper's print note: "This article appears in the Winter 2026 issue…", "A version of this article appears in print on…".
  /^(a version of )?this (article|story|essay|piece|review|interview) (appears|appeared|was published|ran|will appear) (in (the )?)?(print|[\p{L}\d ,'’]{0,40}\b(issue|edition|magazine))\b/iu,
];

/** Photo and image credits, and the "Image caption" labels some sites print before a caption. */
const CREDIT = [
  /^\(?(file )?(photo|picture|image|illustration|graphic|video|photograph)s?( credit)?\s*[:|/]/i, // "PHOTO: AFP", "(Photo: Name / Family handout)"
  /^\(?(photo|image|picture)s?:?\s*(©|\(c\)|credit|copyright)/i, // "(Image: © NASA)"
  /^image (copyright|caption|source)\b/i,
  /^(credit|source|fonte|fuente|quelle)\s*(\.{3}|…|:)/i, // "Credit...Name/Agency"
  /^(©|\(c\)|copyright\b)/i,
  /^(reporting|writing|editing|additional reporting|compiled|written|edited|research) by\b/i,
  /^\(?(reporting|additional reporting) by\b/i,
  // A wire story's closing credit: "Associated Press writer Maria Lopez in Portland, Oregon, contributed to this report."
  /^.{0,160}\bcontributed( reporting| to the reporting)?( to| for) this (report|story|article)\.?$/i,
  // … or where the writers filed from: "Associated Press writer Dana Lee contributed from Washington."
  /^(?:[\p{Lu}][\p{L}.&'’-]* ){0,4}(?:[Ww]riters?|[Rr]eporters?|[Cc]orrespondents?|[Jj]ournalists?|[Pp]hotographers?) [\p{Lu}][^.!?]{0,120} contributed (?:from|in) [\p{Lu}][\p{L} ,.'’-]{0,60}\.?$/u,
  // … or, as another paper prints it, "Keith Bradsher contributed reporting from Hong Kong."
  /^[\p{Lu}][^.!?]{0,120} contributed (?:additional )?reporting(?: (?:from|in) [\p{Lu}][\p{L} ,.'’-]{0,60})?\.?$/u,
  /^source:\s*[\p{L} ,.&-]{0,60}$/iu,
  // Canadian papers' wire credit: "— With files from The Canadian Press".
  /^[—–-]?\s*with files from\b[^.!?,]{0,80}\.?$/i,
];

/** Short lines naming a photo agency, as credits under pictures do ("Name/Agency via Getty Images"). */
const AGENCY = /\b(getty( images)?|afp|ap( photo)?|reuters|epa(-efe)?|shutterstock|alamy|bloomberg|xinhua|pa( media| wire)?|dpa|anadolu|istock(photo)?|nasa|unsplash|wikimedia( commons)?)\b\s*(\/|\)|$)/i;

/** "Read more", "Related", "You may also like": links out to other pages. */
const LINK_LABEL = [
  /^(read|see|watch|listen)( more| also| next| this)?\s*[:|-]/i,
  /^(read more|see more|read next|more)\s*$/i,
  /^(read more|see also|also read|also on [\p{L}.]+|related( stories| articles| coverage| content| reading| posts?| news)?|recommended( for you)?|more from [\p{L} .]+|more on this( story)?|more stories|most (read|popular|viewed)|popular (now|this week|stories)|trending( now)?|you (may|might) (also )?like|don'?t miss|what to read next|top stories|latest (news|stories|articles)|recent (posts|articles)|further reading)\b\s*[:|.…-]?/iu,
  /^(leia (também|mais)|lea también|lire aussi|auch interessant|baca juga|читайте также)\b/iu,
  // The same label as other templates word it: "Lee también:", "À lire aussi", "Lesen Sie auch", "Leggi anche", "Veja também".
  /^(lee (también|más)|te puede interesar|ver también|(à )?lire (aussi|également)|voir aussi|lesen sie (auch|mehr)|mehr zum thema|leggi anche|potrebbe interessarti|veja também|saiba mais|lees (ook|meer))(?!\p{L})/iu,
  /^\[?related:/i,
  /^(explore|discover|find|see) more (on|about) (these|this|the) topics?\b/i, // "Explore more on these topics"
  /^more (on|about) (these|this) topics?\b/i,
  /^(topics|tags|filed under|mots-clés|themen|temas)\s*:/iu, // "Topics: Health, Schools"
  /^(more|other|related|recommended|popular|latest|top|further|editors'?|our)\b[\p{L}\p{N}'’ ]{0,30}\b(stories|articles|news|reads|reading|posts|coverage|videos|links|picks)\s*[:.…]?$/iu, // "More Great WIRED Stories"
  /^more\s*:$/i,
];

/** Lower-case particles inside names: Ari van Lund, Ana de la Cruz, Omar bin Said. */
const NAME_PARTICLE = "(?:van|von|de|der|den|du|da|di|la|le|del|della|dos|das|bin|ibn|al|el|ter|ten|zu)";
/** A person's name as bylines write it: capitalised words, particles allowed between them. */
const BYLINE_NAME = `[\\p{Lu}][\\p{L}'’.-]+(?: (?:${NAME_PARTICLE} )*[\\p{Lu}][\\p{L}'’.-]+){0,3}`;

const BYLINE = [
  // No `i` flag: it would let \p{Lu} match lower case. The prefix spells out its cases.
  new RegExp(`^(by|By|BY|von|Von|VON|por|Por|POR|par|Par|PAR|oleh|Oleh|OLEH)\\s+${BYLINE_NAME}((,| and| &| und| e| y) ${BYLINE_NAME})*(\\s*[,|/–—-].{0,80})?$`, 'u'),
  /^(written|posted|published) by\b/i,
  /^[Rr]eporting from [\p{Lu}][\p{L}\p{M}'’., -]{1,60}$/u, // 'Reporting from Harlow Creek, Iowa'
  /^view (author|all posts|profile)\b/i,
  /^email the author$/i,
];

const MONTH = '(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\\.?';
/** Timestamps that open with their word ("Published …", "Updated …", "Publié …"). */
const STAMP_WORD_FIRST = [
  /^(published|updated|posted|first published|last updated|last modified|modified|created|date)\b\s*(on|at|:)?/i,
  /^(publié|mis à jour|actualisé|veröffentlicht|aktualisiert|publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt)(?!\p{L})/iu,
];
const TIMESTAMP = [
  ...STAMP_WORD_FIRST,
  new RegExp(`^((mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(${MONTH}\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4})\\b(?:[^.!?]|(?<=\\d)\\.(?=\\d)){0,40}$`, 'i'), // "Thu 12 Mar 2026 14.05 GMT"
  /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}([ ,T]+\d{1,2}:\d{2}.*)?$/,
  /^\d{1,2}:\d{2}\s*(am|pm)?\b.{0,40}$/i,
  /^\d+\s*(min(ute)?s?|mins?)\.? (read|de leitura)$/i,
  /^(estimated )?(reading time|read time|tempo de leitura|lesezeit|temps de lecture)\b/i,
  /^updated at \d/i,
];

/** What a timestamp line holds after its word: a number, a weekday, or "ago", "today", "yesterday" (a month comes with a number). */
const DATE_OR_TIME = /\d|\b(?:ago|today|yesterday|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)\b/i;
/** A staff credit's opening ("Reporting by", "Additional reporting by"), and a clause after a comma that no credit has. */
const STAFF_BY = /^\(?(?:additional )?(?:reporting|writing|editing|compiled|written|edited|research) by\b/i;
const CLAUSE_AFTER_COMMA = /,\s+(?!and\b|in\b|with\b|additional\b|editing\b|writing\b|reporting\b|graphics\b|research\b)\p{Ll}/u;

/** Lone labels that are never article text: section names and navigation, when short and unpunctuated. */
const LABEL = /^(home|news|menu|search|sign in|log ?in|log ?out|register|close|caption|next|previous|prev|back to top|top|more|entertainment|sports?|business|politics|opinion|world|tech(nology)?|science|health|lifestyle|culture|video|videos|photos|gallery|image \d+ of \d+|\d+ of \d+|\d+ ?\/ ?\d+|image \d+ of)$/i;

/** "Business | Markets", "World › Europe": a breadcrumb of short capitalised section names. */
function isSectionTrail(text: string): boolean {
  const parts = text.split(/\s+[|>›»/•·]\s+/);
  return parts.length >= 2 && wordCount(text) <= 8 && parts.every((p) => /^[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*(?: [\p{Lu}&][\p{L}\p{N}&'’.-]*){0,2}$/u.test(p.trim()));
}

/**
 * What kind of furniture a line or block is, or null when it reads like article text.
 * `short` lines (few words, no sentence ending) are judged more eagerly: long sentences that
 * merely start with "Follow" or "Share" are article text.
 */
export function furnitureKind(raw: string): FurnitureKind | null {
  // Separators that glue furniture to the layout ("| UPDATED: 11:05", "• Share") say nothing.
  const text = raw.replace(/\s+/g, ' ').trim().replace(/^[|•·›»>]+\s*/, '');
  if (!text) return null;
  const words = wordCount(text);
  if (words === 0) return 'label'; // only symbols: "|", "•", "—"
  const sentence = endsLikeSentence(text);
  // (A subscription wall's own words, where the text stops: "La suite est réservée aux abonnés.")
  if (words <= 40 && (PROMPT.some((re) => re.test(text)) || WALL_WORDS.some((re) => re.test(text)))) return 'prompt';
  // ("Reporting by Eva Lind, the paper found the memo.": a clause after the name is a sentence's, no credit.)
  if (words <= 30 && CREDIT.some((re) => re.test(text)) && !(STAFF_BY.test(text) && CLAUSE_AFTER_COMMA.test(text))) return 'credit';
  if (words <= 25 && LINK_LABEL.some((re) => re.test(text))) return 'link';
  if (words <= 16 && !/[.!?]["”’]?$/.test(text) && BYLINE.some((re) => re.test(text))) return 'byline';
  // ("Published accounts show it lost money.": a line that opens with the word but holds no date or time is a sentence.)
  if (words <= 14 && TIMESTAMP.some((re) => re.test(text)) && !(STAMP_WORD_FIRST.some((re) => re.test(text)) && words > 2 && !DATE_OR_TIME.test(text))) return 'timestamp';
  if (words <= 4 && !sentence && LABEL.test(text.replace(/[:|•·›»>]+$/, '').trim())) return 'label';
  if (words <= 8 && !sentence && AGENCY.test(text)) return 'credit';
  if (!sentence && isSectionTrail(text)) return 'label';
  return null;
}

/**
 * Lower-case words that join names, places and job titles ("Nora Fell and Ari Lund in Paris",
 * "Head of News at the Gazette"): a line with only these in lower case is a label, not a clause.
 */
const JOINERS = new Set(['and', 'or', 'in', 'at', 'for', 'of', 'from', 'with', 'by', 'on', 'the', 'a', 'an', 'und', 'et', 'y', 'e', 'van', 'von', 'de', 'der', 'den', 'du', 'da', 'di', 'la', 'le', 'del', 'della', 'dos', 'das', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'zu']);
/** Words that make a Title Case line a clause ("How the Harbour Was Saved"): auxiliaries, question words, "to". */
const CLAUSE_WORDS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'has', 'have', 'had', 'do', 'does', 'did', 'how', 'why', 'what', 'when', 'where', 'who', 'whether', 'not', 'than', 'as', 'to', 'says', 'said']);
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;

/**
 * The line reads like a clause, as a deck or standfirst does ("Ministers split over how fast to
 * cut the levy"), rather than like a label, a name with a job title, a date or a credit: several
 * lower-case words that are not mere joiners, or, in Title Case, an auxiliary or question word.
 * Scripts without letter case (Chinese, Arabic…) only have their length to go by.
 */
export function readsLikeClause(raw: string): boolean {
  const text = raw.replace(/\s+/g, ' ').trim();
  const tokens = text.match(TOKEN) ?? [];
  if (!/[\p{Lu}\p{Ll}]/u.test(text)) return tokens.length >= 5 || text.replace(/[^\p{L}]/gu, '').length >= 15;
  // All capitals ("LOOK WHAT YOU MADE ME DO") is a kicker or a label shouting, not a deck.
  if (tokens.length < 3 || !/\p{Ll}/u.test(text)) return false;
  const clauseWord = tokens.some((w) => CLAUSE_WORDS.has(w.toLowerCase()));
  // "Nora Fell, our health and science correspondent": a name with a job title, no verb.
  if (!clauseWord && tokens.length <= 10 && NEWSROOM_JOB.test(text)) return false;
  const lower = tokens.filter((w) => /^\p{Ll}/u.test(w));
  const content = lower.filter((w) => !JOINERS.has(w));
  if (content.length >= 2 && lower.length >= tokens.length * 0.3) return true;
  return tokens.length >= 6 && clauseWord;
}

/** A deck runs from a short clause to a long sentence's length; past that a line is a paragraph. */
export const DECK_WORDS = { min: 5, max: 40 } as const;

/**
 * Shaped like a deck (standfirst, subheadline) and not like furniture: not furniture by its words,
 * of a deck's length, and reading like a clause. Where the line stands is for the caller to judge.
 */
export function readsLikeDeck(raw: string): boolean {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text || furnitureKind(text)) return false;
  const words = wordCount(text);
  const caseless = !/[\p{Lu}\p{Ll}]/u.test(text);
  if (words > DECK_WORDS.max || (words < DECK_WORDS.min && !caseless)) return false;
  // Hashtags end disclosures and social posts, not decks.
  if (isInfoBox(text) || /(^|\s)#\p{L}/u.test(text)) return false;
  return readsLikeClause(text);
}

/** Web addresses and "Price: … More info: …" fields: a product or contact box, not a sentence. */
export function isInfoBox(text: string): boolean {
  return /\bwww\.|https?:\/\/|\w@\w+\.\w/u.test(text) || (text.match(/\p{L}:\s/gu)?.length ?? 0) >= 2;
}

/** A photo credit: "PHOTO: AFP", "Jane Roe/Getty Images", "(Image: © Agency)". */
export function isCreditLine(raw: string): boolean {
  return furnitureKind(raw) === 'credit';
}
