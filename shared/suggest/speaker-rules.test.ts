/**
 * Attribution rules added for articles the rules were not written against: pronouns after a role or
 * an appositive, gender from role words, organisations that speak through a spokesperson or a head
 * noun, a sentence that ends outside the closing mark, "-ing" verbs and Q&A answers. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { suggest } from './index';

const speakers = (text: string) => suggest(text).quotes.map((q) => [q.exact, q.speaker]);

describe('speaker attribution, further rules', () => {
  it('a pronoun finds a person introduced with a lower-case role before the name', () => {
    const text = 'Head\nFinance Minister Oren Castell spoke first. Opposition health spokeswoman Lena Marsh replied. Later, she said: “The cuts are real.”';
    expect(speakers(text)).toEqual([['The cuts are real.', 'Lena Marsh']]);
  });

  it('a pronoun finds a person introduced in an appositive ("The firm’s finance director, X, is …")', () => {
    const text = 'Head\nMinister Ada Voss opened the plant.\nThe firm’s finance director, Bram Okoye, is a former auditor. He told the Saltham Courier that the books were “in perfect order”.';
    expect(speakers(text)).toEqual([['in perfect order', 'Bram Okoye']]);
  });

  it('a role word gives the gender a pronoun needs ("spokeswoman" is female, "chairman" male)', () => {
    const s = suggest('Head\nUnion spokeswoman Tilde Marr met Ivo Senn, the club chairman, on Monday.');
    expect(s.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.gender])).toEqual([
      ['Tilde Marr', 'female'],
      ['Ivo Senn', 'male'],
    ]);
  });

  it('a full stop after the closing mark ends the sentence: the next one is not the attribution', () => {
    const text = "Head\nCllr Nia Brook said the vote was 'finely balanced'. She noted the conditions. Mr Edwin Tull disagreed.";
    expect(speakers(text)).toEqual([['finely balanced', 'Nia Brook']]);
  });

  it('"-ing" verbs introduce a fragment ("with the mayor calling it «…»")', () => {
    const text = 'Head\nMayor Ilse Varo closed the bridge, calling it «a danger to everyone».';
    expect(speakers(text)).toEqual([['a danger to everyone', 'Ilse Varo']]);
  });

  it('organisations speak through "an agency spokesperson", "a spokesman for the company" and their head noun', () => {
    const text =
      'Head\nThe Orran Water Agency cut supply. “The reservoirs are low,” an agency spokesperson said.\nThe Saltham Grain Terminal (SGT) closed. “Nobody was hurt,” the terminal said.\nBrisk Freight Ltd was fined. “We will pay,” a spokesman for the company said.';
    expect(speakers(text)).toEqual([
      ['The reservoirs are low,', 'Orran Water Agency'],
      ['Nobody was hurt,', 'Saltham Grain Terminal'],
      ['We will pay,', 'Brisk Freight Ltd'],
    ]);
  });

  it.each([
    ['a role phrase and a comma between the verb and the name', '“The offer came late,” said its general secretary, Ana Lindqvist.', 'Ana Lindqvist'],
    ['a possessive role before the name: the name after it speaks', 'Union secretary Ana Lindqvist spoke first. “We will be back,” said Lindqvist’s deputy, Karl Ode.', 'Karl Ode'],
    ['lower-case role words right before the name', 'The talks stalled. “It is time,” said union leader Ana Lindqvist.', 'Ana Lindqvist'],
    ['a job in lower case before the name, with single quotation marks', "The yard went quiet. 'The offer is an insult,' said crane operator Tom Varga.", 'Tom Varga'],
  ])('after a trailing verb: %s', (_, body, speaker) => {
    expect(speakers(`Head\n${body}`).map(([, who]) => who)).toEqual([speaker]);
  });

  it('a name after other lower-case words than a role is not the speaker ("said a letter sent to X")', () => {
    const text = 'Head\nThe board met.\n“The plan is dead,” said a letter sent to Ana Lindqvist.';
    expect(speakers(text)).toEqual([['The plan is dead,', null]]);
  });

  it('Q&A answers after "Surname:" without quotation marks are that person’s words; furniture is not', () => {
    const text = 'Head\nWe spoke to Dr Hanne Solberg, a lock keeper.\nWhat is hard about the job?\nSolberg: The winters, mostly. And the tourists.\nPhoto: Saltham Courier\nNotes: written in the lock house.';
    expect(speakers(text)).toEqual([['The winters, mostly. And the tourists.', 'Hanne Solberg']]);
  });
});

describe('people introduced by a relative clause or an age', () => {
  it('"X, who served as environment minister," gives the role a later "the former minister" refers to; a role named later in the body is no one before', () => {
    const text = 'Head\nHarriet Dunmore, who served as environment minister from 2015 to 2018, will chair the inquiry.\n“That cannot go on,” the former minister told the Ashby Gazette.\nLater, Agency chief executive Claire Boyd said the agency would help.';
    const s = suggest(text);
    expect(s.actors.find((a) => a.name === 'Harriet Dunmore')?.role).toBe('environment minister');
    expect(s.actors.find((a) => a.name === 'Claire Boyd')?.mentions).toEqual(['Claire Boyd']);
    expect(speakers(text)).toEqual([['That cannot go on,', 'Harriet Dunmore']]);
  });

  it('a name followed by ", who" is a person even when nothing else says so, and speaks after the clause', () => {
    const text = 'Head\nResidents were hopeful. Kevin Marsh, who chairs the Ashby Flood Action Group, said the group would “hold her to that”.';
    expect(speakers(text)).toEqual([['hold her to that', 'Kevin Marsh']]);
  });

  it('"the 58-year-old" before or after a quote is the person last written about', () => {
    const text = 'Head\nHarriet Dunmore will chair the inquiry. The 58-year-old said she took the job “with a heavy heart”.\n“We will hear everyone,” the 58-year-old added.';
    expect(speakers(text).map(([, who]) => who)).toEqual(['Harriet Dunmore', 'Harriet Dunmore']);
  });
});

describe('headline roles, lead-in paragraphs and clauses after a comma', () => {
  it('"Minister says …" in a headline is the one person with that role; "Minister" is no actor of its own', () => {
    const s = suggest('Minister says ferry deal is ‘close’\nTransport Minister Elin Haug spoke on Monday.');
    expect(s.actors.map((a) => a.name)).toEqual(['Elin Haug']);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Elin Haug']);
  });

  it('a paragraph ending "X told reporters:" leads in the quote that opens the next paragraph', () => {
    const text = 'Head\nTransport Minister Elin Haug met the islanders. Afterwards, Haug told reporters:\n“We have agreed on the timetable.”';
    expect(speakers(text)).toEqual([['We have agreed on the timetable.', 'Elin Haug']]);
  });

  it('"with the operator, Haug told …": the name after the comma opens a clause; the operator is not Haug', () => {
    const s = suggest('Head\nTransport Minister Elin Haug met the operator. Speaking after a meeting with the operator, Haug told reporters it went well.\nThe operator, Skerry Lines, said in a statement that it “welcomed the progress”.');
    expect(s.actors.map((a) => [a.name, a.kind])).toEqual([['Elin Haug', 'person'], ['Skerry Lines', 'organisation']]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Skerry Lines']);
  });

  it('a name that a speech verb follows after an opening phrase is a subject a later "she" can refer to', () => {
    const text = 'Head\nChief executive Omar Lind said orders would recover. He was calm.\nIn an interview with Saltham Radio, finance director Ada Voss said spending would go on. “We will not cut,” she said.';
    expect(speakers(text)).toEqual([['We will not cut,', 'Ada Voss']]);
  });

  it('a headline in the present tense names its speaker: “‘…’, agency admits” is the one agency the story names', () => {
    const text = "Sea wall 'will not be ready by winter', agency admits\nThe Coastal Works Agency has told residents that the wall will be late.";
    expect(speakers(text)).toEqual([['will not be ready by winter', 'Coastal Works Agency']]);
  });

  it('a present-tense verb is read only as written ("country" is not a typo of "counters")', () => {
    const text = 'Head\nThe film, “Low Tide,” tells of a Kelby country singer who wants to go south.';
    expect(speakers(text)).toEqual([['Low Tide,', null]]);
  });

  it('after an earlier quote in the sentence, the person opening it speaks, not an organisation named after the quote', () => {
    const text = 'Head\nCoach Ivo Senn gave a talk, telling players to “stay calm” and that Kelby Football Club are a “fine side.”';
    expect(speakers(text)).toEqual([
      ['stay calm', 'Ivo Senn'],
      ['fine side.', 'Ivo Senn'],
    ]);
  });

  it('"the company" is the company the story is about, not a news outlet it spoke to or a firm where an analyst works', () => {
    const s = suggest(
      'Head\nTarnwell Systems cut its forecast on Monday. “This is the second cut,” said Ana Brook, an analyst at Pell & Dorr. In an interview with Saltham Radio, finance director Ada Voss said the company would keep hiring.',
    );
    const tarnwell = s.actors.find((a) => a.name === 'Tarnwell Systems')!;
    expect(tarnwell.mentions).toContain('the company');
    expect(s.actors.find((a) => a.name === 'Pell & Dorr')?.mentions).not.toContain('the company');
  });

  it('"Sen. X of <state> said": the person speaks, not the place', () => {
    const text = 'Head\nSen. Ada Voss of Idaho said the bill would “give farmers certainty.”';
    expect(speakers(text)).toEqual([['give farmers certainty.', 'Ada Voss']]);
  });

  it('with several appositives before the verb, the person opening the sentence speaks ("X, D-Ariz., who chairs the Y Committee, called it “…”")', () => {
    const text = 'Head\nSen. Ada Voss, D-Ariz., who chairs the Harbour and Rivers Committee, called the vote “a first step.”';
    expect(speakers(text)).toEqual([['a first step.', 'Ada Voss']]);
  });

  it('a dash and a person’s name after a quote sign it, with no verb ("«…» — Name, houseboat owner, speaking to reporters")', () => {
    const text = 'Head\nThe council voted on Monday.\n«We have moored here for thirty years» — Ilse Vroom, houseboat owner, speaking to reporters after the vote.';
    expect(speakers(text)).toEqual([['We have moored here for thirty years', 'Ilse Vroom']]);
    // A clause between dashes is no signature.
    expect(speakers('Head\nThe film “Low Water” — Ada Voss was not in it — opened on Friday.')).toEqual([['Low Water', null]]);
  });

  it('"Margaret and Alan Pryce" are two people of one surname; "Mrs Pryce" is her and "he" is him', () => {
    const text = 'Head\nMargaret and Alan Pryce ran the shop for 40 years.\n“It was our whole life,” Mrs Pryce said.\nHer husband will miss the mornings. “I liked being up first,” he said.';
    const s = suggest(text);
    expect(s.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Margaret Pryce', 'Alan Pryce']);
    expect(speakers(text)).toEqual([
      ['It was our whole life,', 'Margaret Pryce'],
      ['I liked being up first,', 'Alan Pryce'],
    ]);
  });

  it('a first name’s usual gender decides a pronoun when nothing else says ("Mary …, Thomas …, he said")', () => {
    const text = 'Head\nMary Voss spoke first. Her son, Thomas Reed, remembers it well. “It was a hard year,” he said.';
    expect(speakers(text)).toEqual([['It was a hard year,', 'Thomas Reed']]);
  });

  it('a second verb joined by "and" shares the subject opening the sentence ("X, the airline’s chief, apologised and said …")', () => {
    const text = 'Head\nThe airline’s chief operating officer, Ivo Senn, apologised to customers and said the firm had made “a fair offer”.';
    expect(speakers(text)).toEqual([['a fair offer', 'Ivo Senn']]);
  });

  it('a person introduced as someone’s relation ("Holm’s daughter, Ingrid, 38,") is the subject a later "she" refers to; "Dad" is no name', () => {
    const text = 'Head\nEirik Holm kept the light for 31 years. “It is not lonely,” Holm said.\nHolm’s daughter, Ingrid, 38, remembers the point. “We had no television,” she said. “Dad said the sea was better.”';
    expect(speakers(text)).toEqual([
      ['It is not lonely,', 'Eirik Holm'],
      ['We had no television,', 'Ingrid'],
      ['Dad said the sea was better.', 'Ingrid'],
    ]);
    expect(suggest(text).actors.map((a) => a.name)).not.toContain('Dad');
  });

  it('a name after the speech verb of an unnamed speaker is what was spoken about, not the speaker ("A spokeswoman said the minister would “…”")', () => {
    const text = 'Head\nThe port board rejected the plan. Unions will ask the transport minister, Ada Lund, to intervene. A spokeswoman said the minister would “read the board’s reasons first”.';
    expect(speakers(text)).toEqual([['read the board’s reasons first', null]]);
  });

  it('"instead", "still", "never" may stand between a speaker and the verb ("He instead told the interviewer: “…”")', () => {
    const text = 'Head\nLord Eskil Varn gave one interview in May.\nHe instead told the interviewer: “I had to go and see him myself.”';
    expect(speakers(text)).toEqual([['I had to go and see him myself.', 'Eskil Varn']]);
  });

  it('a team, party or firm may qualify the role after a trailing verb ("…,” said Rovers manager Bridget Coyle)', () => {
    const text = 'Head\nHarlow Rovers beat Castlebridge Athletic.\n“We never stopped believing,” said Rovers manager Bridget Coyle.\n“We won,” said Harlow manager Tom Fry.';
    expect(speakers(text)).toEqual([
      ['We never stopped believing,', 'Bridget Coyle'],
      ['We won,', 'Tom Fry'],
    ]);
  });

  it('"the Italian", "the Frenchman" stand for the person last written about, as a pronoun does', () => {
    const text = 'Head\nCastlebridge boss Marco Bellini was less pleased. “We were sloppy,” the Italian said.\nRene Blanc left early. The Frenchman said: “I had a train.”';
    expect(speakers(text)).toEqual([
      ['We were sloppy,', 'Marco Bellini'],
      ['I had a train.', 'Rene Blanc'],
    ]);
  });

  it('reported speech closing the paragraph before leads in a quote that names nobody', () => {
    const text = 'Head\nGeneral secretary Mick Lowry said members had been left with no choice.\n“For two years we have asked for a fair offer.\n“Our members deserve better.”\nThe rail operator said it was “disappointed”.';
    expect(speakers(text)).toEqual([
      ['For two years we have asked for a fair offer.', 'Mick Lowry'],
      ['Our members deserve better.', 'Mick Lowry'],
      ['disappointed', null],
    ]);
  });

  it('reported speech leads in only from the paragraph just before, and a quote in that sentence is its own', () => {
    const text = 'Head\nMick Lowry said members had no choice.\nThe talks ended at noon.\n“It is over.”\nAna Roe said the offer was “fair”.\n“We tried.”';
    // "It is over." follows a paragraph without a speech verb; "We tried." follows a sentence whose quote it continues.
    expect(speakers(text)).toEqual([
      ['It is over.', null],
      ['fair', 'Ana Roe'],
      ['We tried.', 'Ana Roe'],
    ]);
  });

  it('"said a WeWork spokesperson" is the organisation; "said a spokesperson" names nobody', () => {
    const text = 'Head\nAcme Ltd cut jobs.\nThe union was angry. “We are cooperating,” said an Acme Ltd spokesperson, adding that talks would go on.';
    expect(speakers(text)).toEqual([['We are cooperating,', 'Acme Ltd']]);
    expect(speakers('Head\nAcme Ltd cut jobs. Brine Co grew.\n“No comment,” said a spokesperson.')).toEqual([['No comment,', null]]);
  });

  it('after an opening phrase, a lower-case role before a name puts the name in subject position ("In Kharkiv, resident Olena Bondar …, she said")', () => {
    const text = 'Head\nUkraine’s foreign minister, Dmytro Kuleba, accused Moscow of bad faith.\nIn Kharkiv, resident Olena Bondar, 64, sheltered in a metro station. “We are tired,” she said.';
    expect(speakers(text)).toEqual([['We are tired,', 'Olena Bondar']]);
  });

  it('a relation before a name puts it in subject position ("His neighbour Tamsin Rowe, who runs the post office, thinks …; “…,” she says")', () => {
    const text = 'Head\nJory Penhale rows across the river. “It is mostly cold,” he says.\nPenhale, 58, has carried passengers for thirty years.\nHis neighbour Tamsin Rowe, who runs the post office, thinks the bridge is a mistake. “Once he is gone, he is gone,” she says.';
    expect(speakers(text)).toEqual([
      ['It is mostly cold,', 'Jory Penhale'],
      ['Once he is gone, he is gone,', 'Tamsin Rowe'],
    ]);
  });

  it('a headline’s "says port chief" is the one person with that role; "said one official" names nobody', () => {
    const text = 'Head\n‘We will not be bullied’, says port chief as strike looms\nClemence Adair, the port’s chief executive, spoke on Monday. Union official Bob Roe replied.\n“It is bad,” said one official.';
    expect(suggest(text).quotes.map((q) => [q.exact, q.speaker])).toEqual([
      ['We will not be bullied', 'Clemence Adair'],
      ['It is bad,', null],
    ]);
  });

  it('an unnamed spokesperson speaks for the one organisation that spoke just before, and for nobody when two did', () => {
    const text = 'Head\nNorthern Grid says engineers are working to restore supplies.\n“Our teams are out in very difficult conditions,” a spokeswoman said. “Stay away from fallen lines.”';
    expect(speakers(text)).toEqual([
      ['Our teams are out in very difficult conditions,', 'Northern Grid'],
      ['Stay away from fallen lines.', 'Northern Grid'],
    ]);
    const two = 'Head\nNorthern Grid says engineers are working. Railway North says trains are halted.\n“Our teams are out,” a spokeswoman said.';
    expect(speakers(two)).toEqual([['Our teams are out,', null]]);
  });

  it('"a government spokesperson said" speaks for the department that spoke just before ("The Department … said")', () => {
    const text = 'Head\nSabine Goodwin, who coordinates the Independent Food Aid Network, said volunteers were tired.\nThe Department for Work and Pensions said it was spending more. “We are committed to tackling poverty,” a government spokesperson said.';
    expect(speakers(text)).toEqual([['We are committed to tackling poverty,', 'Department for Work and Pensions']]);
  });

  it('"the teenager said", "the widow said" stand for the person last written about, like a pronoun', () => {
    const text = 'Head\nThe equaliser came from Tomi Adeyemi, 17, who came on late.\n“I just hit it,” the teenager said.';
    expect(speakers(text)).toEqual([['I just hit it,', 'Tomi Adeyemi']]);
    // A gendered stand-in passes over someone of the other gender.
    const widow = 'Head\nJune Tay lost her husband in the flood. Her lawyer, Tom Vane, spoke first.\n“Nobody warned us,” the widow said.';
    expect(speakers(widow)).toEqual([['Nobody warned us,', 'June Tay']]);
  });

  it('"the striker said", "the actress said": a sportsperson’s position or a performer’s trade stands for the person last written about', () => {
    const text = 'Head\nCastlebrook had led through Dion Akers, but Gary Minto was unhappy. “It’s harsh,” he said.\n\nAkers, 31, admitted his side had slipped. “We’ll look at ourselves first,” the striker said.';
    expect(speakers(text)).toEqual([
      ['It’s harsh,', 'Gary Minto'],
      ['We’ll look at ourselves first,', 'Dion Akers'],
    ]);
    const actress = 'Head\nMary Vane plays the mother; Tom Roe directed it. “I cried reading it,” the actress said.';
    expect(speakers(actress)).toEqual([['I cried reading it,', 'Mary Vane']]);
  });

  it('a paragraph set apart by "X said:" is X’s quote, as in a press release', () => {
    const text = 'Head\nEnvironment Secretary Rachel Morrow said:\n\nThe people of Ashmere have lived with flooding for too long.\n\nEnvironment Agency chair Sir Alan Pike said:\n\nAshmere flooded three times in the last decade.';
    expect(speakers(text)).toEqual([
      ['The people of Ashmere have lived with flooding for too long.', 'Rachel Morrow'],
      ['Ashmere flooded three times in the last decade.', 'Alan Pike'],
    ]);
    expect(suggest(text).actors.find((a) => a.name === 'Alan Pike')?.role).toBe('Environment Agency chair');
  });

  it('"the New York Democrat said" stands for the person last written about, and is no person of its own', () => {
    const text = 'Head\nIn the Senate, Majority Leader Ruth Ellison said she expected a vote. “We will get this done tonight,” the New York Democrat said.\nRep. Colt Brannigan, a Texas Republican, disagreed.';
    expect(speakers(text)).toEqual([['We will get this done tonight,', 'Ruth Ellison']]);
    expect(suggest(text).actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Ruth Ellison', 'Colt Brannigan']);
  });

  it('a legislator introduced by a seat ("Labour backbencher Diane Whitlock") is the subject a later "she" refers to', () => {
    const text = 'Head\nSpeaking to Sky News, Kemi Oduya added that growth had stalled.\nLabour backbencher Diane Whitlock, who chairs the Treasury committee, told the Financial Times the party should look again. “Most of my constituents would support it,” she told the paper.';
    expect(speakers(text)).toEqual([['Most of my constituents would support it,', 'Diane Whitlock']]);
  });

  it('an organisation opening a person’s title is not the speaker: "EU competition commissioner Teresa Ribera said that “…”"', () => {
    const text = 'Head\nMeta said it would appeal.\nEU competition commissioner Teresa Ribera declined to comment but said on Tuesday that “no company is above the law”.';
    expect(speakers(text)).toEqual([['no company is above the law', 'Teresa Ribera']]);
    const after = 'Head\nThe plant will close.\n“We are sorry,” Acme chief executive Ana Roe said.';
    expect(speakers(after)).toEqual([['We are sorry,', 'Ana Roe']]);
  });

  it('"said Rovers manager van Dijk": a surname with particles after a named role is the speaker, and a name, not a role', () => {
    const text = 'Head\nRovers manager Arne van Dijk was furious with the referee.\n“We were poor,” said Rovers manager van Dijk.\n“Never again,” van Dijk said later.';
    expect(speakers(text)).toEqual([
      ['We were poor,', 'Arne van Dijk'],
      ['Never again,', 'Arne van Dijk'],
    ]);
    // Named, the surname needs no role to explain it.
    expect(suggest(text).quotes[1]!.evidence).toEqual(['after the quote: “van Dijk said”']);
  });

  it('a pull quote in an interview is the words of the one who answers, or of the answer that holds them', () => {
    const qa = 'Head\nBen Carter: When did you start testing?\nAnika Roy: In 2016, after my dog got sick near the weir.\n“Rivers are not drains.”\nBen Carter: Are things improving?\nAnika Roy: Slowly. They have fixed two overflows.';
    expect(speakers(qa)).toEqual([
      ['When did you start testing?', 'Ben Carter'],
      ['In 2016, after my dog got sick near the weir.', 'Anika Roy'],
      ['Rivers are not drains.', 'Anika Roy'],
      ['Are things improving?', 'Ben Carter'],
      ['Slowly. They have fixed two overflows.', 'Anika Roy'],
    ]);
    // Two people answering: the pull quote goes to the one whose answer holds its words.
    const two = 'Head\nAna Roe: We will not sell the harbour to anyone.\nTom Vane: The council must decide soon.\n“We will not sell the harbour”';
    expect(speakers(two).at(-1)).toEqual(['We will not sell the harbour', 'Ana Roe']);
    // Outside an interview a lone quoted paragraph keeps no speaker.
    expect(speakers('Head\nThe council met on Monday.\n“Rivers are not drains.”')).toEqual([['Rivers are not drains.', null]]);
  });

  it('"Marsh: Restoring trust." is an answer, not an organisation "Restoring trust"', () => {
    const s = suggest('Head\nWhat is your first priority?\nMarsh: Restoring trust. People need to know the contract was handled properly.\nAuditor General Helena Marsh took over in September.');
    expect(s.actors.filter((a) => a.kind !== 'other').map((a) => a.name)).toEqual(['Helena Marsh']);
  });

  it('after an opening phrase, a relation appositive before a name makes it the subject a pronoun refers to', () => {
    const text = 'Head\nSentencing Kay Lorne, the judge called the attack cruel.\nIn a statement, Ms Tull’s mother, Ruth Tull, said the family was broken. “She was kind to everyone,” she said.';
    expect(speakers(text)).toEqual([['She was kind to everyone,', 'Ruth Tull']]);
  });

  it('"the Baltic states needed “…”" has no speech verb "states": the speaker is who said it before', () => {
    const text = 'Head\nLatvia’s prime minister, Ilze Berzina, said the Baltic states needed “a lasting answer, not a rota”.';
    expect(speakers(text)).toEqual([['a lasting answer, not a rota', 'Ilze Berzina']]);
  });

  it('"“…” That was the verdict of X" and "“…,” was how X described it" give the quote to X', () => {
    const text = 'Head\nVell Power was fined on Monday. In a statement, the company said: “We are sorry.”\n“This was a failure of basic systems.” That was the verdict of the regulator’s director of enforcement, Ada Quist, who led the inquiry.\n“It is a scandal,” was how Labour MP Tom Rees described it.';
    expect(speakers(text)).toEqual([
      ['We are sorry.', 'Vell Power'],
      ['This was a failure of basic systems.', 'Ada Quist'],
      ['It is a scandal,', 'Tom Rees'],
    ]);
    expect(suggest(text).actors.find((a) => a.name === 'Ada Quist')?.role).toBe('director of enforcement');
    // "was how" needs a verb of describing after the name.
    expect(speakers('Head\nTom Rees spoke first.\n“It is late,” was how Ana Bell arrived.')).not.toContainEqual(['It is late,', 'Ana Bell']);
  });

  it('"Mr and Mrs Pryce": "Mr" is Alan Pryce, and "he said" after it is him', () => {
    const text = 'Head\nMargaret and Alan Pryce ran the shop for forty years.\nMr and Mrs Pryce plan to travel. “Somewhere warm,” he said.';
    const s = suggest(text);
    expect(s.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Margaret Pryce', 'Alan Pryce']);
    expect(speakers(text)).toEqual([['Somewhere warm,', 'Alan Pryce']]);
  });

  it('a person whose name says no gender takes the one the pronouns after their first mention show', () => {
    const s = suggest('Head\nPat Tully, a retired teacher who visits her sister each week, calls the ferry a lifeline. She has started a petition.\nRobin Orme, 52, runs the café. His regulars agree.');
    expect(s.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.gender])).toEqual([
      ['Pat Tully', 'female'],
      ['Robin Orme', 'male'],
    ]);
    // Pronouns of both genders before anyone else is named, or only inside a quote, say nothing.
    const mixed = suggest('Head\nTarin Marr, 40, met the couple. He thanked her.\nQuill Venn, 38, laughed. “She is wonderful,” said a friend.');
    expect(mixed.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.gender])).toEqual([
      ['Tarin Marr', null],
      ['Quill Venn', null],
    ]);
  });

  it('"he says" after "The council’s head of transport, Mark Ellery, says …" is him, not a woman named before', () => {
    const text = 'Head\nSam Tully, who visits her sister each week, loves the ferry.\nThe council’s head of transport, Mark Ellery, says the bridge is cheaper. He insists the choice was hard. “We looked at every option,” he says.';
    expect(speakers(text)).toEqual([['We looked at every option,', 'Mark Ellery']]);
  });

  it('"On his last morning, Griffiths plans to row … “…,” he says": the name after an opening phrase is the subject', () => {
    const text = 'Head\nOwen Griffiths has rowed the estuary for years. Mark Ellery, from the council, disagrees with him.\nOn his last morning, Griffiths plans to row one final crossing. “Just me and the river,” he says.';
    expect(speakers(text)).toEqual([['Just me and the river,', 'Owen Griffiths']]);
  });

  it('an unnamed spokesperson speaks for the organisation with any attribution verb ("a spokeswoman told reporters", "explained a spokesman")', () => {
    const text = 'Head\nNorthern Grid says engineers are working.\n“Our teams are out,” a spokeswoman told reporters.\nMarsh Water Ltd says supplies are safe.\n“Boil nothing,” explained a spokesman.';
    expect(speakers(text)).toEqual([
      ['Our teams are out,', 'Northern Grid'],
      ['Boil nothing,', 'Marsh Water Ltd'],
    ]);
  });

  it('a quotation with nobody named is the speaker’s whose quoted words hold it (a headline), if it has four words or more', () => {
    const s = suggest('‘We cannot keep patching the same roads’: council leader on repairs\n‘Too late’ for the villages\nCouncillor Peter Ashdown spoke. "We cannot keep patching the same roads," he said. Gwen Probert said help came "too late for the villages".');
    expect(s.quotes.map((q) => [q.exact, q.speaker])).toEqual([
      ['We cannot keep patching the same roads', 'Peter Ashdown'],
      ['Too late', null],
      ['We cannot keep patching the same roads,', 'Peter Ashdown'],
      ['too late for the villages', 'Gwen Probert'],
    ]);
  });

  it('a place after "in" before the verb is where the subject is: "Russia’s embassy in Copenhagen called it …" is Russia, "The US Embassy in New Delhi reported …" nobody named', () => {
    expect(speakers('Head\nDenmark blamed Russia. Russia’s embassy in Copenhagen called the accusation "groundless".')).toEqual([['groundless', 'Russia']]);
    expect(speakers('Head\nThe US Embassy in New Delhi reported that the air was "hazardous."')).toEqual([['hazardous.', null]]);
  });

  it('"She begins by saying …" is said by her; "the chancellor" is not the "Shadow chancellor"; "MPs" is nobody', () => {
    const s = suggest('Head\nChancellor Rebecca Thorne told MPs the plan was fair. Shadow chancellor Mel Stride will respond.\nThorne is on her feet. She begins by saying the economy has "turned the corner". The chancellor then said growth was "the only way out".');
    expect(s.quotes.map((q) => [q.exact, q.speaker])).toEqual([
      ['turned the corner', 'Rebecca Thorne'],
      ['the only way out', 'Rebecca Thorne'],
    ]);
    expect(s.actors.map((a) => a.name)).not.toContain('MPs');
    expect(s.actors.find((a) => a.name === 'Mel Stride')?.mentions).toEqual(['Mel Stride']);
    // With no chancellor named, "the chancellor" is still not the shadow one.
    expect(speakers('Head\nShadow chancellor Mel Stride will respond. The chancellor said growth was "the only way out".')).toEqual([['the only way out', null]]);
  });

  it('a role phrase right after a name and a comma is that person’s: "“…,” Prince Faisal bin Farhan, the Saudi foreign minister, told reporters" is his, not the crown prince’s', () => {
    const s = suggest('Head\nSaudi Crown Prince Mohammed bin Salman hosted the talks.\n"Freedom of navigation is not negotiable," Prince Faisal bin Farhan, the Saudi foreign minister, told reporters.');
    expect(s.quotes.map((q) => [q.exact, q.speaker])).toEqual([['Freedom of navigation is not negotiable,', 'Faisal bin Farhan']]);
    // A courtesy title gives way to the office the appositive names.
    expect(s.actors.map((a) => [a.name, a.role])).toEqual([
      ['Mohammed bin Salman', 'Saudi Crown Prince'],
      ['Faisal bin Farhan', 'Saudi foreign minister'],
    ]);
  });

  it('a clause before an appositive is no role: "The Emirates was represented by its vice-president, Sheikh Mansour Al Nahyan" gives "vice-president"', () => {
    const s = suggest('Head\nThe United Arab Emirates was represented by its vice-president, Sheikh Mansour bin Zayed Al Nahyan.');
    expect(s.actors.find((a) => a.kind === 'person')?.role).toBe('vice-president');
  });

  it('a pronoun and a speech verb closing the quote’s sentence after a comma speak ("“…” shared by both countries, he warned."), not a pronoun inside it', () => {
    expect(speakers('Head\nTim Morrison spoke to the committee. "Every day here is a day when we are not focused on the interests" shared by both countries, he warned.')).toEqual([
      ['Every day here is a day when we are not focused on the interests', 'Tim Morrison'],
    ]);
    expect(speakers('Head\nTim Morrison spoke to the committee. "A day lost" is how he warned the others would see it.')).toEqual([['A day lost', null]]);
  });

  it('a place that ends a clause about the speaker ("Morag Flett, 67, who missed a hospital appointment in Aberdeen, said:") is a place, not the speaker', () => {
    const s = suggest('Head\nPassenger Morag Flett, 67, who missed a hospital appointment in Kelmarsh, said: "Nobody told us anything until we got to the pier."');
    expect(s.quotes.map((q) => [q.exact, q.speaker])).toEqual([['Nobody told us anything until we got to the pier.', 'Morag Flett']]);
    expect(s.actors.map((a) => [a.kind, a.name])).toEqual([
      ['person', 'Morag Flett'],
      ['place', 'Kelmarsh'],
    ]);
  });
});

describe('a plural pronoun after people who work somewhere', () => {
  it('"Analysts at Goldman Sachs said … “…,” they wrote." is Goldman Sachs’s, not the organisation named as a subject before', () => {
    const s = suggest('Head\nThe Organization of Fuel Exporters said in a statement that it would raise output. Analysts at Goldman Sachs said in a note that they expected prices to fall. "We see downside risks," they wrote.');
    expect(s.quotes.map((q) => [q.exact, q.speaker])).toEqual([['We see downside risks,', 'Goldman Sachs']]);
  });
});

describe('a person, their organisation and an office’s voice', () => {
  it('"Prof. Tomasz Wilk of the British Antarctic Survey, who was not involved, called the maps “…”" is Wilk’s', () => {
    expect(speakers('Head\nProf. Tomasz Wilk of the British Antarctic Survey, who was not involved in the research, called the maps "a remarkable piece of detective work".')).toEqual([['a remarkable piece of detective work', 'Tomasz Wilk']]);
  });

  it('"The prime minister\'s official spokesperson said:" is the office of the prime minister, or the one person with that role', () => {
    expect(speakers('Head\nDowning Street insisted the vote would go ahead. The prime minister\'s official spokesperson said: "The system is broken and it needs reform."')).toEqual([['The system is broken and it needs reform.', 'Downing Street']]);
    expect(speakers('Head\nPrime Minister Ana Roe met the unions. The prime minister\'s spokesman said: "We are listening."')).toEqual([['We are listening.', 'Ana Roe']]);
    // Nobody holds the office: nobody named.
    expect(speakers('Head\nThe vote was close. The governor\'s spokesman said: "We are listening."')).toEqual([['We are listening.', null]]);
  });
});

describe('a sentence that leads into a quotation', () => {
  it('"Elon Musk weighed in on X, posting: “…”" finds the name compromise does not know, and the quote is his', () => {
    const s = suggest('Head\nNimbus shares rose.\n\nElon Musk weighed in on X, posting: "Correct. Coding is mostly done."');
    expect(s.actors.map((a) => [a.kind, a.name])).toEqual([['person', 'Elon Musk']]);
    expect(s.quotes.map((q) => [q.exact, q.speaker])).toEqual([['Correct. Coding is mostly done.', 'Elon Musk']]);
  });

  it('a sentence with no verb of speech before its colon names nobody ("Kelby Marsh flooded again overnight: “…”")', () => {
    expect(suggest('Head\nThe vote was close.\n\nKelby Marsh flooded again overnight: "It is the third time," one resident said.').actors.filter((a) => a.kind === 'person')).toEqual([]);
  });
});

describe('a reporter named after her organisation', () => {
  it('"Al Jazeera\'s Hiba Morgan, reporting from Port Sudan, said … “…,” she said." is Morgan\'s, not the woman quoted before', () => {
    expect(speakers('Head\nKholood Khair told Al Jazeera that talks had collapsed. "Nothing has changed," she said.\n\nAl Jazeera\'s Hiba Morgan, reporting from Port Sudan, said residents described shelling. "People are sheltering in schools," she said.')).toEqual([
      ['Nothing has changed,', 'Kholood Khair'],
      ['People are sheltering in schools,', 'Hiba Morgan'],
    ]);
  });
});

describe('a quote after a sentence about its speaker', () => {
  it('"Kompany shrugged. “What\'s the point?”" is Kompany\'s, when the sentence before names one person as its subject', () => {
    expect(speakers('Head\nBurnley lost again.\n\nAsked whether he would appeal, Vincent Kompany shrugged. "What\'s the point? Nothing ever changes."')).toEqual([["What's the point? Nothing ever changes.", 'Vincent Kompany']]);
    // A past tense without "-ed" after an opening clause ("Pressed on …, Ferreira shook his head").
    expect(speakers('Head\nTomás Ferreira, the manager, spoke on Friday.\nPressed on whether the Dane had asked to leave, Ferreira shook his head. "No. Next question, please."')).toEqual([['No. Next question, please.', 'Tomás Ferreira']]);
    // Two people in the sentence before: nobody can tell.
    expect(speakers('Head\nBurnley lost again.\n\nVincent Kompany shook hands with David Moyes. "What\'s the point? Nothing ever changes."')).toEqual([["What's the point? Nothing ever changes.", null]]);
    // A person who is not the subject: nobody either.
    expect(speakers('Head\nBurnley lost again.\n\nThe club fined Vincent Kompany on Monday. "What\'s the point? Nothing ever changes."')).toEqual([["What's the point? Nothing ever changes.", null]]);
  });
});

describe('a time before the verb, and someone unnamed before a pronoun', () => {
  it('"China on Monday accused the Philippines of “…”" is China\'s', () => {
    expect(speakers('Head\nChina on Monday accused the Philippines of "deliberately provoking" a clash.')).toEqual([['deliberately provoking', 'China']]);
  });

  it('"a student … told me she …. “…,” she said." is the unnamed student\'s, not the woman named in the paragraph before', () => {
    expect(speakers('Head\nAs Hannah Arendt wrote, "Most evil is done by people who never make up their minds."\n\nLast month, a student at my university told me she no longer spoke in seminars. "If I say the wrong thing, it follows me for ever," she said.')).toEqual([
      ['Most evil is done by people who never make up their minds.', 'Hannah Arendt'],
      ['If I say the wrong thing, it follows me for ever,', null],
    ]);
    // An appositive after a name is that person: "Ann Roe, a teacher, …" still gives "she" to Ann Roe.
    expect(speakers('Head\nAnn Roe, a teacher at the school, spoke first. "We were not told," she said.')).toEqual([['We were not told,', 'Ann Roe']]);
  });

  it('someone unnamed the quote itself speaks of ("“If we say no, an inspector will say yes,” she said") does not take the pronoun from the person named before', () => {
    expect(speakers('Head\nCllr Anjali Mehta said she understood the anger. "If we say no tonight, an inspector will say yes next summer," she said.')).toEqual([
      ['If we say no tonight, an inspector will say yes next summer,', 'Anjali Mehta'],
    ]);
  });
});

describe('someone unnamed who works at an organisation', () => {
  it('"A nurse at Kelby General Hospital said …", "A former manager at Calder Mutual told …" speak for themselves, not for it; its voices still do', () => {
    expect(speakers('Head\nA nurse at Kelby General Hospital said conditions were "dire". A former manager at Calder Mutual told a jury she was "under orders".')).toEqual([
      ['dire', null],
      ['under orders', null],
    ]);
    expect(speakers('Head\nAn official at the Kelby Ministry said the report was "wrong". A spokesman at Calder Mutual said it was "co-operating".')).toEqual([
      ['wrong', 'Kelby Ministry'],
      ['co-operating', 'Calder Mutual'],
    ]);
  });

  it('"A meeting of the Politburo, chaired by President Xi Jinping, said …" is the Politburo\'s: a body is no one who works there, and a name after "by" in the appositive acts on the subject', () => {
    expect(speakers('Head\nA meeting of the Politburo, chaired by President Xi Jinping, said the country would adopt a "more proactive" fiscal policy.')).toEqual([['more proactive', 'Politburo']]);
    // (The appositive without "by" is the subject's: "Its chairman, Tom Roe, said".)
    expect(speakers('Head\nThe Kelby Council, led by Mayor Ann Roe, said the plan was "urgent". The council\'s leader, Tom Hale, said it was "late".')).toEqual([
      ['urgent', 'Kelby Council'],
      ['late', 'Tom Hale'],
    ]);
  });

  it('a quote someone unnamed speaks ("One resident told reporters it was “awful”") does not continue the one before it in the paragraph', () => {
    expect(speakers('Head\nAnn Roe said it was "fine". One resident told reporters it was "awful".')).toEqual([
      ['fine', 'Ann Roe'],
      ['awful', null],
    ]);
  });
});

describe('a stand-in as the subject before a pronoun', () => {
  it('"The Spaniard praised Saka, who …. “…,” he said" is the Spaniard\'s (the subject), not Saka\'s (the object named after it)', () => {
    const text = 'Head\nMikel Arteta said his side would not get carried away.\n\nThe Spaniard praised Bukayo Saka, who has scored in five games. "He is a different player this season," he said.';
    expect(speakers(text)).toEqual([['He is a different player this season,', 'Mikel Arteta']]);
    // A stand-in of the other gender leaves the pronoun to the name after it.
    const other = 'Head\nAmélie Mauresmo said the draw was kind.\n\nThe Frenchwoman praised Jannik Sinner, who won in straight sets. "I played well today," he said.';
    expect(speakers(other)).toEqual([['I played well today,', 'Jannik Sinner']]);
  });
});

describe('a person of a party with a describing word', () => {
  it('"Jörgen Warborn of the centre-right European People\'s Party, called it “…”" is Warborn\'s', () => {
    expect(speakers('Head\nThe Parliament\'s lead negotiator, Jörgen Warborn of the centre-right European People\'s Party, called it "a victory for common sense".')).toEqual([['a victory for common sense', 'Jörgen Warborn']]);
  });
});

describe('a relative clause after the name', () => {
  it('"confirmed by her daughter, Anna Roe, who said her mother had been “…”" is the daughter\'s', () => {
    expect(speakers('Head\nHer death was confirmed by her daughter, Anna Lindqvist, who said her mother had been "writing until the last week".')).toEqual([['writing until the last week', 'Anna Lindqvist']]);
  });
});

describe('"note" as a noun', () => {
  it('"the two-year Treasury note fell" names nobody; "Analysts at Barclays note that …" and "Ann Roe notes, however, …" still speak', () => {
    const people = (text: string) => suggest(text).actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people('Head\nThe yield on the two-year Treasury note fell 6 basis points.')).toEqual([]);
    expect(speakers('Head\nKathy Lindgren notes, however, that the bank "is buying time".')).toEqual([['is buying time', 'Kathy Lindgren']]);
  });
});

describe('plural possessives and unnamed voices after an opening phrase', () => {
  it('"Junts\' spokeswoman in Congress, Míriam Nogueras, said … “…,” she said" is Nogueras\'s, not the woman named before her', () => {
    expect(speakers('Head\nDeputy Prime Minister Yolanda Díaz called the deal "a victory".\n\nJunts\' spokeswoman in Congress, Míriam Nogueras, said her party had won money. "We voted for Catalonia," she said.')).toEqual([
      ['a victory', 'Yolanda Díaz'],
      ['We voted for Catalonia,', 'Míriam Nogueras'],
    ]);
  });

  it('"Asked about the competition, an OpenAI spokesperson said the company “…”" is OpenAI\'s', () => {
    expect(speakers('Head\nOpenAI has cut prices. Asked about the competition, an OpenAI spokesperson said the company "welcomes a vibrant ecosystem".')).toEqual([['welcomes a vibrant ecosystem', 'OpenAI']]);
  });
});

describe('roles of schools and motor racing teams', () => {
  it('"McLaren team principal Andrea Stella defended the strategy. “…,” he said" is Stella\'s, not the driver named before', () => {
    expect(speakers('Head\nLando Norris, who leads the standings, finished second.\n\nMcLaren team principal Andrea Stella defended the strategy. "We made the right call," he said.')).toEqual([['We made the right call,', 'Andrea Stella']]);
  });
});

describe('"the force" for a police force', () => {
  it('"In a statement, the force said: “…”" is the police force named before; "the force of the blast" refers to nobody', () => {
    const s = suggest('Head\nNorthumbria Police arrived. The force of the blast was huge.\n\nDet Supt Karen Hales said officers would "learn every lesson". In a statement, the force said: "We accept the judge\'s comments in full."');
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Karen Hales', 'Northumbria Police']);
    expect(s.actors.find((a) => a.name === 'Northumbria Police')!.mentions).toEqual(['Northumbria Police', 'the force']);
  });
});

describe('a place closing an appositive before the verb', () => {
  it('"Gareth Bevan, head of Ysgol y Cwm in Merthyr Tydfil, wrote on Facebook: “…”" is his; "in Washington, D.C., said" is the scientist\'s', () => {
    const s = suggest('Head\nGareth Bevan, head of Ysgol y Cwm in Merthyr Tydfil, wrote on Facebook:\n\n"Some of my pupils arrive having eaten nothing."\n\n"Water is hard to find," lead author Lucas Paganini, a scientist at American University in Washington, D.C., said in a statement.');
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Gareth Bevan', 'Lucas Paganini']);
    expect(s.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Gareth Bevan', 'Lucas Paganini']);
    expect(s.actors.find((a) => a.name === 'Ysgol y Cwm')?.kind).toBe('organisation');
  });

  it('"the education minister" is not the "head of Ysgol y Cwm" (a synonym of the noun, and a word of another office)', () => {
    const s = suggest('Head\nThe education minister has defended the cut. Gareth Bevan, head of Ysgol y Cwm, disagreed.');
    expect(s.actors.find((a) => a.name === 'Gareth Bevan')!.mentions).toEqual(['Gareth Bevan']);
  });
});

describe('owned roles and the pronoun\'s own paragraph', () => {
  it('"The hospital\'s matron, Elaine Cartwright, says … “…,” she says" is hers; "For Maria, the worst part is winter. “…,” she says" is Maria\'s', () => {
    const text = 'Head\nMaria Okonkwo drives 90 miles to work. "People ask why," Maria says.\n\nThe hospital\'s matron, Elaine Cartwright, says recruitment is hard. "We advertise, we get nobody," she says.\n\nFor Maria, the worst part is winter. "You learn to pray," she says.';
    expect(speakers(text)).toEqual([
      ['People ask why,', 'Maria Okonkwo'],
      ['We advertise, we get nobody,', 'Elaine Cartwright'],
      ['You learn to pray,', 'Maria Okonkwo'],
    ]);
  });
});

describe('a quote after a sentence that opens with a pronoun', () => {
  it('"She points to Pontevedra, which banned cars. “Their shops did not close.”" is hers; with no one named before, nobody\'s', () => {
    const text = 'Head\nMayor Rosa Lindqvist spoke to us.\n\nLindqvist is unmoved. "We are running out of time," she says.\n\nShe points to Pontevedra in Spain, which banned cars in the 1990s. "Their shops did not close. Their population grew."';
    expect(speakers(text)).toEqual([
      ['We are running out of time,', 'Rosa Lindqvist'],
      ['Their shops did not close. Their population grew.', 'Rosa Lindqvist'],
    ]);
    expect(speakers('Head\nShe points to Pontevedra in Spain. "Their shops did not close. Their population grew."')).toEqual([['Their shops did not close. Their population grew.', null]]);
  });
});

describe('a headline quote and a colon', () => {
  it('"‘We\'ll come back stronger’: Stokes defiant after defeat" is his, and "‘…’: port chief Ann Roe hits back" hers; "‘A disaster’: what the report says" nobody\'s', () => {
    expect(speakers("'We'll come back stronger': Stokes defiant after series defeat\nBen Stokes insisted England would improve.")).toEqual([["We'll come back stronger", 'Ben Stokes']]);
    expect(speakers("'We will not be bullied': port chief Ann Roe hits back\nAnn Roe spoke on Monday.")).toEqual([['We will not be bullied', 'Ann Roe']]);
    expect(speakers("'A disaster': what the report says about Kelby\nThe report was published on Monday.")).toEqual([['A disaster', null]]);
  });
});

describe('an unnamed spokesperson who leads into the quote', () => {
  it('"The Scottish government says …. A spokesperson said: “…”" is the government\'s; with two organisations as subjects, nobody\'s', () => {
    expect(speakers('Head\nThe Scottish government says it has invested £700m in ferries. A spokesperson said: "We are committed to delivering the vessels."')).toEqual([['We are committed to delivering the vessels.', 'Scottish government']]);
    expect(speakers('Head\nThe Scottish government says it has invested £700m. Kelby Council says it has not. A spokesperson said: "We are committed."')).toEqual([['We are committed.', null]]);
  });
});

describe('a headline verb in the present tense', () => {
  it('"Kelby win as Doyle hails ‘spirit’" is Doyle\'s word; "Minister slams ‘reckless’ plan" the minister\'s', () => {
    expect(speakers("Kelby Rovers win late as Doyle hails 'spirit'\nKelby Rovers beat Ardmore 2-1. Manager Niamh Doyle was delighted.")).toEqual([['spirit', 'Niamh Doyle']]);
    expect(speakers("Ruth Amsel slams 'reckless' port plan\nRuth Amsel, the transport minister, spoke on Monday.")).toEqual([['reckless', 'Ruth Amsel']]);
  });
});

describe('a live page: an office before a colon, a pronoun after an opening clause', () => {
  it('"First Minister: ‘Stay at home’" is the one person who is First Minister; "the First Minister" alone is nobody', () => {
    expect(speakers("Head\n\n14:10\nFirst Minister: 'Stay at home if you can'\n\nWales' First Minister Eluned Price has urged people not to travel.")).toEqual([['Stay at home if you can', 'Eluned Price']]);
    expect(suggest('Head\n\nEluned Price, the First Minister, spoke. The Foreign Secretary said no.').actors.map((a) => a.name)).toEqual(['Eluned Price']);
  });

  it('"Asked if he will go again, he laughs. “Of course.”" is his, the man the paragraph is about', () => {
    const text = 'Head\n\nTomás Ferreira has fought fires for 19 years.\n\nFerreira still has a scar. Asked if he will go out again next summer, he laughs. "Of course. Who else is going to do it?"';
    expect(speakers(text)).toEqual([['Of course. Who else is going to do it?', 'Tomás Ferreira']]);
  });
});

describe('a relative named by a given name alone', () => {
  it('"His daughter, Carys, runs the café. She says … “…,” she says" is hers; "his daughter" with no name after it names nobody', () => {
    const text = 'Head\n\nDennis Pugh has run the ferry for 40 years.\n\nHis daughter, Carys, runs the café at the top of the slipway. She says no one came forward. "It\'s a hard life," she says.';
    expect(speakers(text)).toEqual([["It's a hard life,", 'Carys']]);
    expect(suggest(text).actors.map((a) => [a.name, a.role])).toEqual([
      ['Dennis Pugh', null],
      ['Carys', 'daughter'],
    ]);
    expect(suggest('Head\n\nDennis Pugh has run the ferry. His daughter, who runs the café, agreed.').actors.map((a) => a.name)).toEqual(['Dennis Pugh']);
  });

  it('"She never stopped, her daughter Ruth said: “…”" is Ruth\'s, and "daughter" is her role', () => {
    const text = 'Head\n\nMargery Ellwood has died aged 91.\n\nShe never stopped working, her daughter Ruth said: "Even last year she wrote to MPs."';
    expect(speakers(text)).toEqual([['Even last year she wrote to MPs.', 'Ruth']]);
    expect(suggest(text).actors.map((a) => [a.name, a.role])).toEqual([
      ['Margery Ellwood', null],
      ['Ruth', 'daughter'],
    ]);
  });
});

describe('a relative\'s word says whether "he" or "she" is meant', () => {
  it('"Her grandson, Callum, 19, ran the last mile. \'…,\' he said" is his; "A grandmother from Dundee" names the town', () => {
    const text = "Head\n\nA grandmother from Dundee has run her 100th marathon. Margaret Findlay finished in Edinburgh.\n\nHer grandson, Callum, 19, ran the last mile with her. 'She trains harder than I do,' he said.";
    expect(speakers(text)).toEqual([['She trains harder than I do,', 'Callum']]);
    expect(suggest(text).actors.filter((a) => a.kind === 'place').map((a) => a.name)).toEqual(['Dundee', 'Edinburgh']);
  });
});

describe('a live page\'s post headings, and a possessive after a quote', () => {
  it('a quote that is its whole line, with no stop, heads the post after it: the words of whoever says them there, not the speaker of the post before', () => {
    const text = "Storm live\n\nFerries suspended\n\nIsleMac has cancelled all sailings. The operator said it would review the timetable on Tuesday.\n\n'The roof just went'\n\nSheila Renton, 71, from Saltcoats, lost part of her roof overnight.\n\n\"I heard a bang at four and the roof just went,\" she said.";
    expect(speakers(text)).toEqual([
      ['The roof just went', 'Sheila Renton'],
      ['I heard a bang at four and the roof just went,', 'Sheila Renton'],
    ]);
    // A subheading that quotes words nobody in the story says is nobody's.
    expect(speakers('Head\n\n"We will win," Tom Reed said.\n\n"A claim the ministry made"\n\nOthers disagreed.')).toEqual([
      ['We will win,', 'Tom Reed'],
      ['A claim the ministry made', null],
    ]);
  });

  it('"“…,” its chief executive, David Henderson, said" gives him the role at the organisation the sentence before opens with', () => {
    const text = 'Head\n\nWater UK, which represents the industry, said firms would help. "No one should choose between heating and water," its chief executive, David Hendry, said.';
    expect(suggest(text).actors.map((a) => [a.name, a.role])).toEqual([
      ['Water UK', null],
      ['David Hendry', 'chief executive of Water UK'],
    ]);
  });
});

describe('a person\'s possessive, and roles of a research charity', () => {
  it('"Mashinsky\'s lawyers argued …, saying he had been “…”" is not his; "Mashinsky\'s lawyer, Marc Mukasey, said" is the lawyer\'s', () => {
    const text = 'Head\n\nAlex Mashford, 59, pleaded guilty.\n\nMashford\'s lawyers argued for a lighter sentence, saying he had been "consumed by shame".\n\n"He regrets it," Mashford\'s lawyer said.';
    expect(speakers(text)).toEqual([
      ['consumed by shame', null],
      ['He regrets it,', null],
    ]);
    expect(speakers('Head\n\nAlex Mashford pleaded guilty.\n\nMashford\'s lawyer, Marc Mukhin, said he was "deeply sorry".')).toEqual([['deeply sorry', 'Marc Mukhin']]);
    // An organisation's possessive is its voice.
    expect(speakers('Head\n\nOrvane Energy cut jobs. "We had no choice," Orvane Energy\'s spokesman said.')).toEqual([['We had no choice,', 'Orvane Energy']]);
  });

  it('"Its head of research, Dr Susan Kohlhaas," holds the role at the organisation the sentence before opens with', () => {
    const text = "Head\n\nAlzheimer's Research UK said the findings added to evidence. Its head of research, Dr Susan Kohl, said: \"It's never too late to start.\"";
    expect(suggest(text).actors.map((a) => [a.name, a.role])).toEqual([
      ["Alzheimer's Research UK", null],
      ['Susan Kohl', "head of research at Alzheimer's Research UK"],
    ]);
  });
});

describe('a transcript, a manner of speaking, and a person of a group', () => {
  it('in a transcript, a name in capitals and a colon is who speaks ("BRYAN BEDFORD: …", "BEDFORD: …"), not a dateline, and a name written in capitals is proposed in title case', () => {
    const text = 'Transcript: hearing on air safety\n\nSEN. MARIA CANTRELL: Mr. Whitby, how many controllers is the agency short today?\n\nBRYAN BELFORD: About 3,000, senator. We are hiring fast.\n\nCANTRELL: That is not fast enough for families.\n\nBELFORD: I agree with that entirely.';
    expect(speakers(text)).toEqual([
      ['Mr. Whitby, how many controllers is the agency short today?', 'Maria Cantrell'],
      ['About 3,000, senator. We are hiring fast.', 'Bryan Belford'],
      ['That is not fast enough for families.', 'Maria Cantrell'],
      ['I agree with that entirely.', 'Bryan Belford'],
    ]);
    expect(suggest(text).actors.filter((a) => a.kind === 'place')).toEqual([]);
    // One such line is still a dateline ("NEW HARLOW: The council …").
    expect(suggest('Head\n\nKELBY: The council approved the plan on Monday.').actors.map((a) => [a.kind, a.name])).toEqual([['place', 'Kelby']]);
  });

  it('"Skipper Andrew Buchan, 58, …, was blunt." leads in the quote paragraph after it, and the quote running on over paragraphs', () => {
    const text = 'Head\n\nSkipper Andrew Buckie, 58, whose family has fished from the port for four generations, was blunt.\n\n"I have never known it this bad. We tie up for weeks at a time.\n\n"My son wanted to come on the boat. I told him no."\n\nTom Reed died in May.\n\n"He was loved by everyone."';
    expect(speakers(text)).toEqual([
      ['I have never known it this bad. We tie up for weeks at a time.', 'Andrew Buckie'],
      ['My son wanted to come on the boat. I told him no.', 'Andrew Buckie'],
      ['He was loved by everyone.', null],
    ]);
  });

  it('"Ben Twomey of Generation Rent told me it was “…”" is his, and Generation Rent an organisation; "of North Yorkshire", "of Little Hadham" are places', () => {
    const text = 'Head\n\nBen Twomay of Generation Lets told me last week it was "the biggest change for tenants in a generation". Tom Reed of North Yorkshire agreed. Ann Lee of Little Hadham said no.';
    expect(speakers(text)).toEqual([['the biggest change for tenants in a generation', 'Ben Twomay']]);
    expect(suggest(text).actors.map((a) => [a.kind, a.name])).toEqual([
      ['person', 'Ben Twomay'],
      ['organisation', 'Generation Lets'],
      ['person', 'Tom Reed'],
      ['place', 'North Yorkshire'],
      ['person', 'Ann Lee'],
      ['place', 'Little Hadham'],
    ]);
  });
});

describe('a kind of organisation before its name', () => {
  it('"The firm, Harlow Robotics, … switched. Its founder, Imran Qadir," holds the role at the firm; a person after "The man," is no organisation\'s', () => {
    const text = 'Head\n\nThe firm, Harlow Robotics, a 90-person engineering business in Swindon, switched last spring. Its founder, Imran Qadri, said the idea came from his staff.';
    expect(suggest(text).actors.find((a) => a.name === 'Imran Qadri')?.role).toBe('founder of Harlow Robotics');
    const person = 'Head\n\nThe man, Tom Reed, sold the house in May. Its owner, Ann Lee, agreed.';
    expect(suggest(person).actors.find((a) => a.name === 'Ann Lee')?.role).toBe('owner');
  });
});

describe('"it" for an organisation that speaks', () => {
  it('"It said sales would stay “effectively zero”", "…,” it added": the organisation named before; "it" is never a person', () => {
    const s = suggest('Head\nHarlow Robotics reported revenue of $5bn on Wednesday. Its shares fell after it said sales to China would remain "effectively zero". "It is a hard market," it added.\n\nAnn Roe, the founder, was not asked. "We will see," it said.');
    expect(s.quotes.map((q) => [q.exact, q.speaker])).toEqual([
      ['effectively zero', 'Harlow Robotics'],
      ['It is a hard market,', 'Harlow Robotics'],
      ['We will see,', 'Harlow Robotics'],
    ]);
  });

  it('no organisation named before: "it said" has no speaker', () => {
    expect(suggest('Head\nAnn Roe spoke first. "We will see," it said.').quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('a subject named after a describing phrase', () => {
  it('"The company that runs the awards, Kelby Productions, denies …" opens the topic: "they said" after it is the company, not one named before', () => {
    const text = 'Head\nThe singer said Northwind Records had blocked her special on Streamly.\n\nThe company that runs the awards, Kelby Productions, denies that anything is settled.\n\n"We have no further comment," they said.';
    expect(suggest(text).quotes.map((q) => q.speaker)).toEqual(['Kelby Productions']);
  });
});

describe('a surname shaped as a word for people from a place', () => {
  it('"Margit Hollander … “…,” Hollander said": the surname ("Holland" + "er") is hers, not a word for the Dutch', () => {
    const s = suggest('Head\nA spokeswoman, Margit Hollander, said the EU had not been notified.\n"We will assess it," Hollander said.');
    expect(s.actors.find((a) => a.name === 'Margit Hollander')?.mentions).toEqual(['Margit Hollander', 'Hollander']);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Margit Hollander']);
  });
});

describe('a name inside the role of the person before', () => {
  it('"Harriet Mallory, the Conservative MP for Wexcombe and Dunmere, said …": Dunmere is part of her role, and the quote is hers', () => {
    const s = suggest('Head\nHarriet Mallory, the Conservative MP for Wexcombe and Dunmere, said the bill had been "drafted by people who have never run a business".');
    expect(s.actors.map((a) => [a.name, a.role])).toEqual([['Harriet Mallory', 'Conservative MP for Wexcombe and Dunmere']]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Harriet Mallory']);
  });
});

describe('a trade or part in the story standing for the person just written about', () => {
  it('"the retired teacher said", "the organiser said", "the Harrowgate skipper said": the person the text was about', () => {
    const s = suggest('Head\nIts founder, Margaret Tilley, 71, has lived on Orchard Lane for four decades.\n"They have sold us down the river," the retired teacher said.\nMs Rosa Delgado-Whitfield said the alliance had received 200 messages. “People are scared,” the organiser said.\nJoel Mbeki-Barnes insisted the squad was united. “We are all together,” the Harrowgate skipper said.');
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Margaret Tilley', 'Rosa Delgado-Whitfield', 'Joel Mbeki-Barnes']);
  });

  it('"One engineer …, said …. “…,” the engineer said": someone unnamed brought in just before, not the last person named', () => {
    const s = suggest('Head\n“We will support every colleague,” Ana Roe, a spokeswoman, said.\nOne engineer in the group, who asked not to be named, said staff learned of the cuts from their calendars.\n“By ten o’clock half my team had lost access,” the engineer said.');
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Ana Roe', null]);
  });
});

describe('an agent in an aside before the verb', () => {
  it('"An early draft, seen by Reuters, called for creditors to “…”": the agency saw the draft and said nothing', () => {
    const s = suggest('Head\nOfficials said the statement had been watered down. An early draft, seen by Reuters, called for creditors to "act urgently"; the final version asked them only to "continue constructive engagement".');
    expect(s.quotes.map((q) => q.speaker)).toEqual([null, null]);
  });
});

describe('the main clause\'s subject after an opening clause', () => {
  it('"Asked whether it could be extended to the United Arab Emirates, Sheikh Khalid smiled and said only: “…”" is his', () => {
    const s = suggest('Head\nQatar’s minister, Sheikh Khalid bin Hamad al-Mansoori, signed the deal.\nOfficials said studies would begin. Asked whether it could be extended to the United Arab Emirates, Sheikh Khalid smiled and said only: "One pipeline at a time."');
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Khalid bin Hamad al-Mansoori']);
  });
});

describe('a stand-in\'s own gesture', () => {
  it('"“…,” the 29-year-old says, wiping her face": the woman, not the man named last', () => {
    const s = suggest('Head\nOn a grey morning, Beatrice Chepngetich is laughing. Her coach, the veteran Italian Dr Renato Bellucci, has just told her that her split was "too fast for December".\n"He says this every time," the 29-year-old says, wiping her face with a towel.');
    expect(s.quotes.map((q) => [q.exact, q.speaker])).toEqual([
      ['too fast for December', 'Renato Bellucci'],
      ['He says this every time,', 'Beatrice Chepngetich'],
    ]);
  });
});

describe('a role described otherwise than its one holder\'s', () => {
  it('"“…,” the Welsh MP said" after a sentence about another man is his, not the one Conservative MP\'s', () => {
    const s = suggest('Head\nHarriet Mallory, the Conservative MP for Wexcombe, said the bill was bad.\nHousing minister Gareth Pryce-Jones rose to deny the claim. "There is no such assessment," the Welsh MP said.');
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Gareth Pryce-Jones']);
    // Words the holder's role has: still the holder.
    const t = suggest('Head\nHarriet Mallory, the Conservative MP for Wexcombe, said the bill was bad.\nHousing minister Gareth Pryce-Jones rose to deny the claim. "It is wrong," the Conservative MP said.');
    expect(t.quotes.map((q) => q.speaker)).toEqual(['Harriet Mallory']);
  });
});

describe('relative clauses', () => {
  it('a speech verb further on in a "who" clause is the antecedent\'s ("her neighbour, Angus MacLeod, who had read her novel and told her it needed “…”")', () => {
    const text = 'Head\nInes Barros-Whitlock writes novels. She pointed to a boat and said that the man steering it was her neighbour, Angus MacLeod, who had read her novel and told her it needed "more fish."\n\n"He is not wrong," she said.';
    expect(speakers(text)).toEqual([
      ['more fish.', 'Angus MacLeod'],
      // "her" in his clause is hers: it says nothing of his gender, so "she said" is still hers.
      ['He is not wrong,', 'Ines Barros-Whitlock'],
    ]);
  });

  it('"Justice Ellison quoted James Otis, the Boston lawyer who argued … and who called them “…”" is Otis\'s', () => {
    const text = 'Head\nJustice Margaret Ellison wrote for the majority. Justice Ellison quoted James Otis, the Boston lawyer who argued against the writs in 1761 and who called them "the worst instrument of arbitrary power."';
    expect(speakers(text)).toEqual([['the worst instrument of arbitrary power.', 'James Otis']]);
  });

  it('a name inside a "which" clause between commas is not the subject ("The ACLU, which filed a brief supporting Harmon, called the ruling “…”")', () => {
    const text = 'Head\nCalvin Harmon was convicted in 2021. The American Civil Liberties Union, which filed a brief supporting Harmon, called the ruling "a landmark."';
    expect(speakers(text)).toEqual([['a landmark.', 'American Civil Liberties Union']]);
  });
});

describe('names, labels and titles in quotation marks', () => {
  it('are nobody\'s words, and no continuation of the quote before: so-called, sometimes called, known as, rated, "to “buy” from “hold”", a podcast\'s title', () => {
    const text = [
      'Head',
      'Emma Ross said the data was "clear". The firm makes so-called "forever chemicals" at its plant.',
      'Ross noted that Thwaites Glacier, sometimes called the "Doomsday Glacier," faced similar pressures.',
      'Captain Ben Hale, known to team-mates as \'Tank\', scored twice. The home was rated "good" by inspectors.',
      'Tom Ueda of Jefferies raised his rating on the stock to "buy" from "hold".',
      'Jenna Cole spoke on "The Builders," a technology podcast.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['clear', 'Emma Ross'],
      ['forever chemicals', null],
      ['Doomsday Glacier,', null],
      ['Tank', null],
      ['good', null],
      ['buy', null],
      ['hold', null],
      ['The Builders,', null],
    ]);
  });

  it('"called the ruling “a landmark”" and "was called “a traitor” by the minister" are still someone\'s words', () => {
    const text = 'Head\nThe charity Open Rights called the ruling "a landmark." Paul Dent was called "a traitor" by Interior Minister Rosa Lind.';
    expect(speakers(text)).toEqual([
      ['a landmark.', 'Open Rights'],
      ['a traitor', 'Rosa Lind'],
    ]);
  });

  it('a name in quotation marks does not end the stretch the next quote\'s speaker is looked for in ("… the term “three amigos” and added, “…”")', () => {
    const text = 'Head\nKurt Volker testified on Tuesday. Volker said he never used the term "three amigos" and added, "I frankly cringe when I hear it."';
    expect(speakers(text)).toEqual([
      ['three amigos', null],
      ['I frankly cringe when I hear it.', 'Kurt Volker'],
    ]);
  });
});

describe('where someone is from, in place of their name', () => {
  it('"the South African said", "a Finn": a demonym of two words, or one that is also a given name, is no person and stands for the person written about', () => {
    const s = suggest('Head\nBath head coach Johann van Rensburg praised his side. "Twelve months ago we lose that game," the South African said. Jonas Virtanen, a Finn, told reporters the deal had "robust safeguards".');
    expect(s.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Johann van Rensburg', 'Jonas Virtanen']);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Johann van Rensburg', 'Jonas Virtanen']);
  });

  it('"Finn Russell … “Great,” Finn said": a given name that opens a longer name is that person', () => {
    const s = suggest('Head\nFinn Russell scored twice. "Great," Finn said.');
    expect(s.actors.map((a) => [a.name, a.mentions])).toEqual([['Finn Russell', ['Finn Russell', 'Finn']]]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Finn Russell']);
  });

  it('a word that ends a quote is not the subject of the verb after it ("“Fine,” said the Frenchman")', () => {
    const s = suggest('Head\nJonas Virtanen spoke first. "Fine," said the Frenchman.');
    expect(s.actors.map((a) => a.name)).toEqual(['Jonas Virtanen']);
  });
});

describe('an obituary\'s subject', () => {
  it('whom a quote names is spoken of, not speaking ("“Dorothy taught me …,” she told the BBC")', () => {
    // With nobody else before it, "she" is nobody the text can tell: not Dorothy Hodgkin, whom the quote is about.
    const text = 'Head\nShe studied chemistry under Dorothy Hodgkin, who became her mentor.\n“Dorothy taught me to look at the data,” she told the BBC in 1998.';
    expect(speakers(text)).toEqual([['Dorothy taught me to look at the data,', null]]);
    const named = 'Head\nWinifred Aske mapped proteins.\nShe studied chemistry under Dorothy Hodgkin, who became her mentor.\n“Dorothy taught me to look at the data,” she told the BBC in 1998.';
    expect(speakers(named)).toEqual([['Dorothy taught me to look at the data,', 'Winifred Aske']]);
  });

  it('a birth name ("She was born Winifred Mary Dunmore") and the full name with middle names ("Winifred Mary Aske") are the person named first', () => {
    const s = suggest('Head\nDame Winifred Aske has died aged 92.\nShe was born Winifred Mary Dunmore in Sheffield. She won a scholarship.\nWinifred Mary Aske, structural biologist, 1933-2026.');
    expect(s.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.mentions])).toEqual([['Winifred Aske', ['Winifred Aske', 'Winifred Mary Dunmore', 'Winifred Mary Aske']]]);
    // Two people who share only a given name stay two.
    expect(suggest('Head\nWinifred Aske met Winifred Mary Lowe.').actors.map((a) => a.name)).toEqual(['Winifred Aske', 'Winifred Mary Lowe']);
  });
});

describe('unnamed sources', () => {
  it('"Sources close to the player said", "One of the people said a lead investor had asked for “…”", "A club spokesman said": someone unnamed, not the one named person the role or noun could be', () => {
    const text = [
      'Head',
      'Moussa Diallo, the forward, wants to leave. His agent, Rui Mendes, met the club. Sources close to the player said Diallo was "frustrated" by the delay.',
      'Raj Rao, a venture investor, posted on LinkedIn. One of the people said a lead investor had asked for "a different conversation."',
      'Yann Gall, a spokesman for the fans, spoke later. A club spokesman said the club did not comment on "speculation."',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['frustrated', null],
      ['a different conversation.', null],
      ['speculation.', null],
    ]);
  });

  it('an unnamed source later in the sentence speaks, not the sentence\'s subject or an earlier verb\'s ("Rennes have …, although one person with knowledge of Rennes\' thinking described that as “…”")', () => {
    const text = [
      'Head',
      'Stade Brenn have signed a striker, although one person with knowledge of the club\'s thinking described that as "a plan B, not a plan A."',
      'The Harbour Board says little, though people familiar with the talks said the deal was "close".',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['a plan B, not a plan A.', null],
      ['close', null],
    ]);
  });

  it('an official who spoke on condition of anonymity is no voice of the organisation ("A senior official at the inspectorate, who …, said")', () => {
    const text = [
      'Head',
      'The Drinking Water Inspectorate (DWI) opened an inquiry in May.',
      'A senior official at the inspectorate, who spoke on condition of anonymity because the inquiry is ongoing, said the delay was "among the most serious" in a decade.',
      'An official at the inspectorate, who was not authorised to speak publicly, said the firm had been "evasive".',
      'A spokesman for the inspectorate said it would "not comment on live cases".',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['among the most serious', null],
      ['evasive', null],
      ['not comment on live cases', 'Drinking Water Inspectorate'],
    ]);
  });
});

describe('a possessive before a role', () => {
  it('"Her barrister" is not the one barrister named when he was introduced as someone else\'s; "his lawyer" is the lawyer introduced as his', () => {
    const text = [
      'Head',
      'Margaret Holt denies fraud. Her husband, Keith Holt, denies money laundering.',
      'Mrs Holt is expected to give evidence next week. Her barrister has told the jury that record-keeping at the home was "chaotic from top to bottom".',
      'Keith Holt\'s barrister, Daniel Oyel, said his client had "no idea" where the money came from.',
      'Tom Baker denies theft. Mr Baker\'s lawyer, Jane Doe, told the court he was innocent.',
      'On Friday his lawyer said the case was "a travesty".',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['chaotic from top to bottom', null],
      ['no idea', 'Daniel Oyel'],
      ['a travesty', 'Jane Doe'],
    ]);
  });
});

describe('a pronoun after a paragraph about one person', () => {
  it('"For Mrs Pyke, the priority is simpler. Asked when …, she shrugged. ¶ “…,” she said" is Mrs Pyke, not the MP named as a subject before', () => {
    const text = [
      'Head',
      'Sandra Pyke has lived on Mill Lane for forty years.',
      'The local MP, Harriet Coleridge-Webb, said she would be "pressing ministers" for funding.',
      'For Mrs Pyke, the priority is simpler. Asked when she hoped to be back home, she shrugged.',
      '"When the water has gone," she said.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['pressing ministers', 'Harriet Coleridge-Webb'],
      ['When the water has gone,', 'Sandra Pyke'],
    ]);
  });
});

describe('a relation opening the sentence', () => {
  it('"Her son, a GP in Norwich, said …" is the person introduced as "her son, Thomas Aske"; with nobody so introduced, nobody named', () => {
    const text = 'Head\nDame Winifred Aske has died. Her death was announced by her son, Thomas Aske.\nShe married Geoffrey Aske in 1960.\nHer son, a GP in Norwich, said his mother had been "a wonderful, maddening parent" who took him to conferences.';
    expect(speakers(text)).toEqual([['a wonderful, maddening parent', 'Thomas Aske']]);
    const unnamed = 'Head\nDame Winifred Aske has died.\nShe married Geoffrey Aske in 1960.\nHer son, a GP in Norwich, said his mother had been "a wonderful parent".';
    expect(speakers(unnamed)).toEqual([['a wonderful parent', null]]);
  });
});

describe('a relation as the subject of the sentence before a pronoun', () => {
  it('"Her husband is waiting. ¶ “…,” he says" is the husband: the one introduced as hers, else one of her surname', () => {
    const text = 'Head\nNguyen Thi Lan fishes the river. Her husband, Tran Van Hung, mends nets.\nLe Minh Tuan, a ministry spokesman, said the dam was safe.\nMrs. Lan turns her boat back. Her husband is waiting.\n"Better than yesterday," he says.';
    expect(speakers(text).at(-1)).toEqual(['Better than yesterday,', 'Tran Van Hung']);
    // Another woman's husband, introduced for her, is not this one's: "Her husband" after Mrs Lloyd is Gareth Lloyd.
    const two = 'Head\nSandra Pyke and her husband, Roy Pyke, were rescued.\nGareth and Bethan Lloyd run the Swan.\n"We had only just finished," Mrs Lloyd said.\nHer husband was more philosophical. "We always open again," he said.';
    expect(speakers(two).at(-1)).toEqual(['We always open again,', 'Gareth Lloyd']);
  });
});

describe('replies, answers and exchanges', () => {
  it('a name after an opening time without a comma is the subject a later pronoun refers to ("At about 11am Marlowe published …. “…,” he said")', () => {
    const text = [
      'Head',
      'The chef Fergus Marlowe deleted his post on Saturday.',
      'Tomas Wirth, who trained under the chef, defended him. "He taught me everything," Wirth said.',
      'The critic Ada Nwosu wrote a second review. She called the lamb "grey".',
      'At about 11am Marlowe published a video filmed in his kitchen.',
      '"I got it wrong," he said in the video.',
    ].join('\n');
    expect(speakers(text).at(-1)).toEqual(['I got it wrong,', 'Fergus Marlowe']);
  });

  it('someone\'s answer, reply or message right before a quote is theirs ("Nora\'s answer — “…”", "Dunmore\'s next message was four words long: “…”")', () => {
    const text = [
      'Head',
      'When Bridget Hale finally speaks, it is to ask: "Is the light still working?" Nora Hale\'s answer — "It is, Mam. Daddy kept it going" — had me in tears.',
      'Luca Berti asked to stay out. Pete Dunmore, his engineer, hesitated. Dunmore\'s next message was four words long: "Understood. It\'s your race."',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['Is the light still working?', 'Bridget Hale'],
      ['It is, Mam. Daddy kept it going', 'Nora Hale'],
      ['Understood. It\'s your race.', 'Pete Dunmore'],
    ]);
  });

  it('a quote that addresses the last speaker by name is not theirs ("“Confirm box, Luca.”" after Luca\'s words)', () => {
    const text = ['Head', '"Are you sure? The fronts feel OK," Luca Berti replied.', '"Confirm box, Luca. We are worried about the left rear."'].join('\n');
    expect(speakers(text)).toEqual([
      ['Are you sure? The fronts feel OK,', 'Luca Berti'],
      ['Confirm box, Luca. We are worried about the left rear.', null],
    ]);
  });

  it('"another user, @handle, wrote:" is someone else, not the writer quoted before in the paragraph', () => {
    const text = ['Head', '"It\'s damage control," wrote the broadcaster Priya Sethuraman. In a reply to her post, another user, @grillsergeant, wrote: "Still watching his show though, aren\'t you?"'].join('\n');
    expect(speakers(text)).toEqual([
      ['It\'s damage control,', 'Priya Sethuraman'],
      ['Still watching his show though, aren\'t you?', null],
    ]);
  });

  it('a person described just before a colon speaks the quote after it ("Asked whether …, she was blunt: “…”")', () => {
    const text = [
      'Head',
      'The restaurant critic Ada Nwosu has not backed down.',
      'Asked whether critics should expect this kind of response, she was blunt: "When you write that somebody\'s food is bad, they are going to be upset."',
      'The report\'s conclusion was stark: "Nobody checked the doors."',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['When you write that somebody\'s food is bad, they are going to be upset.', 'Ada Nwosu'],
      ['Nobody checked the doors.', null],
    ]);
  });
});

describe('roles, reported clauses and labels (probe 104)', () => {
  it('a role before an appositive name with an age ("the captain, 54-year-old Gerald Hale") is his, and "the captain asked" is him', () => {
    const text = [
      'Head',
      'The aircraft was flown by the captain, 54-year-old Gerald Hale, and the first officer, 29-year-old Saskia Brandt.',
      'Both had flown the route before. At 18:44 the captain asked: "What\'s it doing?"',
    ].join('\n');
    const s = suggest(text);
    expect(s.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([
      ['Gerald Hale', 'captain'],
      ['Saskia Brandt', 'first officer'],
    ]);
    expect(speakers(text)).toEqual([
      ['What\'s it doing?', 'Gerald Hale'],
    ]);
  });

  it('"former housing chief says" in a headline is not the one chief who holds the post now', () => {
    const text = ['Inquiry: former housing chief says warnings were \'lost\'', 'The council\'s current chief executive, Martin Eze, issued a statement.'].join('\n');
    expect(speakers(text)).toEqual([['lost', null]]);
  });

  it('"…, and that Aramaki had “…”" after a quote goes on with the same verb: its subject is no speaker', () => {
    const text = 'Head\nKenji Aramaki protested. In their decision, the stewards said the driver had made "one change of direction", and that Aramaki had "not been forced to take avoiding action."';
    expect(speakers(text)).toEqual([
      ['one change of direction', null],
      ['not been forced to take avoiding action.', null],
    ]);
  });

  it('an email\'s subject line in quotation marks is no one\'s speech', () => {
    const text = 'Head\nRuth Anand KC questioned him next. Ms Anand put it to him that the email had been forwarded to his assistant with the subject line "URGENT — fire doors".';
    expect(speakers(text)).toEqual([['URGENT — fire doors', null]]);
  });
});

describe('documents and messages (probe 104)', () => {
  it('"X issued a statement. “…,” it read." is the issuer\'s; an organisation that names itself in its quote is still "it"', () => {
    const text = [
      'Head',
      'Lowther Borough Council\'s chief executive, Martin Eze, issued a statement on behalf of the authority. "The council apologises unreservedly," it read.',
      'Harbour Water Ltd issued a statement. "Harbour Water regrets the delay," it said.',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['The council apologises unreservedly,', 'Martin Eze'],
      ['Harbour Water regrets the delay,', 'Harbour Water Ltd'],
    ]);
  });

  it('a message from someone, led in with a colon, is theirs ("this message from a reader, Joseph Nkemelu, in Kingsmere:")', () => {
    const text = ['Head', 'We have received this message from a reader, Joseph Nkemelu, in the Riverside area of Kingsmere:', '"Our street is fine but the river is higher than I have ever seen."'].join('\n');
    expect(speakers(text)).toEqual([['Our street is fine but the river is higher than I have ever seen.', 'Joseph Nkemelu']]);
  });
});

describe('a document\'s author', () => {
  it('"an email sent by a council surveyor that described the doors as “…”" is the author\'s words (unnamed here), not the speaker\'s before; "a letter signed by Ann Roe which called …" is hers', () => {
    const text = [
      'Head',
      'Graham Pettifer said he had "no recollection" of seeing an email sent in 2018 by a council surveyor that described the doors as "a disaster waiting to happen".',
      'Jim Hale said he had "never seen" a letter signed by Ann Roe which called the plan "reckless".',
    ].join('\n');
    expect(speakers(text)).toEqual([
      ['no recollection', 'Graham Pettifer'],
      ['a disaster waiting to happen', null],
      ['never seen', 'Jim Hale'],
      ['reckless', 'Ann Roe'],
    ]);
  });
});

describe('repeated words and nicknames (probe 104)', () => {
  it('a heading\'s three words that open someone\'s quote below are theirs ("‘We are stretched,’ say hospitals")', () => {
    const text = ['Storm live', '\'We are stretched,\' say hospitals', 'Rafael Okonjo runs the city hospital. "We are stretched, but we are coping," he says.'].join('\n');
    expect(speakers(text)).toEqual([
      ['We are stretched,', 'Rafael Okonjo'],
      ['We are stretched, but we are coping,', 'Rafael Okonjo'],
    ]);
  });

  it('"had dubbed Sondland\'s role as “the Gordon problem”" is a nickname, nobody\'s speech', () => {
    const text = 'Head\nTim Morrison testified on Tuesday. He said his predecessor, Fiona Hill, had dubbed Sondland\'s role in forming policy as "the Gordon problem."';
    expect(speakers(text)).toEqual([['the Gordon problem.', null]]);
  });
});

describe('a role\'s words', () => {
  it('"The first officer\'s reply, at 18:44:05, was “…”" is the one first officer\'s; "The airline\'s reply was “…”" with no airline named continues nobody', () => {
    const text = 'Head\nThe aircraft was flown by the captain, Gerald Hale, and the first officer, Saskia Brandt. The first officer\'s reply, at 18:44:05, was "I don\'t know." The airline\'s reply was "no comment".';
    expect(speakers(text)).toEqual([
      ['I don\'t know.', 'Saskia Brandt'],
      ['no comment', null],
    ]);
  });
});

describe('a debate\'s exchanges', () => {
  it('"repeated", "retorted" and "interjected" after a quote name who speaks, not the last speaker before', () => {
    const text = 'Head\nThe minister, Ann Moor, said no decision had been taken.\n“No decision has been taken,” Mr Tom Fair repeated slowly, “in the same way as last time.”\n“Nonsense,” Ms Moor retorted.\n“Order,” Sir Ian Gale interjected.';
    expect(speakers(text)).toEqual([
      ['No decision has been taken,', 'Tom Fair'],
      ['in the same way as last time.', 'Tom Fair'],
      ['Nonsense,', 'Ann Moor'],
      ['Order,', 'Ian Gale'],
    ]);
  });
});

describe('someone unnamed after a trailing verb', () => {
  it('"“…?” shouted a voice from the benches" is nobody named, not the speaker of the paragraph before', () => {
    const text = 'Head\nThe minister, Ann Moor, said fares would rise by “no more than inflation”.\n“Which inflation?” shouted a voice from the opposition benches.\n“Our teams are out,” said someone at the back.';
    expect(speakers(text)).toEqual([
      ['no more than inflation', 'Ann Moor'],
      ['Which inflation?', null],
      ['Our teams are out,', null],
    ]);
  });

  it('"said a spokesman for Harbour Holdings", "said an official at the ministry": the organisation\'s voice, not nobody', () => {
    const text =
      'Head\nJohn Smith, the harbour chief, was cleared on Monday. “I never doubted it,” Smith said.\n“The ruling stands,” said a spokesman for Harbour Holdings.\n“We are studying it,” said an official at the Ministry of Transport.\n“It is over,” said a juror from Kelby.';
    expect(speakers(text)).toEqual([
      ['I never doubted it,', 'John Smith'],
      ['The ruling stands,', 'Harbour Holdings'],
      ['We are studying it,', 'Ministry of Transport'],
      ['It is over,', null],
    ]);
  });
});

describe('"as she put it"', () => {
  it('the words after "as she later put it," or "As Mr Roe once put it:" are that person\'s', () => {
    const text = 'Head\nMargaret Hale died on Sunday.\nBorn in 1934 in a fishing family, she joined the crew in 1968 when, as she later put it, “the men thought I had come to make the tea”.\nHer colleague Tom Roe retired in 1990. As Mr Roe once put it: “The sea owes nobody anything.”';
    expect(speakers(text)).toEqual([
      ['the men thought I had come to make the tea', 'Margaret Hale'],
      ['The sea owes nobody anything.', 'Tom Roe'],
    ]);
  });
});

describe('a possessive opening the sentence (probe 106)', () => {
  it('"Keogh\'s opposite number, Steve Rourke, was less happy. “…,” he said" is Rourke\'s: a name in the possessive is not the subject', () => {
    const text = 'Head\n“We deserved it,” said the Rovers manager, Danny Keogh.\nKeogh’s opposite number, Steve Rourke, was less happy. “We gave them two goals,” he said.';
    expect(speakers(text)).toEqual([
      ['We deserved it,', 'Danny Keogh'],
      ['We gave them two goals,', 'Steve Rourke'],
    ]);
  });
});

describe('a heckle named in the next sentence (probe 106)', () => {
  it('"“…?” came a shout from the benches. The heckler was Sir Tom Reade" and "“…?” a woman called. It was Ada Kent, who …" are theirs, and the words after go on as theirs', () => {
    const text =
      'Head\nThe minister, Ann Moor, said fares would rise. “It is that simple,” she said.\n“Since when?” came a shout from the opposition benches. The heckler was Sir Tom Reade, the member for Elm Vale.\n' +
      '“What about the smell?” a woman called from the back of the room. It was Ada Kent, who lives on Mill Lane. “My children are coughing.”\n' +
      '“Which inflation?” shouted a voice from the benches. It belonged, the reporters later confirmed, to Gareth Lyle.\n' +
      '“Order!” came a cry from the chair. It was the third time Ms Moor had been interrupted.\n' +
      '“Not from the bins!” shouted a man at the back. He was later identified as Derek Hollis, a retired postman.\n' +
      '“Why now?” a woman called out. It was Ms Moor who answered.';
    expect(speakers(text)).toEqual([
      ['It is that simple,', 'Ann Moor'],
      ['Since when?', 'Tom Reade'],
      ['What about the smell?', 'Ada Kent'],
      ['My children are coughing.', 'Ada Kent'],
      ['Which inflation?', 'Gareth Lyle'],
      ['Order!', null],
      ['Not from the bins!', 'Derek Hollis'],
      ['Why now?', null],
    ]);
  });
});

describe('an unnamed lead named in the next paragraph (probe 106)', () => {
  it('"A nurse … told a jury that she had “begged” …" is the person the next paragraph opens with ("Ada Fenn, 34, …")', () => {
    const text =
      'Nurse begged owner for staff, jury told\nBy Tom Hale\n\nA nurse who worked at a care home told a jury on Monday that she had “begged” the owner to hire more staff.\n\nAda Fenn, 34, was giving evidence at the trial of Leo Hays, 61.\n\nMr Hays denies wilful neglect.';
    expect(speakers(text)).toEqual([['begged', 'Ada Fenn']]);
  });

  it('not when the person named next is of the other gender, nor after the lead, nor when the lead names someone', () => {
    const wrongGender = 'Head\n\nA nurse who worked at a care home told a jury that she had “begged” the owner.\n\nPeter Hays, 61, denies wilful neglect.';
    expect(suggest(wrongGender).actors.find((a) => a.name === 'Peter Hays')?.gender).toBe('male');
    expect(speakers(wrongGender)).toEqual([['begged', null]]);
    const later = 'Head\n\nThe trial of a care home owner began on Monday.\n\nOne resident said the food was “awful” at times.\n\nAda Fenn, 34, a nurse, said she had raised it.';
    expect(speakers(later)).toEqual([['awful', null]]);
    const judge = 'Head\n\nA nurse who worked at a care home told a jury that she had “begged” the owner.\n\nJudge Ann Roe told jurors to ignore press reports.';
    expect(speakers(judge)).toEqual([['begged', null]]);
  });
});

describe('a headline\'s short quote (probe 106)', () => {
  it('a headline\'s one or two words quoted the same in the text are the words of whoever says them there; other short quotes still are not', () => {
    const text = 'Nurse “begged” owner for staff, jury told\n\nAda Fenn, 34, said she had “begged” the owner to hire more staff.\nPeter Hays said the home was “well run”.\nAn inspector who visited in May thought it “well run” too.';
    expect(speakers(text)).toEqual([
      ['begged', 'Ada Fenn'],
      ['begged', 'Ada Fenn'],
      ['well run', 'Peter Hays'],
      ['well run', null],
    ]);
  });
});

describe('"in his own words" (probe 106)', () => {
  it('"where, in his own words, he was “…”" and "In Ms Roe’s own words, the plan was “…”" are that person\'s words', () => {
    const text = 'Head\nWilliam Hartigan died on Sunday.\nBorn in 1937, he joined the council in 1961, where, in his own words, he was “the youngest man in the room and the loudest”.\nHis colleague Ann Roe retired in 1990. In Ms Roe’s own words, the plan was “a living room for the city”.';
    expect(speakers(text)).toEqual([
      ['the youngest man in the room and the loudest', 'William Hartigan'],
      ['a living room for the city', 'Ann Roe'],
    ]);
  });
});

describe('a nickname after "known … as" (probe 106)', () => {
  it('"known to everyone at the club as “Ado”" is a name, nobody\'s words', () => {
    const text = 'Head\nThe Rovers captain, Christopher Adeyemi, known to everyone at the club as “Ado”, scored late. “I have waited a year,” Adeyemi said.';
    expect(speakers(text)).toEqual([
      ['Ado', null],
      ['I have waited a year,', 'Christopher Adeyemi'],
    ]);
  });
});

describe('a name inside a participle clause (probe 106)', () => {
  it('"Mr al-Qasimi, speaking alongside China’s special envoy Wang Jianguo, said …" is al-Qasimi’s, and so is the "he said" after it', () => {
    const text = 'Head\nQatar’s chief mediator, Abdulrahman al-Qasimi, spoke on Sunday.\nMr al-Qasimi, speaking alongside China’s special envoy Wang Jianguo, said the next 48 hours would be “decisive”. “We are closer than we have been,” he said.\nMr Wang said Beijing supported “any arrangement”.';
    expect(speakers(text)).toEqual([
      ['decisive', 'Abdulrahman al-Qasimi'],
      ['We are closer than we have been,', 'Abdulrahman al-Qasimi'],
      ['any arrangement', 'Wang Jianguo'],
    ]);
  });
});

describe('a name inside the phrase about someone unnamed (probe 106)', () => {
  it('"A van driver accused of killing a cyclist on the A38 told a jury he had been “…”" is not the A38’s words; the next paragraph names him', () => {
    const text = 'Head\n\nA van driver accused of killing a cyclist on the A38 told a jury he had been “looking straight ahead” at the time.\n\nKevin Doyle, 44, denies causing death by dangerous driving.';
    expect(speakers(text)).toEqual([['looking straight ahead', 'Kevin Doyle']]);
    const voice = 'Head\n\nA spokesman for Harbour Holdings said the deal was “done”.';
    expect(speakers(voice)).toEqual([['done', 'Harbour Holdings']]);
  });
});
