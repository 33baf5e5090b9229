/**
 * Word lists the suggestion patterns rely on. General knowledge of how English news copy names
 * people, organisations and places — nothing here is specific to any article.
 */

/** Honorifics and the gender they imply (null when they imply none). */
export const HONORIFICS: ReadonlyMap<string, 'male' | 'female' | null> = new Map([
  ['mr', 'male'],
  ['mister', 'male'],
  ['sir', 'male'],
  ['lord', 'male'],
  ['mrs', 'female'],
  ['ms', 'female'],
  ['miss', 'female'],
  ['madam', 'female'],
  ['dame', 'female'],
  ['lady', 'female'],
  ['mx', null],
  ['dr', null],
  // "Eng. Abdulrahman al-Kuwari" (Gulf and East African papers), "Engr. Chidi Okafor" (Nigerian).
  ['eng', null],
  ['engr', null],
  // An indigenous community's chief in Brazil ("Cacique Raoni").
  ['cacique', null],
  ['prof', null],
  ['professor', null],
  ['rev', null],
  ['reverend', null],
  ['fr', 'male'],
  ['sheikh', 'male'],
  ['sen', null],
  ['rep', null],
  ['gov', null],
  ['gen', null],
  ['col', null],
  ['capt', null],
  ['lt', null],
  ['sgt', null],
  ['det', null],
  ['insp', null],
  ['supt', null],
  ['cllr', null],
  ['cmdr', null],
  ['adm', null],
  ['maj', null],
  ['brig', null],
  ['cpl', null],
  ['pvt', null],
  ['amb', null],
  ['judge', null],
  ['justice', null],
  // West African, South Asian and Malaysian honorifics ("Alhaji Musa Danladi", "Shri Ram Nath", "Datuk Seri …").
  ['alhaji', 'male'],
  ['alhaja', 'female'],
  ['hajia', 'female'],
  ['mallam', 'male'],
  ['shri', 'male'],
  ['smt', 'female'],
  ['datuk', null],
  // French, German, Spanish and Italian honorifics as English-language papers keep them ("Mme de La Roncière", "Frau Merkel").
  ['mme', 'female'],
  ['mlle', 'female'],
  ['herr', 'male'],
  ['frau', 'female'],
  ['señor', 'male'],
  ['señora', 'female'],
  ['signor', 'male'],
  ['signora', 'female'],
  // British police ranks as written before a name ("Det Ch Insp Mark Holloway", "Asst Ch Con …", "DCI Ann Roe").
  ['ch', null],
  ['asst', null],
  ['dci', null],
  ['dcs', null],
  ['pcso', null],
]);

/**
 * Honorifics and offices in the plural, each with the singular it stands for, as they open a pair
 * of names: "Justices Sanjiv Khanna and Dipankar Datta", "Sens. Ann Roe and Tom Hale", "Drs Anna
 * Berg and Tom Hale". ("Doctors" is left out: "Doctors Without Borders" is a charity's name.)
 */
export const PLURAL_HONORIFICS: ReadonlyMap<string, string> = new Map([
  ['justices', 'justice'], ['judges', 'judge'], ['sens', 'sen'], ['senators', 'sen'], ['reps', 'rep'], ['drs', 'dr'],
  ['profs', 'prof'], ['professors', 'professor'], ['messrs', 'mr'], ['mmes', 'mme'], ['govs', 'gov'], ['cllrs', 'cllr'],
]);

/**
 * Capitalised words that, written before a name, make it a title ("Treasury Secretary Scott
 * Bessent", "Senator Ruth Adler"). Matched on each hyphen part too ("Vice-Premier").
 */
export const TITLE_WORDS = new Set(
  [
    'president', 'premier', 'minister', 'secretary', 'chancellor', 'senator', 'representative', 'congressman',
    'congresswoman', 'governor', 'mayor', 'general', 'admiral', 'colonel', 'captain', 'commander', 'marshal',
    'king', 'queen', 'prince', 'princess', 'emperor', 'empress', 'sultan', 'emir', 'sheikh', 'ayatollah', 'pope',
    'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam', 'judge', 'justice', 'sheriff', 'coroner', 'ambassador', 'envoy', 'commissioner', 'ombudsman',
    'director', 'chairman', 'chairwoman', 'chairperson', 'chair', 'chief', 'ceo', 'cfo', 'coo', 'cto', 'spokesman',
    'spokeswoman', 'spokesperson', 'leader', 'speaker', 'attorney', 'prosecutor', 'councillor', 'councilman',
    'councilwoman', 'councilor', 'treasurer', 'deputy', 'inspector', 'sergeant', 'detective', 'constable',
    'superintendent', 'officer', 'coach', 'manager', 'lieutenant', 'major', 'dean', 'provost', 'rector', 'chancellor',
    'founder', 'executive', 'economist', 'analyst', 'professor', 'lawmaker', 'legislator', 'mp', 'mep', 'mpp', 'mla', 'msp', 'mna', 'senior',
    'head', 'boss', 'negotiator', 'regulator', 'auditor', 'controller', 'comptroller', 'administrator', 'registrar',
    'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'supt', 'insp', 'det', 'cllr', 'dr', 'prof', 'cmdr', 'adm', 'maj', 'brig', 'cpl', 'pvt', 'amb',
  ],
);

/** Lower-case nouns that name a role in prose ("the company's chief executive", "the Treasury chief"). */
export const ROLE_NOUNS = new Set([
  ...TITLE_WORDS,
  'official', 'officials', 'coordinator', 'co-ordinator', 'representative', 'rapporteur', 'commissioner', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'executive', 'boss', 'head', 'founder',
  'co-founder', 'owner', 'editor', 'correspondent', 'adviser', 'advisor', 'strategist', 'researcher', 'scientist',
  'lawyer', 'campaigner', 'activist', 'organiser', 'organizer', 'partner', 'president', 'vice-president',
  'governor', 'historian', 'expert', 'engineer', 'doctor', 'nurse', 'teacher', 'student', 'farmer', 'resident',
  'worker', 'candidate', 'member', 'veteran', 'author', 'novelist', 'journalist', 'reporter', 'diplomat',
  'politician', 'aide', 'representative', 'trader', 'investor', 'banker', 'consultant', 'planner', 'pilot',
  'moderator', 'presenter', 'host', 'anchor', 'commentator', 'columnist', 'pundit', 'challenger', 'incumbent',
  'nominee', 'mediator', 'magistrate', 'coxswain', 'economist', 'analyst', 'architect', 'surgeon', 'physician', 'pharmacist', 'paramedic', 'firefighter',
  'volunteer', 'curator', 'biographer', 'producer', 'chef', 'designer', 'master',
  'employee', 'staffer', 'driver', 'passenger', 'customer', 'shopper', 'survivor', 'patient', 'parent',
  'pupil', 'schoolgirl', 'schoolboy', 'teenager', 'fan', 'supporter', 'neighbour', 'neighbor', 'homeowner', 'tenant', 'landlord',
  'shopkeeper', 'commuter', 'motorist', 'pensioner', 'widow', 'widower', 'carer', 'caregiver', 'apprentice', 'graduate',
  // Sciences, medicine, scholarship and the arts: "Dr Ann Roe, a marine biologist at Exeter".
  'biologist', 'ecologist', 'geologist', 'zoologist', 'botanist', 'chemist', 'physicist', 'astrophysicist', 'astronomer',
  'epidemiologist', 'virologist', 'immunologist', 'psychologist', 'psychiatrist', 'sociologist', 'anthropologist',
  'archaeologist', 'oceanographer', 'climatologist', 'meteorologist', 'seismologist', 'volcanologist', 'glaciologist',
  'hydrologist', 'neuroscientist', 'mathematician', 'statistician', 'demographer', 'criminologist', 'toxicologist',
  'pathologist', 'cardiologist', 'oncologist', 'paediatrician', 'pediatrician', 'clinician', 'midwife', 'dentist',
  'neurologist', 'radiologist', 'dermatologist', 'endocrinologist', 'haematologist', 'hematologist', 'urologist', 'gynaecologist',
  'gynecologist', 'obstetrician', 'anaesthetist', 'anesthesiologist', 'ophthalmologist', 'rheumatologist', 'nephrologist',
  'neurosurgeon', 'geriatrician', 'optometrist', 'physiotherapist', 'gastroenterologist', 'pulmonologist', 'hepatologist',
  'therapist', 'nutritionist', 'dietitian', 'geneticist', 'pharmacologist', 'ornithologist', 'entomologist',
  'lecturer', 'academic', 'scholar', 'linguist', 'philosopher', 'theologian', 'ethicist', 'geographer',
  'conservationist', 'environmentalist', 'lobbyist', 'specialist', 'technician', 'pollster', 'solicitor', 'barrister',
  'accountant', 'broker', 'entrepreneur', 'photographer', 'filmmaker', 'playwright', 'composer', 'poet', 'writer',
  'artist', 'sculptor', 'painter', 'referee', 'umpire', 'principal', 'headteacher', 'headmaster', 'headmistress',
  // Performers and athletes: "Feargal Sharkey, the former singer who now campaigns …", "actor Tom Hale".
  'singer', 'songwriter', 'actor', 'actress', 'rapper', 'musician', 'comedian', 'dancer', 'footballer', 'cricketer', 'athlete', 'boxer', 'golfer',
  'cyclist', 'swimmer', 'sprinter', 'jockey', 'player',
  // Trades and care: "The hospital's matron, Elaine Cartwright, says", "local publican Dave Hart". (Not words that are
  // also surnames or adjectives: "Porter", "Shepherd", "Warden", "cleaner energy".)
  'matron', 'carer', 'caregiver', 'receptionist', 'waiter', 'waitress', 'shopkeeper', 'publican', 'postman', 'postwoman',
  'fisherman', 'crofter', 'labourer', 'plumber', 'electrician', 'mechanic', 'soldier', 'sailor', 'caretaker',
  // Think tanks and universities: "a senior associate at E3G", "a fellow at Chatham House".
  'associate', 'fellow',
  // Those who judge others' work, or look into things: "The critic Helena Marsh", "the surveyor, Kwame Boateng".
  'critic', 'reviewer', 'surveyor', 'investigator', 'forecaster', 'assessor', 'examiner',
  // Offices named by their relation to another's: "met his Turkish counterpart, Hakan Fidan".
  'counterpart', 'successor', 'predecessor',
  // Offices in French, Spanish, Italian and Portuguese copy, written in lower case before a name
  // ("le maire Jean-Pierre Vidal", "la alcaldesa Ana Ruiz", "il sindaco Marco Rossi").
  'maire', 'président', 'présidente', 'ministre', 'porte-parole', 'directeur', 'directrice', 'député', 'députée', 'sénateur', 'sénatrice', 'préfet', 'préfète', 'secrétaire', 'dirigeant', 'dirigeante', 'patron', 'patronne',
  'alcalde', 'alcaldesa', 'presidente', 'presidenta', 'ministro', 'ministra', 'portavoz', 'secretario', 'secretaria', 'sindaco', 'prefeito', 'prefeita', 'porta-voz',
  'consejero', 'consejera', 'conseiller', 'conseillère', 'consigliere', 'vocero', 'vocera',
  // Seats in a legislature: "Labour backbencher Diane Whitlock", "Tory peer Lord Vane".
  'backbencher', 'frontbencher', 'peer', 'whip', 'delegate', 'alderman', 'alderwoman', 'assemblyman', 'assemblywoman', 'assemblymember', 'trustee',
  // Sports positions, before a name in lower case: "left-arm spinner Dharmendrasinh Jadeja", "striker Kwame Asante".
  'striker', 'midfielder', 'defender', 'goalkeeper', 'goalie', 'winger', 'full-back', 'centre-back', 'batsman', 'batter', 'bowler', 'spinner', 'seamer',
  'paceman', 'wicketkeeper', 'wicket-keeper', 'all-rounder', 'skipper', 'substitute', 'pitcher', 'quarterback', 'linebacker', 'receiver', 'sprinter', 'cyclist', 'jockey', 'golfer',
]);

/** Words before a role that make it another office than the role alone: "the chancellor" is not the "Shadow chancellor". */
export const OTHER_OFFICE = ['shadow', 'deputy', 'vice', 'assistant', 'former', 'ex', 'junior'];

/** "spokesman", "spokeswoman", "spokesperson", as a piece of a regular expression. */
/** Jobs done at an organisation ("analysts at Jefferies", "an economist at Vantage"): what follows "at" is where they work. */
const WORKPLACE_ROLES = new Set(['analyst', 'economist', 'strategist', 'researcher', 'lawyer', 'partner', 'banker', 'trader', 'engineer', 'executive', 'consultant', 'fellow', 'associate', 'lecturer', 'professor', 'scientist', 'investor', 'director', 'manager']);

/** The job (singular) when `before` ends with one and "at": "Analysts at " is analyst; else null. */
export function workplaceJob(before: string): string | null {
  const job = /\b(\p{L}+?)s?\s+at\s+(?:the\s+)?$/u.exec(before)?.[1]?.toLowerCase();
  return job && WORKPLACE_ROLES.has(job) ? job : null;
}

export const SPOKESPERSON_WORD = 'spokes(?:man|woman|person)';

/** Words that mean one role as well as another, so "the Treasury chief" finds "Treasury Secretary". */
export const ROLE_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  chief: ['secretary', 'minister', 'head', 'director', 'chairman', 'chairwoman', 'chair', 'executive', 'boss', 'leader', 'president', 'commissioner'],
  head: ['secretary', 'minister', 'chief', 'director', 'chairman', 'chairwoman', 'chair', 'executive', 'boss', 'leader', 'president'],
  boss: ['chief', 'head', 'executive', 'director', 'chairman', 'chairwoman', 'president', 'secretary', 'minister', 'manager'],
  leader: ['president', 'premier', 'minister', 'chief', 'head', 'chancellor'],
  spokesman: ['spokesperson', 'spokeswoman'],
  spokeswoman: ['spokesperson', 'spokesman'],
  spokesperson: ['spokesman', 'spokeswoman'],
  minister: ['secretary', 'chief', 'head'],
  secretary: ['minister', 'chief', 'head'],
};

/** Words of a role that say nothing about which actor it is. */
export const ROLE_STOP = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'to', 'in', 'at', 'on', 'its', 'his', 'her', 'their', 'former', 'then', 'new', 'acting', 'current', 'top', 'senior']);

/**
 * Verbs of speech in German, French, Spanish, Italian and Portuguese as news copy writes them next to
 * a quotation ("„…“, sagte Oberbürgermeisterin Sabine Krüger", "« … », a déclaré Jean-Pierre Vidal",
 * "…”, dijo la alcaldesa"). Read only as written: as typo targets they would make verbs of other
 * languages' words (Indonesian "saat" is one letter from "sagt").
 */
export const FOREIGN_SPEECH_VERBS = new Set([
  'sagte', 'sagt', 'erklärte', 'erklärt', 'betonte', 'betont', 'meinte', 'warnte', 'ergänzte',
  'déclaré', 'déclare', 'affirmé', 'affirme', 'expliqué', 'explique', 'ajouté', 'ajoute', 'estimé', 'estime', 'souligné', 'souligne', 'indiqué', 'indique', 'assuré', 'assure', 'confié', 'dit',
  'averti', 'avertit', 'dénoncé', 'dénonce', 'prévenu', 'jugé', 'regretté', 'regrette', 'reconnu', 'reconnaît', 'rappelé', 'rappelle', 'insisté', 'martelé', 'fustigé', 'répondu', 'lancé', 'promis', 'annoncé',
  'salué', 'salue', 'précisé', 'précise', 'déploré', 'déplore', 'réagi', 'commenté', 'raconté', 'raconte', 'témoigné', 'témoigne', 'plaidé', 'plaide', 'tranché', 'tranche', 'résumé', 'résume', 'poursuivi', 'poursuit', 'conclu', 'lâché', 'glissé',
  'dijo', 'afirmó', 'declaró', 'explicó', 'señaló', 'añadió', 'agregó', 'aseguró', 'indicó', 'advirtió', 'calificó', 'subrayó', 'insistió', 'sostuvo', 'manifestó', 'reconoció',
  'pidió', 'defendió', 'denunció', 'criticó', 'reclamó', 'lamentó', 'apuntó', 'destacó', 'recordó', 'alertó', 'respondió', 'anunció', 'prometió', 'admitió', 'aseveró',
  'precisó', 'celebró', 'valoró', 'sentenció', 'matizó', 'concluyó', 'asegura', 'señala', 'añade', 'sostiene', 'reconoce', 'advierte',
  'detto', 'dichiarato', 'spiegato', 'aggiunto', 'sottolineato', 'affermato', 'ribadito', 'commentato', 'spiega', 'aggiunge', 'afferma', 'sottolinea', 'osserva',
  'disse', 'afirmou', 'declarou', 'explicou', 'acrescentou', 'destacou', 'ressaltou', 'avaliou', 'diz', 'afirma', 'explica', // ("afirma", "explica": Spanish and Portuguese alike)
]);

/** Verbs of speech, in every form news copy uses. Typos are matched against these by edit distance. */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'added', 'adds', 'add', 'stated', 'states', 'noted', 'notes',
  'warned', 'warns', 'argued', 'argues', 'explained', 'explains', 'insisted', 'insists', 'wrote', 'writes', 'asked',
  'asks', 'replied', 'replies', 'declared', 'declares', 'announced', 'announces', 'claimed', 'claims', 'continued',
  'continues', 'recalled', 'recalls', 'remarked', 'remarks', 'observed', 'observes', 'acknowledged', 'acknowledges',
  'admitted', 'admits', 'conceded', 'concedes', 'stressed', 'stresses', 'emphasised', 'emphasises', 'emphasized',
  'emphasizes', 'predicted', 'predicts', 'suggested', 'suggests', 'urged', 'urges', 'cautioned', 'cautions',
  'countered', 'counters', 'responded', 'responds', 'answered', 'answers', 'quipped', 'quips', 'joked', 'jokes',
  'tweeted', 'tweets', 'posted', 'posts', 'confirmed', 'confirms', 'denied', 'denies', 'maintained', 'maintains',
  'vowed', 'vows', 'pledged', 'pledges', 'promised', 'promises', 'complained', 'complains', 'lamented', 'laments',
  'contended', 'contends', 'concluded', 'concludes', 'commented', 'comments', 'shouted', 'shouts', 'whispered',
  'cried', 'boasted', 'boasts', 'recounted', 'recounts', 'reiterated', 'reiterates', 'agreed', 'agrees', 'objected',
  'protested', 'exclaimed', 'mused', 'muses', 'sighed', 'pointed', 'went', 'reported', 'reports', 'testified',
  'testifies', 'alleged', 'alleges', 'disclosed', 'revealed', 'reveals', 'estimated', 'estimates', 'believes',
  'believed', 'thinks', 'thought', 'described', 'describes', 'called', 'calls', 'calling', 'describing', 'branding', 'dismissing', 'warning', 'insisting', 'arguing', 'accusing', 'characterised', 'characterized',
  'dismissed', 'dismisses', 'welcomed', 'welcomes', 'criticised', 'criticized', 'blamed', 'accused', 'accuses',
  'hailed', 'praised', 'branded', 'labelled', 'labeled', 'termed', 'deemed', 'quoted', 'cited', 'wondered', 'offered',
  // Headlines' present tense: "Brennan hails ‘character’", "Minister slams ‘reckless’ plan".
  'hails', 'praises', 'slams', 'blasts', 'criticises', 'criticizes', 'defends',
  // "… weighed in on X, posting: “…”": a post is said too.
  'posting', 'tweeting', 'writing', 'weighed',
  // A debate's exchanges: "“No decision has been taken,” Mr Fairbairn repeated".
  'repeated', 'retorted', 'interjected',
]);

/**
 * The verbs that introduce a quotation right next to the speaker ("…,” she said). A subset of the
 * above: "described", "called" and the like take a quotation only inside their own sentence.
 */
export const ATTRIBUTION_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'noted', 'notes', 'warned', 'warns',
  'argued', 'argues', 'explained', 'explains', 'insisted', 'insists', 'wrote', 'writes', 'asked', 'asks', 'replied',
  'replies', 'declared', 'declares', 'announced', 'announces', 'claimed', 'claims', 'continued', 'continues',
  'recalled', 'recalls', 'remarked', 'observed', 'acknowledged', 'admitted', 'conceded', 'stressed', 'stresses',
  'emphasised', 'emphasized', 'predicted', 'suggested', 'urged', 'cautioned', 'countered', 'responded', 'answered',
  'quipped', 'joked', 'tweeted', 'posted', 'confirmed', 'denied', 'maintained', 'vowed', 'pledged', 'promised',
  'complained', 'lamented', 'contended', 'concluded', 'commented', 'shouted', 'whispered', 'cried', 'boasted',
  'recounted', 'reiterated', 'agreed', 'objected', 'protested', 'exclaimed', 'mused', 'sighed', 'testified',
  'alleged', 'disclosed', 'revealed', 'wondered', 'reported', 'reports', 'repeated', 'retorted', 'interjected',
]);

/**
 * Present-tense attribution verbs, as headlines speak ("…, agency admits", "Minister concedes …").
 * Read only as written: as typo targets they would turn real words into verbs ("country" is two
 * edits from "counters").
 */
export const PRESENT_ATTRIBUTION_VERBS = new Set([
  'admits', 'concedes', 'acknowledges', 'confirms', 'denies', 'vows', 'pledges', 'promises', 'predicts', 'suggests',
  'urges', 'cautions', 'responds', 'answers', 'reveals', 'discloses', 'alleges', 'complains', 'laments', 'concludes',
  'comments', 'protests', 'testifies', 'reiterates', 'counters', 'boasts', 'maintains', 'contends', 'recounts',
]);

/** Words that are real English, one edit away from a speech verb, and must not be read as its typo. */
export const NOT_A_TYPO = new Set([
  'sad', 'aid', 'paid', 'laid', 'raid', 'maid', 'slid', 'sail', 'sand', 'salt', 'sat', 'sid', 'staid', 'sago',
  'toll', 'told', 'bold', 'cold', 'fold', 'gold', 'hold', 'mold', 'sold', 'tolls', 'toil', 'tile', 'tale', 'tall',
  'adds', 'odds', 'aged', 'asker', 'basked', 'masked', 'tasked', 'noted', 'voted', 'nodes', 'notes', 'votes',
  'notices', 'stats', 'stated', 'skated', 'states', 'dates', 'rates', 'wrote', 'write', 'wrote', 'rote', 'wore',
  'wrought', 'warned', 'earned', 'warmed', 'warded', 'yarned', 'claims', 'clams', 'claimed', 'calmed', 'asks',
  'ask', 'tasks', 'masks', 'casks', 'posted', 'poster', 'hosted', 'boasted', 'roasted', 'toasted', 'coasted',
  'posts', 'hosts', 'costs', 'ghosts', 'denied', 'tells', 'bells', 'cells', 'sells', 'wells', 'yells', 'tel',
  'says', 'sags', 'days', 'bays', 'lays', 'pays', 'rays', 'ways', 'stays', 'slays', 'sways', 'sprays', 'strays',
  'saws', 'seas', 'sags', 'saga', 'sayer', 'save', 'safe', 'sake', 'same', 'sane', 'sale', 'slay', 'stay', 'sway',
  'spay', 'sly', 'soy', 'sea', 'see', 'set', 'sit', 'sod', 'sir', 'skid', 'sped', 'shed', 'sled', 'send',
  'seed', 'seid', 'spud', 'stud', 'scad', 'shad', 'snag', 'sadly', 'added', 'aided', 'raided', 'faded', 'waded',
  'laded', 'adder', 'nested', 'tested', 'rested', 'vested', 'jested', 'bested', 'noter', 'stater',
  'boosted', 'posed', 'protected', 'relied', 'staged', 'stared', 'signed', 'started', 'stayed', 'stalled', 'slated',
  'seated', 'skated', 'spotted', 'waned', 'urged', 'surged', 'purged', 'agreed', 'plied', 'applied', 'denoted',
]);

/** Pronouns that refer back to a speaker, with the gender they carry. */
export const PRONOUNS: ReadonlyMap<string, 'male' | 'female' | null> = new Map([
  ['he', 'male'],
  ['she', 'female'],
  ['they', null],
  // ("It said sales would stay “effectively zero”": an organisation's voice; resolved to organisations only.)
  ['it', null],
  ['i', null],
  ['we', null],
]);

/** Initialisms of things, not of actors: "the DNA", "GDP grew", "an AI model", "HIV tests". */
/** What a describing prefix before a name or a noun ends with: "Leeds-based", "Nasdaq-listed", "state-owned", "Musk-led". */
export const DESCRIBING_SUFFIXES = 'based|born|listed|owned|led|backed|run|headquartered|registered|funded';

/** Share indices, which are numbers, not bodies that act: always ("the FTSE 250 company", "the Nikkei fell") … */
export const STOCK_INDICES = new Set(['ftse', 'nikkei', 'stoxx', 'euro stoxx', 'sensex', 'nifty', 'kospi', 'topix', 'hang seng']);
/** … or with their number or "index" after them ("S&P 500", "the DAX index"; not S&P Global, the company). */
export const NUMBERED_STOCK_INDICES = new Set(['s&p', 'dax', 'cac', 'ibex', 'russell', 'msci', 'asx', 'tsx', 'smi', 'aex', 'omx', 'dow', 'dow jones', 'nasdaq']);

export const THING_INITIALISMS = new Set([
  'dna', 'rna', 'mrna', 'gdp', 'gnp', 'cpi', 'ai', 'hiv', 'aids', 'covid', 'pdf', 'gps', 'usb', 'led', 'lgbt', 'lgbtq',
  'vat', 'ipo', 'etf', 'esg', 'ev', 'evs', 'mri', 'icu', 'cctv', 'agm', 'faq', 'suv', 'vpn', 'ivf', 'adhd', 'ptsd', 'pcr',
  'co2', 'ufo', 'diy', 'html', 'url', 'api', 'cpu', 'gpu', 'sms', 'wifi', 'lng', 'lpg', 'mmr', 'hpv', 'rsv', 'ppe', 'bmi', 'ecg', 'gp', 'phd', 'mba', 'gcse', 'gcses', 'sme', 'smes',
]);

/** Capitalised words that start sentences and never start a name. */
export const COMMON_CAPITALISED = new Set([
  'the', 'a', 'an', 'but', 'and', 'or', 'so', 'yet', 'nor', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her',
  'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'there', 'here', 'in', 'on', 'at', 'by', 'for',
  'from', 'with', 'without', 'after', 'before', 'earlier', 'later', 'just', 'taken', 'sign', 'follow', 'meanwhile',
  'however', 'also', 'as', 'if', 'when', 'while', 'since', 'although', 'though', 'because', 'what', 'who', 'why',
  'how', 'where', 'which', 'some', 'many', 'most', 'other', 'others', 'one', 'two', 'three', 'four', 'five', 'last',
  'next', 'now', 'then', 'still', 'even', 'only', 'according', 'despite', 'during', 'over', 'under', 'among',
  'between', 'outside', 'near', 'against', 'beneath', 'alongside', 'opposite', 'asked', 'speaking', 'read', 'more', 'photo', 'photos', 'image', 'video', 'click', 'share', 'subscribe',
  'all', 'both', 'each', 'every', 'another', 'few', 'no', 'not', 'none', 'such', 'than', 'to', 'up', 'down', 'out', 'into',
  'about', 'above', 'below', 'again', 'further', 'once', 'very', 'can', 'will', 'would', 'should', 'could', 'may',
  'might', 'must', 'shall', 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'been', 'have', 'has', 'had',
  'let', 'yes', 'well', 'oh', 'please', 'thanks', 'thank', 'today', 'yesterday', 'tomorrow', 'tonight', 'first',
  'second', 'third', 'finally', 'instead', 'nonetheless', 'officials', 'analysts', 'experts', 'critics',
  'supporters', 'residents', 'people', 'police', 'authorities', 'government', 'new', 'former', 'top', 'senior',
  'several', 'almost', 'about', 'around', 'nearly', 'unlike', 'like', 'whether', 'until', 'unless', 'whose', 'whom',
  'within', 'across', 'inside', 'beyond', 'throughout', 'amid', 'amidst', 'towards', 'toward', 'behind', 'along', 'upon', 'via',
  'cannot', 'don', 'doesn', 'isn', 'wasn', 'we’re', 'it’s', 'advertisement', 'related', 'updated', 'published',
  'copyright', 'source', 'sources', 'editing', 'reporting', 'additional', 'writing', 'contact', 'email', 'watch',
  'listen', 'see', 'get', 'join', 'download', 'continue', 'story', 'stories', 'topics', 'topic', 'tags', 'opinion',
  'analysis', 'comment', 'news', 'sport', 'business', 'world', 'home', 'latest', 'live', 'breaking', 'exclusive',
  'nobody', 'somebody', 'everybody', 'anybody', 'everyone', 'someone', 'anyone', 'nothing', 'everything', 'something', 'anything',
]);

/** Month and weekday names (and abbreviations): capitalised but never an actor. */
export const CALENDAR = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur',
  'thurs', 'fri', 'sat', 'sun', 'christmas', 'easter', 'ramadan', 'eid', 'diwali', 'thanksgiving', 'am', 'pm',
  'gmt', 'utc', 'bst', 'est', 'edt', 'pst', 'pdt', 'cet',
]);

/** Words that end (or head) an organisation's name. */
export const ORG_WORDS = new Set([
  'ministry', 'department', 'unit', 'agency', 'bank', 'council', 'commission', 'committee', 'organisation', 'organization',
  'union', 'association', 'university', 'party', 'cooperation', 'co-operation', 'federation', 'institute',
  'institution', 'authority', 'office', 'court', 'fund', 'reserve', 'company', 'corporation', 'corp', 'inc', 'ltd',
  'llc', 'llp', 'plc', 'gmbh', 'ag', 'sa', 'nv', 'bv', 'group', 'holdings', 'foundation', 'trust', 'society',
  'board', 'bureau', 'service', 'services', 'police', 'army', 'navy', 'force', 'forces', 'parliament', 'congress',
  'senate', 'assembly', 'network', 'networks', 'times', 'post', 'mail', 'journal', 'herald', 'tribune', 'gazette', 'telegraph',
  'guardian', 'courier', 'chronicle', 'dispatch', 'examiner', 'inquirer', 'sentinel', 'bulletin', 'advertiser', 'courant', 'wire',
  'logistics', 'developments', 'properties', 'homes', 'shipping', 'maritime', 'freight', 'construction', 'engineering', 'consulting', 'solutions', 'broadcasting', 'broadcaster', 'airlines', 'airways', 'skyways', 'aviation', 'racing', 'motorsport', 'motorsports', 'motors', 'technologies', 'technology', 'labs',
  'laboratories', 'systems', 'partners', 'securities', 'equities', 'brokers', 'bancorp', 'exchange', 'water', 'club', 'hospital', 'infirmary', 'hospice', 'school',
  'college', 'academy', 'church', 'alliance', 'coalition', 'front', 'movement', 'forum', 'secretariat', 'tribunal',
  'centre', 'center', 'laboratory', 'observatory', 'industries', 'enterprises', 'media', 'press', 'publishing',
  'pharmaceuticals', 'energy', 'petroleum', 'oil', 'mining', 'insurance', 'capital', 'investments', 'ventures',
  'brigade', 'regiment', 'command', 'guard', 'conference', 'summit', 'league', 'federation', 'confederation', 'cabinet',
  'directorate', 'inspectorate', 'ombudsman', 'registry', 'observer', 'monitor', 'watch', 'daily', 'weekly',
  'radio', 'television', 'tv', 'studios', 'productions', 'pictures', 'films', 'records', 'foods', 'stores', 'bakery', 'brewery', 'cooperative',
  'co-op', 'collective', 'guild', 'semiconductor', 'semiconductors', 'electronics', 'robotics', 'automotive', 'aerospace',
  'chemicals', 'devices', 'software', 'telecom', 'telecoms', 'communications', 'entertainment', 'utilities', 'biosciences',
  'diagnostics', 'healthcare', 'micro', 'microsystems', 'fisheries', 'farms', 'dairies', 'shipyard', 'shipyards', 'quarries',
  'research', 'economics', 'analytics', 'advisors', 'advisers', 'associates', 'strategies', 'insights', 'ferries', 'lines', 'haulage', 'couriers', 'rovers', 'wanderers', 'rangers', 'athletic', 'fc', 'albion', 'hotspur', 'thistle', 'biotech', 'pharma', 'therapeutics', 'airline', 'transit', 'railways', 'railway', 'district', 'bancorp', 'organisations', 'administration', 'institutes', 'commissions', 'consortium', 'syndicate', 'firm', 'chamber', 'secretariat', 'mission', 'delegation', 'grid', 'programme', 'program', 'initiative', 'museum', 'gallery', 'galleries', 'theatre', 'theater', 'orchestra', 'philharmonic', 'zoo', 'archives', 'ballet',
  // The same in French, Spanish, Italian and Portuguese copy ("Partido Popular", "Consejo de Ministros", "Parti socialiste").
  'partido', 'partito', 'parti', 'ministerio', 'ministero', 'ministère', 'ministério', 'consejo', 'conseil', 'consiglio', 'conselho',
  'gobierno', 'gouvernement', 'ayuntamiento', 'sindicato', 'syndicat', 'sindacato', 'fundación', 'fondation', 'fondazione', 'fundação',
  'asociación', 'associazione', 'associação', 'universidad', 'université', 'università', 'universidade', 'instituto', 'istituto', 'banco', 'banque',
  'grupo', 'groupe', 'gruppo', 'compañía', 'companhia', 'compagnie', 'empresa', 'empresas', 'corporación', 'sociedad', 'sociedade', 'société', 'società',
  'mineração', 'minera', 'construtora', 'constructora',
  // Welsh: "Ysgol y Cwm" (a school), "Prifysgol Caerdydd", "Cyngor Gwynedd".
  'ysgol', 'prifysgol', 'cyngor',
]);

/** Words after a name that make it an organisation ("Kestrel news agency", "the Halden daily"). */
export const ORG_TRAILERS = ['news agency', 'newspaper', 'broadcaster', 'daily', 'weekly', 'television', 'radio', 'wire service', 'think tank', 'think-tank', 'news site', 'magazine'];

/** News agencies and international bodies that news copy names without any cue. */
export const KNOWN_ORGS: readonly { name: string; aliases: readonly string[]; role: string }[] = [
  { name: 'Reuters', aliases: [], role: 'news agency' },
  { name: 'Agence France-Presse', aliases: ['AFP'], role: 'news agency' },
  { name: 'Associated Press', aliases: ['AP'], role: 'news agency' },
  { name: 'Bloomberg', aliases: [], role: 'news agency' },
  { name: 'Xinhua', aliases: [], role: 'news agency' },
  { name: 'Kyodo', aliases: ['Kyodo News'], role: 'news agency' },
  { name: 'Yonhap', aliases: [], role: 'news agency' },
  { name: 'Bernama', aliases: [], role: 'news agency' },
  { name: 'Tass', aliases: ['TASS'], role: 'news agency' },
  { name: 'Interfax', aliases: [], role: 'news agency' },
  { name: 'RIA Novosti', aliases: [], role: 'news agency' },
  { name: 'Anadolu', aliases: ['Anadolu Agency'], role: 'news agency' },
  { name: 'dpa', aliases: ['DPA'], role: 'news agency' },
  { name: 'Antara', aliases: [], role: 'news agency' },
  { name: 'EFE', aliases: [], role: 'news agency' },
  { name: 'ANSA', aliases: [], role: 'news agency' },
  { name: 'Press Trust of India', aliases: ['PTI'], role: 'news agency' },
  { name: 'United Nations', aliases: ['UN', 'U.N.'], role: 'international organisation' },
  { name: 'European Union', aliases: ['EU', 'E.U.'], role: 'political and economic union' },
  { name: 'Nato', aliases: ['NATO'], role: 'military alliance' },
  { name: 'Asean', aliases: ['ASEAN', 'Association of Southeast Asian Nations'], role: 'regional bloc' },
  { name: 'Asia-Pacific Economic Cooperation', aliases: ['Apec', 'APEC'], role: 'regional forum' },
  { name: 'World Health Organization', aliases: ['WHO', 'World Health Organisation'], role: 'UN agency' },
  { name: 'World Trade Organization', aliases: ['WTO', 'World Trade Organisation'], role: 'international organisation' },
  { name: 'International Monetary Fund', aliases: ['IMF'], role: 'international organisation' },
  { name: 'World Bank', aliases: [], role: 'international lender' },
  { name: 'Opec', aliases: ['OPEC'], role: 'oil producers’ cartel' },
  { name: 'G7', aliases: ['Group of Seven'], role: 'forum of major economies' },
  { name: 'G20', aliases: ['Group of 20'], role: 'forum of major economies' },
  { name: 'Brics', aliases: ['BRICS'], role: 'group of emerging economies' },
  { name: 'OECD', aliases: [], role: 'international organisation' },
  { name: 'Unicef', aliases: ['UNICEF'], role: 'UN agency' },
  { name: 'Unesco', aliases: ['UNESCO'], role: 'UN agency' },
  { name: 'UNHCR', aliases: [], role: 'UN refugee agency' },
  { name: 'World Food Programme', aliases: ['WFP', 'World Food Program'], role: 'UN food aid agency' },
  // Charities and campaign groups quoted by their one name ("Oxfam warned", "Greenpeace said").
  { name: 'Greenpeace', aliases: [], role: 'environmental campaign group' },
  { name: 'WWF', aliases: ['World Wide Fund for Nature', 'World Wildlife Fund'], role: 'conservation charity' },
  { name: 'Amnesty International', aliases: ['Amnesty'], role: 'human rights organisation' },
  { name: 'Human Rights Watch', aliases: ['HRW'], role: 'human rights organisation' },
  { name: 'Oxfam', aliases: [], role: 'charity' },
  { name: 'Save the Children', aliases: [], role: 'charity' },
  { name: 'Médecins Sans Frontières', aliases: ['MSF', 'Medecins Sans Frontieres', 'Doctors Without Borders'], role: 'medical charity' },
  { name: 'Transparency International', aliases: [], role: 'anti-corruption organisation' },
  { name: 'Friends of the Earth', aliases: [], role: 'environmental campaign group' },
  { name: 'International Criminal Court', aliases: ['ICC'], role: 'court' },
  { name: 'Interpol', aliases: [], role: 'police organisation' },
  { name: 'African Union', aliases: ['AU'], role: 'continental union' },
  { name: 'Federal Reserve', aliases: ['Fed'], role: 'central bank' },
  { name: 'European Central Bank', aliases: ['ECB'], role: 'central bank' },
  { name: 'Red Cross', aliases: ['ICRC'], role: 'humanitarian organisation' },
  { name: 'Red Crescent', aliases: [], role: 'humanitarian organisation' },
  // Armed and political movements that copy names by their one name ("Hamas said in a statement", "Hezbollah fired rockets").
  { name: 'Hamas', aliases: [], role: 'Palestinian militant group' },
  { name: 'Hezbollah', aliases: ['Hizbollah'], role: 'Lebanese militant group' },
  { name: 'Taliban', aliases: [], role: 'Afghan Islamist movement' },
  { name: 'Houthis', aliases: ['Houthi', 'Ansar Allah'], role: 'Yemeni rebel movement' },
  { name: 'Islamic State', aliases: ['ISIS', 'ISIL', 'Isis', 'Isil'], role: 'jihadist group' },
  { name: 'al-Qaeda', aliases: ['al-Qaida', 'Al-Qaeda', 'Al Qaeda'], role: 'jihadist group' },
  { name: 'Wagner Group', aliases: [], role: 'Russian mercenary group' },
  { name: 'Mossad', aliases: [], role: 'Israeli intelligence agency' },
  // Regulators and agencies that copy names by a short name alone ("Ofcom has opened an investigation", "the FBI said").
  { name: 'Ofcom', aliases: [], role: 'communications regulator' },
  { name: 'Ofgem', aliases: [], role: 'energy regulator' },
  { name: 'Ofwat', aliases: [], role: 'water regulator' },
  { name: 'Ofsted', aliases: [], role: 'schools inspectorate' },
  { name: 'Financial Conduct Authority', aliases: ['FCA'], role: 'financial regulator' },
  { name: 'Competition and Markets Authority', aliases: ['CMA'], role: 'competition regulator' },
  // (Not "HSE", which Ireland's Health Service Executive is called as often.)
  { name: 'Health and Safety Executive', aliases: [], role: 'workplace safety regulator' },
  { name: 'HM Revenue and Customs', aliases: ['HMRC'], role: 'tax authority' },
  { name: 'NHS', aliases: ['National Health Service'], role: 'health service' },
  { name: 'Securities and Exchange Commission', aliases: ['SEC'], role: 'securities regulator' },
  { name: 'Federal Trade Commission', aliases: ['FTC'], role: 'competition regulator' },
  { name: 'Federal Communications Commission', aliases: ['FCC'], role: 'communications regulator' },
  { name: 'Food and Drug Administration', aliases: ['FDA'], role: 'drug regulator' },
  { name: 'Environmental Protection Agency', aliases: ['EPA'], role: 'environmental regulator' },
  { name: 'FBI', aliases: ['Federal Bureau of Investigation'], role: 'law enforcement agency' },
  { name: 'CIA', aliases: ['Central Intelligence Agency'], role: 'intelligence agency' },
  { name: 'Internal Revenue Service', aliases: ['IRS'], role: 'tax agency' },
  { name: 'Europol', aliases: [], role: 'police agency' },
  // Offices of government that copy names by their building ("The White House said", "Downing Street denied it").
  { name: 'White House', aliases: [], role: 'office of the US president' },
  { name: 'Downing Street', aliases: ['No 10', 'Number 10'], role: 'office of the UK prime minister' },
  { name: 'Élysée Palace', aliases: ['Elysee Palace', 'Élysée', 'Elysee'], role: 'office of the French president' },
  // Political parties that copy names by a short name alone ("Labour lost nine seats", "Democrats said").
  { name: 'Labour Party', aliases: ['Labour'], role: 'political party' },
  { name: 'Conservative Party', aliases: ['Conservatives', 'Tories'], role: 'political party' },
  { name: 'Liberal Democrats', aliases: ['Lib Dems'], role: 'political party' },
  { name: 'Scottish National Party', aliases: ['SNP'], role: 'political party' },
  { name: 'Reform UK', aliases: [], role: 'political party' },
  { name: 'Plaid Cymru', aliases: [], role: 'political party' },
  { name: 'Sinn Féin', aliases: ['Sinn Fein'], role: 'political party' },
  { name: 'Democratic Unionist Party', aliases: ['DUP'], role: 'political party' },
  { name: 'Fianna Fáil', aliases: ['Fianna Fail'], role: 'political party' },
  { name: 'Fine Gael', aliases: [], role: 'political party' },
  { name: 'Democratic Party', aliases: ['Democrats'], role: 'political party' },
  { name: 'Republican Party', aliases: ['Republicans', 'GOP'], role: 'political party' },
  { name: 'CDU', aliases: ['Christian Democratic Union'], role: 'political party' },
  { name: 'SPD', aliases: [], role: 'political party' },
  { name: 'AfD', aliases: ['Alternative for Germany'], role: 'political party' },
  { name: 'CSU', aliases: ['Christian Social Union'], role: 'political party' },
  { name: 'FDP', aliases: ['Free Democratic Party'], role: 'political party' },
  { name: 'ÖVP', aliases: ['OVP', "Austrian People's Party"], role: 'political party' },
  { name: 'SPÖ', aliases: ['SPO'], role: 'political party' },
  { name: 'FPÖ', aliases: ['FPO', 'Freedom Party of Austria'], role: 'political party' },
  { name: 'Fidesz', aliases: [], role: 'political party' },
  { name: 'Law and Justice', aliases: ['PiS'], role: 'political party' },
  { name: 'National Rally', aliases: ['Rassemblement National', 'Rassemblement national'], role: 'political party' },
  { name: 'Brothers of Italy', aliases: ["Fratelli d'Italia"], role: 'political party' },
  { name: 'PSOE', aliases: [], role: 'political party' },
  { name: 'PVV', aliases: ['Party for Freedom'], role: 'political party' },
  { name: 'Sweden Democrats', aliases: [], role: 'political party' },
  { name: 'Liberal Democratic Party', aliases: ['LDP'], role: 'political party' },
  { name: 'Kuomintang', aliases: ['KMT'], role: 'political party' },
  { name: 'Democratic Progressive Party', aliases: ['DPP'], role: 'political party' },
  { name: 'Zanu-PF', aliases: ['ZANU-PF', 'Zanu PF'], role: 'political party' },
  { name: 'New Democratic Party', aliases: ['NDP'], role: 'political party' },
  { name: 'Pakistan Tehreek-e-Insaf', aliases: ['PTI'], role: 'political party' },
  { name: 'Bharatiya Janata Party', aliases: ['BJP'], role: 'political party' },
  { name: 'African National Congress', aliases: ['ANC'], role: 'political party' },
  { name: 'Likud', aliases: [], role: 'political party' },
  // ("The opposition Greens called the deal …": Green parties go by the plural in Germany, Australia, Austria …)
  { name: 'Greens', aliases: [], role: 'political party' },
  // Companies and news organisations that news copy names without any cue.
  { name: 'Apple', aliases: [], role: 'company' },
  { name: 'Google', aliases: [], role: 'company' },
  { name: 'Alphabet', aliases: [], role: 'company' },
  { name: 'Microsoft', aliases: [], role: 'company' },
  { name: 'Amazon', aliases: [], role: 'company' },
  { name: 'Meta', aliases: [], role: 'company' },
  { name: 'Facebook', aliases: [], role: 'company' },
  { name: 'Instagram', aliases: [], role: 'company' },
  { name: 'WhatsApp', aliases: [], role: 'company' },
  { name: 'Netflix', aliases: [], role: 'company' },
  { name: 'Tesla', aliases: [], role: 'company' },
  { name: 'SpaceX', aliases: [], role: 'company' },
  { name: 'Blue Origin', aliases: [], role: 'company' },
  { name: 'Nvidia', aliases: [], role: 'company' },
  { name: 'Intel', aliases: [], role: 'company' },
  { name: 'AMD', aliases: [], role: 'company' },
  { name: 'IBM', aliases: [], role: 'company' },
  { name: 'Oracle', aliases: [], role: 'company' },
  { name: 'Salesforce', aliases: [], role: 'company' },
  { name: 'Samsung', aliases: [], role: 'company' },
  { name: 'Sony', aliases: [], role: 'company' },
  { name: 'Huawei', aliases: [], role: 'company' },
  { name: 'Xiaomi', aliases: [], role: 'company' },
  { name: 'Alibaba', aliases: [], role: 'company' },
  { name: 'Tencent', aliases: [], role: 'company' },
  { name: 'ByteDance', aliases: [], role: 'company' },
  { name: 'TikTok', aliases: [], role: 'company' },
  { name: 'Baidu', aliases: [], role: 'company' },
  { name: 'Uber', aliases: [], role: 'company' },
  { name: 'Lyft', aliases: [], role: 'company' },
  { name: 'Airbnb', aliases: [], role: 'company' },
  { name: 'OpenAI', aliases: [], role: 'company' },
  { name: 'Anthropic', aliases: [], role: 'company' },
  { name: 'Twitter', aliases: [], role: 'company' },
  { name: 'LinkedIn', aliases: [], role: 'company' },
  { name: 'Spotify', aliases: [], role: 'company' },
  { name: 'Disney', aliases: [], role: 'company' },
  { name: 'Walmart', aliases: [], role: 'company' },
  { name: 'Target', aliases: [], role: 'company' },
  { name: 'Costco', aliases: [], role: 'company' },
  { name: 'Starbucks', aliases: [], role: 'company' },
  { name: "McDonald's", aliases: [], role: 'company' },
  { name: 'Nike', aliases: [], role: 'company' },
  { name: 'Adidas', aliases: [], role: 'company' },
  { name: 'Boeing', aliases: [], role: 'company' },
  { name: 'Airbus', aliases: [], role: 'company' },
  { name: 'Lockheed Martin', aliases: [], role: 'company' },
  { name: 'Raytheon', aliases: [], role: 'company' },
  { name: 'General Electric', aliases: [], role: 'company' },
  { name: 'General Motors', aliases: [], role: 'company' },
  { name: 'Ford', aliases: [], role: 'company' },
  { name: 'Toyota', aliases: [], role: 'company' },
  { name: 'Honda', aliases: [], role: 'company' },
  { name: 'Nissan', aliases: [], role: 'company' },
  { name: 'Volkswagen', aliases: ['VW'], role: 'company' },
  { name: 'Audi', aliases: [], role: 'company' },
  { name: 'Porsche', aliases: [], role: 'company' },
  { name: 'Volvo', aliases: [], role: 'company' },
  { name: 'Ferrari', aliases: [], role: 'company' },
  { name: 'Peugeot', aliases: [], role: 'company' },
  { name: 'Mazda', aliases: [], role: 'company' },
  { name: 'Subaru', aliases: [], role: 'company' },
  { name: 'BMW', aliases: [], role: 'company' },
  { name: 'Mercedes-Benz', aliases: [], role: 'company' },
  { name: 'Stellantis', aliases: [], role: 'company' },
  { name: 'Renault', aliases: [], role: 'company' },
  { name: 'Hyundai', aliases: [], role: 'company' },
  { name: 'Kia', aliases: [], role: 'company' },
  { name: 'BYD', aliases: [], role: 'company' },
  { name: 'Foxconn', aliases: [], role: 'company' },
  { name: 'TSMC', aliases: [], role: 'company' },
  { name: 'Qualcomm', aliases: [], role: 'company' },
  { name: 'Broadcom', aliases: [], role: 'company' },
  { name: 'Cisco', aliases: [], role: 'company' },
  { name: 'Dell', aliases: [], role: 'company' },
  { name: 'HP', aliases: [], role: 'company' },
  { name: 'Lenovo', aliases: [], role: 'company' },
  { name: 'Pfizer', aliases: [], role: 'company' },
  { name: 'Moderna', aliases: [], role: 'company' },
  { name: 'AstraZeneca', aliases: [], role: 'company' },
  { name: 'Johnson & Johnson', aliases: [], role: 'company' },
  { name: 'Novartis', aliases: [], role: 'company' },
  { name: 'Roche', aliases: [], role: 'company' },
  { name: 'Merck', aliases: [], role: 'company' },
  { name: 'Sanofi', aliases: [], role: 'company' },
  { name: 'GSK', aliases: [], role: 'company' },
  { name: 'Bayer', aliases: [], role: 'company' },
  { name: 'BASF', aliases: [], role: 'company' },
  { name: 'Siemens', aliases: [], role: 'company' },
  { name: 'Shell', aliases: [], role: 'company' },
  { name: 'BP', aliases: [], role: 'company' },
  { name: 'ExxonMobil', aliases: [], role: 'company' },
  { name: 'Exxon', aliases: [], role: 'company' },
  { name: 'Chevron', aliases: [], role: 'company' },
  { name: 'TotalEnergies', aliases: [], role: 'company' },
  { name: 'Aramco', aliases: [], role: 'company' },
  { name: 'Gazprom', aliases: [], role: 'company' },
  { name: 'Rosneft', aliases: [], role: 'company' },
  { name: 'Glencore', aliases: [], role: 'company' },
  { name: 'Rio Tinto', aliases: [], role: 'company' },
  { name: 'BHP', aliases: [], role: 'company' },
  { name: 'Goldman Sachs', aliases: [], role: 'company' },
  { name: 'JPMorgan', aliases: [], role: 'company' },
  { name: 'JPMorgan Chase', aliases: [], role: 'company' },
  { name: 'Morgan Stanley', aliases: [], role: 'company' },
  { name: 'Citigroup', aliases: [], role: 'company' },
  { name: 'Citi', aliases: [], role: 'company' },
  { name: 'Bank of America', aliases: [], role: 'company' },
  { name: 'Wells Fargo', aliases: [], role: 'company' },
  { name: 'HSBC', aliases: [], role: 'company' },
  { name: 'Barclays', aliases: [], role: 'company' },
  { name: 'UBS', aliases: [], role: 'company' },
  { name: 'Credit Suisse', aliases: [], role: 'company' },
  { name: 'Deutsche Bank', aliases: [], role: 'company' },
  { name: 'BlackRock', aliases: [], role: 'company' },
  { name: 'Berkshire Hathaway', aliases: [], role: 'company' },
  { name: 'Visa', aliases: [], role: 'company' },
  { name: 'Mastercard', aliases: [], role: 'company' },
  { name: 'PayPal', aliases: [], role: 'company' },
  { name: 'Emirates', aliases: [], role: 'company' },
  { name: 'Qatar Airways', aliases: [], role: 'company' },
  { name: 'Singapore Airlines', aliases: [], role: 'company' },
  { name: 'Delta', aliases: [], role: 'company' },
  { name: 'United Airlines', aliases: [], role: 'company' },
  { name: 'Lufthansa', aliases: [], role: 'company' },
  { name: 'Ryanair', aliases: [], role: 'company' },
  { name: 'FedEx', aliases: [], role: 'company' },
  { name: 'UPS', aliases: [], role: 'company' },
  { name: 'Maersk', aliases: [], role: 'company' },
  { name: 'Unilever', aliases: [], role: 'company' },
  { name: 'Nestle', aliases: [], role: 'company' },
  { name: 'Nestlé', aliases: [], role: 'company' },
  { name: 'Procter & Gamble', aliases: [], role: 'company' },
  { name: 'Coca-Cola', aliases: [], role: 'company' },
  { name: 'PepsiCo', aliases: [], role: 'company' },
  { name: 'Heineken', aliases: [], role: 'company' },
  { name: 'Ikea', aliases: [], role: 'company' },
  { name: 'H&M', aliases: [], role: 'company' },
  { name: 'Zara', aliases: [], role: 'company' },
  { name: 'Inditex', aliases: [], role: 'company' },
  { name: 'LVMH', aliases: [], role: 'company' },
  { name: 'Grab', aliases: [], role: 'company' },
  { name: 'Gojek', aliases: [], role: 'company' },
  { name: 'Sea', aliases: [], role: 'company' },
  { name: 'Shopee', aliases: [], role: 'company' },
  { name: 'DBS', aliases: [], role: 'company' },
  { name: 'OCBC', aliases: [], role: 'company' },
  { name: 'UOB', aliases: [], role: 'company' },
  { name: 'Temasek', aliases: [], role: 'company' },
  { name: 'GIC', aliases: [], role: 'company' },
  { name: 'Petronas', aliases: [], role: 'company' },
  { name: 'Reliance', aliases: [], role: 'company' },
  { name: 'Tata', aliases: [], role: 'company' },
  { name: 'Infosys', aliases: [], role: 'company' },
  { name: 'Wipro', aliases: [], role: 'company' },
  { name: 'Sinopec', aliases: [], role: 'company' },
  { name: 'PetroChina', aliases: [], role: 'company' },
  { name: 'CATL', aliases: [], role: 'company' },
  { name: 'Rakuten', aliases: [], role: 'company' },
  { name: 'SoftBank', aliases: [], role: 'company' },
  { name: 'Nintendo', aliases: [], role: 'company' },
  { name: 'Panasonic', aliases: [], role: 'company' },
  { name: 'Toshiba', aliases: [], role: 'company' },
  { name: 'Hitachi', aliases: [], role: 'company' },
  { name: 'Mitsubishi', aliases: [], role: 'company' },
  { name: 'Ericsson', aliases: [], role: 'company' },
  { name: 'Nokia', aliases: [], role: 'company' },
  { name: 'Vodafone', aliases: [], role: 'company' },
  { name: 'Telstra', aliases: [], role: 'company' },
  { name: 'Verizon', aliases: [], role: 'company' },
  { name: 'AT&T', aliases: [], role: 'company' },
  { name: 'T-Mobile', aliases: [], role: 'company' },
  { name: 'Comcast', aliases: [], role: 'company' },
  { name: 'Warner Bros', aliases: [], role: 'company' },
  { name: 'Paramount', aliases: [], role: 'company' },
  { name: 'WeWork', aliases: [], role: 'company' },
  // Banks, brokers and research firms market news quotes ("Nomura said in a note"), and companies
  // whose one-word names read as surnames; brands in the possessive keep it ("McDonald's").
  { name: 'Nomura', aliases: [], role: 'company' },
  { name: 'Mizuho', aliases: [], role: 'company' },
  { name: 'MUFG', aliases: [], role: 'company' },
  { name: 'BNP Paribas', aliases: [], role: 'company' },
  { name: 'Société Générale', aliases: ['Societe Generale', 'SocGen'], role: 'company' },
  { name: 'Natixis', aliases: [], role: 'company' },
  { name: 'ING', aliases: [], role: 'company' },
  { name: 'Rabobank', aliases: [], role: 'company' },
  { name: 'Commerzbank', aliases: [], role: 'company' },
  { name: 'Jefferies', aliases: [], role: 'company' },
  { name: 'Macquarie', aliases: [], role: 'company' },
  { name: 'Evercore', aliases: [], role: 'company' },
  { name: 'Wedbush', aliases: [], role: 'company' },
  { name: 'Oxford Economics', aliases: [], role: 'company' },
  { name: 'Pantheon Macroeconomics', aliases: [], role: 'company' },
  { name: 'Standard Chartered', aliases: [], role: 'company' },
  { name: 'Lloyds Banking Group', aliases: ['Lloyds'], role: 'company' },
  { name: 'NatWest', aliases: [], role: 'company' },
  { name: 'Santander', aliases: [], role: 'company' },
  { name: 'BBVA', aliases: [], role: 'company' },
  { name: 'UniCredit', aliases: [], role: 'company' },
  { name: 'Intesa Sanpaolo', aliases: [], role: 'company' },
  { name: 'Nordea', aliases: [], role: 'company' },
  { name: 'ABN Amro', aliases: [], role: 'company' },
  { name: 'Saxo Bank', aliases: [], role: 'company' },
  { name: 'Charles Schwab', aliases: [], role: 'company' },
  { name: 'Fidelity Investments', aliases: [], role: 'company' },
  { name: 'Bridgewater Associates', aliases: [], role: 'company' },
  { name: 'Allianz', aliases: [], role: 'company' },
  { name: 'AXA', aliases: [], role: 'company' },
  { name: 'Aviva', aliases: [], role: 'company' },
  { name: 'Schroders', aliases: [], role: 'company' },
  { name: 'Amundi', aliases: [], role: 'company' },
  { name: 'PIMCO', aliases: ['Pimco'], role: 'company' },
  { name: 'Rolls-Royce', aliases: [], role: 'company' },
  { name: 'BAE Systems', aliases: [], role: 'company' },
  { name: 'Thales', aliases: [], role: 'company' },
  { name: 'Rheinmetall', aliases: [], role: 'company' },
  { name: 'Novo Nordisk', aliases: [], role: 'company' },
  { name: 'Eli Lilly', aliases: [], role: 'company' },
  { name: 'Tesco', aliases: [], role: 'company' },
  { name: "Sainsbury's", aliases: [], role: 'company' },
  { name: 'Carrefour', aliases: [], role: 'company' },
  { name: 'Aldi', aliases: [], role: 'company' },
  { name: 'Lidl', aliases: [], role: 'company' },
  { name: 'Telefónica', aliases: ['Telefonica'], role: 'company' },
  { name: 'Deutsche Telekom', aliases: [], role: 'company' },
  { name: 'ArcelorMittal', aliases: [], role: 'company' },
  { name: 'Petrobras', aliases: [], role: 'company' },
  { name: 'Equinor', aliases: [], role: 'company' },
  { name: 'Eni', aliases: [], role: 'company' },
  { name: 'Repsol', aliases: [], role: 'company' },
  { name: 'Iberdrola', aliases: [], role: 'company' },
  { name: 'EDF', aliases: [], role: 'company' },
  { name: 'Engie', aliases: [], role: 'company' },
  { name: 'RWE', aliases: [], role: 'company' },
  { name: 'Uniper', aliases: [], role: 'company' },
  { name: 'Enel', aliases: [], role: 'company' },
  { name: "Macy's", aliases: [], role: 'company' },
  { name: "Kellogg's", aliases: [], role: 'company' },
  { name: "Lowe's", aliases: [], role: 'company' },
  { name: "Kohl's", aliases: [], role: 'company' },
  { name: "Sotheby's", aliases: [], role: 'company' },
  { name: "Christie's", aliases: [], role: 'company' },
  { name: "Domino's", aliases: [], role: 'company' },
  { name: "Wendy's", aliases: [], role: 'company' },
  { name: "Trader Joe's", aliases: [], role: 'company' },
  { name: "Moody's", aliases: ["Moody's Investors Service"], role: 'credit rating agency' },
  { name: 'S&P Global', aliases: ['S&P Global Ratings'], role: 'credit rating agency' },
  { name: 'Fitch Ratings', aliases: ['Fitch'], role: 'credit rating agency' },
  { name: 'CNN', aliases: [], role: 'news organisation' },
  { name: 'BBC', aliases: [], role: 'news organisation' },
  // Public broadcasters quoted as sources ("told RTÉ", "in an interview with NHK").
  { name: 'RTÉ', aliases: ['RTE'], role: 'news organisation' },
  { name: 'ITV', aliases: [], role: 'news organisation' },
  { name: 'CBC', aliases: [], role: 'news organisation' },
  { name: 'NHK', aliases: [], role: 'news organisation' },
  { name: 'ZDF', aliases: [], role: 'news organisation' },
  { name: 'ARD', aliases: [], role: 'news organisation' },
  { name: 'Deutsche Welle', aliases: ['DW'], role: 'news organisation' },
  { name: 'Euronews', aliases: [], role: 'news organisation' },
  { name: 'RNZ', aliases: [], role: 'news organisation' },
  { name: 'SBS', aliases: [], role: 'news organisation' },
  { name: 'CNBC', aliases: [], role: 'news organisation' },
  { name: 'Fox News', aliases: [], role: 'news organisation' },
  { name: 'MSNBC', aliases: [], role: 'news organisation' },
  { name: 'NPR', aliases: [], role: 'news organisation' },
  { name: 'PBS', aliases: [], role: 'news organisation' },
  { name: 'ABC News', aliases: [], role: 'news organisation' },
  { name: 'CBS News', aliases: [], role: 'news organisation' },
  { name: 'Politico', aliases: [], role: 'news organisation' },
  { name: 'Axios', aliases: [], role: 'news organisation' },
  { name: 'Gizmodo', aliases: [], role: 'news organisation' },
  { name: 'TechCrunch', aliases: [], role: 'news organisation' },
  { name: 'BuzzFeed News', aliases: ['BuzzFeed'], role: 'news organisation' },
  { name: 'HuffPost', aliases: [], role: 'news organisation' },
  { name: 'Newsweek', aliases: [], role: 'news organisation' },
  { name: 'Al Jazeera', aliases: [], role: 'news organisation' },
  { name: 'NBC News', aliases: [], role: 'news organisation' },
  { name: 'The New York Times', aliases: [], role: 'news organisation' },
  { name: 'New York Times', aliases: [], role: 'news organisation' },
  { name: 'The Washington Post', aliases: [], role: 'news organisation' },
  { name: 'Washington Post', aliases: [], role: 'news organisation' },
  { name: 'The Wall Street Journal', aliases: [], role: 'news organisation' },
  { name: 'Wall Street Journal', aliases: [], role: 'news organisation' },
  { name: 'Financial Times', aliases: [], role: 'news organisation' },
  { name: 'The Guardian', aliases: [], role: 'news organisation' },
  { name: 'The Economist', aliases: [], role: 'news organisation' },
  { name: 'Politico', aliases: [], role: 'news organisation' },
  { name: 'Axios', aliases: [], role: 'news organisation' },
  { name: 'Nikkei', aliases: [], role: 'news organisation' },
  { name: 'South China Morning Post', aliases: [], role: 'news organisation' },
  { name: 'The Straits Times', aliases: [], role: 'news organisation' },
  { name: 'Straits Times', aliases: [], role: 'news organisation' },
  { name: 'Le Monde', aliases: [], role: 'news organisation' },
  { name: 'Der Spiegel', aliases: [], role: 'news organisation' },
];

/**
 * Words allowed between a speaker and the speech verb: "Ms Roe later said", "he also told", "X has
 * said", and the object pronouns and auxiliaries of French, Spanish and Italian copy ("lo calificó",
 * "a déclaré", "ha detto") (the speaker rules and the candidate finder read the same list).
 */
export const BETWEEN_SPEAKER_AND_VERB = /^(also|later|earlier|then|previously|once|again|instead|still|even|never|often|always|further|repeatedly|recently|has|had|have|was|is|would|will|had\s+earlier|himself|herself|quickly|flatly|simply|firmly|bluntly|angrily|told\s+reporters|[a-z]+ly|lo|la|le|les|lui|se|a|ha|hanno|ont|ya)$/;

/**
 * "Fish exports from X", "flights to X", "the ferry link to X", "speaking by phone from X": a name
 * after a word of travel or trade and "to"/"from" (up to two words between) is where people and
 * goods go or come from, a place. Words of speech take only "from" ("speaking to X" is who was
 * spoken to). Matched against the text before a name.
 */
export const MOTION_BEFORE_NAME =
  /\b(?:(?:exports?|imports?|shipments?|cargo|flights?|ferr(?:y|ies)|trains?|trams?|buses|routes?|network|extension|travel(?:l?ed|l?ing|s)?|flew|fl(?:y|ies|ying)|arriv(?:ed|es|ing|als?)|fled|flee(?:ing)?|evacuated|refugees|migrants|visitors|tourists|troops|pilgrims|commuters|(?:rail|road|ferry|air|bus|train|tram|sea)\s+(?:links?|lines?|routes?|services?|connections?))(?:\s+\p{Ll}+){0,2}\s+(?:to|from|into)|(?:speaking|reporting|calling|broadcasting|writing|returning|returned|video|videolink|phone|telephone|satellite)(?:\s+\p{Ll}+){0,2}\s+from)\s+$/iu;

/** Family words: a person's relation to someone named ("Holm's daughter, Ingrid,"), and never a name themselves ("Dad said"). */
export const FAMILY_WORDS = new Set([
  'mother', 'father', 'mum', 'mom', 'dad', 'daughter', 'son', 'wife', 'husband', 'sister', 'brother', 'widow', 'widower',
  'partner', 'grandmother', 'grandfather', 'grandson', 'granddaughter', 'aunt', 'uncle', 'niece', 'nephew', 'cousin',
  'fiancée', 'fiancee', 'fiancé', 'fiance', 'stepmother', 'stepfather', 'mummy', 'daddy', 'grandma', 'grandpa', 'granny', 'nan',
]);

/** Letters written after a person's name: honours, professions, "KC" and "MP" ("Jr." stays: it is part of the name). */
const POST_NOMINALS = new Set(['KC', 'QC', 'SC', 'MP', 'MEP', 'MSP', 'MS', 'AM', 'TD', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'PhD', 'MD', 'FRS']);

/** A word of POST_NOMINALS, with or without a closing full stop ("KC", "MP."). */
export function isPostNominal(word: string): boolean {
  return POST_NOMINALS.has(word.replace(/\.$/, ''));
}

/** Words that join an organisation's head noun to its remit: "Ministry of Defence", "Office for …", "Committee on …". */
export const REMIT_LINKS = new Set(['of', 'for', 'on']);

/**
 * Nouns for where someone is from that are not a country's adjective ("the Frenchman", "the
 * Briton"): like a demonym they are never a name, and "the Frenchman said" is the person last
 * written about. ("Finn", "Scot" and "Dane" are also first names, but "Finn Russell" is read as a whole name
 * first; alone, after "the" or "a", they are where someone is from.)
 */
/**
 * Nouns that, after "the", stand for the person last written about, like a pronoun ("…,” the
 * teenager said"), with the gender they show. "mother-of-two" and the like are read by their first part.
 */
export const STAND_IN_NOUNS: ReadonlyMap<string, 'male' | 'female' | null> = new Map([
  ['teenager', null], ['teen', null], ['youngster', null], ['veteran', null], ['pensioner', null], ['octogenarian', null], ['nonagenarian', null], ['centenarian', null],
  ['widow', 'female'], ['widower', 'male'], ['mother', 'female'], ['father', 'male'], ['grandmother', 'female'], ['grandfather', 'male'],
  ['schoolgirl', 'female'], ['schoolboy', 'male'],
  // A sportsperson's position or a performer's trade: "…,” the striker said", "the actress said".
  ['striker', null], ['midfielder', null], ['defender', null], ['goalkeeper', null], ['keeper', null], ['winger', null], ['forward', null], ['full-back', null], ['centre-back', null],
  ['batsman', 'male'], ['batter', null], ['bowler', null], ['pitcher', null], ['quarterback', null], ['sprinter', null],
  ['cyclist', null], ['jockey', null], ['boxer', null], ['golfer', null], ['swimmer', null], ['player', null],
  ['singer', null], ['actor', null], ['actress', 'female'], ['rapper', null], ['musician', null],
  // A trade or a part in the story, for whoever was just written about when no one named holds it
  // as a role: "…,” the retired teacher said", "the organiser said", "the Harrowgate skipper said".
  ['teacher', null], ['nurse', null], ['farmer', null], ['organiser', null], ['organizer', null], ['campaigner', null], ['activist', null],
  ['professor', null], ['academic', null], ['researcher', null], ['scientist', null], ['author', null], ['novelist', null], ['artist', null],
  ['architect', null], ['engineer', null], ['entrepreneur', null], ['businessman', 'male'], ['businesswoman', 'female'],
  ['coach', null], ['manager', null], ['boss', null], ['skipper', null], ['captain', null], ['chef', null], ['founder', null],
  ['resident', null], ['villager', null], ['survivor', null], ['mum', 'female'], ['dad', 'male'],
]);

/** A party's member, which stands for a person ("the New York Democrat said", "a Texas Republican"). */
export const PARTY_MEMBERS = new Set(['Democrat', 'Republican', 'Tory', 'Conservative', 'Socialist', 'Liberal', 'Democrats', 'Republicans']);

export const ORIGIN_NOUNS = [
  'Frenchman', 'Frenchwoman', 'Englishman', 'Englishwoman', 'Irishman', 'Irishwoman', 'Dutchman', 'Dutchwoman',
  'Welshman', 'Welshwoman', 'Scotsman', 'Scotswoman', 'Scot', 'Briton', 'Swede', 'Dane', 'Pole', 'Spaniard', 'Turk',
  'Finn', 'Kiwi', 'Aussie', 'Brit', 'New Zealander',
];

/** Words that say what a ministry or office does, written in lower case: "the transport ministry", "the national statistics office". */
export const INSTITUTION_REMITS: ReadonlySet<string> = new Set([
  'national', 'state', 'federal', 'regional', 'foreign', 'finance', 'transport', 'health', 'interior', 'defence', 'defense', 'education',
  'justice', 'environment', 'agriculture', 'energy', 'trade', 'labour', 'labor', 'economy', 'economics', 'culture', 'housing', 'statistics',
  'tax', 'customs', 'immigration', 'communications', 'fisheries', 'water', 'weather', 'meteorological', 'planning', 'competition', 'audit', 'treasury',
  'home', 'information', 'infrastructure', 'industry', 'tourism', 'sports', 'science', 'social', 'welfare', 'employment', 'security', 'intelligence',
  'prosecutor’s', "prosecutor's", 'prosecutors', 'attorney', 'electoral', 'election',
]);

/** A company's legal form, the last word of its full name ("Ltd", "Inc.", "plc", "GmbH", "KGaA"), folded. */
const LEGAL_FORMS: ReadonlySet<string> = new Set([
  'ltd', 'limited', 'inc', 'incorporated', 'corporation', 'plc', 'llc', 'llp', 'corp', 'co', 'pty', 'gmbh', 'ag', 'se', 'kg', 'kgaa', 'sa', 'nv', 'bv', 'spa', 'srl', 'oy', 'ab', 'as', 'asa',
]);

/** True when `word` is a company's legal form, whatever its case and dots ("Ltd.", "GmbH", "Inc."). */
export function isLegalForm(word: string): boolean {
  return LEGAL_FORMS.has(word.toLowerCase().replace(/\./g, ''));
}

/**
 * A verb in the plural right after a name ("Celtic have agreed", "Big Machine have twice denied", "as Villa
 * are left to rue", "were fined"): British English writes so of clubs and companies, never of one person.
 */
export const PLURAL_VERB_AFTER = /^\s+(?:have|are|were)\s+(?:\p{Ll}+ly\s+|also\s+|now\s+|not\s+|been\s+|twice\s+|since\s+|(?:this\s+(?:morning|afternoon|evening|week|month|summer|season)|today|yesterday|tonight|last\s+(?:night|week))\s+)*(?:\p{Ll}+ed|agreed|made|won|lost|paid|sold|bought|taken|left|set\s+to|in\s+talks|understood|expected|looking|hoping|planning|preparing|seeking)\b/u;
