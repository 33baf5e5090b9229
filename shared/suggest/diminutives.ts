/**
 * English familiar forms of given names ("Maggie" for Margaret, "Bill" for William), which a story
 * uses for someone it first named in full, in a friend's quote or an obituary's "To colleagues he
 * was always Bill". Read as a name of its own, the familiar form became a second person.
 * Only forms that shorten few given names; ones that are also names in their own right ("Jack",
 * "Alex", "Sam") or common words ("Will", "Rob", "Sue") are left out: a story may mean someone else by them.
 */
const FORMS: Readonly<Record<string, readonly string[]>> = {
  maggie: ['margaret'], peggy: ['margaret'], meg: ['margaret'], madge: ['margaret'],
  bill: ['william'], billy: ['william'], willie: ['william'],
  bob: ['robert'], bobby: ['robert'], robbie: ['robert'],
  liz: ['elizabeth'], lizzie: ['elizabeth'], betty: ['elizabeth'], bess: ['elizabeth'], libby: ['elizabeth'],
  jim: ['james'], jimmy: ['james'],
  tom: ['thomas'], tommy: ['thomas'],
  mike: ['michael'], mickey: ['michael'],
  dave: ['david'], davy: ['david'],
  ted: ['edward', 'theodore'], eddie: ['edward', 'edwin'],
  tony: ['anthony', 'antony'], andy: ['andrew'],
  steve: ['stephen', 'steven'], nick: ['nicholas'],
  danny: ['daniel'], joe: ['joseph'], matt: ['matthew'],
  jenny: ['jennifer'], kate: ['katherine', 'catherine', 'kathleen'], katie: ['katherine', 'catherine', 'kathleen'], kathy: ['katherine', 'kathleen'], cathy: ['catherine'],
  freddie: ['frederick'], charlie: ['charles'], greg: ['gregory'], jeff: ['jeffrey', 'geoffrey'],
  ronnie: ['ronald'], doug: ['douglas'], phil: ['philip', 'phillip'], vince: ['vincent'],
  debbie: ['deborah'], trish: ['patricia'], mandy: ['amanda'], bev: ['beverley', 'beverly'],
};

/** The given names a familiar form stands for, in lower case; none for a word that is no familiar form. */
export function formalNamesOf(word: string): readonly string[] {
  return FORMS[word.toLowerCase()] ?? [];
}

/** Whether one given name is a familiar form of the other, either way round ("Maggie" and "Margaret", "Beverley" and "Bev"). */
export function familiarFormOf(a: string, b: string): boolean {
  return formalNamesOf(a).includes(b.toLowerCase()) || formalNamesOf(b).includes(a.toLowerCase());
}
