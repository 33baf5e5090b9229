/**
 * Names of organisations that French, Spanish, Italian and Portuguese copy writes in ways the
 * English rules do not read: an institution capitalised on its first word only ("la Cour des
 * comptes", "l'Assemblée nationale", "el Tribunal constitucional"), and acronyms that an article
 * or a kind of organisation stands before ("la CEOE", "les syndicats CGT et CFDT", "selon l'Insee").
 * Only asked of a text written in one of those languages (isRomanceText).
 */

/** A name found, and what says it is an organisation's. */
export interface RomanceName {
  start: number;
  end: number;
  evidence: string;
}

/** Head nouns of institutions, parties and unions that the languages write with one capital. */
const HEADS = [
  'Assemblée', 'Cour', 'Conseil', 'Parti', 'Rassemblement', 'Mouvement', 'Front', 'Sénat', 'Tribunal', 'Banque', 'Caisse', 'Autorité', 'Haute', 'Haut', 'Agence', 'Institut', 'Fondation', 'Syndicat', 'Confédération', 'Commission', 'Comité', 'Ministère', 'Office', 'Ordre',
  'Cámara', 'Congreso', 'Senado', 'Partido', 'Audiencia', 'Fiscalía', 'Consejo', 'Junta', 'Defensor', 'Banco', 'Agencia', 'Instituto', 'Fundación', 'Confederación', 'Comisión', 'Ministerio', 'Corte',
  'Camera', 'Senato', 'Partito', 'Assemblea', 'Consiglio', 'Procura', 'Agenzia', 'Istituto', 'Fondazione', 'Ministero',
  'Assembleia', 'Supremo', 'Conselho', 'Ministério', 'Fundação',
].join('|');

/** Lower-case words that finish such a name: adjectives ("nationale", "constitucional", "socialiste") … */
const ADJECTIVE = String.raw`\p{Ll}[\p{Ll}-]*(?:al|ale|aux|el|elle|ien|ienne|iste|ique|aire|if|ive|ain|aine|ais|aise|ois|oise|éen|éenne|ano|ana|ico|ica|ista|ivo|iva|ario|aria|ar|ise|ali|ile)`;
/** … or a genitive with its noun ("des comptes", "de la magistrature", "del Pueblo", "d'État"). */
const GENITIVE = String.raw`(?:des|du|de\s+la|de\s+los|de\s+las|del|de|d['’]|della|delle|dei|dos|das|da|do)\s*\p{L}[\p{L}-]+`;
const INSTITUTION = new RegExp(String.raw`\b(?:${HEADS})\s+(?:${GENITIVE}|${ADJECTIVE}(?:\s+${ADJECTIVE})?)\b`, 'gu');

/** Kinds of organisation before acronyms that name them: "los sindicatos CCOO y UGT", "la patronal CEOE". */
const KINDS_BEFORE = String.raw`\b(?:sindicatos?|syndicats?|sindacati|sindacato|centrales\s+sindicales|patronal|partis?|partidos?|partiti|partito|confédérations?|confederaciones|confederación|organisations?|organizaciones?|organización|groupe|grupo|gruppo|chaîne|cadena)`;
const ACRONYM = String.raw`\p{Lu}{2,6}\d?`;
/** Each acronym of such a list. */
const EACH_ACRONYM = new RegExp(ACRONYM, 'gu');
const ACRONYMS_AFTER_KIND = new RegExp(String.raw`${KINDS_BEFORE}\s+(${ACRONYM}(?:\s*(?:,|y|et|e|o|ou)\s+${ACRONYM})*)\b`, 'gu');

/**
 * An article before an acronym ("la CEOE", "le Medef" aside, "de la CGT", "l'UGT") or a source after
 * "selon" / "según" ("selon l'Insee", "según el INE"): an institution.
 */
const ARTICLE_ACRONYM = new RegExp(String.raw`\b(?:[Ll]a|[Ll]e|[Ee]l|[Ll]['’]|[Ll]os|[Ll]as|[Dd]el)\s*(${ACRONYM})\b(?![’'-]\p{L})`, 'gu');
const SOURCE_AFTER_ACCORDING = /\b(?:[Ss]elon|[Ss]egún|[Ss]egundo|[Ss]econdo)\s+(?:l['’]|le\s+|la\s+|el\s+|o\s+|a\s+|il\s+|lo\s+)(\p{Lu}\p{Ll}{2,}|\p{Lu}{2,6}\d?)\b/gu;

/** "La France insoumise": an article, a country and an adjective in lower case make a party's name. */
const PLACE_PARTY = new RegExp(String.raw`\b(?:La|Le|El|Il|A|O)\s+(\p{Lu}\p{Ll}+)\s+${ADJECTIVE}\b`, 'gu');

/** Organisations named in Romance-language copy the way the English rules do not read. */
export function romanceOrganisations(text: string, isPlace: (name: string) => boolean): RomanceName[] {
  const out: RomanceName[] = [];
  const add = (start: number, end: number, evidence: string) => {
    if (!out.some((o) => o.start < end && start < o.end)) out.push({ start, end, evidence });
  };
  for (const m of text.matchAll(INSTITUTION)) add(m.index, m.index + m[0].length, `“${m[0]}”: an institution capitalised on its first word`);
  for (const m of text.matchAll(PLACE_PARTY)) if (isPlace(m[1]!)) add(m.index, m.index + m[0].length, `“${m[0]}”: a country and an adjective, a party's name`);
  for (const m of text.matchAll(ACRONYMS_AFTER_KIND)) {
    const list = m[1]!;
    const from = m.index + m[0].length - list.length;
    for (const a of list.matchAll(EACH_ACRONYM)) add(from + a.index, from + a.index + a[0].length, `after “${m[0].slice(0, m[0].length - list.length).trim()}”`);
  }
  for (const m of text.matchAll(ARTICLE_ACRONYM)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (!isPlace(m[1]!)) add(start, start + m[1]!.length, `an acronym after an article (“${m[0]}”)`);
  }
  for (const m of text.matchAll(SOURCE_AFTER_ACCORDING)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (!isPlace(m[1]!)) add(start, start + m[1]!.length, `a source after “${m[0].slice(0, m[0].length - m[1]!.length).trim()}”`);
  }
  return out.sort((a, b) => a.start - b.start);
}
