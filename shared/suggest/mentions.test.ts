/**
 * Mention rules added for articles the rules were not written against: name particles, stacked
 * ranks, places named with a bare preposition or an appositive, institutions in lower case and
 * organisations compromise does not tag. Sentences invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { hasDemonym } from './candidates';
import { suggest } from './index';

const actors = (text: string) => suggest(text).actors.filter((a) => a.kind !== 'other');
const named = (text: string, kind: string) => actors(text).filter((a) => a.kind === kind).map((a) => a.name);

describe('people', () => {
  it('keeps name particles inside a name and reads a capitalised "Van der X" or "Ms de la X" as that person', () => {
    const text = 'Head\nMayor Pieter van der Linde opened the bridge. “It is late,” Van der Linde said.\nThe architect Inés de la Vega was there. “It is beautiful,” Ms de la Vega said.';
    const s = suggest(text);
    expect(s.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Pieter van der Linde', 'Inés de la Vega']);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Pieter van der Linde', 'Inés de la Vega']);
  });

  it('a surname with lower-case particles used alone ("van Dijk told", "el-Amin said") is that person, whole', () => {
    const s = suggest('Head\nMinister Ines van Dijk spoke. “We will not sign,” van Dijk told reporters.\nKarim el-Amin, an economist, agreed. “It is costly,” el-Amin said.');
    expect(s.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.mentions])).toEqual([
      ['Ines van Dijk', ['Ines van Dijk', 'van Dijk']],
      ['Karim el-Amin', ['Karim el-Amin', 'el-Amin']],
    ]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Ines van Dijk', 'Karim el-Amin']);
  });

  it('two surnames used without the given names are the same person ("García Ortega"), but not after a roster letter', () => {
    const s = suggest('Head\nForeign Minister José Luis Pardo Vega spoke. “We waited too long,” Pardo Vega said.');
    expect(s.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['José Luis Pardo Vega']);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['José Luis Pardo Vega']);
    // A roster's position letter is no given name: the speaker keeps the name as written.
    expect(suggest('Head\nS Dario Vellan, 24\nCB Ian Roe, 27\n“I am happy,” Dario Vellan said.').quotes.map((q) => q.speaker)).toEqual(['Dario Vellan']);
  });

  it('a lower-case particle joined to a surname stays in the name ("Ahmed el-Idrissi"), while "al-Tanf" alone is no person', () => {
    expect(named('Head\n“It cost us jobs,” said Ahmed el-Idrissi, who heads the traders.', 'person')).toEqual(['Ahmed el-Idrissi']);
    expect(named('Head\nTroops stayed at the al-Tanf base.', 'person')).toEqual([]);
  });

  it('letters after a name are no part of it ("Simon Feld KC"), while "Jr." is, and the surname alone still finds the person', () => {
    const s = suggest('Head\nThe barrister, Simon Feld KC, spoke. “There is no evidence,” Mr Feld said.\nUS Attorney James P. Kell Jr. filed the case. “Speech has limits,” Kell said.');
    expect(s.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Simon Feld', 'James P. Kell Jr.']);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Simon Feld', 'James P. Kell Jr.']);
  });

  it('a month that is also a first name, before a surname, is a name ("Jan Dohnal", "April Ryan"), but "Jan 5" and "3 May" stay dates', () => {
    const text = 'Head\nThe mayor, Jan Dohnal, closed schools on Jan 5. April Ryan said on 3 May that they would reopen.';
    expect(named(text, 'person')).toEqual(['Jan Dohnal', 'April Ryan']);
  });

  it('takes the name after the last of stacked ranks ("Brig. Gen.", "Lt. Col.")', () => {
    expect(named('Head\nBrig. Gen. Amos Tilbury said the roads were open. Lt. Col. Rhea Dunstan agreed.', 'person')).toEqual(['Amos Tilbury', 'Rhea Dunstan']);
  });

  it('never proposes a contraction opening a quote as a name ("We’ve", "Don’t")', () => {
    const text = 'Head\nIda Sten, 34, said the roof leaked. ‘We’ve reported it again and again,’ she said. ‘Don’t tell me it is fixed.’';
    expect(named(text, 'person')).toEqual(['Ida Sten']);
  });

  it('a product whose last word is used with an article ("the Pro") is no person, while a surname used alone makes one', () => {
    const s = suggest('Head\nApple unveiled the Vortex Pro on Monday. Buyers said the Pro was fast.\nHalvor Brenneke runs a mill. “It is hard,” the 61-year-old Brenneke said.');
    expect(s.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Halvor Brenneke']);
  });

  it('a common plural opening a sentence is no name ("Buyers said"), unless a longer name holds it ("Maxine Waters … Waters said")', () => {
    const s = suggest('Head\nOrbis Airways ordered jets. Orbis said the order was big. Maxine Waters objected. Waters said it was wrong. Buyers said the jets were late.');
    expect(s.actors.map((a) => a.name)).toEqual(['Orbis Airways', 'Maxine Waters']);
    expect(s.actors[1]!.mentions).toContain('Waters');
  });

  it('never proposes a single letter as a name ("a post on X")', () => {
    expect(named('Head\nSen. Nora Bell wrote in a post on X that the vote was close.', 'person')).toEqual(['Nora Bell']);
  });
});

describe('places', () => {
  it('a lone name after "in", "at", "near", also in "in A and B", is a place when nothing says it is a person', () => {
    expect(named('Head\nTowers in Brackwell and Omsby were refurbished. Prices at Tolland rose.', 'place')).toEqual(['Brackwell', 'Omsby', 'Tolland']);
  });

  it('the county or state after a place and a comma is a place ("in St Ives, Cornwall,"), and an agency\'s state abbreviation is the state', () => {
    const text = 'Head\nShe died at her home in Pellwick, Cornwall, on Sunday.\nThe Cornwall Seal Trust, which she chaired, paid tribute. A plant near Lancaster, Calif. opened.';
    expect(named(text, 'place')).toEqual(['Pellwick', 'Cornwall', 'Lancaster', 'California']);
    expect(actors(text).find((a) => a.name === 'Cornwall Seal Trust')?.mentions).toEqual(['Cornwall Seal Trust']);
    // Not a person after a town ("In Leeds, Sarah said"), nor one name written with dots ("Washington, D.C.").
    expect(named('Head\nIn Marrowby, Sarah, 45, said it was late. Staff in Washington, D.C., agreed.', 'place')).toEqual(['Marrowby', 'Washington']);
  });

  it('but "in X" where X is the first word of a company in the text is that company ("shares in Velcor")', () => {
    const text = 'Head\nVelcor Therapeutics cut jobs on Monday. Shares in Velcor fell 9 per cent.';
    expect(named(text, 'place')).toEqual([]);
    expect(actors(text).find((a) => a.name === 'Velcor Therapeutics')?.mentions).toContain('Velcor');
  });

  it('a name with a place appositive (", a hamlet of …", ", a tower block") is a place', () => {
    expect(named('Head\nPeople from Ebbridge, a hamlet of forty homes, complained. Kestle Court, a 1970s tower block, will be sold.', 'place')).toEqual(['Ebbridge', 'Kestle Court']);
  });

  it('a lone name after "across" or "throughout" is a place, and a plural noun before "in X said" is who speaks', () => {
    const text = 'Head\nNurses across Pellam walked out. Buses throughout Greyholt stopped. Officials in Arnsby said the talks would resume.';
    expect(named(text, 'place')).toEqual(['Pellam', 'Greyholt', 'Arnsby']);
    expect(named(text, 'person')).toEqual([]);
  });

  it('a name after travel or trade words and "to"/"from" is a place, but not who was spoken to or written by', () => {
    const text =
      'Rail link to Veshport reopens\nWool exports from Harnet fell. Flights to Ostrava Nova were full. The minister, speaking by phone from Dellin, said so.\nMinister Ada Holm told Reuters she was speaking to Kessler. A letter from Brandvik arrived.';
    expect(named(text, 'place').sort()).toEqual(['Dellin', 'Harnet', 'Veshport']);
    expect(named(text, 'place')).not.toContain('Kessler');
    expect(named(text, 'place')).not.toContain('Brandvik');
  });

  it('a capital after "speaking from" stays a city; "pressure from" it is its country', () => {
    expect(named('Head\nMorocco will sign. Its envoy, speaking by video from Rabat, said so.', 'place').sort()).toEqual(['Morocco', 'Rabat']);
    expect(named('Head\nMorocco will sign after pressure from Rabat, officials said.', 'place')).toEqual(['Morocco']);
  });

  it('the two ends of a route ("ferries between A and the island of B") are places; "talks between A and B" are not', () => {
    const text = 'Head\nFerries between Holmvik and the island of Sand resumed. Talks between Nordline and Havcorp stalled.';
    expect(named(text, 'place').sort()).toEqual(['Holmvik', 'Sand']);
  });

  it('a name before a kind of place in lower case ("the Merrow bridge", "the Oude Kaai lock") is a place', () => {
    expect(named('Head\nThe Merrow bridge shut on Monday, and the Oude Kaai lock will close in May.', 'place')).toEqual(['Merrow', 'Oude Kaai']);
  });

  it('a name with an adjective of its own is a place ("Velmara" and "the Velmaran navy", "the Corvellan Shipowners’ Council")', () => {
    expect(named('Head\nVelmara has three ports. The Velmaran navy patrols them.', 'place')).toEqual(['Velmara']);
    expect(named('Head\nCorvella will raise fees. The Corvellan Shipowners’ Council objected.', 'place')).toEqual(['Corvella']);
    // A first name with a name of its own after it is a person ("Julian said", "Marian and Julian Webb").
    expect(named('Head\nJulia left early. Julian said he had stayed.', 'place')).toEqual([]);
    // A German plural is no adjective ("Jahre", "seit Jahren").
    expect(hasDemonym('Die Jahre vergingen. Seit Jahren wartet man.', 'Jahre')).toBe(false);
    expect(hasDemonym('Kenya voted. The Kenyan team won.', 'Kenya')).toBe(true);
  });

  it('a capital’s possessive before its airport or streets is the city, not its government ("Oslo’s Gardermoen airport")', () => {
    expect(named('Head\nNorway said little. Passengers at Oslo’s Gardermoen airport waited for hours.', 'place').sort()).toEqual(['Norway', 'Oslo']);
    expect(actors('Head\nNorway said little. Oslo’s response came late.').find((a) => a.name === 'Norway')?.mentions).toContain('Oslo');
  });

  it('the name before a role only a town gives is the town ("former Brackley mayor Owen Tate")', () => {
    expect(named('Head\nA jury convicted former Dunmore mayor Owen Tate on Friday.', 'place')).toEqual(['Dunmore']);
  });

  it('a name ending in "Point" is a place ("the Skarra Point lighthouse")', () => {
    expect(named('Head\nHe climbed the steps of the Skarra Point lighthouse every evening.', 'place')).toEqual(['Skarra Point']);
  });

  it('a place opening the sentence before a comma is a place even when an appositive follows ("In Ostrava, the city’s mayor, X, …")', () => {
    expect(named('Head\nSchools shut. In Velnova, the city’s mayor, Ida Sten, ordered buses to stop.', 'place')).toEqual(['Velnova']);
  });

  it('where someone in a report lives ("the man, from X,", "a woman, 43, of Y") is a place', () => {
    expect(named('Head\nThe man, from Dunmere, was charged. A woman, 43, of Pellby was released.', 'place')).toEqual(['Dunmere', 'Pellby']);
  });

  it('a street ending in "Grove", "Gardens" or "Parade", and the town after a street in an address, are places', () => {
    expect(named('Head\nWater came through the roof of a flat on Ash Grove, off Mill Street, Kelby, on Saturday.', 'place').sort()).toEqual(['Ash Grove', 'Kelby', 'Mill Street']);
  });

  it('"Q&A:" opening a headline is no dateline', () => {
    expect(named('Q&A: The keeper of the lock\nIda Sten has kept the Vik lock for nine years.', 'place')).not.toContain('Q&a');
  });

  it('a dateline in capitals keeps a common first word ("NEW HARLOW, March 3 (Agency) —")', () => {
    expect(named('Head\nNEW HARLOW, March 3 (Harrow Wire) — Fees will rise, the ministry said.', 'place')).toEqual(['New Harlow']);
  });

  it('a name before a local-government institution ("the Brenmoor municipal archive for 31 years") is a place and the institution an organisation', () => {
    const text = 'Head\nIda Sten has run the Brenmoor municipal archive for 31 years.';
    expect(named(text, 'place')).toEqual(['Brenmoor']);
    expect(named(text, 'organisation')).toEqual(['Brenmoor municipal archive']);
  });

  it('the region after a dateline city ("SALTHAM, New Orran —") and the town in "X-based"', () => {
    const text = 'Head\nSALTHAM, New Orran — Floods closed the road. The pumps came from a Durnford-based supplier.';
    expect(named(text, 'place').sort()).toEqual(['Durnford', 'New Orran', 'Saltham']);
  });
});

describe('organisations', () => {
  it('a remit listed with commas is one department ("Department for Environment, Food and Rural Affairs")', () => {
    const text = 'Head\nThe Department for Culture, Media and Sport said funding was “fully committed”.';
    expect(named(text, 'organisation')).toEqual(['Department for Culture, Media and Sport']);
    expect(named(text, 'person')).toEqual([]);
    expect(suggest(text).quotes.map((q) => q.speaker)).toEqual(['Department for Culture, Media and Sport']);
  });

  it('a possessive name with an organisation word and the place it serves is one organisation ("King’s College London")', () => {
    expect(named('Head\nA neurologist at Queen’s College London agreed. The charity Kidney’s Research UK welcomed it.', 'organisation')).toEqual(['Queen’s College London', 'Kidney’s Research UK']);
  });

  it('a capital "The" inside a sentence after "told" or "in" starts a news outlet’s title ("told The Hindu")', () => {
    expect(named('Head\nMinister Ada Voss told The Lantern that the deal was close, and said so again in The Beacon.', 'organisation')).toEqual(['The Lantern', 'The Beacon']);
  });

  it('"Shares in X fell" makes X a company; "The pilots’ union, NPU, said" makes the acronym the union', () => {
    expect(named('Head\nShares in Vellair fell 6% in early trading.', 'organisation')).toEqual(['Vellair']);
    expect(named('Head\nThe pilots’ union, NPU, said the offer was too low.', 'organisation')).toEqual(['NPU']);
  });

  it('the name after a role only an organisation gives and "of" is that organisation ("executive director of Fair Maps Kelby")', () => {
    const text = 'Head\n“The court said it plainly,” said Ida Sten, executive director of Fair Maps Kelby. Ana Roe, a professor of Economics, agreed.';
    expect(named(text, 'organisation')).toEqual(['Fair Maps Kelby']);
  });

  it('a kind of organisation opening the sentence names it ("Residents’ group X said", "Campaign group X")', () => {
    const text = 'Head\nResidents’ group Kelby Flood Action said it would meet. Campaign group Clean Harbour Now welcomed the plan.';
    expect(named(text, 'organisation')).toEqual(['Kelby Flood Action', 'Clean Harbour Now']);
    expect(named(text, 'person')).toEqual([]);
  });

  it('the team or firm before a role it gives ("Harbour Rovers manager X", "Tarnwell chief executive X") is an organisation', () => {
    const text = 'Head\nHarbour Rovers manager Ivo Senn was sacked. Tarnwell chief executive Omar Lind resigned. Moroccan minister Ada Voss and Opposition spokeswoman Lena Marsh spoke.';
    expect(named(text, 'organisation')).toEqual(['Harbour Rovers', 'Tarnwell']);
  });

  it('an adjective opening the sentence is no part of a longer name ("Rival Halcyon Micro"); a title in lower case keeps its words ("chief financial officer")', () => {
    const s = suggest('Head\nRival Halcyon Micro fell 3%. A Halcyon spokesperson declined to comment. Later, chief financial officer Dana Whit said costs were rising.');
    expect(s.actors.filter((a) => a.kind === 'organisation').map((a) => [a.name, a.mentions])).toEqual([['Halcyon Micro', ['Halcyon Micro', 'Halcyon']]]);
    expect(s.actors.find((a) => a.name === 'Dana Whit')?.role).toBe('chief financial officer');
  });

  it('an institution in lower case after a place ("Tolland council") and by its remit ("the fisheries ministry")', () => {
    const text = 'Head\nTolland council approved the plan. The fisheries ministry said it had not been told. The national audit office will look at it.';
    expect(named(text, 'organisation')).toEqual(['Tolland council', 'fisheries ministry', 'national audit office']);
  });

  it('"Tolland council" written in a headline is the one "City Council" of the body', () => {
    const text = 'Budget goes back to Tolland council\nThe City Council voted 5-4 on Monday.';
    const orgs = actors(text).filter((a) => a.kind === 'organisation');
    expect(orgs.map((a) => a.name)).toEqual(['City Council']);
    expect(orgs[0]!.mentions).toContain('Tolland council');
  });

  it('by the words around the name: "the firm X", ", a … company", "X\'s managing director", "X (XYZ)"', () => {
    const text =
      'Head\nEngineers from the firm Brannock Tessel inspected the dam. The pumps came from Quarrel, a water technology company.\nOrrin Freight Lines’ managing director, Ada Pym, spoke. The Salter Grain Exchange (SGE) closed.';
    expect(named(text, 'organisation')).toEqual(['Brannock Tessel', 'Quarrel', 'Orrin Freight Lines', 'Salter Grain Exchange']);
  });

  it('skips an agency credited in brackets in the dateline, but not when the text names it again', () => {
    expect(named('Head\nSALTHAM (Harrow Wire) — The road is shut.', 'organisation')).toEqual([]);
    expect(named('Head\nSALTHAM (Harrow Wire) — The road is shut, the mayor told the Harrow Wire.', 'organisation')).toEqual(['Harrow Wire']);
  });

  it('a newspaper by its title word ("the Saltham Courier")', () => {
    expect(named('Head\nShe told the Saltham Courier that she would stay.', 'organisation')).toEqual(['Saltham Courier']);
  });
});

describe('more names by their use in the text', () => {
  it('a full name with no cue is a person when its surname is used alone later ("Halvor Brenneke … Brenneke:")', () => {
    const text = 'Head\nHalvor Brenneke has run the mill since 1990. He retires in May.\nBrenneke: We never closed, not even in the war years.';
    const s = suggest(text);
    expect(s.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.mentions])).toEqual([['Halvor Brenneke', ['Halvor Brenneke', 'Brenneke']]]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Halvor Brenneke']);
  });

  it('a name the text once calls a company stays a company when it speaks ("Tolver Mills said")', () => {
    const text = 'Head\nThe shop was bought by Tolver Mills, a flour company. Tolver Mills said it would reopen it. Quorra, a data company, sold the tills. Quorra said they worked.';
    expect(actors(text).map((a) => [a.kind, a.name])).toEqual([
      ['organisation', 'Tolver Mills'],
      ['organisation', 'Quorra'],
    ]);
  });

  it('"shares in X" and "a stake in X" name a company, while "in X" alone is still a place', () => {
    const text = 'Head\nTolver Mills opened a shop in Tolver. Shares in Tolver Mills rose.';
    expect(named(text, 'place')).toEqual(['Tolver']);
  });

  it('street words such as "Row" and "Terrace" make a place', () => {
    expect(named('Head\nThe shop on Quayle Row shut. The flats on Ennis Terrace were sold.', 'place')).toEqual(['Quayle Row', 'Ennis Terrace']);
  });
});

describe('people, organisations and places that share words', () => {
  it('a person described by a job that is also a kind of company (", a crane operator") stays a person', () => {
    const text = 'Head\nThe yard was quiet. Tom Varga, a crane operator, said little. Kelmar Freight, a ferry operator, said nothing.';
    expect(named(text, 'person')).toEqual(['Tom Varga']);
    expect(named(text, 'organisation')).toEqual(['Kelmar Freight']);
  });

  it('keeps a plural possessive before "Union of X" in the name ("the Dockers’ Union of Ostby")', () => {
    expect(named('Head\nThe Dockers’ Union of Ostby called a strike on Monday.', 'organisation')).toEqual(['Dockers’ Union of Ostby']);
  });

  it('a lone word that names a place in the text is that place, not an organisation whose name holds it', () => {
    const text = 'Head\nOSTBY, May 2 - The Dockers’ Union of Ostby called a strike. Most grain passes through Ostby.';
    const s = actors(text);
    expect(s.find((a) => a.kind === 'organisation')?.mentions).toEqual(['Dockers’ Union of Ostby']);
    expect(s.find((a) => a.kind === 'place' && a.name === 'Ostby')?.mentions).toContain('Ostby');
  });
});

describe('companies and the people who speak for them', () => {
  it('"X of Y Capital said": the person and the firm are two actors, and the person speaks', () => {
    const s = suggest('Head\nAnalysts were divided. But Irene Sato of Bluehill Capital said the plan was risky: “Talent leaves first.”');
    expect(s.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Irene Sato']);
    expect(s.actors.filter((a) => a.kind === 'organisation').map((a) => a.name)).toEqual(['Bluehill Capital']);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Irene Sato']);
  });

  it('keeps "Bank of England"-like names and titles whole', () => {
    expect(named('Head\nThe Bank of Ostby raised rates. The Duke of Carrow Hall opened the fair.', 'organisation')).toContain('Bank of Ostby');
  });

  it('a kind of company opening a headline describes the name after it ("Chipmaker Orvane to cut jobs")', () => {
    const s = actors('Chipmaker Orvane to cut 1,200 jobs\nOrvane Semiconductor said on Monday it would cut jobs.');
    expect(s.map((a) => [a.name, a.kind])).toEqual([['Orvane Semiconductor', 'organisation']]);
    expect(s[0]!.mentions).toContain('Orvane');
  });

  it('names joined by "&" are one firm ("Kessler & Moor"); "and" still splits two people', () => {
    const text = 'Head\n“It was overdue,” said Felix Brandt, an analyst at Kessler & Moor. Ana Roe and Ivo Senn said they disagreed.';
    expect(named(text, 'organisation')).toEqual(['Kessler & Moor']);
    expect(named(text, 'person')).toEqual(['Felix Brandt', 'Ana Roe', 'Ivo Senn']);
  });

  it('a lone name used as a modifier or a party tag is not a person ("the Dunlow plant said", "D-N.M., who wrote")', () => {
    const text = 'Head\nA spokeswoman for workers at the Dunlow plant said it had not been consulted.\n“It is overdue,” said Sen. Maria Delgado, D-N.M., who wrote the bill.';
    expect(named(text, 'person')).toEqual(['Maria Delgado']);
  });
});

describe('institutions that speak', () => {
  it('"a Treasury spokesperson said": the institution speaks; "Opposition spokeswoman X" is a person’s title', () => {
    const text = 'Head\nA Treasury spokesperson said the government “will not comment”.\nOpposition spokeswoman Dana Roe said: “It is chaos.”';
    const s = suggest(text);
    expect(s.actors.map((a) => [a.name, a.kind])).toEqual([['Treasury', 'organisation'], ['Dana Roe', 'person']]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Treasury', 'Dana Roe']);
  });

  it('a rank before "X of Kelby Police" stays with the person, the force is an organisation, and "she said" is her', () => {
    const s = suggest('Head\nDetective Inspector Laura Finch of Kelby Police said officers were called at 11pm. “Nobody was inside,” she said.');
    expect(s.actors.map((a) => [a.name, a.kind, a.role])).toEqual([['Laura Finch', 'person', 'Detective Inspector'], ['Kelby Police', 'organisation', null]]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Laura Finch']);
  });

  it('a firm named by its trade ("Norbeck Fisheries"), but a portfolio before a title is part of the title', () => {
    expect(named('Head\nThe warehouse belonged to Norbeck Fisheries, which employs forty people.', 'organisation')).toEqual(['Norbeck Fisheries']);
    expect(actors('Head\nOrran Fisheries Secretary Karim Tall called it “a fair deal”.').map((a) => [a.name, a.kind])).toEqual([['Karim Tall', 'person']]);
  });
});

describe('roles written before a name', () => {
  it('"the mayor of Grendon, Alice Tarrant": the role keeps its "of" phrase, Grendon is a place, and "the mayor" is her', () => {
    const s = suggest('Head\nThe mayor of Grendon, Alice Tarrant, ruled out higher fees. Business leader Paul Nye agreed.\nThe mayor said the budget was tight.');
    const alice = s.actors.find((a) => a.name === 'Alice Tarrant')!;
    expect(alice.role).toBe('mayor of Grendon');
    expect(alice.mentions).toContain('The mayor');
    expect(s.actors.find((a) => a.name === 'Grendon')?.kind).toBe('place');
  });

  it('a role phrase right before a name introduces that name; it is not a mention of someone named earlier', () => {
    const s = suggest('Head\nChamber chief executive Paul Nye backed the plan. The opposition group leader on the council, Fiona Blake, said the mayor was “ducking hard choices”.');
    expect(s.actors.find((a) => a.name === 'Paul Nye')!.mentions).toEqual(['Paul Nye']);
    expect(s.actors.find((a) => a.name === 'Fiona Blake')!.role).toBe('opposition group leader on the council');
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Fiona Blake']);
  });

  it('an owner’s name, or a role with a verb-like word in it, still introduces the name ("Halvard’s chief executive, X", "the state transport minister, Y")', () => {
    const s = suggest('Head\nHalvard’s chief executive, Tomas Brekke, called the vote a mistake. Unions will ask the state transport minister, Ada Lund, to step in. She has not replied.');
    // (The owner's name, an organisation, says whose role it is.)
    expect(s.actors.find((a) => a.name === 'Tomas Brekke')?.role).toBe('chief executive of Halvard');
    expect(s.actors.find((a) => a.name === 'Ada Lund')?.role).toBe('state transport minister');
  });

  it('a paper named in a sentence’s opening phrase is no role of the name after the comma ("According to a report in the Harbour Leader, Gov. X")', () => {
    const s = suggest('Head\nAccording to a report in the Harbour Leader of Port Lyle, Gov. Ann Petrie launched the campaign on Monday.');
    // Her role is the office "Gov." stands for, nothing of the paper's name.
    expect(s.actors.find((a) => a.name === 'Ann Petrie')).toMatchObject({ kind: 'person', role: 'Governor' });
  });

  it('a headline quote after "Role:" or "Name:" is that person’s', () => {
    const s = suggest('Mayor: ‘We will not raise fees’\nThe mayor of Grendon, Alice Tarrant, spoke on Tuesday.');
    expect(s.quotes.map((q) => [q.exact, q.speaker])).toEqual([['We will not raise fees', 'Alice Tarrant']]);
    expect(suggest('Tarrant: “No new fees”\nAlice Tarrant spoke on Tuesday.').quotes.map((q) => q.speaker)).toEqual(['Alice Tarrant']);
  });
});

describe('analysts, parties and headline words', () => {
  it('"Another economist, X of Y Research, was cautious. She said …": X is a person and the subject "she" refers to', () => {
    const s = suggest('Head\nBank president Ingrid Solberg spoke first. Solberg said the board agreed.\nAnother economist, Lucia Moreno of Vantage Research, was more cautious. She said wages were “uncomfortably high”.');
    expect(s.actors.filter((a) => a.kind !== 'place').map((a) => [a.name, a.kind])).toEqual([['Ingrid Solberg', 'person'], ['Lucia Moreno', 'person'], ['Vantage Research', 'organisation']]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Lucia Moreno']);
  });

  it('"a spokesman for Nordline Ferries said" makes the firm an organisation that speaks', () => {
    const s = suggest('Head\nShipping firms welcomed the news. A spokesman for Nordline Ferries said services would “resume on Thursday”.');
    expect(s.actors.map((a) => [a.name, a.kind])).toEqual([['Nordline Ferries', 'organisation']]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Nordline Ferries']);
  });

  it('"the opposition Green party said" makes the party an organisation that speaks', () => {
    const s = suggest('Head\nThe opposition Green party said the bank was “ignoring households”.');
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Green party']);
  });

  it('a word opening the headline is not a mention of an organisation whose name holds it ("Central bank holds rates")', () => {
    const s = actors('Central bank holds rates\nThe Halden Central Bank kept rates on hold.');
    expect(s.find((a) => a.name === 'Halden Central Bank')!.mentions).toEqual(['Halden Central Bank']);
  });

  it('"the Port of Vellmar said" is the port’s authority, an organisation, kept whole even when its town is a known place ("Port of Rotterdam")', () => {
    expect(named('Harbour fees rise\nFees will rise in May, the Port of Vellmar said on Monday.', 'organisation')).toEqual(['Port of Vellmar']);
    const s = actors('Dock strike ends\nDockers went back to work, the Port of Rotterdam said.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([['organisation', 'Port of Rotterdam']]);
    expect(named('Head\nThe Port of Rotterdam said on Monday that fees would rise.', 'organisation')).toEqual(['Port of Rotterdam']);
    // Where the words say a place, it is no organisation.
    expect(named('Storm warning\nThree ships sheltered in the Port of Vellmar overnight.', 'organisation')).toEqual([]);
  });

  it('a sentence’s first word is no short name for an organisation that is "<that word> of …", nor for one of several that open with it ("Port strike ends")', () => {
    const s = actors('Port strike ends\nA spokesman for the Port of Kessel said work resumed. The Port Authority of Marrow declined to comment.');
    expect(s.map((a) => a.name).sort()).toEqual(['Port Authority of Marrow', 'Port of Kessel']);
    for (const a of s) expect(a.mentions).not.toContain('Port');
    // One organisation that opens with the word, named by its first word alone, is still found ("Emirates" for "Emirates Airline").
    const one = actors('Head\nVestra Holdings reported on Monday. Vestra said profits rose.');
    expect(one.find((a) => a.name === 'Vestra Holdings')!.mentions).toEqual(['Vestra Holdings', 'Vestra']);
  });
});

describe('"the company" after two organisations', () => {
  it('is not the organisation that acted on it in the same sentence ("the authority fined the operator")', () => {
    const s = suggest('Head\nBellmoor Utilities was fined on Tuesday. The Harbour Standards Board fined the operator for spills. “We will appeal,” the operator said.');
    const org = (name: string) => s.actors.find((a) => a.name === name)!;
    expect(org('Bellmoor Utilities').mentions).toEqual(['Bellmoor Utilities', 'the operator']);
    expect(org('Harbour Standards Board').mentions).toEqual(['Harbour Standards Board']);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Bellmoor Utilities']);
    // After a verb that opens the subject's own clause, the reference is the subject itself.
    const own = suggest('Head\nBellmoor Utilities was fined. Corvane Energy said the company would appeal.');
    expect(own.actors.find((a) => a.name === 'Corvane Energy')!.mentions).toEqual(['Corvane Energy', 'the company']);
  });

  it('a business noun ("the firm", "the company") does not refer to a public body or a charity named just before', () => {
    const s = suggest('Head\nTarnwell Foods cut 300 jobs. The Fenby Workers Trust, a charity, called the cuts cruel. The firm said demand had fallen.');
    expect(s.actors.find((a) => a.name === 'Tarnwell Foods')!.mentions).toEqual(['Tarnwell Foods', 'The firm']);
    expect(s.actors.find((a) => a.name === 'Fenby Workers Trust')!.mentions).toEqual(['Fenby Workers Trust']);
    // "the group" may still be any organisation: the one named last.
    expect(suggest('Head\nTarnwell Foods cut jobs. The Fenby Workers Trust protested. The group said it would march.').actors.find((a) => a.name === 'Fenby Workers Trust')!.mentions).toEqual(['Fenby Workers Trust', 'The group']);
  });
});

describe('"the company" and "the charity": the organisation the story is about', () => {
  it('is not a rival named in passing ("Larger rivals J.B. Hunt and …")', () => {
    const s = suggest('Head\nHalvorsen Logistics reported a drop in profit. Larger rivals J.B. Hunt Transport Services have also reported weaker results. "Returning cash remains a priority," the company said.');
    expect(s.actors.find((a) => a.name === 'Halvorsen Logistics')!.mentions).toEqual(['Halvorsen Logistics', 'the company']);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Halvorsen Logistics']);
  });

  it('is the one introduced with the noun before its name ("The company, Vettly, …", "run by the charity Northern Care Partnership")', () => {
    const s = suggest('Head\nThe company, Vettly, was founded by two former Harlow Systems engineers. Critics said the company had moved too fast.');
    expect(s.actors.find((a) => a.name === 'Vettly')!.mentions).toEqual(['Vettly', 'the company']);
    const c = suggest('Head\nThe home in Harrogate is run by the charity Northern Care Partnership (NCP). The case was heard at Leeds Crown Court. In a statement read to the court, the charity said it had "completely overhauled" its controls.');
    expect(c.actors.find((a) => a.name === 'Leeds Crown Court')!.mentions).toEqual(['Leeds Crown Court', 'the court']);
    expect(c.quotes.map((q) => q.speaker)).toEqual(['Northern Care Partnership']);
  });
});

describe('places named with "of" or "and", and places that are surnames', () => {
  it('"in Port of Spain" is one place, and the country of two islands is one ("Trinidad and Tobago")', () => {
    const s = actors('Freight talks open\nDelegates met in Port of Spain on Monday. “Rates doubled,” said Ines Rowe, an official from Trinidad and Tobago.');
    expect(s.filter((a) => a.kind === 'place').map((a) => a.name)).toEqual(['Port of Spain', 'Trinidad and Tobago']);
  });

  it('an organisation "of" two places joined by "and" is one, and the words before "of" name it again ("the Port Authority")', () => {
    const s = actors('Head\nThe Port Authority of New York and New Jersey sent an observer. “We are watching,” said Leo Marsh, a spokesman. The Port Authority declined to say more.');
    expect(s.filter((a) => a.kind === 'organisation').map((a) => [a.name, a.mentions])).toEqual([['Port Authority of New York and New Jersey', ['Port Authority of New York and New Jersey', 'Port Authority']]]);
    expect(s.filter((a) => a.kind === 'place')).toEqual([]);
  });

  it('countries news names less often are places ("left Chad and Niger"), while "Chad" before a surname stays a given name', () => {
    const s = actors('Farm prices fall\n“We are losing money,” said Chad Brennan, a farmer. Troops left Chad and Niger last year, officials in Togo said.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([['person', 'Chad Brennan'], ['place', 'Chad'], ['place', 'Niger'], ['place', 'Togo']]);
  });

  it('a place’s name that is the surname of someone named before, right before a speech verb, is that person speaking', () => {
    const s = suggest('Head\n“It was fun,” said Denzel Washington, an actor. “Really,” Washington said. Ann Kingston spoke too. “Yes,” Kingston said.');
    expect(s.actors.filter((a) => a.kind === 'place')).toEqual([]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Denzel Washington', 'Denzel Washington', 'Ann Kingston']);
  });
});

describe('acronyms and owners’ roles', () => {
  it('an acronym that speaks is an organisation ("But WWF said"), not a role ("the CEO said") nor a market symbol ("XAU= added 0.1%")', () => {
    expect(actors('Head\nBut WWF said the cut did not go far enough.').map((a) => [a.kind, a.name])).toEqual([['organisation', 'WWF']]);
    expect(actors('Head\nThe CEO said profits rose.')).toEqual([]);
    expect(actors('Head\nSpot gold XAU= added 0.1% to $1,472 an ounce. The index .NDXQ added 20.72 points.')).toEqual([]);
  });

  it('", the group’s marine policy officer" after a name is a person’s role, not an appositive naming an organisation', () => {
    const s = actors('Head\n“Cod stocks are low,” said Jonas Berg, the group’s marine policy officer.');
    expect(s.map((a) => [a.kind, a.name, a.role])).toEqual([['person', 'Jonas Berg', 'group’s marine policy officer']]);
  });
});

describe('organisations with a remit after "for the" or "of the"', () => {
  it('keeps the whole name ("International Council for the Exploration of the Sea"), but not after a person ("Ann Roe of the BBC")', () => {
    expect(named('Head\nThe advice came from the International Council for the Exploration of the Sea, a science body.', 'organisation')).toEqual(['International Council for the Exploration of the Sea']);
    expect(actors('Head\n“It is late,” said Ann Roe of the Harbour Gazette.').map((a) => a.name)).toContain('Ann Roe');
  });

  it('a possessive name before one is kept, and the office it heads is named again in lower case ("the prosecutor’s office said")', () => {
    const s = suggest('Head\nHe was charged, the U.S. Attorney’s Office for the Western District of Kelby said. “He made threats,” the prosecutor’s office said.');
    const org = s.actors.find((a) => a.kind === 'organisation')!;
    expect(org.name).toBe('U.S. Attorney’s Office for the Western District of Kelby');
    expect(org.mentions).toContain('prosecutor’s office');
    expect(s.quotes.map((q) => q.speaker)).toEqual([org.name]);
  });
});

describe('a court report', () => {
  it('a rank before a name says a person even where the name is not a known one ("Detective Sergeant Priya Nair of Dunmere Police")', () => {
    const s = suggest('Head\nDetective Sergeant Priya Nair of Dunmere Police said the case took years. “This was complex,” she said.');
    expect(s.actors.map((a) => [a.kind, a.name])).toEqual([['person', 'Priya Nair'], ['organisation', 'Dunmere Police']]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Priya Nair']);
  });

  it('"Gerald Pask, 61, of Wexley, admitted": the town is a place, and the man speaks', () => {
    expect(actors('Head\nGerald Pask, 61, of Wexley, admitted 14 counts of fraud.').map((a) => [a.kind, a.name])).toEqual([['person', 'Gerald Pask'], ['place', 'Wexley']]);
  });

  it('letters after a name do not hide who speaks ("Pask’s barrister, Tom Achebe KC, said")', () => {
    const s = suggest('Head\nGerald Pask admitted fraud.\nPask’s barrister, Tom Achebe KC, said his client was “deeply ashamed”.');
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Tom Achebe']);
  });
});

describe('a foreign story about a country the gazetteer does not know', () => {
  it('"the government of Valdoria" names a place, so a spokeswoman\'s "she said" is hers, not the country\'s', () => {
    const s = suggest('Head\nThe government of Valdoria announced water rationing.\nA foreign ministry spokeswoman, Rita Mendes, said Valdoria had asked for help. “Several governments have responded,” she said.');
    expect(s.actors.map((a) => [a.kind, a.name])).toEqual([['place', 'Valdoria'], ['person', 'Rita Mendes']]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Rita Mendes']);
  });
});

describe('a place named with a possessive', () => {
  it('"off Robin Hood’s Bay" and "in St John’s Wood" are places, and "Robin Hood" there is no person', () => {
    expect(actors('Head\nThe crew rescued nine people off Robin Hood’s Bay in 1979. Her sister lived in St John’s Wood.').map((a) => [a.kind, a.name])).toEqual([['place', 'Robin Hood’s Bay'], ['place', 'St John’s Wood']]);
  });
});

describe('a science story', () => {
  it('"led by Dr Ana Roe of the University of Bergen and Professor Kofi Mensah of Cardiff University": two people, two universities', () => {
    const s = suggest('Head\nThe study was led by Dr Ana Roe of the University of Bergen and Professor Kofi Mensah of Cardiff University.\nProf Mensah was cautious. “Tempting, yes,” he said.');
    expect(s.actors.map((a) => [a.kind, a.name]).sort()).toEqual([['organisation', 'Cardiff University'], ['organisation', 'University of Bergen'], ['person', 'Ana Roe'], ['person', 'Kofi Mensah']]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Kofi Mensah']);
  });
});

describe('a trading company "of" its home town', () => {
  it('"Kestrel Maritime of Aberdeen" is Kestrel Maritime (later "Kestrel"), not a company named after the town; "the Bank of England" stays whole', () => {
    const s = suggest('Head\nHarbourline Group will buy Kestrel Maritime of Aberdeen, the companies said.\nKestrel\'s chief executive, Ingrid Sorensen, said the deal was good. The Bank of England made no comment.');
    const orgs = s.actors.filter((a) => a.kind === 'organisation');
    expect(orgs.map((a) => a.name).sort()).toEqual(['Bank of England', 'Harbourline Group', 'Kestrel Maritime']);
    expect(orgs.find((a) => a.name === 'Kestrel Maritime')!.mentions).toEqual(['Kestrel Maritime', 'Kestrel']);
  });
});

describe('an organisation named again by its head noun, capitalised', () => {
  it('"the Commission" after "the European Commission" is it, but not "the Commission for Harbour Safety"', () => {
    const s = actors('Head\nThe European Commission proposed a cut. The Commission rejected the charge.');
    expect(s.map((a) => [a.name, a.mentions])).toEqual([['European Commission', ['European Commission', 'The Commission']]]);
    const other = actors('Head\nThe European Commission proposed a cut. The Commission for Harbour Safety objected.');
    expect(other.find((a) => a.name === 'European Commission')!.mentions).toEqual(['European Commission']);
  });
});

describe('sports reports', () => {
  it('a club’s name ending with "United", "Albion", "Hotspur" or "Thistle" is an organisation; "United States" stays a place', () => {
    const text = 'Head\nThe result leaves Castlebridge clear of Dunmore United, who drew at Kelby. He joined Leeds United in May.\nTottenham Hotspur lost. Partick Thistle won. The United States and the United Kingdom agreed.';
    expect(actors(text).map((a) => [a.kind, a.name])).toEqual([
      ['organisation', 'Dunmore United'],
      ['place', 'Kelby'],
      ['organisation', 'Leeds United'],
      ['organisation', 'Tottenham Hotspur'],
      ['organisation', 'Partick Thistle'],
      ['place', 'United States'],
      ['place', 'United Kingdom'],
    ]);
  });

  it('a person named only in the possessive is a person ("Lena Fischer’s cross")', () => {
    expect(named('Head\nRovers equalised when Lena Fischer’s cross was turned in.', 'person')).toEqual(['Lena Fischer']);
  });

  it('"the Frenchman", like "the Italian", is nobody’s name', () => {
    expect(named('Head\nRene Blanc left early. The Frenchman said he had a train.', 'person')).toEqual(['Rene Blanc']);
  });
});

describe('lawmakers, rivers and portfolios', () => {
  it('"Sen. Mike Crapo, R-Idaho," names a person, not a person "R-Idaho"', () => {
    expect(named('Head\nThe chairman, Sen. Mike Crapo, R-Idaho, said he expected a vote. Sen. Mike Lee, R-Utah, agreed.', 'person')).toEqual(['Mike Crapo', 'Mike Lee']);
  });

  it('a place word first names a place ("the River Severn", "Lake Geneva"), but not "Mount Sinai Hospital"', () => {
    expect(named('Head\nResidents left after the River Severn burst its banks. Flooding hit Lake Geneva.', 'place')).toEqual(['River Severn', 'Lake Geneva']);
    expect(named('Head\nShe was taken to Mount Sinai Hospital.', 'place')).toEqual([]);
  });

  it('a portfolio is part of the role ("Housing Minister" opening a sentence, "Shadow housing secretary", "White House press secretary"), "Council" still no person’s portfolio', () => {
    const s = actors('Head\nHousing Minister Matthew Pennycook disputed the figures. Shadow housing secretary Kemi Adeyemi objected. White House press secretary Karine Jean-Pierre said no. The housing crisis goes on.');
    expect(s.map((a) => [a.name, a.role])).toEqual([
      ['Matthew Pennycook', 'Housing Minister'],
      ['Kemi Adeyemi', 'Shadow housing secretary'],
      ['Karine Jean-Pierre', 'White House press secretary'],
    ]);
    expect(actors('Head\nCouncil President Luis Ortega said no. The council met.').map((a) => [a.kind, a.name])).toEqual([['person', 'Luis Ortega']]);
  });
});

describe('an unnamed spokesperson met again', () => {
  it('"the spokesperson said" is whom "a spokesperson for the agency" or "a WeWork spokesperson" spoke for', () => {
    const s = suggest('Head\nThe Environment Agency opened its barriers. A spokesperson for the agency said teams worked all night. “The river is the highest we have seen,” the spokesperson said.');
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Environment Agency']);
    const w = suggest('Head\nWeWork cut jobs.\n“We are cooperating,” said a WeWork spokesperson. “We will say more,” the spokesperson said.');
    expect(w.quotes.map((q) => q.speaker)).toEqual(['WeWork', 'WeWork']);
  });

  it('"the spokeswoman" is not someone named only after it', () => {
    const s = suggest('Head\nAcme Ltd cut jobs.\n“We will say more,” the spokeswoman said. Ana Roe, a spokeswoman for Brine Co, said no.');
    expect(s.actors.find((a) => a.name === 'Ana Roe')!.mentions).toEqual(['Ana Roe']);
  });
});

describe('institutions of one word', () => {
  it('"The Kremlin denied the claim", "the Knesset voted": an organisation, not a person', () => {
    expect(actors('Head\nThe Kremlin denied the claim. Later the Knesset voted and the Pentagon said nothing.').map((a) => [a.kind, a.name])).toEqual([
      ['organisation', 'Kremlin'],
      ['organisation', 'Knesset'],
      ['organisation', 'Pentagon'],
    ]);
  });
});

describe('political parties', () => {
  it('a party named by its short name alone is found ("Labour lost nine seats"), and "the party" after its director is it', () => {
    const s = suggest('Head\nThe Green Party won control of the council, while Labour lost nine councillors.\nLabour’s regional director, Tom Ashby, conceded defeat. He said the party would “listen and learn”.');
    const labour = s.actors.find((a) => a.name === 'Labour Party')!;
    expect([labour.kind, labour.role, labour.mentions]).toEqual(['organisation', 'political party', ['Labour', 'the party']]);
    expect(s.actors.find((a) => a.name === 'Liberal Democrats')).toBeUndefined();
  });

  it.each([
    ["Austria's ÖVP has long called for the law to be scrapped.", 'ÖVP'],
    ['Fidesz has governed since 2010.', 'Fidesz'],
    ['The opposition Law and Justice party lost.', 'Law and Justice'],
    ['Zanu-PF denied the claims.', 'Zanu-PF'],
    ['Groups including WWF and Greenpeace objected.', 'WWF'],
  ])('a party or a campaign group that news names with no cue is known: %s', (sentence, name) => {
    expect(actors(`Head\n${sentence}`).find((a) => a.name === name)?.kind).toBe('organisation');
  });

  it('"House Democrats", "Louisiana Democrats": a party’s members named as one body are an organisation, not a person', () => {
    const s = actors('Head\nLouisiana Democrats re-elected Governor John Bel Edwards. House Democrats have limited their inquiry. House Republicans objected.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([
      ['organisation', 'Louisiana Democrats'],
      ['person', 'John Bel Edwards'],
      ['organisation', 'House Democrats'],
      ['organisation', 'House Republicans'],
    ]);
  });
});

describe('"the company" and a verb after a comma', () => {
  it('"a factory near Phoenix, the company announced": Phoenix is no company, and "the company" is the one named before', () => {
    const s = actors('Head\nVeltrix Semiconductor will build a factory near Phoenix, the company announced on Thursday.');
    expect(s.map((a) => [a.kind, a.name, a.mentions])).toEqual([
      ['organisation', 'Veltrix Semiconductor', ['Veltrix Semiconductor', 'the company']],
      ['place', 'Phoenix', ['Phoenix']],
    ]);
    // An appositive still says what a name is: "Quillon, the health technology company, said".
    expect(named('Head\nQuillon, the health technology company, said it would hire.', 'organisation')).toEqual(['Quillon']);
  });
});

describe('outlets and unions named by one word', () => {
  it('"he told the Guardian", "writing in the Times": a newspaper; "the Guardian" alone elsewhere names nothing', () => {
    expect(actors('Head\nRoe told the Guardian it was bad. Writing in the Times, Ann Fry agreed.').filter((a) => a.kind === 'organisation').map((a) => [a.name, a.role])).toEqual([
      ['Guardian', 'news organisation'],
      ['Times', 'news organisation'],
    ]);
    expect(named('Head\nThe old Guardian building was sold.', 'organisation')).toEqual([]);
  });

  it('"the Unite union said": a union named by its own word and "union" in lower case', () => {
    expect(named('Head\nDockers voted for action, the Unite union said.', 'organisation')).toEqual(['Unite union']);
  });
});

describe('people from a place, and titles before "of"', () => {
  it('"Ohioans", "a Californian", "Londoners" are people from a known place, not names', () => {
    expect(actors('Head\n“Today is a victory for Ohioans,” said Ann Roe. Most Ohioans want change, and many Londoners and Californians agree.').map((a) => [a.kind, a.name])).toEqual([['person', 'Ann Roe']]);
  });

  it('"co-founder and CEO of Northwind Labs": the organisation is Northwind Labs', () => {
    const s = actors('Head\n“It works,” said Dana Okafor, co-founder and CEO of Northwind Labs.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([
      ['person', 'Dana Okafor'],
      ['organisation', 'Northwind Labs'],
    ]);
  });
});

describe('shoals and spokespeople of institutions', () => {
  it('"the Second Thomas Shoal", "the Mekong Delta" are places; "Delta Air Lines" is not', () => {
    const s = actors('Head\nVessels clashed near the Second Thomas Shoal. Delta Air Lines flew. Floods hit the Mekong Delta.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([
      ['place', 'Second Thomas Shoal'],
      ['organisation', 'Delta Air Lines'],
      ['place', 'Mekong Delta'],
    ]);
  });

  it('the institution a spokesperson speaks for is part of the role ("Chinese foreign ministry spokesperson Mao Ning", "Union spokesman Bob Roe")', () => {
    const s = actors('Head\nChinese foreign ministry spokesperson Mao Ning told a briefing it was wrong. Later, union spokesman Bob Roe said no.');
    expect(s.filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([
      ['Mao Ning', 'Chinese foreign ministry spokesperson'],
      ['Bob Roe', 'union spokesman'],
    ]);
  });
});

describe('debates and regions', () => {
  it('a role opening a sentence is no part of the name ("Moderator Claire Perry"), and "the incumbent, Marvin Rees," is his role', () => {
    const s = actors('Head\n“We built homes,” said the incumbent, Marvin Rees.\nModerator Claire Perry asked both candidates about a tourist tax.');
    expect(s.map((a) => [a.name, a.role])).toEqual([
      ['Marvin Rees', 'incumbent'],
      ['Claire Perry', 'Moderator'],
    ]);
  });

  it('"the South West", "the Middle East" are regions, not people; "Ann West" is a person', () => {
    const s = actors('Head\nHomes in the South West cost more, Ann West said. The Middle East is tense.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([
      ['place', 'South West'],
      ['person', 'Ann West'],
      ['place', 'Middle East'],
    ]);
  });
});

describe('offices written as honorifics', () => {
  it('"U.S. District Judge Algenon Marbley", "Chief Justice John Roberts", "Judge Rosalind Ibe" hold those roles; "Dr Ann Roe" holds none', () => {
    const s = actors('Head\nU.S. District Judge Algenon Marbley blocked the law. Chief Justice John Roberts wrote the opinion. Judge Rosalind Ibe sentenced him. Dr Ann Roe agreed.');
    expect(s.map((a) => [a.name, a.role])).toEqual([
      ['Algenon Marbley', 'U.S. District Judge'],
      ['John Roberts', 'Chief Justice'],
      ['Rosalind Ibe', 'Judge'],
      ['Ann Roe', null],
    ]);
  });
});

describe('a group’s name that ends like a place, and harbour masters', () => {
  it('"environmental group Blue Fjord" is the group; "Northern Grid says" is a company; "harbour master Eline Dahl" keeps the harbour', () => {
    const s = actors('Head\nBut environmental group Blue Fjord said the cut did not go far enough. Northern Grid says repairs could take days. “It is clean,” said harbour master Eline Dahl.');
    expect(s.map((a) => [a.kind, a.name, a.role])).toEqual([
      ['organisation', 'Blue Fjord', null],
      ['organisation', 'Northern Grid', null],
      ['person', 'Eline Dahl', 'harbour master'],
    ]);
  });
});

describe('charities', () => {
  it('"the charity" is the trust named before, never a department; "Independent food banks" does not name the "Independent Food Aid Network"', () => {
    const s = actors('Head\nFood bank use hit a record, the Trussell Trust said. The charity handed out 1.6 million parcels.\nIndependent food banks reported a similar rise, said Sabine Goodwin of the Independent Food Aid Network. The Department for Work and Pensions disagreed.');
    expect(s.filter((a) => a.kind === 'organisation').map((a) => [a.name, a.mentions])).toEqual([
      ['Trussell Trust', ['Trussell Trust', 'The charity']],
      ['Independent Food Aid Network', ['Independent Food Aid Network']],
      ['Department for Work and Pensions', ['Department for Work and Pensions']],
    ]);
  });
});

describe('regulators and agencies by their short names', () => {
  it('"Ofcom has opened an investigation … The regulator said" is Ofcom, a regulator; "VW" is Volkswagen', () => {
    const s = actors('Head\nOfcom has opened an investigation into Skyline Telecom. The regulator said it would examine the outage.\nVolkswagen recalled cars. VW says the fault is fixed.');
    expect(s.map((a) => [a.name, a.role, a.mentions])).toEqual([
      ['Ofcom', 'communications regulator', ['Ofcom', 'The regulator']],
      ['Skyline Telecom', null, ['Skyline Telecom']],
      ['Volkswagen', 'company', ['Volkswagen', 'VW']],
    ]);
  });

  it('an acronym the text defines in brackets is that name’s, not a known agency’s ("Essard Port Authority (EPA)")', () => {
    const s = actors('Head\nThe Essard Port Authority (EPA) raised fees. The EPA’s chief executive defended the timing.');
    expect(s.map((a) => [a.name, a.mentions])).toEqual([['Essard Port Authority', ['Essard Port Authority', 'EPA']]]);
  });

  it('"Acme’s director of sales, Ann Roe," makes Acme an organisation, where no one tags it as a person', () => {
    expect(named('Head\nThe outage angered users. Skylark’s director of networks, Ann Roe, apologised.', 'organisation')).toEqual(['Skylark']);
  });
});

describe('a place run together with a name, and names the corpus showed as people', () => {
  it('"ambassador to Britain Liu Xiaoming", "In France Emmanuel Macron": the place and the person; "Indiana Jones" stays whole', () => {
    const s = actors('Head\nChina’s ambassador to Britain Liu Xiaoming said China was ready. In France Emmanuel Macron spoke.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([
      ['place', 'China'],
      ['place', 'United Kingdom'],
      ['person', 'Liu Xiaoming'],
      ['place', 'France'],
      ['person', 'Emmanuel Macron'],
    ]);
    expect(named('Head\nThe Indiana Jones Collection is on sale.', 'place')).toEqual([]);
  });

  it('"New York Mayor Eric Adams" opening a sentence keeps "New" in the role', () => {
    expect(actors('Head\nNew York Mayor Eric Adams agreed.').map((a) => [a.name, a.role])).toEqual([['Eric Adams', 'New York Mayor']]);
  });

  it('"Another wondered", "Employee Steve Castro tells", "Audi says", "told Gizmodo": no person named Another, Employee, Audi or Gizmodo', () => {
    const s = actors('Head\nAnother wondered why. Employee Steve Castro tells the paper he fought. Audi says the car is fast. Dempsey told Gizmodo by email.');
    expect(s.map((a) => [a.kind, a.name, a.role])).toEqual(
      expect.arrayContaining([
        ['person', 'Steve Castro', 'Employee'],
        ['organisation', 'Audi', 'company'],
        ['person', 'Dempsey', null],
        ['organisation', 'Gizmodo', 'news organisation'],
      ]),
    );
    expect(s).toHaveLength(4);
  });
});

describe('openers, workplaces and industries', () => {
  it('"Sentencing Doyle", "Late Kelly" opening a sentence are no names: the person is the one named in full', () => {
    const s = actors('Late Kelly header sends Carrow through\nCarrow won after Sipho Kelly, 19, headed in.\nLiam Doyle, 41, admitted fraud.\nSentencing Doyle on Friday, Judge Ann Lee told him: "You did not care."\nDoyle\'s barrister, Tom Reed, said he was sorry.');
    expect(s.filter((a) => a.kind === 'person').map((a) => [a.name, a.mentions])).toEqual([
      ['Sipho Kelly', ['Sipho Kelly', 'Kelly']],
      ['Liam Doyle', ['Liam Doyle', 'Doyle']],
      ['Ann Lee', ['Ann Lee']],
      ['Tom Reed', ['Tom Reed']],
    ]);
    // An opening word that is part of an organisation's name stays.
    expect(named('Head\nReading Borough Council said the road was shut. The council said it was sorry.', 'organisation')).toEqual(['Reading Borough Council']);
  });

  it('"analysts at Brightwater" work at an organisation, and "an analyst at the firm" refers to it, not to the company the story is about', () => {
    const s = actors('Head\nOrvane Bank cut its forecast. Analysts at Brightwater said it was expected. “It is the peak,” said Jo Pell, an analyst at the firm.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([
      ['organisation', 'Orvane Bank'],
      ['organisation', 'Brightwater'],
      ['person', 'Jo Pell'],
    ]);
    expect(s.find((a) => a.name === 'Brightwater')!.mentions).toContain('the firm');
  });

  it('a name ending in the word the text calls an industry by is an organisation ("Harbour Gas … a gas supplier")', () => {
    expect(named('Head\nHarbour Gas raised prices on Monday, the third gas supplier to do so this year.', 'organisation')).toEqual(['Harbour Gas']);
    // A person named so stays a person.
    expect(named('Head\nJane Steel, who runs a steel company, said prices would rise.', 'person')).toEqual(['Jane Steel']);
  });

  it('"According to Pim van Ost, a broker with the firm Stenmark Partners" is a person named as a source, and the firm is the organisation', () => {
    const s = actors('Head\nPrices rose. According to Pim van Ost, a broker with the firm Stenmark Partners, buyers had gone.');
    expect(s.map((a) => [a.kind, a.name, a.mentions])).toEqual([
      ['person', 'Pim van Ost', ['Pim van Ost']],
      ['organisation', 'Stenmark Partners', ['Stenmark Partners']],
    ]);
  });

  it('"According to Carbon Brief, a draft …" names no person: after "according to", a name vouches for one only with a given name first or a last word the language does not have', () => {
    const s = actors('Head\nAccording to Carbon Brief, a draft text held 40 brackets. According to Global Witness, the mine was illegal. According to Dana Whitfield, the plan failed. According to Kezia Marlow, it did not.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([
      ['person', 'Dana Whitfield'],
      ['person', 'Kezia Marlow'],
    ]);
  });

  it('"the group Tidewatch" describes the organisation named after it; "told the court Pask repaid" does not', () => {
    const s = actors('Head\nThe Marine Agency issued a fine. Ella Ruiz founded the group Tidewatch in 2019.');
    expect(s.find((a) => a.name === 'Marine Agency')!.mentions).not.toContain('the group');
    const court = actors('Head\nJon Pask appeared at Kelby Crown Court. His lawyer told the court Pask had repaid the money.');
    expect(court.find((a) => a.name === 'Kelby Crown Court')!.mentions).toContain('the court');
  });

  it('role references: "the head of enforcement" right after a name describes that name, and "fire that killed a firefighter" names nobody', () => {
    const s = actors('Head\n“It is a fine day,” said Tam Roe, the head of enforcement at the Marine Agency.\nFirefighter Ana Bell, 30, died. It was a blaze that killed a firefighter.');
    expect(s.find((a) => a.name === 'Tam Roe')!.mentions).toEqual(['Tam Roe']);
    expect(s.find((a) => a.name === 'Ana Bell')!.mentions).toEqual(['Ana Bell']);
  });

  it('a role after a name ending in an organisation word keeps only its own words ("… Fire and Rescue Service chief fire officer Dan Hale")', () => {
    const s = actors('Head\nKelby Fire and Rescue Service chief fire officer Dan Hale spoke. Talks between Trade Secretary Ana Mott and Chinese vice-premier Li Wen ended.');
    expect(s.filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([
      ['Dan Hale', 'chief fire officer'],
      ['Ana Mott', 'Trade Secretary'],
      ['Li Wen', 'Chinese vice-premier'],
    ]);
  });
});

describe('offices named by their building, and offices written as abbreviations', () => {
  it('"The White House said", "a Downing Street spokesman" are the offices; "a White House event" names a building and nobody', () => {
    expect(actors('Head\nThe White House said the talks went well. A Downing Street spokesman said the same.').map((a) => [a.kind, a.name, a.role])).toEqual([
      ['organisation', 'White House', 'office of the US president'],
      ['organisation', 'Downing Street', 'office of the UK prime minister'],
    ]);
    expect(actors('Head\nShe spoke at a White House event before flying back to Downing Street.')).toEqual([]);
    // Who speaks for the office, before its name: "a statement from Downing Street" is the office, and its words are.
    const s = suggest('Head\nAccording to a statement from Downing Street, the plan is “on track”. A spokesman for the White House agreed. Tourists waited outside the White House.');
    expect(s.actors.map((a) => [a.name, a.mentions])).toEqual([
      ['Downing Street', ['Downing Street']],
      ['White House', ['White House']],
    ]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Downing Street']);
  });

  it('"Sen.", "Rep.", "Gov." before a name are the offices "Senator", "Representative", "Governor", with any title before them', () => {
    const s = actors('Head\nSen. Ana Pruitt, D-Ore., spoke. Rep. Ivo Grant, a newcomer, did not. Idaho Gov. Kay Moss and U.S. Rep. Lyle Ames were there.');
    expect(s.filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([
      ['Ana Pruitt', 'Senator'],
      ['Ivo Grant', 'Representative'],
      ['Kay Moss', 'Idaho Governor'],
      ['Lyle Ames', 'U.S. Representative'],
    ]);
  });
});

describe('organisations opening a sentence, and long names', () => {
  it('"National Farmers’ Union …" opening a sentence keeps "National" though the text writes "national" elsewhere; a subheading does not count', () => {
    const s = actors('Head\nThe national picture is bleak, with flood damage local and wide.\nNational Growers’ Union president Tom Brady said farms were struggling.\nLocal Ferry Association chair Ana Gill agreed.\nInterior and Technology\nThe interior is quiet.');
    expect(s.map((a) => [a.kind, a.name, a.role])).toEqual([
      ['organisation', 'National Growers’ Union', null],
      ['person', 'Tom Brady', 'National Growers’ Union president'],
      ['organisation', 'Local Ferry Association', null],
      ['person', 'Ana Gill', 'Local Ferry Association chair'],
    ]);
    // A name known on its own is still found inside a longer run: "Opposition Labour Party" is the Labour Party.
    expect(named('Head\nThe opposition was quiet.\nOpposition Labour Party members met.', 'organisation')).toEqual(['Labour Party']);
  });

  it('a name with particles may run to five words, and its one middle word used alone is the same person ("Lula")', () => {
    const s = suggest('Head\nBrazil’s president, Luiz Inácio Lula da Silva, came as a guest. “Trade must be fair,” Lula said.');
    expect(s.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.mentions])).toEqual([['Luiz Inácio Lula da Silva', ['Luiz Inácio Lula da Silva', 'Lula']]]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Luiz Inácio Lula da Silva']);
  });
});

describe('datelines with a state and an agency', () => {
  it('"SAN JOSE, Calif. (AP) — Chipmaker Orvane Semiconductor said": the descriptor opens the sentence, the dateline credits nobody, its state is California, "told the AP" is the agency', () => {
    const s = actors('Chipmaker Orvane to cut jobs\nSAN JOSE, Calif. (AP) — Chipmaker Orvane Semiconductor said Tuesday it would cut 2,000 jobs. Union president Dana Bell told the AP the company had not consulted workers.');
    expect(s.map((a) => [a.kind, a.name, a.mentions])).toEqual([
      ['place', 'San José', ['San José']],
      ['place', 'California', ['Calif']],
      ['organisation', 'Orvane Semiconductor', ['Orvane Semiconductor', 'Orvane', 'the company']],
      ['person', 'Dana Bell', ['Dana Bell']],
      ['organisation', 'Associated Press', ['AP']],
    ]);
  });
});

describe('roles that say whose they are', () => {
  it('"The BFI’s chief economist, Ana Lee" makes the BFI an organisation; "shadow chancellor Tom Whit" keeps "shadow"', () => {
    const s = actors('Head\nThe BFI’s chief economist, Ana Lee, said firms were wary. Her opposite number, shadow chancellor Tom Whit, disagreed.');
    expect(s.map((a) => [a.kind, a.name, a.role])).toEqual([
      ['organisation', 'BFI', null],
      ['person', 'Ana Lee', 'chief economist of BFI'],
      ['person', 'Tom Whit', 'shadow chancellor'],
    ]);
  });
});

describe('a kind of place in lower case before a name', () => {
  it('"the river Wend", "on lake Orta" are places, not words of an organisation named after them', () => {
    const s = actors('Head\nAnika Roy, 41, has tested the river Wend for a decade. Her group, Wend Watch, has 400 volunteers. They also sail on lake Orta.');
    expect(s.map((a) => [a.kind, a.name, a.mentions])).toEqual([
      ['person', 'Anika Roy', ['Anika Roy']],
      ['place', 'Wend', ['Wend']],
      ['organisation', 'Wend Watch', ['Wend Watch']],
      ['place', 'Orta', ['Orta']],
    ]);
  });
});

describe('a role before an honorific name', () => {
  it('"NHS Vell’s medical director, Professor Sir Tom Hale," and "Its president, Professor Ana Ruiz," hold those roles, not "Professor"', () => {
    const s = actors('Head\nNHS Vell’s medical director, Professor Sir Tom Hale, said beds were full. The college was saddened. Its president, Professor Ana Ruiz, spoke. Professor Ian Roe was not there.');
    expect(s.filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([
      ['Tom Hale', 'medical director'],
      ['Ana Ruiz', 'president'],
      ['Ian Roe', 'Professor'],
    ]);
  });
});

describe('names the pronoun and "of" rules had swallowed', () => {
  it('"the US" in a sentence is the country, while "TELL US" in a line of capitals is not', () => {
    expect(named('Head\nThe firm will expand into the US next year.', 'place')).toEqual(['United States']);
    expect(named('TELL US WHAT YOU THINK\nThe firm will expand next year.', 'place')).toEqual([]);
  });

  it('"Prof Rose Luckin of University College London" is a person of an organisation whose name ends in a place', () => {
    const s = suggest('Head\n“We have seen promises,” said Prof Ana Lusk of University College Vell.');
    expect(s.actors.filter((a) => a.kind !== 'other').map((a) => [a.kind, a.name])).toEqual([
      ['person', 'Ana Lusk'],
      ['organisation', 'University College Vell'],
    ]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Ana Lusk']);
  });
});


describe('words of a sports report', () => {
  it('a role noun after a pronoun or an auxiliary is a verb: "They host Orrin Town", "will coach Ilves"', () => {
    const s = actors('Head\nThe result leaves Corby ninth. They host Orrin Town on Tuesday.\nNext season Ada Tull will coach Ilves Rovers.');
    expect(s.filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([['Ada Tull', null]]);
    // A role noun after an article still is one.
    expect(actors('Head\nThe host Jana Orr opened the show.').map((a) => [a.name, a.role])).toEqual([['Jana Orr', 'host']]);
  });

  it('"Northern Premier Division" names a competition: "Premier" is not the title of a person called "Division"', () => {
    expect(named('Head\nHarwick Athletic stayed top of the Northern Premier Division on Saturday.', 'person')).toEqual([]);
  });

  it('a surname opening a paragraph before a comma ("Akers, 31, admitted …") is the person named in full before', () => {
    const s = suggest('Head\nCastlebrook had led through Dion Akers after 23 minutes.\n\nAkers, 31, admitted his side had let a chance slip.');
    expect(s.actors.find((a) => a.name === 'Dion Akers')?.mentions).toEqual(['Dion Akers', 'Akers']);
  });

  it('a word alone is the organisation it opens, not one it ends ("Harwick" is Harwick Athletic, not BBC Radio Harwick)', () => {
    const s = actors('Head\nHarwick Athletic won again. Minto told BBC Radio Harwick he was unhappy. Harwick travel to Morrow next.');
    expect(s.filter((a) => a.kind === 'organisation').map((a) => [a.name, a.mentions])).toEqual([
      ['Harwick Athletic', ['Harwick Athletic', 'Harwick']],
      ['BBC Radio Harwick', ['BBC Radio Harwick']],
    ]);
    // After "of", the last word is the organisation's place, and the name alone still means it.
    const port = actors('Head\nThe Port of Castlereagh wants to expand. Morag Lind chairs the Castlereagh Inshore Fishermen’s Association. If Castlereagh can’t take the ships, they will go elsewhere.');
    expect(port.find((a) => a.name === 'Port of Castlereagh')?.mentions).toEqual(['Port of Castlereagh', 'Castlereagh']);
  });
});

describe('science reports', () => {
  it('initialisms of things ("the DNA", "GDP grew", "an AI model") are not organisations', () => {
    expect(named('Head\nThey compared the DNA of the worms. GDP grew by 2%. An AI model read the scans in the ICU.', 'organisation')).toEqual([]);
  });

  it('a scientist’s trade after an honorific name is the role ("Dr Ana Roe, a marine biologist at Exeter")', () => {
    const s = actors('Head\n“We were stunned,” said Dr Camila Fuentes, a marine biologist at the University of Concepción who led the expedition.');
    expect(s.find((a) => a.name === 'Camila Fuentes')?.role).toBe('marine biologist at the University of Concepción');
  });
});

describe('a local news blog', () => {
  it('a person whose surname is a place word is a person when the given name speaks or holds a role ("Library director Yvonne Park said")', () => {
    const s = actors('Head\nLibrary director Yvonne Park said the cuts would save money. The fair is held in Ferrier Park.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([
      ['person', 'Yvonne Park'],
      ['place', 'Ferrier Park'],
    ]);
  });

  it('the words of an e-mail address hide no name ("Dana Whitcombe … Reach her at dana@…")', () => {
    const s = actors('Head\nThe budget takes effect July 1.\n\nDana Whitcombe covers the county. Reach her at dana@ledger.example or www.ledger.example/dana.');
    expect(s.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Dana Whitcombe']);
  });
});

describe('business, diplomacy and obituaries', () => {
  it('"The Nasdaq-listed company" describes the company named before (a mention of it); it names no organisation', () => {
    const s = actors('Head\nShares in Veltrix Semiconductor fell 14%.\nThe Nasdaq-listed company now expects less revenue, the company said.');
    expect(s.map((a) => [a.name, a.mentions])).toEqual([['Veltrix Semiconductor', ['Veltrix Semiconductor', 'The Nasdaq-listed company', 'the company']]]);
  });

  it('"met his Turkish counterpart, Hakan Fidan," names a person by an office relative to another', () => {
    const s = actors('Head\nChina’s foreign minister, Wang Yi, later met his Turkish counterpart, Hakan Fidan, in Beijing.');
    expect(s.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Wang Yi', 'Hakan Fidan']);
    // ", later met his Turkish counterpart," is a clause about someone else, not Wang Yi's role.
    expect(s.find((a) => a.name === 'Wang Yi')?.role).toBe('foreign minister');
  });

  it('a preposition opening a sentence is no part of a name ("Within Delhi, …", "Across Kenya, …")', () => {
    const text = 'Head\nChief Minister Arvind Kejriwal called the city a “gas chamber.”\nWithin Delhi, pollution will have to fall. “Fossil fuels are the largest cause,” Prakash said. Across Kenya, the mood was grim.\nDelhi has turned into a gas chamber.';
    expect(named(text, 'person')).toEqual(['Arvind Kejriwal', 'Prakash']);
  });

  it('a surname alone is the first of several people named in full with it, whom the story is about', () => {
    const s = actors('Head\nMargaret Ashworth, a marine engineer, has died aged 91.\n“She never gave up,” said her son, David Ashworth.\nAshworth was appointed CBE in 1992.');
    expect(s.filter((a) => a.kind === 'person').map((a) => [a.name, a.mentions])).toEqual([
      ['Margaret Ashworth', ['Margaret Ashworth', 'Ashworth']],
      ['David Ashworth', ['David Ashworth']],
    ]);
    // An honorific's gender still picks between them.
    const mr = actors('Head\nMargaret Ashworth, a marine engineer, has died.\nHer son, David Ashworth, spoke. Mr Ashworth said she was brave.');
    expect(mr.find((a) => a.name === 'David Ashworth')?.mentions).toEqual(['David Ashworth', 'Mr Ashworth']);
  });
});

describe('stories from Delhi, Nairobi and Madrid', () => {
  it('a noun that only describes a role’s own noun is another role: "the farmer" is not the "Farmer leader"', () => {
    const s = actors('Head\nFarmer leader Rakesh Tikait said unions would protest. The bill gives the farmer more freedom, the minister said.');
    expect(s.find((a) => a.name === 'Rakesh Tikait')?.mentions).toEqual(['Rakesh Tikait']);
  });

  it('"Ombudsman" before a name is a title ("Public Ombudsman Nadia Cruz"); ending an organisation\'s name it is the organisation\'s', () => {
    const s = actors("Head\nPublic Ombudsman Nadia Cruz's office said eight people died. The Parliamentary and Health Service Ombudsman is investigating.");
    expect(s.map((a) => [a.kind, a.name, a.role])).toEqual([
      ['person', 'Nadia Cruz', 'Public Ombudsman'],
      ['organisation', 'Parliamentary and Health Service Ombudsman', null],
    ]);
  });

  it('a role noun before another noun describes that noun ("the lowest teacher salary increases") and refers to nobody; "the teacher said" does', () => {
    const s = actors('Head\nAngela Cooper, a teacher in Evansville, joined the protest. A study shows Indiana with the lowest teacher salary increases. Later the teacher said she would strike.');
    expect(s.find((a) => a.name === 'Angela Cooper')?.mentions).toEqual(['Angela Cooper', 'the teacher']);
  });

  it('a dateline’s capital is the city when the text names the city itself too, and its country otherwise', () => {
    const both = actors('Head\nNAIROBI, Kenya (AP) — Police fired tear gas in Nairobi’s central business district. Kenya faces heavy debts.');
    expect(both.filter((a) => a.kind === 'place').map((a) => [a.name, a.mentions])).toEqual([
      ['Nairobi', ['Nairobi']],
      ['Kenya', ['Kenya']],
    ]);
    const countryOnly = actors('Head\nNAIROBI, Kenya (AP) — Police fired tear gas at protesters. Kenya faces heavy debts.');
    expect(countryOnly.filter((a) => a.kind === 'place').map((a) => a.name)).toEqual(['Kenya']);
  });

  it('"Treasury Cabinet Secretary John Mbadi" holds an office; "Treasury Cabinet" is no organisation', () => {
    const s = actors('Head\nTreasury Cabinet Secretary John Mbadi told parliament the measures would be reviewed.');
    expect(s.map((a) => [a.kind, a.name, a.role])).toEqual([['person', 'John Mbadi', 'Treasury Cabinet Secretary']]);
  });

  it('"Junts, the party of …" is an organisation, and "the party" there describes it, not the party named before', () => {
    const s = actors('Head\nThe People’s Party (PP) voted against.\nJunts, the party of former Catalan leader Carles Puigdemont, said its deputies backed him.');
    expect(s.filter((a) => a.kind === 'organisation').map((a) => [a.name, a.mentions])).toEqual([
      ['People’s Party', ['People’s Party', 'PP']],
      ['Junts', ['Junts', 'the party']],
    ]);
  });
});

describe('acronyms', () => {
  it('an acronym made of the initials of one longer organisation’s name is that organisation ("ICRC", "NSC")', () => {
    const s = suggest('Head\nAccording to a statement from the International Committee of the Red Cross, its teams were ready. “We stand ready,” the ICRC said.\nThe National Security Council met. An NSC spokesman declined to comment.');
    expect(s.actors.filter((a) => a.kind === 'organisation').map((a) => [a.name, a.mentions])).toEqual([
      ['International Committee of the Red Cross', ['International Committee of the Red Cross', 'ICRC']],
      ['National Security Council', ['National Security Council', 'NSC']],
    ]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['International Committee of the Red Cross']);
  });
});

describe('a political story with broadcasters and committees', () => {
  it('"BBC Radio 4’s Today programme" names BBC Radio 4: a station’s number is part of its name', () => {
    expect(named('Head\nCorbin told BBC Radio 4’s Today programme on Wednesday that she would not budge.', 'organisation')).toEqual(['BBC Radio 4']);
  });

  it('"who chairs …", "who heads …" give the office over what the clause names, without a describing prefix', () => {
    const s = actors('Head\nLabour backbencher Diane Whitlock, who chairs the Treasury committee, spoke. “It is brutal,” said Selin Aydin, who heads the Istanbul-based Bosphorus Institute.');
    expect(s.filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([
      ['Diane Whitlock', 'chair of the Treasury committee'],
      ['Selin Aydin', 'head of the Bosphorus Institute'],
    ]);
    // "with …" after the office says what the business has, not what the office is.
    expect(actors('Head\nRuth Ng, who runs a haulage firm with 30 lorries, said half her drivers had no work.').map((a) => [a.name, a.role])).toEqual([['Ruth Ng', 'head of a haulage firm']]);
  });
});

describe('technology and health stories', () => {
  it('a demonym before a known organisation describes it ("European Facebook users"); "the MMR vaccine" names none', () => {
    expect(named('Head\nThe company moved the data of European Facebook users. Uptake of the MMR vaccine fell.', 'organisation')).toEqual(['Facebook']);
    // A demonym that is part of the name stays: "European Commission".
    expect(named('Head\nThe European Commission is preparing a fine.', 'organisation')).toEqual(['European Commission']);
  });
});

describe('clubs named like towns', () => {
  it('in a match report, "Orrin Town" and "Vell City" are clubs; elsewhere, and for known places, "Town" and "City" stay places', () => {
    const report = 'Head\nAkers scored twice from the penalty spot before half-time. Castlebrook host Orrin Town on Tuesday and travel to Vell City on Saturday, then Mexico City for a friendly.';
    expect(named(report, 'organisation')).toEqual(['Orrin Town', 'Vell City']);
    expect(named(report, 'place')).toEqual(['Mexico City']);
    expect(named('Head\nThe council will build 200 homes in Orrin Town next year.', 'organisation')).toEqual([]);
  });
});

describe('regions, results and possessive places', () => {
  it('a compass word before a name makes a region ("North Darfur"), not a person, but not a demonym ("North American") or a league\'s division', () => {
    const text = 'Head\nAid has not reached North Darfur since October, and Darfur is cut off. North American donors gave more. The Wild sit at the bottom of the Central Division.';
    expect(named(text, 'place')).toEqual(['North Darfur', 'Darfur']);
    expect(named(text, 'person')).toEqual([]);
  });

  it('"the city of El Fasher" is a place, though "El" reads like a name particle', () => {
    const s = actors('Head\nConvoys are blocked by fighting around the city of El Fasher.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([['place', 'El Fasher']]);
  });

  it('the two sides of a score are clubs, and a club’s short name is the club ("Vale manager")', () => {
    const s = actors('Harbury Rovers 2-1 Selby Vale: Rovers go top\nKwame Asante scored twice as Harbury Rovers beat Selby Vale. Vale manager Sian Hughes said her side had "switched off".');
    expect(s.filter((a) => a.kind === 'organisation').map((a) => [a.name, a.mentions])).toEqual([
      ['Harbury Rovers', ['Harbury Rovers']],
      ['Selby Vale', ['Selby Vale', 'Vale']],
    ]);
    expect(s.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Kwame Asante', 'Sian Hughes']);
    // An aircraft's model number is no score.
    expect(named('Head\nThe airline flies the Boeing 787-9 Dreamliner to Dhaka.', 'organisation')).not.toContain('Dreamliner');
  });

  it('"Queen\'s Park" is one place, not a person called Park; "Dawson\'s Creek" is no place', () => {
    const s = actors('Head\nThe premier spoke to reporters at Queen\'s Park on Friday. He once watched Dawson’s Creek.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([['place', 'Queen\'s Park']]);
  });

  it('"World Food Programme" is an organisation (a programme), known by its acronym too', () => {
    const s = actors('Head\nThe World Food Programme said it could not reach the camps. WFP has food in Chad.\nThe Harvest Relief Programme said the same.');
    expect(s.filter((a) => a.kind === 'organisation').map((a) => [a.name, a.mentions])).toEqual([
      ['World Food Programme', ['World Food Programme', 'WFP']],
      ['Harvest Relief Programme', ['Harvest Relief Programme']],
    ]);
  });

  it('a headline\'s first word that opens both a place and an organisation ("Caspian gas pipeline") is neither', () => {
    const s = actors('Caspian gas pipeline talks stall\nThe pipeline would cross the Caspian Sea. Eldar Mammadov, an analyst at the Caspian Policy Center, was doubtful.');
    expect(s.find((a) => a.name === 'Caspian Policy Center')?.mentions).toEqual(['Caspian Policy Center']);
    expect(s.find((a) => a.name === 'Caspian Sea')?.mentions).toEqual(['Caspian Sea']);
  });
});

describe('roles', () => {
  it('reads a role after "a" ("a spokesperson for the minister, Rob Flack,"), a provincial seat ("The MPP for …, Ted Hsu,") and an appositive before an acronym in brackets', () => {
    const s = actors('Head\nA spokesperson for the minister, Rob Flack, said guidelines would follow. The MPP for Kingston and the Islands, Ted Hsu, said he had letters. “We are out of time,” said Jens Laerke, a spokesman for the Office for the Coordination of Humanitarian Affairs (OCHA), in Geneva.');
    const role = (n: string) => s.find((a) => a.name === n)?.role;
    expect(role('Rob Flack')).toBe('spokesperson for the minister');
    expect(role('Ted Hsu')).toBe('MPP for Kingston and the Islands');
    expect(role('Jens Laerke')).toBe('spokesman for the Office for the Coordination of Humanitarian Affairs');
  });
});

describe('names in European, legal and campaign copy', () => {
  it('"Ursula von der Leyen" opening a sentence is a person (a given name, particles, a surname), with the headline\'s "Von der Leyen"', () => {
    const s = actors('Von der Leyen faces revolt\nUrsula von der Leyen is facing a revolt over the budget.');
    expect(s.map((a) => [a.kind, a.name, a.mentions])).toEqual([['person', 'Ursula von der Leyen', ['Ursula von der Leyen', 'Von der Leyen']]]);
  });

  it('a law is no actor ("the App Store Accountability Act"), and a clause after a comma is no appositive role', () => {
    const s = actors('Head\nThe law, known as the App Store Accountability Act, was signed by Gov. Greg Abbott in May. It breaches the First Amendment.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([['person', 'Greg Abbott']]);
  });

  it('"a unit of", "the EU farm lobby" and "the Swiss glacier monitoring network" say a name is an organisation', () => {
    const s = actors('Head\nThe report blamed Sandworm, a unit of the army. Copa-Cogeca, the farm lobby, called a protest. Data came from the Swiss glacier monitoring network Glamos.');
    expect(s.filter((a) => a.kind === 'organisation').map((a) => a.name)).toEqual(['Sandworm', 'Copa-Cogeca', 'Glamos']);
  });

  it('knows campaign groups and charities by name, with lower-case words ("Save the Children") and national branches ("Greenpeace Switzerland")', () => {
    const s = actors('Head\nOxfam warned of hunger. Amnesty International said the arrests were unlawful, and Amnesty called for a release. Save the Children said 40 children died. Friends of the Earth and Greenpeace Switzerland called for action.');
    expect(s.map((a) => [a.kind, a.name, a.mentions])).toEqual([
      ['organisation', 'Oxfam', ['Oxfam']],
      ['organisation', 'Amnesty International', ['Amnesty International', 'Amnesty']],
      ['organisation', 'Save the Children', ['Save the Children']],
      ['organisation', 'Friends of the Earth', ['Friends of the Earth']],
      ['organisation', 'Greenpeace Switzerland', ['Greenpeace Switzerland']],
    ]);
    // After another name and "and": "Greenpeace and Friends of the Earth", "Oxfam and Save the Children".
    expect(named('Head\nActivists from Greenpeace and Friends of the Earth protested. Oxfam and Save the Children warned.', 'organisation')).toEqual(['Greenpeace', 'Friends of the Earth', 'Oxfam', 'Save the Children']);
  });

  it('knows mountain ranges ("the Alps", "the Dolomites") as places', () => {
    expect(named('Head\nGlaciers in the Alps and the Dolomites lost ice.', 'place')).toEqual(['Alps', 'Dolomites']);
  });
});

describe('a name before "of" and an organisation', () => {
  it('"said planetary geologist Rosaly Lopes of NASA\'s Jet Propulsion Laboratory" names her, and the quote is hers', () => {
    const s = suggest('Head\n"Organics are very important," said planetary geologist Rosaly Lopes of NASA\'s Jet Propulsion Laboratory. "It will be exciting," Lopes said.');
    expect(s.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.mentions])).toEqual([['Rosaly Lopes', ['Rosaly Lopes', 'Lopes']]]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Rosaly Lopes', 'Rosaly Lopes']);
  });
});

describe('teams', () => {
  it('in a sports report, a place and a plural name is a team ("the Kansas City Chiefs"), and its last word alone is it; players stay people', () => {
    const s = actors('Chiefs beat Bills in overtime\nPatrick Mahomes threw two touchdowns as the Kansas City Chiefs beat the Buffalo Bills 27-24. Dion Akers added a field goal. Chiefs coach Andy Reid was pleased. "We kept believing," Mahomes said.');
    expect(s.filter((a) => a.kind === 'organisation').map((a) => [a.name, a.mentions])).toEqual([
      ['Kansas City Chiefs', ['Kansas City Chiefs', 'Chiefs']],
      ['Buffalo Bills', ['Buffalo Bills', 'Bills']],
    ]);
    expect(s.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Patrick Mahomes', 'Dion Akers', 'Andy Reid']);
  });
});

describe('roles owned by a noun', () => {
  it('"the company\'s finance chief" names the one organisation the noun can be; with two, or none, the role stays as written', () => {
    const role = (text: string, name: string) => actors(text).find((a) => a.name === name)?.role;
    expect(role('Head\nShares in Brightwell fell. The company\'s finance chief, Laura Mbeki, said the cuts had worked.', 'Laura Mbeki')).toBe('finance chief of Brightwell');
    expect(role('Head\nBut WWF said the cut was too small. "Stocks are low," said Jonas Berg, the group\'s marine policy officer.', 'Jonas Berg')).toBe('marine policy officer of WWF');
    // Two organisations before "the group's": which one is not said.
    expect(role('Head\nThe Harbour Trade Association, whose members include Apple and Google, sued. "It is wrong," said Stephanie Joyce, the group\'s chief of staff.', 'Stephanie Joyce')).toBe('group\'s chief of staff');
  });
});

describe('players', () => {
  it('in a sports report, a name that only plays ("Kobina Asante scored twice") is a person; outside one, or a common word, it is not', () => {
    // (Names whose first word is no given name Dossier knows: the rule is for those.)
    const report = 'Rovers go top\nKobina Asante scored twice as Harbury Rovers won. Mensah Boateng saved a penalty in stoppage time. The penalty area was crowded.';
    expect(named(report, 'person')).toEqual(['Kobina Asante', 'Mensah Boateng']);
    expect(named('Head\nKobina Asante scored twice in the exam, the school said.', 'person')).toEqual([]);
    expect(named('Rovers go top\nPenalty Area saved nothing. Kobina Asante scored twice in stoppage time. The penalty area was crowded.', 'person')).toEqual(['Kobina Asante']);
  });
});

describe('products', () => {
  it('a product is no person or place: "ChatGPT Atlas" (a lower-case letter before capitals), "in Chrome", "Alexa said"; "Alexa Chung" is still a person', () => {
    const s = actors('Head\nOpenAI released a new version of ChatGPT Atlas, its browser. Google added agents in Chrome on its own. "Play the news," Alexa said. Alexa Chung, a designer, was not impressed.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([
      ['organisation', 'OpenAI'],
      ['organisation', 'Google'],
      ['person', 'Alexa Chung'],
    ]);
  });
});

describe('nations that are no countries here', () => {
  it('"Scottish" before a title is an adjective, not a name of the "Scottish government", which is an organisation of its own', () => {
    const s = actors('Head\nScottish transport secretary Fiona Hyslop said vessels were on order. A spokeswoman for the Scottish government agreed. Catalan police were called.');
    expect(s.map((a) => [a.kind, a.name, a.mentions])).toEqual([
      ['person', 'Fiona Hyslop', ['Fiona Hyslop']],
      ['organisation', 'Scottish government', ['Scottish government']],
      ['organisation', 'Catalan police', ['Catalan police']],
    ]);
  });
});

describe('business and court copy', () => {
  it('"Ravi Menon-led Castell Industries" is Castell Industries (the "-led" words describe it), and "the shares of Castell" are its shares', () => {
    const s = actors('Head\nRavi Menon-led Castell Industries will invest in hydrogen. The shares of Castell rose. Chairman Ravi Menon spoke.');
    expect(s.map((a) => [a.kind, a.name, a.mentions])).toEqual([
      ['organisation', 'Castell Industries', ['Castell Industries', 'Castell']],
      ['person', 'Ravi Menon', ['Ravi Menon']],
    ]);
  });

  it('where a director or a manager works ("managing director at Kotak") is an organisation, not a place', () => {
    const s = actors('Head\nAnalysts at Kotak Institutional Equities agreed. "It is achievable," said Sanjeev Prasad, managing director at Kotak.');
    expect(s.find((a) => a.name === 'Kotak Institutional Equities')?.mentions).toEqual(['Kotak Institutional Equities', 'Kotak']);
    expect(s.filter((a) => a.kind === 'place')).toEqual([]);
  });

  it('"Prosecuting, Amir Latif said" and "Defending, Claire Hutton said" give the barristers their side as a role', () => {
    const s = actors('Head\nProsecuting, Amir Latif said the thefts were planned. Defending, Claire Hutton said her client was ashamed.');
    expect(s.map((a) => [a.name, a.role])).toEqual([
      ['Amir Latif', 'prosecutor'],
      ['Claire Hutton', 'defence counsel'],
    ]);
  });
});

describe('press releases and wire copy that run names together', () => {
  it('a capitalised job title after a name ("Head of Fundamental Research at Kotak Securities") is a role, not an organisation', () => {
    const s = actors('Head\n“Markets are calm,” said Rusmik Oza, Head of Fundamental Research at Kotak Securities.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([
      ['person', 'Rusmik Oza'],
      ['organisation', 'Kotak Securities'],
    ]);
  });

  it('"Ascom is a global solutions provider" makes Ascom an organisation, though "Ascom announces" reads like a person speaking', () => {
    const s = actors('Ascom announces a new partnership\nThe deal widens the ties between the two firms.\nAscom is a global solutions provider focused on hospital workflows.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([['organisation', 'Ascom']]);
  });

  it('"Ambassador to the European Union Gordon Sondland" is an organisation and a person, not one name', () => {
    const s = actors('Head\nHe denied that he, U.S. Ambassador to the European Union Gordon Sondland and Energy Secretary Rick Perry met.');
    expect(s.filter((a) => a.kind !== 'place').map((a) => [a.kind, a.name])).toEqual([
      ['organisation', 'European Union'],
      ['person', 'Gordon Sondland'],
      ['person', 'Rick Perry'],
    ]);
  });
});

describe('wire, markets and arts copy', () => {
  it('a name before "state" or "province" in lower case is a place ("Rio Grande do Sul state Gov. Marcos Leite"), not a person with the surname "do Sul"', () => {
    const s = actors('Head\nRio Grande do Sul state Gov. Marcos Leite said the state faced its worst floods. Officials in Karsu province said the same.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([
      ['place', 'Rio Grande do Sul'],
      ['person', 'Marcos Leite'],
      ['place', 'Karsu'],
    ]);
    // Not after a head of state's name: "the Dumont state visit".
    expect(actors('Head\nThe Dumont state visit ended on Friday, Dumont said.').map((a) => a.kind)).toEqual(['person']);
  });

  it('a title before a name of four words and a particle keeps the whole name ("President Luiz Inácio Lula da Silva"), and the short name joins it', () => {
    const s = actors('Head\nPresident Luiz Inácio Lula da Silva said he would fly to the state. "We will not abandon you," Lula wrote.');
    expect(s.map((a) => [a.name, a.role, a.mentions])).toEqual([['Luiz Inácio Lula da Silva', 'President', ['Luiz Inácio Lula da Silva', 'Lula']]]);
  });

  it('a clause after a name is no role: "its director, Adrian Kessler, accused the chairwoman" gives "director"', () => {
    const s = actors('Head\nIn a letter to the board, its director, Adrian Kessler, accused the chairwoman of interfering. Mr. Kessler said more.');
    expect(s.find((a) => a.name === 'Adrian Kessler')?.role).toBe('director');
  });

  it('museums, galleries, theatres and orchestras are organisations, and their staff’s roles name them', () => {
    const s = actors('Head\nThe dispute at the Harlow Museum of Art had simmered for months. The museum’s deputy director, Priya Raman, declined to comment.');
    expect(s.map((a) => [a.kind, a.name, a.role])).toEqual([
      ['organisation', 'Harlow Museum of Art', null],
      ['person', 'Priya Raman', 'deputy director of Harlow Museum of Art'],
    ]);
  });

  it('a grade a market trades ("Brent crude") is no actor, alone later either', () => {
    expect(actors('Head\nBrent crude futures fell 1.5%. Analysts expected Brent to average $68 a barrel.')).toEqual([]);
  });

  it('a briefing is no organisation, "Press Secretary" is a title, and a room is a place', () => {
    const s = actors('Press Briefing by Press Secretary Dana Whitlock\nJames S. Brady Press Briefing Room\nMS. WHITLOCK: Good afternoon, everybody.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([
      ['person', 'Dana Whitlock'],
      ['place', 'James S. Brady Press Briefing Room'],
    ]);
  });
});

describe('science, Gulf, West African and Westminster copy', () => {
  it('"Prof. Tomasz Wilk of the British Antarctic Survey, who …" makes the survey an organisation, and "Antarctic ice" names nothing of it', () => {
    const s = actors('Rivers found beneath Antarctic ice\nProf. Tomasz Wilk of the British Antarctic Survey, who was not involved, praised the maps.\nRise of the Tomb Raider sold well.');
    expect(s.map((a) => [a.kind, a.name, a.mentions])).toEqual([
      ['person', 'Tomasz Wilk', ['Tomasz Wilk']],
      ['organisation', 'British Antarctic Survey', ['British Antarctic Survey']],
    ]);
  });

  it('"Analyst Gil Luria of DA Davidson" names the firm, a name an acronym opens, after a person and "of" without "the"', () => {
    expect(named('Head\nAnalyst Gil Mora of DK Hartwell said investors had waited. Tom Reed of Kelby agreed.', 'organisation')).toEqual(['DK Hartwell']);
  });

  it('a role after a courtesy title keeps a noun after a preposition that could be a verb ("minister of state for foreign affairs")', () => {
    const s = actors("Head\nSheikh Hamad bin Abdullah Al Thani, Qatar's minister of state for foreign affairs, who helped broker the deal, said he hoped it would hold.");
    expect(s.find((a) => a.kind === 'person')?.role).toBe("Qatar's minister of state for foreign affairs");
  });

  it('a known organisation of two words after a country’s words is its national society ("Syrian Arab Red Crescent")', () => {
    const s = actors('Head\nA spokesman for the Syrian Arab Red Crescent, Omar al-Hassan, said volunteers would help.');
    expect(s.map((a) => [a.kind, a.name, a.role])).toEqual([
      ['organisation', 'Syrian Arab Red Crescent', 'humanitarian organisation'],
      ['person', 'Omar al-Hassan', 'spokesman for the Syrian Arab Red Crescent'],
    ]);
  });

  it('"Its director, X," and "Their leader, Sir X," belong to the organisation opening the sentence before, or the appositive after a possessive opener', () => {
    const roles = (text: string) => actors(text).filter((a) => a.kind === 'person').map((a) => [a.name, a.role]);
    expect(roles('Head\nThe Lagos State Fire Service said it fought the blaze for nine hours. Its director, Margaret Adeseye, said no lives were lost.')).toEqual([['Margaret Adeseye', 'director of Lagos State Fire Service']]);
    expect(roles('Head\nThe Liberal Democrats called for talks. Their leader, Sir Ed Davey, said ministers should pause.')).toEqual([['Ed Davey', 'leader of Liberal Democrats']]);
    expect(roles("Head\nVeltrix's rival, Arcturus Micro, reported strong results. Its chief financial officer, Tomas Lindqvist, said demand was strong.")).toEqual([['Tomas Lindqvist', 'chief financial officer of Arcturus Micro']]);
    // A role with a preposition of its own stays as written, and so does one after an opening phrase.
    expect(roles('Head\nThe Democratic Party met. Its nominee for governor, Jim Hood, spoke.')).toEqual([['Jim Hood', 'nominee for governor']]);
    expect(roles("Head\nIn a letter to the museum's board, its director, Adrian Kessler, resigned.")).toEqual([['Adrian Kessler', 'director']]);
  });

  it('a portfolio with "and" in it is part of the title ("Shadow work and pensions secretary Helen Whately")', () => {
    expect(actors('Head\nShadow work and pensions secretary Helen Whately said the bill kept rising.').map((a) => [a.name, a.role])).toEqual([['Helen Whately', 'Shadow work and pensions secretary']]);
  });

  it('West African and South Asian honorifics are no part of the name ("Alhaji Musa Danladi", "Shri Ram Mehta")', () => {
    expect(actors('Head\nAlhaji Musa Danladi, who sells fabrics, said he had lost everything. Shri Ram Mehta agreed.').map((a) => a.name)).toEqual(['Musa Danladi', 'Ram Mehta']);
  });

  it('a coordinator is a role ("The UN\'s humanitarian coordinator for the country, Najat Rochdi,")', () => {
    expect(actors("Head\nThe UN's humanitarian coordinator for the country, Najat Rochdi, said the convoy had crossed.").find((a) => a.kind === 'person')?.role).toBe('humanitarian coordinator for the country');
  });
});

describe('posts, platforms and portfolios', () => {
  it('the platform a post is on is no actor ("wrote on LinkedIn", "In a post on Facebook"), though it is one when it speaks', () => {
    const s = actors('Head\nMarcus Oyelaran wrote on LinkedIn that the freeze was wrong. In a post on Facebook, he said more. Facebook said it had removed nothing.');
    expect(s.map((a) => a.name)).toEqual(['Marcus Oyelaran', 'Facebook']);
    expect(s[1]!.mentions).toEqual(['Facebook']);
  });

  it('a portfolio word opening a sentence before a title is the title’s ("Home Minister Amit Shah", "Business Secretary Ana Roe")', () => {
    const s = actors('Head\nHome Minister Amit Shah said the bill was needed.\nBusiness Secretary Ana Roe agreed.');
    expect(s.map((a) => [a.name, a.role])).toEqual([
      ['Amit Shah', 'Home Minister'],
      ['Ana Roe', 'Business Secretary'],
    ]);
  });
});

describe('press releases, title case and sports positions', () => {
  it('in a Title Case headline capitals say nothing: a run there is kept only when the text names it so elsewhere', () => {
    const s = actors('Halvard Biosciences Reports Positive Phase 3 Results for HB-204 in Severe Asthma\nCAMBRIDGE, Mass. -- Halvard Biosciences, Inc. today announced positive results from its phase 3 trial in severe asthma.');
    expect(s.filter((a) => a.kind === 'organisation').map((a) => a.name)).toEqual(['Halvard Biosciences']);
  });

  it('a list of names or a title and a name is no Title Case headline ("Press Briefing by Press Secretary Dana Whitlock")', () => {
    expect(actors('Press Briefing by Press Secretary Dana Whitlock and Director Omar Haddad\nMS. WHITLOCK: Good afternoon.').map((a) => a.name)).toEqual(['Dana Whitlock', 'Omar Haddad']);
    expect(actors('Head\nThe playlist was simple.\nA: Bob Marley, Bruno Mars, Drake, Frank Sinatra').map((a) => a.name)).toEqual(['Bob Marley', 'Bruno Mars', 'Frank Sinatra', 'Drake']);
  });

  it('"Chief Medical Officer of Halvard Biosciences" after a name is a role and its employer; "Head of Platform Solutions for Ascom" names a department', () => {
    const s = actors('Head\n"We are pleased," said Dr. Elaine Marsh, Chief Medical Officer of Halvard Biosciences.');
    expect(s.map((a) => [a.kind, a.name, a.role])).toEqual([
      ['person', 'Elaine Marsh', 'Chief Medical Officer of Halvard Biosciences'],
      ['organisation', 'Halvard Biosciences', null],
    ]);
    expect(actors('Head\n"It helps," says André Neu, Head of Platform Solutions for Ascom.').map((a) => a.name)).not.toContain('Platform Solutions for Ascom');
  });

  it('a sports position in lower case before a name is a role ("Left-arm spinner Dharmendrasinh Jadeja", "seamer Chetan Sakariya")', () => {
    const s = actors('Head\nLeft-arm spinner Dharmendrasinh Jadeja took three for 88, while seamer Chetan Sakariya removed both openers.');
    expect(s.map((a) => [a.name, a.role])).toEqual([
      ['Dharmendrasinh Jadeja', 'Left-arm spinner'],
      ['Chetan Sakariya', 'seamer'],
    ]);
  });
});

describe('unions, remits and titles with "of"', () => {
  it('a union named with a connector and a plural possessive is one organisation ("Transport and Dock Workers\' Union"), whose officer the union\'s role names', () => {
    const s = actors("Head\nAbout 1,400 members of the Transport and Dock Workers' Union walked out.\n\nThe union's regional secretary, Colm Feeney, said no.");
    expect(s.map((a) => [a.kind, a.name, a.role])).toEqual([
      ['organisation', "Transport and Dock Workers' Union", null],
      ['person', 'Colm Feeney', "regional secretary of Transport and Dock Workers' Union"],
    ]);
  });

  it('an office owned by a name of four words is one organisation ("the Pierce County Prosecuting Attorney\'s Office"); a person "of" an organisation owns nothing ("Rosaly Lopes of NASA\'s Jet Propulsion Laboratory")', () => {
    const s = actors("Head\nHe was arrested, according to the Pierce County Prosecuting Attorney's Office. \"It is a big find,\" said Rosaly Lopes of NASA's Jet Propulsion Laboratory.");
    expect(s.map((a) => [a.kind, a.name])).toEqual([
      ['organisation', "Pierce County Prosecuting Attorney's Office"],
      ['person', 'Rosaly Lopes'],
      ['organisation', 'NASA'],
      ['organisation', 'Jet Propulsion Laboratory'],
    ]);
  });

  it('a remit listed with commas may follow a union or a council with words before it ("National Union of Rail, Maritime and Transport Workers")', () => {
    const s = actors('Head\nThe National Union of Rail, Maritime and Transport Workers agreed. The Council on Energy, Environment and Water said so.');
    expect(s.map((a) => a.name)).toEqual(['National Union of Rail, Maritime and Transport Workers', 'Council on Energy, Environment and Water']);
  });

  it('a title word right after an organisation\'s "of" is part of its name ("National Association of Head Teachers"), not a title before a person', () => {
    const s = actors('Head\nThe National Association of Head Teachers said so. The Bank of England Governor Andrew Bailey agreed.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([
      ['organisation', 'National Association of Head Teachers'],
      ['organisation', 'Bank of England'],
      ['person', 'Andrew Bailey'],
    ]);
  });

  it('titles with "of" before a name: "Chancellor of the Exchequer Rachel Reeves", "Secretary of State Marco Rubio"', () => {
    const s = actors('Head\nThe Chancellor of the Exchequer Rachel Reeves spoke. Secretary of State Marco Rubio said so. Speaker of the House Mike Johnson agreed.');
    expect(s.map((a) => [a.name, a.role])).toEqual([
      ['Rachel Reeves', 'Chancellor of the Exchequer'],
      ['Marco Rubio', 'Secretary of State'],
      ['Mike Johnson', 'Speaker of the House'],
    ]);
  });
});

describe('Hong Kong, Sudan and Australian copy', () => {
  it('"Secretary for Health Lo Chung-mau" and "Lawmaker Tik Chi-yuen" are people with their titles ("Lawmaker" is no kind of company)', () => {
    const s = actors('Head\nSecretary for Health Lo Chung-mau said waits would fall. "We will measure our success," Lo said.\nLawmaker Tik Chi-yuen, who sits on the health panel, welcomed the plan.');
    expect(s.map((a) => [a.kind, a.name, a.role, a.mentions])).toEqual([
      ['person', 'Lo Chung-mau', 'Secretary for Health', ['Lo Chung-mau', 'Lo']],
      ['person', 'Tik Chi-yuen', 'Lawmaker', ['Tik Chi-yuen']],
    ]);
  });

  it('"the Khartoum-based think tank Confluence Advisory": the name after the trailer is the organisation, the prefix names a place', () => {
    const s = actors('Head\nKholood Khair, founding director of the Khartoum-based think tank Confluence Advisory, said the talks would fail.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([
      ['person', 'Kholood Khair'],
      ['place', 'Khartoum'],
      ['organisation', 'Confluence Advisory'],
    ]);
  });

  it('a town named "Port …" is a place ("reporting from Port Sudan"), not "the Port of Tyne"', () => {
    const s = actors('Head\nHiba Morgan, reporting from Port Sudan, said residents described shelling. The Port of Tyne said it was closed.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([
      ['person', 'Hiba Morgan'],
      ['place', 'Port Sudan'],
      ['organisation', 'Port of Tyne'],
    ]);
  });

  it('the name someone is known by is theirs ("Mohamed Hamdan Dagalo, known as Hemedti,"), and an acronym may keep its "of" ("BOM")', () => {
    const s = actors('Head\nRSF leader Mohamed Hamdan Dagalo, known as Hemedti, said his forces were ready. The Bureau of Meteorology has declared an El Niño. BOM said it would last.');
    expect(s.map((a) => [a.name, a.mentions])).toEqual([
      ['Mohamed Hamdan Dagalo', ['Mohamed Hamdan Dagalo', 'Hemedti']],
      ['Bureau of Meteorology', ['Bureau of Meteorology', 'BOM']],
    ]);
  });
});

describe('a match report', () => {
  it('a compass name in a sports report is the team ("West Ham"), and "the forward said" is the player named before', () => {
    const s = suggest('Head\nDavid Moyes said West Ham must be "far more ruthless" after a late goal from Jarrod Bowen beat Burnley 2-1.\n\nBowen, who has scored in five straight home games, said the dressing room was relieved. "We will take the three points," the forward said.');
    expect(s.actors.filter((a) => a.kind !== 'person').map((a) => [a.kind, a.name])).toEqual([['organisation', 'West Ham']]);
    expect(s.quotes.map((q) => [q.exact, q.speaker])).toEqual([
      ['far more ruthless', 'David Moyes'],
      ['We will take the three points,', 'Jarrod Bowen'],
    ]);
  });
});

describe('think tanks, centres and long appositives', () => {
  it('a centre\'s remit joined by "and" is one name ("Center for Strategic and International Studies", "European Centre for Disease Prevention and Control (ECDC)")', () => {
    const s = actors('Head\nAnalysts at the Center for Strategic and International Studies agreed. The European Centre for Disease Prevention and Control (ECDC) said cases would rise.');
    expect(s.map((a) => [a.name, a.mentions])).toEqual([
      ['Center for Strategic and International Studies', ['Center for Strategic and International Studies']],
      ['European Centre for Disease Prevention and Control', ['European Centre for Disease Prevention and Control', 'ECDC']],
    ]);
  });

  it('an appositive too long to read whole gives its head ("director of the Asia Maritime Transparency Initiative"), not a name cut short', () => {
    const role = (t: string) => actors(t).find((a) => a.kind === 'person')?.role;
    expect(role('Head\n"Every collision raises the risk," said Gregory Poling, director of the Asia Maritime Transparency Initiative at the Center for Strategic and International Studies in Washington.')).toBe('director of the Asia Maritime Transparency Initiative');
    expect(role('Head\nCharles Simpson, program administrator for the Refugees in Towns Project at Tufts University’s Feinstein International Center in Boston and a visiting fellow, told reporters the claims were false.')).toBeNull();
  });
});

describe('companies described before their names', () => {
  it('"Paris-based Mistral AI" and "equipment maker ASML" are organisations; "the company said" closing the sentence is the one that opens it', () => {
    const s = actors("Head\nParis-based Mistral AI has raised €1.7bn in a round led by Dutch chipmaking equipment maker ASML, valuing the start-up at €11.7bn, the company said on Tuesday.\n\nASML will take a stake of about 11%. Its chief executive, Christophe Fouquet, will join the board.");
    expect(s.map((a) => [a.kind, a.name, a.role, a.mentions])).toEqual([
      ['place', 'Paris', null, ['Paris']],
      ['organisation', 'Mistral AI', null, ['Mistral AI', 'the company']],
      ['organisation', 'ASML', null, ['ASML']],
      ['person', 'Christophe Fouquet', 'chief executive of ASML', ['Christophe Fouquet']],
    ]);
  });

  it('two roles joined by "and" before a name are one title ("co-founder and chief executive Arthur Mensch"); a noun and a role are not ("The club and coach Ian Hall")', () => {
    const s = actors('Head\nMistral co-founder and chief executive Arthur Mensch said so. The club and coach Ian Hall agreed.');
    expect(s.filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([
      ['Arthur Mensch', 'Mistral co-founder and chief executive'],
      ['Ian Hall', 'coach'],
    ]);
  });

  it('"GP" (a family doctor) is no organisation', () => {
    expect(actors("Head\nThe BMA's GP committee chair, Dr Katie Bramall, said doctors agreed.").map((a) => a.name)).not.toContain('GP');
  });
});

describe('police ranks and portfolios', () => {
  it('a chain of abbreviated ranks is read whole ("Det Ch Insp Mark Holloway" is Detective Chief Inspector Mark Holloway)', () => {
    expect(actors('Head\nDet Ch Insp Mark Holloway, who is leading the investigation, said officers were called at 02:30.').map((a) => [a.name, a.role])).toEqual([['Mark Holloway', 'Detective Chief Inspector']]);
  });

  it('a role noun, "for" and a portfolio in lower case before a name are the role ("Danish minister for European affairs Marie Bjerre"), but not "for the Refugees in Towns Project"', () => {
    expect(actors('Head\nDanish minister for European affairs Marie Bjerre said the deal would save billions.').map((a) => [a.name, a.role])).toEqual([['Marie Bjerre', 'Danish minister for European affairs']]);
    expect(actors('Head\nCharles Simpson, program administrator for the Refugees in Towns Project at Tufts University in Boston and a fellow, said so.').map((a) => a.name)).not.toContain('Towns Project');
  });
});

describe('courts and companies in Scotland', () => {
  it('"Sheriff Andrew Berry" holds the title; "Northlink Isles said" is the company "Northlink Isles Ltd"', () => {
    const s = actors('Head\nNorthlink Isles Ltd admitted breaching safety law. Sheriff Andrew Berry said the company had failed its crew. In a statement, Northlink Isles said it "deeply regretted" the death.');
    expect(s.map((a) => [a.kind, a.name, a.role, a.mentions])).toEqual([
      ['organisation', 'Northlink Isles Ltd', null, ['Northlink Isles Ltd', 'Northlink Isles', 'the company']],
      ['person', 'Andrew Berry', 'Sheriff', ['Andrew Berry']],
    ]);
  });
});

describe('a place of two words after "in"', () => {
  it('"Villagers in Little Hadham" names a place; not "Refugees in Towns Project", "in North American markets", "in Plasma Blue" or a person', () => {
    const places = (t: string) => actors(t).filter((a) => a.kind === 'place').map((a) => a.name);
    expect(places('Head\nVillagers in Little Hadham have saved their post office.')).toEqual(['Little Hadham']);
    expect(places('Head\nShe works for the Refugees in Towns Project. Sales in North American markets rose. The phone comes in Plasma Blue.')).toEqual([]);
    expect(actors('Head\nThe award went to the team led by Anna Berg, and later to others in Anna Berg\'s lab.').filter((a) => a.kind === 'place')).toEqual([]);
  });
});

describe('initials of an organisation named in the text', () => {
  it('"IFS: plans leave little room" is the Institute for Fiscal Studies, not a dateline\'s place', () => {
    const s = actors('Budget live\nIFS: plans leave little room for error\nPaul Johnson, director of the Institute for Fiscal Studies, said the headroom was thin.');
    expect(s.filter((a) => a.kind !== 'person').map((a) => [a.kind, a.name, a.mentions])).toEqual([['organisation', 'Institute for Fiscal Studies', ['Institute for Fiscal Studies', 'IFS']]]);
  });
});

describe('a kind of company opening the sentence before its name', () => {
  it('"Budget carrier SkyLark Air has been fined" makes the airline an organisation, whose officer "Its chief operating officer" names', () => {
    const s = actors('Head\nBudget carrier SkyLark Air has been fined £1.1m. SkyLark Air said it had cleared the backlog. Its chief operating officer, Maria Santos, blamed a failed IT migration.');
    expect(s.map((a) => [a.kind, a.name, a.role])).toEqual([
      ['organisation', 'SkyLark Air', null],
      ['person', 'Maria Santos', 'chief operating officer of SkyLark Air'],
    ]);
  });
});

describe('given names compromise does not know', () => {
  it('"Mette Frederiksen", "Kyriakos Mitsotakis" and "Ségolène Martel" are people with no other evidence, and a given name says which pronoun fits', () => {
    expect(named('Head\nMette Frederiksen visited Berlin on Monday. Kyriakos Mitsotakis met Giorgia Meloni in Rome. Ségolène Martel stayed home.', 'person')).toEqual(['Mette Frederiksen', 'Kyriakos Mitsotakis', 'Giorgia Meloni', 'Ségolène Martel']);
    // "she" is the woman, not the man named after her.
    expect(suggest('Head\nSanae Okabe met Shigeru Tanabe in Osaka.\n\n"We agree on much," she said.').quotes.map((q) => q.speaker)).toEqual(['Sanae Okabe']);
  });

  it('a capitalised particle after a given name is part of the surname ("Jean-Marie Le Pen"); "Cirque Du Soleil" names no one', () => {
    expect(named('Head\nJean-Marie Le Pen was not there. Cirque Du Soleil performed.', 'person')).toEqual(['Jean-Marie Le Pen']);
  });
});

describe('foreign honorifics, diplomats and outlets', () => {
  it('"Mme de La Roncière" and "Frau Brandt" are the people named in full before', () => {
    const s = actors('Head\nPrime Minister Hélène de La Roncière spoke first.\n\nMme de La Roncière, 58, a former mayor of Nantes, was appointed in September. Katrin Brandt agreed. Frau Brandt said little.');
    expect(s.filter((a) => a.kind === 'person').map((a) => [a.name, a.mentions])).toEqual([
      ['Hélène de La Roncière', ['Hélène de La Roncière', 'Mme de La Roncière']],
      ['Katrin Brandt', ['Katrin Brandt', 'Frau Brandt']],
    ]);
  });

  it('an ambassador\'s or an adviser\'s "to" and the place are the role ("US Ambassador to Japan", "ambassador to the UN"), not the sentence before', () => {
    const s = actors('Head\nIt was welcomed in Washington. U.S. Ambassador to Japan George Glass said so. Britain\'s ambassador to the UN, Barbara Woodward, said no. A senior adviser to the prime minister, Tom Hale, agreed.');
    expect(s.filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([
      ['George Glass', 'U.S. Ambassador to Japan'],
      ['Barbara Woodward', 'ambassador to the UN'],
      ['Tom Hale', 'senior adviser to the prime minister'],
    ]);
  });

  it('"shared with the Guardian" names the newspaper', () => {
    expect(actors('Head\nThe findings were shared with the Guardian and the BBC.').map((a) => [a.name, a.role])).toEqual([
      ['Guardian', 'news organisation'],
      ['BBC', 'news organisation'],
    ]);
  });

  it('a name before "researcher" or "analyst" inside a sentence is the employer ("said Bellingcat researcher …"), but not a field opening the sentence ("Political analyst …")', () => {
    const s = actors('Head\nThe images matched, said Bellingcat researcher Giancarlo Fiorella. Political analyst Tom Hale agreed. The view of Kpler analyst Matt Smith was clear.');
    expect(s.filter((a) => a.kind === 'organisation').map((a) => a.name)).toEqual(['Bellingcat', 'Kpler']);
  });
});

describe('institutions by remit, companies and their products, parts of towns', () => {
  it('"Russia\'s defence ministry" and "Ukraine\'s foreign ministry" are two institutions, and "the defence ministry" later is Russia\'s', () => {
    const s = suggest('Head\nRussia\'s defence ministry said its forces had struck "energy facilities". Ukraine\'s foreign ministry called it "a lie".\n\nLater the defence ministry said it was "over".');
    expect(s.actors.filter((a) => a.kind === 'organisation').map((a) => [a.name, a.mentions])).toEqual([
      ["Russia's defence ministry", ["Russia's defence ministry", 'defence ministry']],
      ["Ukraine's foreign ministry", ["Ukraine's foreign ministry"]],
    ]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(["Russia's defence ministry", "Ukraine's foreign ministry", "Russia's defence ministry"]);
  });

  it('a known company opening a longer name ("Google DeepMind", "Apple AirPods") and initials before a surname ("DA Davidson") name no person', () => {
    expect(named('Head\nShe left Google DeepMind in 2023. Apple AirPods sold well. "It is costly," said Gil Luria, an analyst at DA Davidson.', 'person')).toEqual(['Gil Luria']);
    expect(named('Head\n"It is costly," said Gil Luria, an analyst at DA Davidson.', 'organisation')).toEqual(['DA Davidson']);
  });

  it('"in the Mission District" and "north of Thornbury" are places; "Harrowgate Homes" is a company', () => {
    const s = actors('Head\nThe pair rented a flat in the Mission District. Land north of Thornbury was sold to Harrowgate Homes. A case in the Western District of Texas.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([
      ['place', 'Mission District'],
      ['place', 'Thornbury'],
      ['organisation', 'Harrowgate Homes'],
      ['organisation', 'Western District of Texas'],
    ]);
  });
});

describe('storms and railway lines', () => {
  it('"Storm Brenna" and "Brenna" alone later are weather, not a person; "Melissa Roe" still is one', () => {
    expect(named('Head\nStorm Brenna brought winds of 90mph. Brenna is the third named storm. Hurricane Melissa hit Jamaica, and Melissa Roe said it was bad.', 'person')).toEqual(['Melissa Roe']);
  });

  it('"the West Highland Line between Crianlarich and Oban" names two places; "the line between truth and lies" none', () => {
    expect(named('Head\nNetwork Rail closed the West Highland Line between Crianlarich and Oban. The line between truth and lies is thin.', 'place')).toEqual(['Crianlarich', 'Oban']);
  });
});

describe('broadcasters named by what they broadcast', () => {
  it('"told Sky Sports", "ITV News reported", "BBC Sport" are news organisations; "Fake News" is none of them', () => {
    const s = actors('Head\nThe Briton told Sky Sports it hurt. ITV News reported it first. She spoke to BBC Sport. He called it Fake News.');
    expect(s.filter((a) => a.role === 'news organisation').map((a) => a.name)).toEqual(['Sky Sports', 'ITV News', 'BBC Sport']);
    expect(s.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual([]);
  });
});

describe('movements named by one name, and a lawmaker\'s party and district', () => {
  it('"Hamas said in a statement" is the movement\'s, "Hezbollah fired rockets" names the movement', () => {
    const s = suggest('Head\nHamas said in a statement that it was ready for "a serious agreement". Hezbollah fired rockets at northern Israel.');
    expect(s.actors.filter((a) => a.kind === 'organisation').map((a) => [a.name, a.role])).toEqual([
      ['Hamas', 'Palestinian militant group'],
      ['Hezbollah', 'Lebanese militant group'],
    ]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Hamas']);
  });

  it('"Scott Wiener, D-San Francisco," and "Tom Roe (R-Texas)" name two people and no "D-San Francisco"', () => {
    expect(named('Head\nThe bill was written by state Sen. Scott Wiener, D-San Francisco, who pushed it. Rep. Tom Roe (R-Texas) did not.', 'person')).toEqual(['Scott Wiener', 'Tom Roe']);
  });
});

describe('appositives of performers, and "the company" after a public body', () => {
  it('"Feargal Sharkey, the former singer who now campaigns …, said" is a person with that role, whose later "he replied: “…”" it is', () => {
    const s = suggest('Head\nIts chairman, Peter Allen, did not respond.\n\nFeargal Sharkey, the former singer who now campaigns on river pollution, said the sentence was "years too late". Asked about jail, he replied: "Absolutely."');
    expect(s.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([
      ['Peter Allen', 'chairman'],
      ['Feargal Sharkey', 'former singer'],
    ]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Feargal Sharkey', 'Feargal Sharkey']);
  });

  it('"According to a statement from the Environment Agency, the company failed …": "the company" is the water company named before, not the agency', () => {
    const s = actors('Head\nUnited Utilities was fined £12m. According to a statement from the Environment Agency, the company failed to repair a pumping station.');
    expect(s.map((a) => [a.name, a.mentions])).toEqual([
      ['United Utilities', ['United Utilities', 'the company']],
      ['Environment Agency', ['Environment Agency']],
    ]);
  });
});

describe('an initialism that is a thing\'s and a broadcaster\'s', () => {
  it('"according to state broadcaster CCTV" names the broadcaster once; "CCTV footage" is no mention of it', () => {
    const s = suggest('Head\nXi spoke, according to state broadcaster CCTV. CCTV footage showed the car.');
    expect(s.actors.map((a) => [a.kind, a.name, a.occurrences.length])).toEqual([['organisation', 'CCTV', 1]]);
    expect(suggest('Head\nCCTV footage showed the car.').actors).toEqual([]);
  });
});

describe('a name before a kind of group', () => {
  it('"who chairs the Save Thornbury Fields campaign, said the group …" names the campaign, which "the group" is; "the Trump campaign" names no organisation "Trump"', () => {
    const s = actors('Head\nHarrowgate Homes lost its appeal. Janet Cole, who chairs the Save Thornbury Fields campaign, said the group had fought for two years. The Trump campaign said no.');
    expect(s.filter((a) => a.kind === 'organisation').map((a) => [a.name, a.mentions])).toEqual([
      ['Harrowgate Homes', ['Harrowgate Homes']],
      ['Save Thornbury Fields', ['Save Thornbury Fields', 'the group']],
    ]);
  });
});

describe('where someone in a report lives', () => {
  it('"Simon Lee, 52, of Chelsea, west London," names a place Chelsea, even though Chelsea is a given name; "Chelsea Manning said" is a person', () => {
    const s = actors('Head\nSimon Lee, 52, of Chelsea, west London, admitted fraud. Chelsea Manning said no.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([
      ['person', 'Simon Lee'],
      ['place', 'Chelsea'],
      ['place', 'London'],
      ['person', 'Chelsea Manning'],
    ]);
  });
});

describe('acronyms written as words, and names with digits', () => {
  it('"The Alliance of Small Island States (Aosis) called the draft “…”" joins Aosis and is the alliance\'s; "a senior associate at E3G" keeps the digits', () => {
    const s = suggest('Head\nThe Alliance of Small Island States (Aosis) called the draft "a death sentence". Aosis wants more.\n\n"This is brinkmanship," said Alden Meyer, a senior associate at E3G.');
    expect(s.actors.map((a) => [a.name, a.role, a.mentions])).toEqual([
      ['Alliance of Small Island States', null, ['Alliance of Small Island States', 'Aosis']],
      ['Alden Meyer', 'senior associate at E3G', ['Alden Meyer']],
    ]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Alliance of Small Island States', 'Alden Meyer']);
    // A word in brackets that is not the initials is no acronym of the name.
    expect(suggest('Head\nThe Alliance of Small Island States (Samoa) met.').actors.find((a) => a.name.startsWith('Alliance'))!.mentions).toEqual(['Alliance of Small Island States']);
  });
});

describe('a role owned by an organisation named in the possessive', () => {
  it('"Caldwell\'s chief executive, Fiona Marsh," is the chief executive of Caldwell Engineering; "Britain\'s foreign secretary, David Lammy," keeps his role as written', () => {
    const s = actors("Head\nNordhavn will buy Caldwell Engineering. Caldwell's chief executive, Fiona Marsh, said yes. Britain's foreign secretary, David Lammy, agreed.");
    expect(s.filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([
      ['Fiona Marsh', 'chief executive of Caldwell Engineering'],
      ['David Lammy', 'foreign secretary'],
    ]);
  });
});

describe('long Portuguese names, possessive names and substitutes', () => {
  it('"neither Luiz Inácio Lula da Silva nor …" names him (name words, then particles, then a surname), and "Lula" alone is him', () => {
    const s = actors('Head\nThe race went to a run-off after neither Luiz Inácio Lula da Silva nor his challenger won.\n\nLula, 80, struck a defiant tone.');
    expect(s.map((a) => [a.kind, a.name, a.mentions])).toEqual([['person', 'Luiz Inácio Lula da Silva', ['Luiz Inácio Lula da Silva', 'Lula']]]);
  });

  it('"through Sam Whitfield\'s penalty" names him; "substitute Tyrese Mbeki" is a substitute; "Jordan Park\'s gate" stays a place', () => {
    const s = actors("Head\nRovers pulled one back through Sam Whitfield's penalty, but substitute Tyrese Mbeki sealed the win. Fans queued at Jordan Park's gate.");
    expect(s.map((a) => [a.kind, a.name, a.role])).toEqual([
      ['person', 'Sam Whitfield', null],
      ['person', 'Tyrese Mbeki', 'substitute'],
      ['place', 'Jordan Park', null],
    ]);
  });
});

describe('titles that open with a remit, and remits listed with commas', () => {
  it('"Home Affairs Minister Tony Burke" keeps "Home"; "Home Secretary Yvette Cooper" too', () => {
    const s = actors('Head\nHome Affairs Minister Tony Burke said no. Home Secretary Yvette Cooper agreed.');
    expect(s.map((a) => [a.name, a.role])).toEqual([
      ['Tony Burke', 'Home Affairs Minister'],
      ['Yvette Cooper', 'Home Secretary'],
    ]);
  });

  it('", executive vice-president for tech sovereignty, security and democracy." keeps the whole remit; ", professor of economics, laughed and shrugged." does not take the verbs', () => {
    const s = actors('Head\n"No," said Henna Virkkunen, the Commission\'s executive vice-president for tech sovereignty, security and democracy.\n\nJane Roe, professor of economics, laughed and shrugged.');
    expect(s.filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([
      ['Henna Virkkunen', "Commission's executive vice-president for tech sovereignty, security and democracy"],
      ['Jane Roe', 'professor of economics'],
    ]);
  });
});

describe('adjectives opening a sentence, places with particles, journals', () => {
  it('"High court rules …" under the headline is no mention of the High Court; "Swift got support" after "Taylor Swift" and "Green co-leader" still are mentions', () => {
    const s = actors('High court rules detention unlawful\nAustralia\'s High Court has ruled against the government.\n\nTaylor Swift sang. Swift got support from fans.\n\nThe Green Party won. Green co-leader Carla Denyer spoke.');
    expect(s.find((a) => a.name === 'High Court')!.mentions).toEqual(['High Court']);
    expect(s.find((a) => a.name === 'Taylor Swift')!.mentions).toEqual(['Taylor Swift', 'Swift']);
    expect(s.find((a) => a.name === 'Green Party')!.mentions).toEqual(['Green Party', 'Green']);
  });

  it('"in La Rochelle" and "flights to Le Havre" are places; "Le Pen said" is still a person', () => {
    const s = actors('Head\nTwo were taken to hospital in La Rochelle. Flights to Le Havre were cancelled. Le Pen said no.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([
      ['place', 'La Rochelle'],
      ['place', 'Le Havre'],
      ['person', 'Le Pen'],
    ]);
  });

  it('"a study published in Nature" and "writing in the journal Science Advances" name publications, and "the team" after the opening clause is not the journal', () => {
    const s = actors('Head\nA study published in Nature on Wednesday found this. Writing in the journal Science Advances, the team said so. It was reported in Brazil.');
    expect(s.map((a) => [a.kind, a.name, a.mentions])).toEqual([
      ['organisation', 'Nature', ['Nature']],
      ['organisation', 'Science Advances', ['Science Advances']],
      ['place', 'Brazil', ['Brazil']],
    ]);
  });

  it('"Speaking to the Daily Herald, the company said" is the company named before, not the newspaper', () => {
    const s = actors('Head\nAcme Corp cut jobs. Speaking to the Daily Herald, the company said it would recover.');
    expect(s.find((a) => a.name === 'Acme Corp')!.mentions).toEqual(['Acme Corp', 'the company']);
    expect(s.find((a) => a.name === 'Daily Herald')!.mentions).toEqual(['Daily Herald']);
  });
});

describe('places listed after a kind of place, and institutions described before their name', () => {
  it('"towns south of the city such as Paiporta, Catarroja and Alfafar" are places; "Companies such as Orvane and Delt" are not', () => {
    const s = actors('Head\nMost died in towns south of the city such as Paiporta, Catarroja and Alfafar. Companies such as Orvane and Delt fell.');
    expect(s.filter((a) => a.kind === 'place').map((a) => a.name)).toEqual(['Paiporta', 'Catarroja', 'Alfafar']);
  });

  it('"the state weather agency, Aemet." is Aemet, described, and "the agency" later is it; "The transport ministry, Mr Roe said, was slow" is still the ministry', () => {
    const s = actors('Head\nThey blamed the state weather agency, Aemet. Its spokesperson said the agency had issued a red warning. The transport ministry, Mr Roe said, was slow.');
    expect(s.filter((a) => a.kind === 'organisation').map((a) => [a.name, a.role, a.mentions])).toEqual([
      ['Aemet', 'state weather agency', ['Aemet', 'the agency']],
      ['transport ministry', null, ['transport ministry']],
    ]);
  });
});

describe('abbreviations in brackets and companies by their shares', () => {
  it('"The Public Prosecutor\'s Office for Economic Crimes and Corruption (WKStA) said" is one office, and "WKStA", "BaFin" (capitals inside) are its abbreviations; "(McDonald)" is not', () => {
    const s = actors("Head\nThe Public Prosecutor's Office for Economic Crimes and Corruption (WKStA) said it was examining contracts. The WKStA said more. The Federal Financial Supervisory Authority (BaFin) agreed. BaFin said so. The Kelby Trust (McDonald) fell.");
    expect(s.filter((a) => a.kind === 'organisation').map((a) => [a.name, a.mentions])).toEqual([
      ["Public Prosecutor's Office for Economic Crimes and Corruption", ["Public Prosecutor's Office for Economic Crimes and Corruption", 'WKStA']],
      ['Federal Financial Supervisory Authority', ['Federal Financial Supervisory Authority', 'BaFin']],
      ['Kelby Trust', ['Kelby Trust']],
    ]);
    expect(s.some((a) => a.kind === 'person' && (a.name === 'WKStA' || a.name === 'BaFin'))).toBe(false);
  });

  it('"Wingtech said it would take legal action. Its shares fell" is a company, and "the company said" then is Wingtech', () => {
    const s = suggest('Head\nThe government has taken control of Nexperia, a chipmaker owned by Wingtech.\n\nWingtech said it would take legal action. Its shares fell by 10% on Monday. "This is excessive intervention," the company said.');
    expect(s.actors.map((a) => [a.kind, a.name])).toEqual([
      ['organisation', 'Nexperia'],
      ['organisation', 'Wingtech'],
    ]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Wingtech']);
    // "The company" opening the next sentence says the same of a name opening one; not of a person's name.
    expect(actors('Head\nHarrow Paper blamed a doubling of energy costs. The company said it had tried to find a buyer.').map((a) => [a.kind, a.name, a.mentions])).toEqual([['organisation', 'Harrow Paper', ['Harrow Paper', 'The company']]]);
    expect(actors('Head\nJohn Smith blamed costs. The company said it would appeal.').map((a) => [a.kind, a.name])).toEqual([['person', 'John Smith']]);
    // A maker of things is a company ("a chipmaker"); a maker by trade is a person.
    expect(actors('Head\nAnn Roe, a dressmaker, said yes.').map((a) => [a.kind, a.name])).toEqual([['person', 'Ann Roe']]);
  });
});

describe('a profile\'s first lines, compass points and kinds of business', () => {
  it('"Line Coll has led Datatilsynet, Norway\'s data protection authority, since 2022. She spoke to us" names her and the authority; "Blue Origin launched …. She will fly" is no person', () => {
    const s = actors("Head\nLine Coll has led Datatilsynet, Norway's data protection authority, since 2022. She spoke to us about fines.\n\nBlue Origin launched again on Monday. She will fly next.");
    expect(s.map((a) => [a.kind, a.name])).toEqual([
      ['person', 'Line Coll'],
      ['organisation', 'Datatilsynet'],
      ['place', 'Norway'],
      // (The company is known by name; "She" after it still makes no person of it.)
      ['organisation', 'Blue Origin'],
    ]);
  });

  it('"the people of north Devon" is a place though compromise reads Devon as a name; "data from consultancy Kpler" is a company', () => {
    const s = actors('Head\nIt was a vote of confidence in the people of north Devon. Refiners cut runs, data from consultancy Kpler showed.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([
      ['place', 'Devon'],
      ['organisation', 'Kpler'],
    ]);
  });
});

describe('chambers and the word that says which holder of an office', () => {
  it('"a similar bill in the House" is the chamber, so "Rep. Luna, R-Fla., who has pushed a bill in the House, said …" is hers', () => {
    const s = suggest('Head\nRep. Anna Paulina Luna, R-Fla., who has pushed a similar bill in the House, said Johnson "has run out of excuses."\n\nMPs in the Commons cheered.');
    expect(s.actors.filter((a) => a.kind === 'organisation').map((a) => a.name)).toEqual(['House', 'Commons']);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Anna Paulina Luna']);
  });

  it('"Former England captain Michael Vaughan" and "Senior Hamas official Basem Naim" opening a sentence keep the word that says which holder of the office', () => {
    const s = actors('Head\nFormer England captain Michael Vaughan said changes were needed. Senior Hamas official Basem Naim agreed.');
    expect(s.filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([
      ['Michael Vaughan', 'Former England captain'],
      ['Basem Naim', 'Senior Hamas official'],
    ]);
  });
});

describe('mail services', () => {
  it('"Royal Mail said" is an organisation (a name ending in "Mail"), not a person who speaks', () => {
    expect(actors('Head\nRoyal Mail said deliveries would stop.').map((a) => [a.kind, a.name])).toEqual([['organisation', 'Royal Mail']]);
  });
});

describe('appositives that are clauses, and appositives inside an opening phrase', () => {
  it('"Syria\'s president, Ahmed al-Sharaa, met Crown Prince Mohammed bin Salman" gives no role "met …"; "Jane Roe, retired teacher," keeps hers', () => {
    const s = actors("Head\nThe deal came after Syria's president, Ahmed al-Sharaa, met Crown Prince Mohammed bin Salman in Riyadh. Jane Roe, retired teacher, said no.");
    expect(s.filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([
      ['Ahmed al-Sharaa', 'president'],
      ['Mohammed bin Salman', 'Crown Prince'],
      ['Jane Roe', 'retired teacher'],
    ]);
  });

  it('"Speaking in Beijing alongside his Pakistani counterpart, Ishaq Dar, Mr Wang said" names Ishaq Dar; "According to a report in the Argus Leader, Gov. Jo Bell" gives Bell no role from the report', () => {
    const s = actors('Head\nSpeaking in Beijing alongside his Pakistani counterpart, Ishaq Dar, Mr Wang said no.\n\nAccording to a report in the Argus Leader, Gov. Jo Bell launched the plan.');
    expect(s.filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([
      ['Ishaq Dar', 'Pakistani counterpart'],
      ['Jo Bell', 'Governor'],
      ['Wang', null],
    ]);
  });

  it('", a China security expert at the Center for Strategic and International Studies in Washington." keeps the whole employer; "the Refugees in Towns Project" stays whole', () => {
    const s = actors('Head\n"No," said Bonnie Lin, a China security expert at the Center for Strategic and International Studies in Washington.\n\n"Yes," said Ann Roe, director of the Refugees in Towns Project at Tufts University.');
    expect(s.filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([
      ['Bonnie Lin', 'China security expert at the Center for Strategic and International Studies'],
      ['Ann Roe', 'director of the Refugees in Towns Project at Tufts University'],
    ]);
  });
});

describe('names that open with an acronym, and whom a speaker told', () => {
  it('"said Anna Keller of ETH Zurich" names her and her quote is hers; "Researchers at ETH Zurich" names the institute', () => {
    const s = suggest('Head\nResearchers at ETH Zurich found the glacier had shrunk. "It is worse than we thought," said Anna Keller of ETH Zurich.');
    expect(s.actors.map((a) => [a.kind, a.name])).toEqual([
      ['organisation', 'ETH Zurich'],
      ['person', 'Anna Keller'],
    ]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Anna Keller']);
  });

  it('"told Meridian that …" makes no person of Meridian (a listener is no speaker); "“Yes,” said Roe" after "Anna Roe" is hers', () => {
    const s = suggest('Head\nLocal councillor Peter Christie told Meridian that the town had "been through hell". Anna Roe disagreed. "Yes," said Roe.');
    expect(s.actors.map((a) => a.name)).toEqual(['Peter Christie', 'Anna Roe']);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Peter Christie', 'Anna Roe']);
  });
});

describe('a given name that is also a word, before a capital particle', () => {
  it('"Marine Le Pen" named once, inside a quote, is a person; "the Hotel De Paris" and "Port La Nouvelle" are not', () => {
    const s = actors('Head\nHe said "Marine Le Pen will never be president" and left. The Hotel De Paris opened near Port La Nouvelle.');
    expect(s.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Marine Le Pen']);
  });
});

describe('a common word opening a headline, adverbs in a relative clause, honorifics after a role phrase', () => {
  it('"Hospital trust apologises …" names no organisation "Hospital trust"; "Wexley council" still is one', () => {
    const s = actors('Hospital trust apologises after scans left unread\nUniversity Hospitals of Northamptonshire said sorry. Wexley council agreed.');
    expect(s.filter((a) => a.kind === 'organisation').map((a) => a.name)).toEqual(['University Hospitals of Northamptonshire', 'Wexley council']);
  });

  it('", who is also finance minister," gives the role "finance minister"; "The trust\'s chief medical officer, Dr Hemant Nemade," is no mention of him before his name', () => {
    const s = actors("Head\nThe SPD's co-leader, Lars Klingbeil, who is also finance minister, said no. The trust's chief medical officer, Dr Hemant Nemade, said sorry.");
    expect(s.filter((a) => a.kind === 'person').map((a) => [a.name, a.role, a.mentions])).toEqual([
      ['Lars Klingbeil', 'finance minister', ['Lars Klingbeil']],
      ['Hemant Nemade', "trust's chief medical officer", ['Hemant Nemade']],
    ]);
  });
});

describe('a police report\'s places and hospitals, and shares of a company', () => {
  it('"the 41-year-old, from Bradford," is a place; "Leeds General Infirmary" a hospital, not a person called Infirmary with the title "Leeds General"', () => {
    const s = actors('Head\nPolice said the 41-year-old, from Bradford, had been charged. Two were taken to Leeds General Infirmary with serious injuries.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([
      ['place', 'Bradford'],
      ['organisation', 'Leeds General Infirmary'],
    ]);
  });

  it('"Shares of Northwind Systems Inc. jumped" names Northwind Systems Inc., not "Shares of …"', () => {
    const s = actors('Head\nShares of Northwind Systems Inc. jumped 18% on Tuesday. Northwind said sales rose.');
    expect(s.map((a) => [a.kind, a.name, a.mentions])).toEqual([['organisation', 'Northwind Systems Inc.', ['Northwind Systems Inc.', 'Northwind']]]);
  });

  it('"Members of West Northamptonshire Council voted" names the council, not "Members of …"; "Friends of the Earth" keeps its name', () => {
    const s = actors('Head\nMembers of West Northamptonshire Council voted seven to four. Residents of Long Ashby objected. Friends of the Earth said it was disappointed.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([
      ['organisation', 'West Northamptonshire Council'],
      ['place', 'Long Ashby'],
      ['organisation', 'Friends of the Earth'],
    ]);
  });
});

describe('names with the family name first', () => {
  it('"Xi Jinping", "Lee Jae-myung" and "Kim Jong Un" are people with no other cue; "Park Lane" stays a place', () => {
    const s = actors('Head\nXi Jinping met Joe Biden in Lima. Lee Jae-myung spoke. Kim Jong Un fired missiles. Park Lane is busy.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([
      ['person', 'Xi Jinping'],
      ['person', 'Joe Biden'],
      ['place', 'Lima'],
      ['person', 'Lee Jae-myung'],
      ['person', 'Kim Jong Un'],
      ['place', 'Park Lane'],
    ]);
  });
});

describe('a business page: an index, a rival, a spokesperson for a person', () => {
  it('"The FTSE 250 company" is the company named before, whose chief executive "Its chief executive" is; the FTSE is no organisation', () => {
    const s = actors('Head\nShares in Orwell Foods fell 9%. The FTSE 250 company said sales had dropped. Its chief executive, Dana Pell, said the market was weak.');
    expect(s.map((a) => [a.kind, a.name, a.role, a.mentions])).toEqual([
      ['organisation', 'Orwell Foods', null, ['Orwell Foods', 'The FTSE 250 company']],
      ['person', 'Dana Pell', 'chief executive of Orwell Foods', ['Dana Pell']],
    ]);
    expect(actors('Head\nThe S&P 500 rose 1% and the FTSE 100 fell. The Nikkei fell 2%. The DAX index rose.')).toEqual([]);
  });

  it('"The company\'s rival Barrowmere said" is an organisation; "his rival Tom Baird said" a person', () => {
    expect(actors("Head\nOrwell Foods cut prices. The company's rival Barrowmere said its sales held up.").map((a) => [a.kind, a.name])).toEqual([
      ['organisation', 'Orwell Foods'],
      ['organisation', 'Barrowmere'],
    ]);
    expect(named('Head\nJane Roe won. Her rival Tom Baird said he would not concede.', 'person')).toEqual(['Jane Roe', 'Tom Baird']);
  });

  it('"A spokeswoman for Haskell" speaks for Tom Haskell, named before, and makes no organisation "Haskell"', () => {
    const s = actors('Head\nSenate Majority Leader Tom Haskell has not said when. A spokeswoman for Haskell, Erin Moody, said he was reading the bill.');
    expect(s.map((a) => [a.kind, a.name, a.mentions])).toEqual([
      ['person', 'Tom Haskell', ['Tom Haskell', 'Haskell']],
      ['person', 'Erin Moody', ['Erin Moody']],
    ]);
    // A spokesperson for a name that is nobody's surname: an organisation still.
    expect(named('Head\nA spokesman for Nordline said the ferry was late.', 'organisation')).toEqual(['Nordline']);
  });
});

describe('a list of places after "in"', () => {
  it('"in Benue, Plateau and Zamfara" are three places; "In March, Smith and Jones said" and "in Kelby, Jane Roe and Tom Baird" keep their people', () => {
    expect(named('Head\nThe vote in Benue, Plateau and Zamfara was postponed.', 'place')).toEqual(['Benue', 'Plateau', 'Zamfara']);
    expect(named('Head\nIn March, Smith and Jones said the plan was dead.', 'place')).toEqual([]);
    expect(named('Head\nAt the rally in Kelby, Jane Roe and Tom Baird spoke.', 'person')).toEqual(['Jane Roe', 'Tom Baird']);
  });
});

describe('where an economist works, and a network operator', () => {
  it('"chief economist at ICRA" names the organisation ICRA; "Western Power Networks says" is an organisation, and its spokesperson speaks for it', () => {
    expect(named('Head\nAditi Nair, chief economist at ICRA, said rates could fall.', 'organisation')).toEqual(['ICRA']);
    const s = suggest('Head\n\nWestern Power Networks says engineers are working.\n\nA spokesperson for the company told us: "Check on your neighbours."');
    expect(s.actors.map((a) => [a.kind, a.name])).toEqual([['organisation', 'Western Power Networks']]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Western Power Networks']);
  });
});

describe('people with no cue but the words around them', () => {
  it('names listed after a plural noun for people ("External members Jayanth Varma and Ashima Goyal voted") are people; "The players Real Madrid signed" is no person', () => {
    expect(named('Head\nExternal members Jayanth Varma and Ashima Goyal voted for a cut.', 'person')).toEqual(['Jayanth Varma', 'Ashima Goyal']);
    expect(named('Head\nThe board members, Jayanth Varma and Ashima Goyal, voted.', 'person')).toEqual(['Jayanth Varma', 'Ashima Goyal']);
    expect(named('Head\nThe players Real Madrid signed cost a fortune.', 'person')).toEqual([]);
  });

  it('"Police named the victim as Tunde Bakare", "The man has been named as Kofi Boateng" are people', () => {
    expect(named('Head\nPolice named the victim as Tunde Bakare.', 'person')).toEqual(['Tunde Bakare']);
    expect(named('Head\nThe man who died has been named as Kofi Boateng, 34.', 'person')).toEqual(['Kofi Boateng']);
    // Named as something that is no person: no cue.
    expect(named('Head\nThe award named Harrow Glass as its winner.', 'person')).toEqual([]);
  });
});

describe('a Whitehall story and a union with commas in its name', () => {
  it('"the Treasury said" is an organisation, whose unnamed official speaks for it; "The Treasury chief" names no organisation', () => {
    const s = suggest('Head\nA senior Treasury official, who asked not to be named, said the department was "deeply sceptical". In a statement, the Treasury said: "Decisions come at the Budget."');
    expect(s.actors.map((a) => [a.kind, a.name])).toEqual([['organisation', 'Treasury']]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Treasury', 'Treasury']);
    expect(actors('Head\nUS Treasury Secretary Scott Bessent met reporters. The Treasury chief called the talks frank.').map((a) => a.name)).toEqual(['Scott Bessent']);
  });

  it('"Its spokesman Simon Ward said" gives him the role "spokesman of" the organisation before, as "Its spokesman, Simon Ward," does', () => {
    expect(actors("Head\nThe RAC said prices rose. Its spokesman Simon Ward said: 'Drivers feel the pinch.'").map((a) => [a.name, a.role])).toEqual([
      ['RAC', null],
      ['Simon Ward', 'spokesman of RAC'],
    ]);
  });

  it('a name with commas, whole where its acronym in brackets says so ("Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU)")', () => {
    expect(named('Head\nThe Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) said its members would return.', 'organisation')).toEqual(['Kenya Medical Practitioners, Pharmacists and Dentists Union']);
    expect(named('Head\nThe Health, Education, Labor and Pensions Committee (HELP) voted 14-8.', 'organisation')).toEqual(['Health, Education, Labor and Pensions Committee']);
    // An acronym the name before the comma already spells: the comma ends the list.
    expect(named('Head\nIn Leeds, the Pharmacists and Dentists Union (PDU) said no.', 'organisation')).toEqual(['Pharmacists and Dentists Union']);
  });
});

describe('a local story: a lord lieutenant, a station manager, a pupil', () => {
  it('"the Lord Lieutenant of Greater Manchester, Diane Hawkins," is one person with that role, and "Station manager Tom Ridley" names no organisation "Station"', () => {
    const s = actors('Head\nStation manager Tom Ridley said the door was closed. The award was presented by the Lord Lieutenant of Greater Manchester, Diane Hawkins, on Friday.');
    expect(s.map((a) => [a.kind, a.name, a.role])).toEqual([
      ['person', 'Tom Ridley', 'Station manager'],
      ['person', 'Diane Hawkins', 'Lord Lieutenant of Greater Manchester'],
    ]);
    // A club before a manager still is one: "Harwick manager Sian Hughes".
    expect(named('Head\nThe match ended level. Harwick manager Sian Hughes said it was fair.', 'organisation')).toEqual(['Harwick']);
  });

  it('"Pupil Amira, nine, said: “…”" is Amira, a pupil, who speaks; "Amira, 9, said" too', () => {
    const s = suggest('Head\nPupil Amira, nine, said: "It was really calm."');
    expect(s.actors.map((a) => [a.kind, a.name, a.role])).toEqual([['person', 'Amira', 'Pupil']]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Amira']);
    expect(suggest('Head\nAmira, 9, said: "It was calm."').quotes.map((q) => q.speaker)).toEqual(['Amira']);
  });
});

describe('where an analyst works, named again as "the firm" or "the bank"', () => {
  it('"Analysts at Bernstein … said Stacy Rasgon, an analyst at the firm" is Bernstein, not the company the story is about; "Rabobank … at the bank" is Rabobank', () => {
    const s = actors('Head\nShares in Nvidia fell 6%. Analysts at Bernstein estimated China was 13% of Nvidia\'s revenue. "It was priced in," said Stacy Rasgon, an analyst at the firm.');
    expect(s.map((a) => [a.name, a.role, a.mentions])).toEqual([
      ['Nvidia', 'company', ['Nvidia']],
      ['Bernstein', null, ['Bernstein', 'the firm']],
      ['China', null, ['China']],
      ['Stacy Rasgon', 'analyst at Bernstein', ['Stacy Rasgon']],
    ]);
    const r = actors('Head\nAnalysts at Rabobank said prices could stay high. "This is a new level," said Carlos Mera, head of markets at the bank.');
    expect(r.map((a) => [a.name, a.role])).toEqual([
      ['Rabobank', 'company'],
      ['Carlos Mera', 'head of markets at Rabobank'],
    ]);
  });
});

describe('a police unit', () => {
  it('"Lee Gorton, of the Regional Organised Crime Unit, said: “…”" is his quote, and the unit an organisation, not a person', () => {
    const s = suggest('Head\nLee Gorton, of the Regional Organised Crime Unit, said: "This sends a message."');
    expect(s.actors.map((a) => [a.kind, a.name])).toEqual([
      ['person', 'Lee Gorton'],
      ['organisation', 'Regional Organised Crime Unit'],
    ]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Lee Gorton']);
  });
});

describe('a town named like a person', () => {
  it('"standing outside a community centre in Nelson" is the town; "Nelson said" alone stays a person', () => {
    expect(actors('Head\n"I have never seen it," Tanya Greig said, standing outside a community centre in Nelson.').map((a) => [a.kind, a.name])).toEqual([
      ['person', 'Tanya Greig'],
      ['place', 'Nelson'],
    ]);
    expect(named('Head\nAfter the vote in Castlegar, Nelson said he was pleased.', 'place')).toEqual(['Castlegar']);
  });
});

describe('two people each with an appositive, joined by "and"', () => {
  it('"The mayor of Harrowby, Tom Ashdown, and the leader of the county council, Julia Venn, clashed" gives each the role before their name', () => {
    const s = actors('Head\nThe mayor of Harrowby, Tom Ashdown, and the leader of the county council, Julia Venn, clashed on Monday.');
    expect(s.filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([
      ['Tom Ashdown', 'mayor of Harrowby'],
      ['Julia Venn', 'leader of the county council'],
    ]);
  });
});

describe('a common phrase an organisation is named after', () => {
  it('"Human rights groups urged …" is no mention of Human Rights Watch, named before', () => {
    expect(actors('Head\nHuman Rights Watch said the law was cruel. Human rights groups urged the president to veto it.').map((a) => a.mentions)).toEqual([['Human Rights Watch']]);
  });
});

describe('two organisations joined by "and"', () => {
  it('"Harrow Gas and Wexley Energy both reported …" are two organisations, and "Wexley said" is the second; "Marks and Wexley Energy reported" stays one name', () => {
    const s = actors('Head\nHarrow Gas and Wexley Energy both reported record demand. Wexley said prices fell.');
    expect(s.map((a) => [a.kind, a.name, a.mentions])).toEqual([
      ['organisation', 'Harrow Gas', ['Harrow Gas']],
      ['organisation', 'Wexley Energy', ['Wexley Energy', 'Wexley']],
    ]);
    expect(named('Head\nMarks and Wexley Energy reported record demand.', 'organisation')).toEqual(['Marks and Wexley Energy']);
  });

  it('"Islay Sound Ferries chief executive" after "Islay Sound Ferries Ltd" is that company without its legal form', () => {
    const s = suggest('Head\nIslay Sound Ferries Ltd admitted breaching the law. In a statement, Islay Sound Ferries chief executive Fiona Drever said: "We let him down." Islay Sound Ferries said it would not appeal.');
    expect(s.actors.map((a) => [a.kind, a.name, a.mentions])).toEqual([
      ['organisation', 'Islay Sound Ferries Ltd', ['Islay Sound Ferries Ltd', 'Islay Sound Ferries']],
      ['person', 'Fiona Drever', ['Fiona Drever']],
    ]);
    // A whole sentence led in by a colon is the speaker's, not the subject's of the sentence after it.
    expect(s.quotes.map((q) => [q.exact, q.speaker])).toEqual([['We let him down.', 'Fiona Drever']]);
  });

  it('two companies joined by "and", the first ended by an organisation word ("Ceres Robotics and Tyvak Nano-Satellite Systems Inc"); "CEO and Founder of" opens no name; "Sierra Nevada" is "Sierra Nevada Corporation"', () => {
    const s = actors('Head\nNASA chose Blue Origin, Sierra Nevada Corporation and SpaceX, and two smaller firms, Ceres Robotics and Tyvak Nano-Satellite Systems Inc. "It is an ecosystem," said Michael Sims, CEO and Founder of Ceres Robotics Inc. "There are big players, such as Sierra Nevada and Tyvak."\n\nThe U.S. Securities and Exchange Commission said nothing. Greenpeace and Friends of the Earth protested.');
    expect(s.filter((a) => a.kind === 'organisation').map((a) => a.name)).toEqual([
      'NASA',
      'Blue Origin',
      'Sierra Nevada Corporation',
      'SpaceX',
      'Tyvak Nano-Satellite Systems Inc.',
      'Ceres Robotics Inc.',
      'U.S. Securities and Exchange Commission',
      'Greenpeace',
      'Friends of the Earth',
    ]);
    expect(s.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Michael Sims']);
  });

  it('"The Health and Safety Executive said" opening a sentence is the known regulator, not a person "Safety Executive"', () => {
    const s = suggest('Head\nThe Health and Safety Executive said the case showed "the cost of putting the timetable first". The Safety Executive agreed.');
    expect(s.actors.map((a) => [a.kind, a.name])).toEqual([['organisation', 'Health and Safety Executive']]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Health and Safety Executive']);
  });

  it('a name in a list of known organisations is one ("clients including Ford, Macy’s, Kellogg’s, NBC and others"); a name after a comma that closes a phrase is not ("with the FBI, Webb confessed")', () => {
    const s = actors('Head\nIt won clients including Ford, Macy’s, Kellogg’s, NBC and others. In an interview with the FBI, Webb confessed. Webb was sentenced on Friday.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([
      ['organisation', 'Ford'],
      ['organisation', "Macy's"],
      ['organisation', "Kellogg's"],
      ['organisation', 'NBC'],
      ['organisation', 'FBI'],
      ['person', 'Webb'],
    ]);
  });

  it('a role before a name opening the sentence keeps a place\'s first word ("New Zealand captain Tom Latham")', () => {
    const s = actors('Head\nNew Zealand captain Tom Latham admitted his side had been poor. New York Mayor Eric Adams agreed.');
    expect(s.filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([
      ['Tom Latham', 'New Zealand captain'],
      ['Eric Adams', 'New York Mayor'],
    ]);
  });

  it('a given name before an organisation word that is also a surname is a person ("Margaret Court said she …"); "the Supreme Court", "Kelby Crown Court" are courts', () => {
    const s = actors('Head\nMargaret Court said she was proud. Charlotte Church sang. The Supreme Court ruled. Kelby Crown Court heard the case.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([
      ['person', 'Margaret Court'],
      ['person', 'Charlotte Church'],
      ['organisation', 'Supreme Court'],
      ['organisation', 'Kelby Crown Court'],
    ]);
  });

  it('"Washington, DC, United States" names the city and the country, no organisation "DC"', () => {
    expect(actors('Washington, DC, United States: Getting to the Moon, while not easy, has been done.').map((a) => [a.kind, a.name])).toEqual([
      ['place', 'Washington'],
      ['place', 'United States'],
    ]);
  });

  it('counties and regions news names without a cue are places, though compromise reads some as given names ("in Devon and Cornwall")', () => {
    expect(actors('Head\nHouseholds in Devon and Cornwall will pay more. Floods hit Somerset and Tuscany.').map((a) => [a.kind, a.name])).toEqual([
      ['place', 'Devon'],
      ['place', 'Cornwall'],
      ['place', 'Somerset'],
      ['place', 'Tuscany'],
    ]);
    // A given name before a surname is still a person's.
    expect(actors('Head\nDevon Allen won the race. Allen said he was happy.').map((a) => [a.kind, a.name])).toEqual([['person', 'Devon Allen']]);
  });

  it('"the company" is the utility the story is about: not a known regulator ("Ofwat", a "water regulator"), not the owner named after "owned by", and a name owning what follows "of" is no side mention', () => {
    const s = actors('Head\nThe regulator approved most of South West Water\'s spending plan. Ofwat said bills would rise. "We will hold the company to every pound," said David Black, Ofwat\'s chief executive.\n\nSouth West Water, which is owned by Pennon Group, said it would help. The council said it would make sure the company delivered.');
    expect(s.filter((a) => a.kind === 'organisation').map((a) => [a.name, a.mentions])).toEqual([
      ['South West Water', ['South West Water', 'the company']],
      ['Ofwat', ['Ofwat']],
      ['Pennon Group', ['Pennon Group']],
    ]);
  });

  it('"Water" ends a utility\'s name ("Thames Water said", "South West Water, which is owned by …"); a heading in capitals names nothing', () => {
    const s = actors('Head\nSouth West Water, which is owned by Pennon Group, said it would help. Thames Water said no.\n\nHOW TO USE A WATER BATH CANNER\n\nFill the pan.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([
      ['organisation', 'South West Water'],
      ['organisation', 'Pennon Group'],
      ['organisation', 'Thames Water'],
    ]);
  });

  it('"Broadcom and Micron Technology also fell": a known organisation before "and" opens no longer name of one; "the Food and Drug Administration" stays one', () => {
    expect(named('Head\nBroadcom and Micron Technology also fell more than 3%. The Food and Drug Administration said no.', 'organisation')).toEqual(['Broadcom', 'Micron Technology', 'Food and Drug Administration']);
  });
});

describe('an airline and the pilots\' union', () => {
  it('"the carrier", "the company" and "the airline" are Kelby Airways, not the "Kelby Airline Pilots\' Association (Kapa)", whose acronym written as a word joins it', () => {
    const s = actors("Head\nKelby Airways cancelled 300 flights. The Kelby Airline Pilots' Association (Kapa) said 94% of its members at the carrier had voted to strike. Kapa said the company had broken its promises. Neil Hart, the chief operating officer, said the airline had rebooked most passengers.");
    expect(s.filter((a) => a.kind === 'organisation').map((a) => [a.name, a.mentions])).toEqual([
      ['Kelby Airways', ['Kelby Airways', 'the carrier', 'the company', 'the airline']],
      ["Kelby Airline Pilots' Association", ["Kelby Airline Pilots' Association", 'Kapa']],
    ]);
  });

  it('"the airline" is the one whose name it heads ("Kelby Airline"), before one a synonym heads ("Orwell Airlines")', () => {
    const s = actors('Head\nKelby Airline bought 30 jets. Two more went to Orwell Airlines. Its president said the airline would grow.');
    expect(s.filter((a) => a.kind === 'organisation').map((a) => [a.name, a.mentions])).toEqual([
      ['Kelby Airline', ['Kelby Airline', 'the airline']],
      ['Orwell Airlines', ['Orwell Airlines']],
    ]);
  });

  it('"the conciliation service Acas" is an organisation', () => {
    expect(named('Head\nTalks resume at the conciliation service Acas on Monday.', 'organisation')).toEqual(['Acas']);
  });
});

describe('a drug approval', () => {
  it('"director of the FDA\'s Office of Neuroscience" names the office once, not also "FDA\'s Office of Neuroscience"; "a neurologist at Stanford University" is a role', () => {
    const s = actors("Head\nThe Food and Drug Administration approved the drug. \"It is an option,\" said Dr Ann Roe, director of the FDA's Office of Neuroscience. Dr Tom Baird, a neurologist at Stanford University, was cautious.");
    expect(s.filter((a) => a.kind === 'organisation').map((a) => a.name)).toEqual(['Food and Drug Administration', 'Office of Neuroscience', 'Stanford University']);
    expect(s.find((a) => a.name === 'Tom Baird')?.role).toBe('neurologist at Stanford University');
  });
});

describe('a division with a number', () => {
  it('"scored 19 goals in Ligue 1" names no place "Ligue"; "in Lyon" still is one', () => {
    expect(named('Head\nHe scored 19 goals in Ligue 1 last season and lives in Lyon.', 'place')).toEqual(['Lyon']);
  });
});

describe('the House and the White House', () => {
  it('"The House on Friday passed the bill" names the chamber, which is not the White House named after it', () => {
    expect(actors('Head\nThe House on Friday passed the bill. The White House said the president would sign it.').map((a) => [a.name, a.mentions])).toEqual([
      ['House', ['House']],
      ['White House', ['White House']],
    ]);
  });
});

describe('national bodies, brands and a utilities page', () => {
  it('nouns before a nation\'s name are a national body ("Water UK", "Police Scotland"), also opening a sentence; an adjective or a place before it is not', () => {
    const text = 'Head\nWater UK, which represents the industry, said firms would help. Police Scotland said a man was arrested. Transport Scotland agreed.\nVoters in Northern Ireland and Glasgow were asked. Hosts England won.';
    expect(named(text, 'organisation')).toEqual(['Water UK', 'Police Scotland', 'Transport Scotland']);
    expect(named(text, 'place')).toEqual(['Northern Ireland', 'Glasgow']);
  });

  it('an adjective opening a longer national body\'s name is part of it ("Public Health England", "Natural Resources Wales"); one saying which part of the country is not', () => {
    const text = 'Head\nPublic Health England said cases rose. Natural Resources Wales told us the river would never reach the bridge.\nVoters in Rural North Wales and Greater Western Scotland were asked. Jimmy Wales said so.';
    expect(named(text, 'organisation')).toEqual(['Public Health England', 'Natural Resources Wales']);
    expect(named(text, 'person')).toEqual(['Jimmy Wales']);
  });

  it('"Consumer groups said" names nothing of the "Consumer Council for Water": a word before an organisation word and its remit is no short name', () => {
    const text = 'Head\nConsumer groups said the rise would hurt. Mike Kell, chief executive of the Consumer Council for Water, agreed.';
    expect(actors(text).find((a) => a.name === 'Consumer Council for Water')?.mentions).toEqual(['Consumer Council for Water']);
  });

  it('a word with a capital inside that does what companies do is a company ("CalMac has cancelled", "JetBlue said"); "McKinsey", a handle or a product is not', () => {
    const text = 'Head\nIsleMac has cancelled all sailings. The operator said it would review the timetable. SkyJet said flights would resume.';
    expect(actors(text).map((a) => [a.kind, a.name, a.mentions])).toEqual([
      ['organisation', 'IsleMac', ['IsleMac', 'The operator']],
      ['organisation', 'SkyJet', ['SkyJet']],
    ]);
    // A surname with a capital inside, a handle, a product that "is here".
    const other = 'Head\nMcKenna said no. Governor @TomBevan has done well. The new PodBuds is here.';
    expect(named(other, 'organisation')).toEqual([]);
  });

  it('a weather warning\'s colour names no one ("Amber wind warning until 21:00"), while "Amber Rudd" is a person', () => {
    expect(actors('Head\n\nKey points\n\nAmber wind warning until 21:00\n\nTrains cancelled between Ardrossan and Largs').map((a) => a.name)).toEqual(['Ardrossan', 'Largs']);
    expect(actors('Head\nAmber wind warning until 21:00\nA Yellow warning for rain is in place. Amber Rudd said no.').map((a) => [a.name, a.mentions])).toEqual([['Amber Rudd', ['Amber Rudd']]]);
  });
});

describe('an appositive that is a clause', () => {
  it('", beat agriculture minister Shinjiro Koizumi in a run-off vote" is no role of the name before it; "aide to defence secretary John Healey" and "elected mayor of Harrow" are roles', () => {
    const text = 'Head\nSanae Takada, a protégé of the late Shinzo Abe, beat agriculture minister Shinjiro Koizumo in a run-off vote. Jo Bell, aide to defence secretary John Heale, said yes. Ann Lee, elected mayor of Harrow in May, agreed.';
    const roles = Object.fromEntries(actors(text).map((a) => [a.name, a.role]));
    expect(roles['Shinzo Abe']).toBeNull();
    expect(roles['Jo Bell']).toBe('aide to defence secretary John Heale');
    expect(roles['Ann Lee']).toBe('elected mayor of Harrow in May');
  });
});

describe('a wire dateline with its day, and the forest named like a company', () => {
  it('"COPENHAGEN, Feb 6 (Reuters) -" credits the agency in the dateline: no actor', () => {
    expect(actors('Head\nCOPENHAGEN, Feb 6 (Reuters) - Container line Nordhaven Shipping reported a drop in profit.').map((a) => [a.kind, a.name])).toEqual([
      ['place', 'Copenhagen'],
      ['organisation', 'Nordhaven Shipping'],
    ]);
  });

  it('"the Brazilian Amazon", "Amazon rainforest" make Amazon the place; "Amazon cut jobs" alone is the company', () => {
    expect(actors('Head\nThe bill would weaken Amazon protections. Deforestation in the Brazilian Amazon fell 31%.').map((a) => [a.kind, a.name])).toEqual([['place', 'Amazon']]);
    expect(actors('Head\nAmazon cut 14,000 jobs. The retailer said demand was weak.').map((a) => [a.kind, a.name])).toEqual([['organisation', 'Amazon']]);
  });
});

describe('where a tram goes', () => {
  it('"the tram network to Beeston", "Trams to Hucknall" name places; "The line to Smith" is no place', () => {
    const text = 'Head\nThe council approved an extension of the tram network to Beeston. Trams to Hucknall will run later. The line to Smith was cut.';
    expect(named(text, 'place')).toEqual(['Beeston', 'Hucknall']);
  });
});

describe('a confederation', () => {
  it('"the Confederation of British Industry warned" is an organisation, as a federation is', () => {
    expect(named('Head\nNot everyone agrees, and the Confederation of British Industry warned last year that it could raise costs.', 'organisation')).toEqual(['Confederation of British Industry']);
  });
});

describe('parties named by a plural', () => {
  it('"The opposition Greens called the deal “…”" is the party\'s; "Greens are good for you" opening a sentence is no party', () => {
    const text = 'Head\n\nThe opposition Greens called the deal "a missed opportunity".';
    expect(suggest(text).quotes.map((q) => [q.exact, q.speaker])).toEqual([['a missed opportunity', 'Greens']]);
    expect(actors('Head\n\nGreens are good for you, doctors say. The course has fast greens.')).toEqual([]);
  });
});

describe('titles in the plural', () => {
  it('"Justices A and B", "Sens. A, B and C", "Reps. A and B": each is a person holding the role in the singular', () => {
    const text = 'Head\nThe ruling came on Monday. A bench of Justices Sanjiv Khanna and Dipankar Datta said the order stood. Sens. Chuck Grassley, Amy Klobuchar and Ron Wyden wrote to the agency. Reps. Ann Roe and Tom Hale voted no.';
    expect(actors(text).map((a) => [a.name, a.role])).toEqual([
      ['Sanjiv Khanna', 'Justice'],
      ['Dipankar Datta', 'Justice'],
      ['Chuck Grassley', 'Senator'],
      ['Amy Klobuchar', 'Senator'],
      ['Ron Wyden', 'Senator'],
      ['Ann Roe', 'Representative'],
      ['Tom Hale', 'Representative'],
    ]);
  });

  it('a singular title holds for its own name only: "Justice Ann Lee and Tom Berg"', () => {
    expect(actors('Head\nJustice Ann Lee and Tom Berg met in the library.').map((a) => [a.name, a.role])).toEqual([
      ['Ann Lee', 'Justice'],
      ['Tom Berg', null],
    ]);
  });
});

describe('an office of two words opening a sentence', () => {
  it('"Surgeon General Vivek Murthy", "Solicitor General Tushar Mehta": the whole office, not "General"; "Analyst Gil Luria" holds no office word', () => {
    const text = 'Head\nSurgeon General Vivek Murthy warned about social media. Solicitor General Tushar Mehta argued for the state. Analyst Gil Luria said the deal was fair.';
    expect(actors(text).map((a) => [a.name, a.role])).toEqual([
      ['Vivek Murthy', 'Surgeon General'],
      ['Tushar Mehta', 'Solicitor General'],
      ['Gil Luria', 'Analyst'],
    ]);
  });
});

describe('national bodies of Canada and Australia', () => {
  it('"Environment Canada", "Statistics Canada", "Tourism Australia" are organisations; "Western Australia" and "South Australia" are places', () => {
    const text = 'Head\nEnvironment Canada forecast winds of 50 km/h. Statistics Canada said the jobless rate rose. Tourism Australia launched a campaign. He moved to Western Australia and later South Australia.';
    expect(actors(text).map((a) => [a.kind, a.name])).toEqual([
      ['organisation', 'Environment Canada'],
      ['organisation', 'Statistics Canada'],
      ['organisation', 'Tourism Australia'],
      ['place', 'Western Australia'],
      ['place', 'South Australia'],
    ]);
  });
});

describe('a club or company named by one word', () => {
  it('"Celtic have agreed a fee": its verb in the plural makes it an organisation, and "Celtic\'s" later is the same one', () => {
    const text = 'Head\nCeltic have agreed a fee of £14m for the striker. He could start in Celtic’s next match.';
    const celtic = suggest(text).actors.find((a) => a.name === 'Celtic');
    expect(celtic?.kind).toBe('organisation');
    expect(celtic?.occurrences.map((o) => text.slice(o.start, o.end + 2))).toEqual(['Celtic h', 'Celtic’s']);
  });

  it('"Chelsea have this morning paid the fee": a time between the plural verb and its participle, and the club is still an organisation', () => {
    const s = actors('Chelsea have this morning paid the £71m fee to secure the goalkeeper.\n\nThe deal, which Chelsea hope to announce later today, is done.');
    expect(s.map((a) => [a.kind, a.name])).toEqual([['organisation', 'Chelsea']]);
  });

  it('no organisation from "Many have left", "Staff were told", "Smith and Jones have agreed", "England have won", "Democrats are furious"', () => {
    const text = 'Head\nMany have left the town. Staff were told on Monday. Smith and Jones have agreed. England have won the series. Democrats are furious.';
    expect(named(text, 'organisation')).toEqual([]);
  });

  it('"from Sage Therapeutics and Biogen": a name word joined to an organisation is one too; not a surname the text gives in full', () => {
    expect(named('Head\nThe drug, from Sage Therapeutics and Biogen, was approved.', 'organisation')).toEqual(['Sage Therapeutics', 'Biogen']);
    const text = 'Head\nA deal between the European Union and Johnson was near. Boris Johnson said so.';
    expect(named(text, 'organisation')).toEqual(['European Union']);
    expect(named(text, 'person')).toEqual(['Boris Johnson']);
  });

  it('"The RBA\'s next meeting" after "The Reserve Bank of Australia": the initials are the bank\'s', () => {
    const actor = suggest('Head\nThe Reserve Bank of Australia held rates. The RBA\'s next meeting is in March.').actors[0]!;
    expect([actor.name, actor.mentions]).toEqual(['Reserve Bank of Australia', ['Reserve Bank of Australia', 'RBA']]);
  });
});

describe('a campaign group and its officers', () => {
  it('"Mothers Against Drunk Driving", "The Campaign Against Arms Trade", "Wrexham Against Cuts" (a place the text names) are organisations; "The Case Against Brexit" is no name', () => {
    const text = 'Head\nMothers Against Drunk Driving said the law was weak. The Campaign Against Arms Trade said it would appeal. The Case Against Brexit was published. Councillors in Wrexham met. The protest was organised by Wrexham Against Cuts.';
    expect(named(text, 'organisation')).toEqual(['Mothers Against Drunk Driving', 'Campaign Against Arms Trade', 'Wrexham Against Cuts']);
    expect(named(text, 'person')).toEqual([]);
  });

  it('"Its secretary, Dafydd Hughes," after a sentence whose one organisation is the group holds the office there; "Its author" stays the author', () => {
    const text = 'Head\nCouncillors in Wrexham met. The protest was organised by Wrexham Against Cuts. Its secretary, Dafydd Hughes, said the group would return.\n\nThe claim was rejected by the Home Office. Its author, Jane Roe, said she would appeal.';
    expect(actors(text).filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([
      ['Dafydd Hughes', 'secretary of Wrexham Against Cuts'],
      ['Jane Roe', 'author'],
    ]);
  });

  it('"the group" is no government: after the "Welsh Government" and a campaign, it is the campaign; after the government alone, nobody', () => {
    const alone = suggest('Head\nA Welsh Government spokesperson said funding rose. Protesters said the group would return.').actors;
    expect(alone.map((a) => [a.name, a.mentions])).toEqual([['Welsh Government', ['Welsh Government']]]);
    const withGroup = suggest('Head\nA Welsh Government spokesperson said funding rose. In Wrexham, the protest was organised by Wrexham Against Cuts. Its secretary said the group would return.').actors;
    expect(withGroup.map((a) => [a.name, a.mentions])).toEqual([
      ['Welsh Government', ['Welsh Government']],
      ['Wrexham', ['Wrexham']],
      ['Wrexham Against Cuts', ['Wrexham Against Cuts', 'the group']],
    ]);
  });
});

describe('a sea or an island named by a place', () => {
  it('"the Gulf of Finland", "the Isle of Arran", "the Cape of Good Hope" are one place each, not "Gulf" and "Finland"', () => {
    const text = 'Head\nAnother cable was cut in the Gulf of Finland. Ferries to the Isle of Arran were cancelled. The ship rounded the Cape of Good Hope.';
    expect(named(text, 'place')).toEqual(['Gulf of Finland', 'Isle of Arran', 'Cape of Good Hope']);
  });

  it('a person "of" a place still splits there: "Sen. Douglas Harlan of Arizona"', () => {
    expect(actors('Head\nSen. Douglas Harlan of Arizona said the bill would pass.').map((a) => [a.kind, a.name])).toEqual([
      ['person', 'Douglas Harlan'],
      ['place', 'Arizona'],
    ]);
  });
});

describe('an institution named by one word after "the"', () => {
  it('"The Nasdaq said …" is an organisation that speaks; "The Duke said" stays a person (a rank of nobility)', () => {
    const s = suggest('Head\nThe Nasdaq said trading would resume at noon. The Duke said little.');
    expect(s.actors.map((a) => [a.kind, a.name])).toEqual([
      ['organisation', 'Nasdaq'],
      ['person', 'Duke'],
    ]);
    expect(s.quotes).toEqual([]);
  });
});

describe('a name with a verb in the plural, and compromise\'s weaker reading', () => {
  it('"Kelby Mills have twice denied …" makes the name read before as a person an organisation; "Ann Roe and Tom Hale have agreed" stays two people', () => {
    const text = 'Head\nThe firm that owns the catalogue, Kelby Mills, says the songs are safe. Kelby Mills have twice denied any wrongdoing. Ann Roe and Tom Hale have agreed to talk.';
    expect(actors(text).map((a) => [a.kind, a.name])).toEqual([
      ['organisation', 'Kelby Mills'],
      ['person', 'Ann Roe'],
      ['person', 'Tom Hale'],
    ]);
  });

  it('"talent manager Scooter Quill … Scooter Quill\'s company": a person with a role stays a person where compromise reads the possessive as an organisation', () => {
    const text = 'Head\nThe label was bought by a company owned by talent manager Scooter Quill this year. Critics attacked Scooter Quill\'s company last week.';
    expect(actors(text).filter((a) => a.name === 'Scooter Quill').map((a) => [a.kind, a.role])).toEqual([['person', 'manager']]);
  });

  it("a name the text treats as a person's three times stays a person where compromise once reads \"…'s management team\" as an organisation", () => {
    const text = "Head\nTaylor Quill posted on Monday. Later, Taylor Quill wrote again. Taylor Quill said she was hurt. \"Talk to Taylor Quill's management team,\" the label said.";
    expect(actors(text).filter((a) => a.name === 'Taylor Quill').map((a) => a.kind)).toEqual(['person']);
  });
});

describe('a party member\'s word and an office before or without a name', () => {
  it('"Republican Phil Bryant", "Democrat Jim Hood": the word is the role, not part of the name; "the Republican Party" stays the party', () => {
    const text = 'Head\nFour years ago, Republican Phil Bryant won in a landslide. Democrat Jim Hood conceded. The Republican Party said no.';
    expect(actors(text).map((a) => [a.kind, a.name, a.role])).toEqual([
      ['person', 'Phil Bryant', 'Republican'],
      ['person', 'Jim Hood', 'Democrat'],
      ['organisation', 'Republican Party', 'political party'],
    ]);
  });

  it('"as its first Chief Strategy Officer" names no person "Strategy Officer"; "Chief Executive Officer Ann Roe" is Ann Roe', () => {
    const text = 'Head\nThe firm named Ivan Braiker as its first Chief Strategy Officer. Chief Executive Officer Ann Roe said yes.';
    expect(actors(text).map((a) => [a.name, a.role])).toEqual([
      ['Ivan Braiker', null],
      ['Ann Roe', 'Chief Executive Officer'],
    ]);
  });
});

describe('a last word alone later makes a surname only of a name', () => {
  it('"the Pittsburgh Gulls … the Gulls" (a place first), "See Black … Black" (words of the language) name no person; "Halvor Brenneke … Brenneke" does', () => {
    const text = 'Head\nThe Pittsburgh Gulls beat the Cleveland Crows 24-10. The Gulls scored twice. Fans read See Black, a thriller in which Black narrates, and black coffee sold out. Halvor Brenneke has run the mill since 1990. Brenneke said it would stay open.';
    const people = actors(text).filter((a) => a.kind === 'person').map((a) => a.name);
    expect(people).toEqual(['Halvor Brenneke']);
  });
});

describe('a press release\'s company and officer', () => {
  it('"Harwell Biotics, Inc. (Nasdaq: HRWL), a … company" is an organisation, and "The company" later is it; "Tom Smith, Co. Kerry," is no company', () => {
    const s = suggest('Head\nHarwell Biotics, Inc. (Nasdaq: HRWL), a clinical-stage biopharmaceutical company, today announced results. The company will host a call. Tom Smith, Co. Kerry, won the prize.');
    expect(s.actors.find((a) => a.name === 'Harwell Biotics')?.mentions).toEqual(['Harwell Biotics', 'The company']);
    expect(s.actors.filter((a) => a.kind === 'organisation').map((a) => a.name)).not.toContain('Tom Smith');
  });

  it('"said Priya Natarajan, M.D., Chief Executive Officer of Harwell Biotics": letters after the name, then the whole office as her role; "Tom Hale, KC," names no organisation "KC"', () => {
    const s = suggest('Head\n"Yes," said Priya Natarajan, M.D., Chief Executive Officer of Harwell Biotics. Ann Roe, PhD, a chemist at Acme Labs, agreed. Tom Hale, KC, said no.');
    expect(s.actors.map((a) => [a.kind, a.name, a.role])).toEqual([
      ['person', 'Priya Natarajan', 'Chief Executive Officer of Harwell Biotics'],
      ['person', 'Ann Roe', 'chemist at Acme Labs'],
      ['organisation', 'Acme Labs', null],
      ['person', 'Tom Hale', null],
    ]);
  });
});

describe('an Irish county abbreviated', () => {
  it('"Tralee, Co Kerry", "in Co. Cork" are the counties (one place with "County Kerry" later), not companies; "Acme & Co." stays a company', () => {
    const text = 'Head\nA man was injured in Tralee, Co Kerry, on Sunday. Farmers in Co. Cork said the rain was heavy. Later, in County Kerry, gardaí spoke. Acme & Co. said no.';
    expect(actors(text).map((a) => [a.kind, a.name, a.mentions])).toEqual([
      ['place', 'Tralee', ['Tralee']],
      ['place', 'County Kerry', ['Co Kerry', 'County Kerry']],
      ['place', 'County Cork', ['Co. Cork']],
      ['organisation', 'Acme & Co.', ['Acme & Co.']],
    ]);
  });
});

describe('public broadcasters quoted as sources', () => {
  it('"told RTÉ\'s Morning Ireland", "told NHK", "an interview with Deutsche Welle" name news organisations', () => {
    const text = "Head\nThe minister told RTÉ's Morning Ireland that she was worried. She told NHK the same. In an interview with Deutsche Welle, he spoke.";
    expect(actors(text).filter((a) => a.role === 'news organisation').map((a) => a.name)).toEqual(['RTÉ', 'NHK', 'Deutsche Welle']);
  });
});

describe('a name after "the" inside a sentence', () => {
  it('"mending boats on the Clyde", "visited the Louvre" name no person; "The Duke said" still does', () => {
    const text = 'Head\nTom Hale has spent 30 years mending boats on the Clyde. Tourists visited the Louvre. He was born in Govan. The Duke said little.';
    expect(actors(text).map((a) => [a.kind, a.name])).toEqual([
      ['person', 'Tom Hale'],
      ['place', 'Govan'],
      ['person', 'Duke'],
    ]);
  });
});

describe('a verb\'s -ing form opening a sentence before a surname', () => {
  it('"Hosting Cook at Dreamforce …" beside "Tim Cook", "Questioning Vindman\'s judgment" beside "Alexander Vindman": the surname is the person\'s, no person "Hosting Cook"', () => {
    const text = 'Head\nTim Cook will speak. Hosting Cook at the summit "is our dream," Marc Benioff said. Alexander Vindman testified. Questioning Vindman\'s judgment was a mistake, critics said.';
    const people = actors(text).filter((a) => a.kind === 'person').map((a) => [a.name, a.mentions]);
    expect(people).toEqual([
      ['Tim Cook', ['Tim Cook', 'Cook']],
      ['Marc Benioff', ['Marc Benioff']],
      ['Alexander Vindman', ['Alexander Vindman', 'Vindman']],
    ]);
  });
});

describe('a futures contract\'s code in wire copy', () => {
  it('"Brent LCOc1 was last at $60.73", "U.S. crude CLc1 fell": no person "Brent LCOc1" or "Brent"', () => {
    const text = 'Head\nU.S. crude CLc1 fell 3.38% to $55.12 per barrel and Brent LCOc1 was last at $60.73, said Phil Flynn, an analyst at Price Futures Group.';
    expect(actors(text).filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Phil Flynn']);
  });
});

describe('the name of a thing "called" so', () => {
  it('"a mission called Europa Clipper … Clipper will orbit" names no person; "A man called John Smith" does', () => {
    const text = 'Head\nNASA is developing a mission called Europa Clipper, which will launch soon. Clipper will orbit Jupiter. A man called John Smith rang.';
    expect(actors(text).filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['John Smith']);
  });
});

describe('a brokerage named by "Equities" or "Brokers"', () => {
  it('"said Kotak Institutional Equities", "Ambit Equities agreed" are organisations; "Global equities fell" names none', () => {
    const text = 'Head\n"The market could disappoint," said Kotak Institutional Equities. Ambit Equities agreed. Global equities fell.';
    expect(actors(text).map((a) => [a.kind, a.name])).toEqual([
      ['organisation', 'Kotak Institutional Equities'],
      ['organisation', 'Ambit Equities'],
    ]);
  });
});

describe('firms whose names read as people\'s', () => {
  it('a brand in the possessive is the brand ("McDonald’s said", "Moody’s cut"), not a person called McDonald', () => {
    const s = suggest('Head\nMcDonald’s said on Tuesday that sales rose. “We are pleased,” McDonald’s said. Moody’s cut its rating on the chain.');
    expect(s.actors.map((a) => [a.kind, a.name, a.role])).toEqual([
      ['organisation', "McDonald's", 'company'],
      ['organisation', "Moody's", 'credit rating agency'],
    ]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(["McDonald's"]);
  });

  it('banks and brokers market news quotes are organisations ("Nomura said in a note", "Commerzbank")', () => {
    expect(named('Head\nThe yen fell. “We see 160 by March,” Nomura said in a note. Commerzbank said it agreed.', 'organisation')).toEqual(['Nomura', 'Commerzbank']);
  });

  it('a name an acronym opens that speaks is an organisation ("BNP Paribas said", "KPMG Advisory said"); a title after the acronym stays a person\'s ("EU Commissioner Ana Ruiz said")', () => {
    const s = suggest('Head\nKPMG Advisory said on Tuesday it expected growth to slow. “We remain cautious,” KPMG Advisory said. EU Commissioner Ana Ruiz said talks would go on.');
    expect(s.actors.map((a) => [a.kind, a.name])).toEqual([
      ['organisation', 'KPMG Advisory'],
      ['person', 'Ana Ruiz'],
    ]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['KPMG Advisory']);
    // The verb of "research published in the journal JAMA Psychiatry argued" is the authors'.
    const j = suggest('Head\nThe authors of research published in the journal JAMA Psychiatry argued that the change was "a potential public health concern."');
    expect(j.quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('a nickname in quotation marks inside a name', () => {
  it('`Margaret "Peg" O\'Sullivan`, `Robert “Bobby” Kell`: one person each, and the nickname is no quotation', () => {
    const s = suggest('Head\nAmong those who stayed was 78-year-old Margaret "Peg" O\'Sullivan. “I have seen three fires,” O\'Sullivan said. Robert “Bobby” Kell, a farmer, agreed.');
    expect(s.actors.map((a) => [a.name, a.mentions])).toEqual([
      ["Margaret O'Sullivan", ["Margaret O'Sullivan", "O'Sullivan"]],
      ['Robert Kell', ['Robert Kell']],
    ]);
    expect(s.quotes.map((q) => [q.exact, q.speaker])).toEqual([['I have seen three fires,', "Margaret O'Sullivan"]]);
    // Offsets are the text's own: the first mention spans the nickname.
    const first = s.actors[0]!.occurrences[0]!;
    expect(s.text.slice(first.start, first.end)).toBe('Margaret "Peg" O\'Sullivan');
  });

  it('a quoted word between other capitalised words is still a quotation ("the slogan "Levelling Up" Johnson coined")', () => {
    const s = suggest('Head\nCritics mocked the slogan "Levelling Up" Johnson coined in 2019.');
    expect(s.quotes.map((q) => q.exact)).toEqual(['Levelling Up']);
  });
});

describe('given names from around the world, and people named by where they are from', () => {
  it('a name whose given name news prints often is a person with no other cue ("Kasper Lindqvist scored twice", "Sunil Prabhakaran", "Rhys Amberley")', () => {
    expect(named('Head\nKasper Lindqvist scored twice. Teo co-founded the firm with Sunil Prabhakaran in 2003. Rhys Amberley chaired the meeting.', 'person')).toEqual(['Kasper Lindqvist', 'Sunil Prabhakaran', 'Rhys Amberley']);
  });

  it('"the Scot", "the Dane" stand for the person named before, as "the Swede" does; "Dane Coles" is a given name and a surname', () => {
    const s = suggest('Head\nJimmy McAllister, the Halden manager, was calm. “They can buy whoever they like,” the Scot said. Kasper Lindqvist scored twice. “It was a good day,” the Dane said. Dane Coles agreed. “We fought,” Coles said.');
    expect(s.actors.map((a) => a.name)).toEqual(['Jimmy McAllister', 'Kasper Lindqvist', 'Dane Coles']);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Jimmy McAllister', 'Kasper Lindqvist', 'Dane Coles']);
  });
});

describe('the prime minister\'s office by its door', () => {
  it('"No 10 denied it", "A No 10 spokeswoman said", "Number 10 sources" are Downing Street; "the No 10 shirt" is not', () => {
    const s = suggest('Head\nDowning Street said the bill would pass. A No 10 spokeswoman said: "This is a manifesto commitment."\nFiona MacLeod-Grant, the Lib Dem spokeswoman, said it was late. No 10 denied it. He wore the No 10 shirt. Number 10 sources said it was fine.');
    expect(s.actors.find((a) => a.name === 'Downing Street')?.occurrences.map((o) => s.text.slice(o.start, o.end))).toEqual(['Downing Street', 'No 10', 'No 10', 'Number 10']);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Downing Street']);
  });
});

describe('names that the calendar, a saint or "-based" broke up', () => {
  it('a month that is also a name inside a name ("Lok Jan Morcha (LJM)", "Theresa May") is one of its words; "in May", "April 5" stay dates', () => {
    const s = suggest('Head\nThe Lok Jan Morcha (LJM) appeared set to win. Theresa May said no. It ended in May. Until April 5 it was open.');
    expect(s.actors.map((a) => [a.kind, a.name, a.mentions])).toEqual([
      ['organisation', 'Lok Jan Morcha', ['Lok Jan Morcha', 'LJM']],
      ['person', 'Theresa May', ['Theresa May']],
    ]);
  });

  it('"the São Paulo-based group", "a New York-based firm": the whole place, and no actor for the words with "-based"', () => {
    const s = suggest('Head\nThe São Paulo-based group agreed. A London-based consultancy said so. The New York-based firm agreed.');
    expect(s.actors.map((a) => [a.kind, a.name])).toEqual([
      ['place', 'Sao Paulo'], // the gazetteer's spelling
      ['place', 'London'],
      ['place', 'New York'],
    ]);
  });

  it('"in San Jose and Santa Clara", "(MPF) in Santarém said": places, though compromise reads a person or the verb follows', () => {
    expect(named('Head\nJobs went in Kelby and Santa Clara. The Federal Public Prosecutor’s Office (MPF) in Santarém said it would act.', 'place')).toEqual(['Kelby', 'Santa Clara', 'Santarém']);
  });

  it('a cue before a list holds for its last name: "Officials in Kelby and Marrowby said", "Flights to Paris and Santa Cruz", "at places like Tewkesbury and Gloucester"', () => {
    const s = suggest('Head\nOfficials in Kelby and Marrowby said the roads would reopen. Flights to Paris and Santa Cruz were cancelled. Levels at places like Tewkesbury and Gloucester could rise.');
    expect(s.actors.map((a) => [a.kind, a.name])).toEqual([
      ['place', 'Kelby'],
      ['place', 'Marrowby'],
      ['place', 'Paris'],
      ['place', 'Santa Cruz'],
      ['place', 'Tewkesbury'],
      ['place', 'Gloucester'],
    ]);
    // A list of names in lower-case company is not a list head: "the shops and Marrowby said" keeps its speaker.
    expect(named('Head\nHe shut the shops in town and Marrowby said nothing. “We wait,” Marrowby said.', 'person')).toEqual(['Marrowby']);
  });

  it('more given names news prints: "Angus", "Niall", "Eilidh", "Pippa", "Chidi", "Rigoberto" open people\'s names, with their gender', () => {
    const s = suggest('Head\nAngus Pendlebury, Niall Mercer, Eilidh Ross, Pippa Hale, Chidi Okafor and Rigoberto Paz arrived on Monday.');
    expect(s.actors.map((a) => [a.name, a.gender])).toEqual([
      ['Angus Pendlebury', 'male'],
      ['Niall Mercer', 'male'],
      ['Eilidh Ross', 'female'],
      ['Pippa Hale', 'female'],
      ['Chidi Okafor', 'male'],
      ['Rigoberto Paz', 'male'],
    ]);
  });

  it('Spanish and Portuguese companies by the word that opens their names ("Grupo Tavares Ferraz", "Mineração Serra Dourada")', () => {
    const s = suggest('Head\nOfficials at Grupo Tavares Ferraz declined to comment. Mineração Serra Dourada, which is controlled by Grupo Tavares Ferraz, said in a statement that it "categorically rejects" the claims.');
    expect(s.actors.map((a) => [a.kind, a.name])).toEqual([
      ['organisation', 'Grupo Tavares Ferraz'],
      ['organisation', 'Mineração Serra Dourada'],
    ]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Mineração Serra Dourada']);
  });
});

describe('a preposition opening a sentence', () => {
  it('"Outside Parliament, the … Association said" names Parliament, not an organisation "Outside Parliament"', () => {
    expect(named('Head\nOutside Parliament, the Short Term Accommodation Association said it would fight. Near Kelby Council offices, few cared.', 'organisation')).toEqual(['Parliament', 'Short Term Accommodation Association', 'Kelby Council']);
  });
});

describe('titles from other countries\' papers, and offices written in full', () => {
  it('"Eng.", "Engr." and "Cacique" before a name are titles, not people or words of the name', () => {
    const s = suggest('Head\nQGGC’s chief executive, Eng. Abdulrahman Jassim al-Kuwari, said the deal was good. Engr. Chidi Okafor agreed. Cacique Raimundo Kaba Munduruku said the river was dying.');
    expect(s.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([
      ['Abdulrahman Jassim al-Kuwari', 'chief executive'],
      ['Chidi Okafor', null],
      ['Raimundo Kaba Munduruku', null],
    ]);
  });

  it('"Qatar’s Minister of State for Energy Affairs, …", "Minister of Energy and Minerals": offices, not organisations', () => {
    const s = suggest('Head\nThe deal was signed by Qatar’s Minister of State for Energy Affairs, Sheikh Khalid bin Hamad al-Mansoori, and Oman’s Minister of Energy and Minerals, Salim bin Nasser al-Harthy.');
    expect(s.actors.map((a) => [a.kind, a.name])).toEqual([
      ['place', 'Qatar'],
      ['person', 'Khalid bin Hamad al-Mansoori'],
      ['place', 'Oman'],
      ['person', 'Salim bin Nasser al-Harthy'],
    ]);
  });
});

describe('a body of an organisation\'s people', () => {
  it('"Halden United Supporters’ Trust" and "Halden United" are two organisations; "Emirates" is still "Emirates Airline"', () => {
    const s = suggest('Head\nHalden United Supporters’ Trust (HUST) said fans were angry. Halden United said the sale would go ahead. Emirates Airline said so. Emirates agreed.');
    expect(s.actors.map((a) => [a.name, a.mentions])).toEqual([
      ['Halden United Supporters’ Trust', ['Halden United Supporters’ Trust', 'HUST']],
      ['Halden United', ['Halden United']],
      ['Emirates Airline', ['Emirates Airline', 'Emirates']],
    ]);
  });
});

describe('names that are not the person they look like', () => {
  it('a surname alone after "in" or "at", before its person is named, is a place ("the block in Lowther" before "Councillor Jim Lowther")', () => {
    const s = suggest('Head\nNine people died in the fire at the block in Lowther in February.\nThe inquiry heard from Councillor Jim Lowther, who chaired the housing committee. Mr Lowther said the doors were "fine".');
    expect(s.actors.map((a) => [a.kind, a.name, a.mentions])).toEqual([
      ['place', 'Lowther', ['Lowther']],
      ['person', 'Jim Lowther', ['Jim Lowther', 'Mr Lowther']],
    ]);
  });

  it('a passive ("his place at Whitlow is confirmed") is no speech of the name', () => {
    const s = suggest('Head\nHe will wait to hear whether his place in engineering at Whitlow is confirmed.\nThe school is on the edge of Whitlow.\nThe third is Jordan Whitlow, 18. "I didn\'t want to jinx it," Jordan said.');
    expect(s.actors.map((a) => [a.kind, a.name, a.mentions])).toEqual([
      ['place', 'Whitlow', ['Whitlow']],
      ['person', 'Jordan Whitlow', ['Jordan Whitlow', 'Jordan']],
    ]);
  });

  it('a word made from a name the text uses ("a Penfoldian" beside "Penfold") is no person, and takes no "she"', () => {
    const text = 'Head\nThe economist Harold Penfold wrote the book. Consider what Rosalind Okoro, the last chancellor to describe herself as a Penfoldian, told the Commons. "We will not be the generation that bequeathed potholes," she said.';
    const s = suggest(text);
    expect(s.actors.map((a) => a.name)).not.toContain('Penfoldian');
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Rosalind Okoro']);
  });

  it('joined origins ("the Argentine-Italian said") stand for the person written about, and are no organisation', () => {
    const s = suggest('Head\nLuca Berti won the race in Monza. There was a pause. "I stay out," the Argentine-Italian said.');
    expect(s.actors.map((a) => a.name)).toEqual(['Luca Berti', 'Monza']);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Luca Berti']);
  });

  it('a critic, a broadcaster or a surveyor named with a given name is a person ("The critic Helena Marsh-Okafor, reviewing …", "wrote the broadcaster Priya Sethuraman")', () => {
    const s = suggest('Head\nThe critic Helena Marsh-Okafor, reviewing the book for the Literary Quarterly, was less persuaded, calling it "a detour".\n"It is damage control," wrote the broadcaster Priya Sethuraman.');
    expect(s.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([
      ['Helena Marsh-Okafor', 'critic'],
      ['Priya Sethuraman', null],
    ]);
    expect(s.quotes.map((q) => q.speaker)).toEqual(['Helena Marsh-Okafor', 'Priya Sethuraman']);
  });
});

describe('places and titles (probe 104)', () => {
  it('a kind of place and a comma before a name ("the state capital, Kingsmere", "in the capital, Brennick") and "the … area of X" name places', () => {
    expect(named('Head\nThe storm reached the state capital, Kingsmere, on Sunday. Officials met in the capital, Brennick. Flooding hit parts of Marrowdale.', 'place')).toEqual(['Kingsmere', 'Brennick', 'Marrowdale']);
  });

  it('a verb opening the sentence is no part of a title ("Ask Councillor Bev Sutcliffe …"), but a remit is ("Transport Secretary Heidi Alder")', () => {
    const s = suggest('Head\nAsk Councillor Bev Sutcliffe what she thinks. Transport Secretary Heidi Alder agreed.');
    expect(s.actors.map((a) => [a.name, a.role])).toEqual([
      ['Bev Sutcliffe', 'Councillor'],
      ['Heidi Alder', 'Transport Secretary'],
    ]);
  });
});

describe('periodicals', () => {
  it('a name ending with the kind of periodical, where words are given to it or after "the", is a publication ("writing in the Northern Review", "for the Irish Literary Quarterly", "The Northern Echo said"), not a place or a person; "Review:" alone names none', () => {
    const s = suggest('Review: \'The Keeper\' by Ingrid Solvang\nAs Anna Wexley argued, writing in the Northern Review in 2021, roads are failing. The critic Helena Marsh, reviewing the book for the Irish Literary Quarterly, agreed. The Northern Echo said so too. Ministers set it out in the Spending Review.');
    expect(s.actors.filter((a) => a.kind === 'organisation').map((a) => [a.name, a.role])).toEqual([
      ['Northern Review', 'publication'],
      ['Irish Literary Quarterly', 'publication'],
      ['Northern Echo', 'publication'],
    ]);
    expect(s.actors.filter((a) => a.kind !== 'organisation').map((a) => a.name)).toEqual(['Ingrid Solvang', 'Anna Wexley', 'Helena Marsh']);
  });
});

describe('organisations named by their trade', () => {
  it('an airline, a racing team or a motorsport firm named by its trade word is an organisation, not a person ("operated by Meridian Skyways", "Halcyon Racing said")', () => {
    const s = suggest('Head\nThe flight, operated by Meridian Skyways, crashed near the coast. Halcyon Racing said the car was fine. Northgate Motorsport agreed.');
    expect(s.actors.map((a) => [a.kind, a.name])).toEqual([
      ['organisation', 'Meridian Skyways'],
      ['organisation', 'Halcyon Racing'],
      ['organisation', 'Northgate Motorsport'],
    ]);
  });
});

describe('ranks and offices', () => {
  it('a rank before a name gives way to the office in an appositive before it ("Its president, Captain Felipe Aranguren"); alone it stays the role', () => {
    const s = suggest('Head\nThe pilots\' union is angry. Its president, Captain Felipe Aranguren, said crews were exhausted. Captain Ann Roe flew the plane.');
    expect(s.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([
      ['Felipe Aranguren', 'president'],
      ['Ann Roe', 'Captain'],
    ]);
  });
});

describe('a role owned by "the company" (probe 106)', () => {
  it('"the company’s finance chief" after only a court is named stays unowned: a court is no company', () => {
    const s = suggest('Head\nThe trial at Bournemouth Crown Court went on. The company’s finance chief, Jesse Marl, gave evidence.\nLater, Brightwell Foods was named. The firm’s head of sales, Ann Lowe, spoke.');
    const role = (name: string) => s.actors.find((a) => a.name === name)?.role;
    expect(role('Jesse Marl')).toBe('company’s finance chief');
    expect(role('Ann Lowe')).toBe('head of sales at Brightwell Foods');
  });
});

describe('a role after a clause (probe 106)', () => {
  it('"The jury also heard from the firm’s former auditor, Graham Pike," gives the role "firm’s former auditor", not the clause before it; "director of the museum" keeps its "of the"', () => {
    const s = suggest('Head\nThe jury also heard from the firm’s former auditor, Graham Pike, who raised concerns.\nMs Pugh had shared the rotas with the company’s finance officer, Jesse Marlow, in January.\nThe director of the museum, Ann Lowe, spoke.');
    const role = (name: string) => s.actors.find((a) => a.name === name)?.role;
    expect(role('Graham Pike')).toBe('firm’s former auditor');
    expect(role('Jesse Marlow')).toBe('company’s finance officer');
    expect(role('Ann Lowe')).toBe('director of the museum');
  });
});

describe('familiar forms of given names (probe 106)', () => {
  it('"Maggie" after "Margaret Ellwood" and "Bill" after "William Hartigan" are those people; not with two Margarets, nor a name that is no familiar form', () => {
    const s = suggest('Head\nWilliam Hartigan died on Sunday. To colleagues he was always Bill.\nMargaret Ellwood died. “Maggie never did,” said Peter Harland. Maggie was 91.');
    const people = s.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.mentions]);
    expect(people).toEqual([
      ['William Hartigan', ['William Hartigan', 'Bill']],
      ['Margaret Ellwood', ['Margaret Ellwood', 'Maggie']],
      ['Peter Harland', ['Peter Harland']],
    ]);
    const two = suggest('Head\nMargaret Ellwood and Margaret Pyke met. “Maggie never did,” said Peter Harland. Maggie was 91.');
    expect(two.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toContain('Maggie');
  });
});

describe('a constituency of two words in a role (probe 106)', () => {
  it('"Sir Malcolm Tredwell, the member for Wyre Vale, who chaired …" gives no person "Wyre Vale": the name ends his role', () => {
    const s = suggest('Head\nThe heckler was Sir Malcolm Tredwell, the member for Wyre Vale, who chaired the committee until last year.');
    expect(s.actors.map((a) => [a.name, a.kind, a.role])).toEqual([['Malcolm Tredwell', 'person', 'member for Wyre Vale']]);
    // (A person who ends another's role is still a person.)
    const t = suggest('Head\nShe beat Sanae Ito, a former minister and protégé of the late Shinji Mori, in the vote.');
    expect(t.actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual(['Sanae Ito', 'Shinji Mori']);
  });
});

describe('a nickname used alone (probe 106)', () => {
  it('"Bomber" after `Tom "Bomber" Briggs` is Briggs, and "Bomber said" is his; a nickname that opens no one\'s name joins nobody', () => {
    const s = suggest('Head\nTom "Bomber" Briggs scored twice, but Bomber levelled only late on. “It was meant to be a cross,” Bomber said.\nThe striker they call “Tank” was missing. Tank is injured.');
    const briggs = s.actors.find((a) => a.name === 'Tom Briggs')!;
    expect(briggs.mentions).toEqual(['Tom Briggs', 'Bomber']);
    expect(briggs.occurrences.map((o) => s.text.slice(o.start, o.end))).toEqual(['Tom "Bomber" Briggs', 'Bomber', 'Bomber']);
    expect(s.quotes.map((q) => [q.exact, q.speaker])).toEqual([
      ['It was meant to be a cross,', 'Tom Briggs'],
      ['Tank', null],
    ]);
  });
});

describe('a full given name after its familiar form (probe 106)', () => {
  it('"Beverley" in a quote after "Councillor Bev Sutcliffe" is her', () => {
    const s = suggest('Head\nCouncillor Bev Sutcliffe spoke last. “My grandfather said to me once, ‘Beverley, nobody thanks you for a bridge.’ He was right,” she said.');
    expect(s.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.mentions])).toEqual([['Bev Sutcliffe', ['Bev Sutcliffe', 'Beverley']]]);
  });
});

describe('more role nouns (probe 106)', () => {
  it('"Qatar’s chief mediator, Ali Hassan," and "the lifeboat coxswain, Ann Roe," give their roles', () => {
    const s = suggest('Head\nQatar’s chief mediator, Ali Hassan, spoke on Sunday. The lifeboat’s coxswain, Ann Roe, agreed.');
    expect(s.actors.filter((a) => a.kind === 'person').map((a) => [a.name, a.role])).toEqual([
      ['Ali Hassan', 'chief mediator'],
      ['Ann Roe', 'lifeboat’s coxswain'],
    ]);
  });
});
