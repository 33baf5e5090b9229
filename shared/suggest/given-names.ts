/**
 * Given names that compromise's lexicon lacks, from the names that open people's names in world
 * news: European, Middle Eastern, South and East Asian, African and Latin American. compromise
 * reads a run that opens with a given name it knows as a person ("Jean Castex"); without these,
 * "Mette Frederiksen visited Berlin" or "Kyriakos Mitsotakis met Giorgia Meloni" named nobody, and
 * "Jean Dupont spoke" was an organisation. Each name carries the gender it usually has, which
 * pronouns are matched with, or none where languages differ.
 *
 * Left out on purpose: names that are also English words or places ("Marine", "Daisy", "Jordan",
 * "Victoria", "Santiago", "Moon"), surnames and family names that open East Asian names ("Xi",
 * "Kim"), which compromise reads by its own rules.
 */

import nlp from 'compromise';

const FEMALE = `
  mette giorgia sanae olena hasina ségolène clémence amélie bérénice anaïs océane solène véronique
  annalena sahra kaja yulia sanna ulrika ebba margrethe katrín kristrún nirmala smriti priyanka
  mamata yuriko yoko yuko keiko hiroko tomomi paetongtarn yingluck samia ngozi chimamanda xiomara
  delcy meral ilhan rashida tulsi kirsti ingrida evika zuzana beata małgorzata agnieszka katarzyna
  jadwiga judit katalin ilze iveta andreja jadranka svetlana yevgenia iryna yuliia olha tetiana
  halyna liudmyla nataliya viktoriia mairead aoife róisín sinéad mhairi kemi priti suella shabana
  rushanara apsana zarah sussan bibiana begoña aitana núria anabela gleisi janja dilma xóchitl
  verónika epsy iga aryna
  sigrid linnea tove siri marit sanni riikka amaka adaeze folake funmilayo akosua abena wanjiru
  wambui njeri thandiwe nomvula chioma ifeoma hadiza bukola yetunde lerato naledi zanele halima
  fatuma achieng akinyi atieno aditi anjali pooja neha ananya divya shreya lakshmi meera nandini
  sneha swati huda dalia ainhoa leire luíza leonor lenka dorota selin ece merve shirin parisa
  azadeh leni risa emi aiko linh huong mariya kasia wiktoria oliwia orla fionnuala gráinne saoirse
  cerys siân bethan eluned ailsa morag kirsty catriona chipo rudo losana mele ngaire
  ffion carys eleri mairi eilidh effie hettie tilly pippa philippa imogen araminta rosamund glenys
  priya maeve saskia hannelore
  chiamaka nkechi esi shaniqua imani itzel araceli nayeli yadira
`;

const MALE = `
  kyriakos giorgos narendra rishi shigeru fumio prabowo joko uhuru hakan ilham kassym shehbaz imran
  baptiste edouard hervé loïc gaël maël benoît rémi thierry didier thibault matthieu aurélien
  bastien giancarlo massimo ignazio hubertus cem volker heiko horst sigmar jörg joachim ulf petteri
  sauli antti juha bjarni sigurður espen geert wopke caspar andriy denys dmytro vitali vitaliy
  mykhailo rustem kyrylo arseniy radosław mateusz rafał władysław jarosław tadeusz zbigniew ilir edi
  nicușor călin rumen vjosa albin mevlüt ekrem özgür devlet hulusi binali selahattin yair itamar
  bezalel naftali gideon avigdor yoav eyal gadi yahya ebrahim bashar fattah faisal tamim ayman nawaf
  najib nabih walid marwan khalil abdulaziz tayyip kais abdelmadjid abdelaziz rached rajnath piyush
  mallikarjun akhilesh nitish arvind shashi siddaramaiah ajit devendra eknath uddhav hemant revanth
  chandrababu pinarayi bhagwant tejashwi asaduddin asif nawaz bilawal ranil anura sajith gotabaya
  mahinda tarique ashraf zalmai shinzo yoshihide koichi yoshimasa katsunobu takeshi hiroshi
  kazuo masayoshi kenji naoki shinjiro toshimitsu itsunori yoshihiko ichiro seiji junichiro tomoaki
  kenta daisuke takuya srettha anutin thaksin bongbong muhyiddin hishammuddin gibran luhut yoweri
  abiy emmerson hakainde salva alassane macky bassirou ousmane assimi abdourahamane mahamat faure
  raila kalonzo musalia kithure rigathi atiku kashim nyesom yemi olusegun muhammadu akinwumi aliko
  wole chinua nasir rotimi nuhu babajide thabo fikile gwede mmusi nayib edmundo evo inácio geraldo
  flávio tarcísio ciro jair lenín ollanta íñigo carles oriol aníbal rui
  kasper mikkel aksel torbjørn jørgen eirik håkon knut petter stian jussi mikko tuomas pekka
  chinedu emeka oluwaseun tunde babatunde chukwuemeka kwame kofi yaw kwabena sipho themba lwazi
  olumide adebayo femi segun nnamdi obinna aminu kagiso thabiso tshepo bongani nkosana baraka
  samson ramesh sunil anil vikram manoj rajiv sachin virat rohit ravi vijay ajay karan arun
  venkatesh srinivas ashok gaurav varun pradeep rakesh mukesh naveen harish girish yogesh abhishek
  siddharth aravind sushil tariq salim ziad rashid majid nasser hamad jassim mansour fahad saud
  wael hisham amr sherif hazem gonçalo tiago raimundo iñaki diego renato caio paweł marek łukasz
  jiří zdeněk bartosz grzegorz miroslav dušan nenad emre burak serkan fatih murat kemal oğuz cengiz
  mohsen javad farhad behrouz hamid yiannis kostas panagiotis vasilis ioannis konstantinos takashi
  ryota kaito kenichi masato tuan quang serhiy vasyl bohdan taras ihor maksym valentyn ruslan
  grigory konstantin cian oisín darragh eamon colm ruairí rhodri dafydd gethin iwan aled rhys huw
  meirion carwyn hamish ewan callum alasdair ruaridh farai tawanda tevita sione hemi wiremu tane
  angus graeme niall euan lachlan murdo geraint ieuan emrys alun alfie chidi brayden jaxon kayden
  brody ulises heriberto rigoberto eustaquio abelardo fulgencio declan ikenna luca
`;

/**
 * Names that are a man's in one language and a woman's in another ("Jean" in French and English):
 * given names with no gender, so that a pronoun decides. (compromise's own lists keep theirs.)
 */
const EITHER = `
  jean
  mpho kelechi uche tendai tatenda nyasha kudzai yuki thanh
`;

const words = (list: string) => list.trim().split(/\s+/);

/** Lower-cased given name -> the gender it usually has (null: either). */
export const GIVEN_NAMES: ReadonlyMap<string, 'female' | 'male' | null> = new Map([
  ...words(FEMALE).map((name) => [name, 'female'] as const),
  ...words(MALE).map((name) => [name, 'male'] as const),
  ...words(EITHER).map((name) => [name, null] as const),
]);

/**
 * Teaches compromise the names (word -> tag), keyed by `normal`, compromise's own folding of each
 * word ("Ségolène" is looked up as "segolene", "Sigurður" as "sigurour"). Done once, when this
 * module is first imported, so every reader of compromise's tags here sees them.
 */
function teachCompromise(): void {
  const names = [...GIVEN_NAMES.keys()];
  const normals = (nlp(names.join(' ')).json() as { terms: { normal: string }[] }[]).flatMap((s) => s.terms.map((t) => t.normal));
  const keys = normals.length === names.length ? normals : names;
  const tag = (gender: 'female' | 'male' | null | undefined) => (gender === 'female' ? 'FemaleName' : gender === 'male' ? 'MaleName' : 'FirstName');
  nlp.addWords(Object.fromEntries(names.map((name, k) => [keys[k]!, tag(GIVEN_NAMES.get(name))])));
}
teachCompromise();

/** isGivenName's answers: the same words are asked about again and again over a long read, and compromise's lexicon no longer changes. */
const givenNameAnswers = new Map<string, boolean>();
const MAX_ANSWERS = 20_000;

/** A given name compromise knows, its own or one of these: "Jean", "Mette", "Margaret". */
export function isGivenName(word: string): boolean {
  let answer = givenNameAnswers.get(word);
  if (answer === undefined) {
    answer = nlp(word).has('#FirstName');
    if (givenNameAnswers.size >= MAX_ANSWERS) givenNameAnswers.clear();
    givenNameAnswers.set(word, answer);
  }
  return answer;
}

/**
 * Family names that Chinese and Korean names put first ("Xi Jinping", "Lee Jae-myung"). Not those
 * that are English words too ("He", "Ma", "Song", "Young"), which need a cue of their own.
 */
const CHINESE_FAMILY_NAMES = new Set(words(`
  wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo gao lin luo zheng liang xie tang xi
  han feng deng cao peng zeng xiao tian dong pan yuan cai jiang du cheng wei shen yao qin qian
`));
const KOREAN_FAMILY_NAMES = new Set(words('kim lee park choi jung kang cho yoon jang lim shin seo kwon hwang ahn yoo hong moon'));
/** One or two syllables of pinyin, as a Chinese given name is romanised ("Jinping", "Yi", "Keqiang"). */
const PINYIN = /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxzcsryw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|e|i|o|u)){1,2}$/;
/** A Korean given name as romanised: two syllables joined by a hyphen or apart ("Jae-myung", "Kyoo-hong", "Jong Un"). */
const KOREAN_GIVEN = /^\p{Lu}\p{Ll}{1,5}(?:-\p{Ll}{2,6}| \p{Lu}\p{Ll}{1,5})$/u;

/** "Xi Jinping", "Li Qiang", "Lee Jae-myung", "Kim Jong Un": a family name that comes first, then a given name shaped as one. */
export function isFamilyNameFirst(family: string, given: string): boolean {
  const key = family.toLowerCase();
  if (!/^\p{Lu}/u.test(given)) return false;
  return (CHINESE_FAMILY_NAMES.has(key) && PINYIN.test(given.toLowerCase())) || ((KOREAN_FAMILY_NAMES.has(key) || CHINESE_FAMILY_NAMES.has(key)) && KOREAN_GIVEN.test(given));
}
