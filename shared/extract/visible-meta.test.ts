import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { nameBesideDate, namesAfterTitle, parseDateText, visibleByline, visibleDate, withoutStampAfterNames } from './visible-meta';

const doc = (body: string) => parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`).document as unknown as Document;

describe('parseDateText', () => {
  it.each([
    ['Published: Monday, May 12, 2025', '2025-05-12'],
    ['Oct. 7 2025 at 4:45 PM', '2025-10-07'],
    ['Thu 16 Jan 2025 07.00 GMT', '2025-01-16'],
    ['Publié le 12 mars 2025 à 18 h 05', '2025-03-12'],
    ['1er février 2024', '2024-02-01'],
    ['Veröffentlicht am 3. März 2025, 14:10 Uhr', '2025-03-03'],
    ['Publicado el 12 de marzo de 2025', '2025-03-12'],
    ['Pubblicato il 9 settembre 2024', '2024-09-09'],
    ['Gepubliceerd op 21 mei 2025', '2025-05-21'],
    ['2025-06-30 09:00', '2025-06-30'],
    ['2026/02/09 14:05', '2026-02-09'],
    ['Updated 2026.2.9', '2026-02-09'],
    ['03.12.2026, 14:20 Uhr', '2026-12-03'],
    ['Stand: 7. 4. 2025', '2025-04-07'],
    // Not dates: an impossible day, a month word that is not a month, no year.
    ['31 février 2025', null],
    ['12 harbours 2025', null],
    ['Updated 11:48 GMT', null],
    ['Build 4.1.12.2025 of the app', null],
    ['31.02.2026', null],
    ['12/05/2026', null],
    ['Build 2026/02/09/3', null],
  ])('%s → %s', (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });
});

describe('visibleDate', () => {
  it('takes the date after "Published", not the later "updated" one', () => {
    expect(visibleDate(doc('<p class="x">Mis à jour le 14 mars 2025. Publié le 12 mars 2025, mis à jour le 13 mars 2025</p>'))).toBe('2025-03-12');
  });

  it('reads a date line split by <br> from the byline before it', () => {
    expect(visibleDate(doc('<font size="2">By Ana Vell, Staff Writer<br>Published: Monday, May 12, 2025</font>'))).toBe('2025-05-12');
  });

  it('takes a date from an element the markup calls the story info or date', () => {
    expect(visibleDate(doc('<div class="story-info">Ravi Oduya · Regional reporter · October 7, 2025</div><p>Text.</p>'))).toBe('2025-10-07');
  });

  it('takes a date from an element whose class says "date" in German or Spanish', () => {
    expect(visibleDate(doc('<h1>Radwege</h1><span class="datum">03.12.2026, 14:20 Uhr</span><p>Text.</p>'))).toBe('2026-12-03');
    expect(visibleDate(doc('<p class="autor-fecha">Por Lucía Barrenechea | 4 de marzo de 2026</p><p>Texto.</p>'))).toBe('2026-03-04');
  });

  it('takes the date a page prints only as its update ("Updated 4:12 PM UTC, March 12, 2026"), when no other date is printed', () => {
    const page = '<h1>Canal cuts crossings</h1><div class="Page-byline"><span>By MARIA DELL</span><span class="Page-dateline">Updated 4:12 PM UTC, March 12, 2026</span></div><p>Text.</p>';
    expect(visibleDate(doc(page), 'Canal cuts crossings')).toBe('2026-03-12');
    // A publication date printed anywhere near still wins over it.
    expect(visibleDate(doc(`${page}<p class="published">Published March 10, 2026</p>`), 'Canal cuts crossings')).toBe('2026-03-10');
  });

  it("ignores dates in navigation, footers, and a masthead's date of today", () => {
    expect(visibleDate(doc('<nav>Wednesday, November 25, 2026</nav><div class="masthead">Wednesday, November 25, 2026</div><footer>Published 1 May 2020</footer><p>In 2019 the harbour closed.</p>'))).toBeNull();
  });
});

describe('visibleByline', () => {
  it.each([
    ['<p class="byline">By Lucan Thibodeaux, Staff Writer</p>', 'Lucan Thibodeaux'],
    ['<div><span class="a">Par <a href="/a">Gwenaëlle Le Bihan</a></span><span>Publié le 12 mars 2025</span></div>', 'Gwenaëlle Le Bihan'],
    ['<p>Von Jörg Adler und Mira Stein</p>', 'Jörg Adler, Mira Stein'],
    ['<p>By <a href="/x">Ana Pell</a> and <a href="/y">Rui Sato</a></p>', 'Ana Pell, Rui Sato'],
    // A weekday or a month after the comma starts the date, not a second author.
    ['<p class="byline">By Ola Brandt, Wednesday, 20th November 2019</p>', 'Ola Brandt'],
    ['<p class="byline">By Ola Brandt, Nov. 20, 2019</p>', 'Ola Brandt'],
    // Where a reporter filed from is no part of the names.
    ['<div class="byline">By <a href="/a">Inés Navarro</a> in Valencia and <a href="/b">Tom Baird</a></div>', 'Inés Navarro, Tom Baird'],
    ['<p class="byline">By Sam Roe in New York</p>', 'Sam Roe'],
    // … or written after a comma: one word behind a full name is a place, not a second author.
    ['<p class="byline">By Sam Roe, Washington</p>', 'Sam Roe'],
    ['<p class="byline">By Sam Roe, Ana Pell, Canberra</p>', 'Sam Roe, Ana Pell'],
    // A comma before "and" (the serial comma) still joins the next author.
    ['<p class="byline">By Jane Roe, Washington, and Tom Lee, London</p>', 'Jane Roe, Tom Lee'],
    ['<p class="byline">By Jane Roe, Tom Lee, and Ann Bell</p>', 'Jane Roe, Tom Lee, Ann Bell'],
    // An agency or an outlet after the names, or a role that goes on in lower case, is no author.
    ['<p>By Jane Roe and Tom Lee, Associated Press</p>', 'Jane Roe, Tom Lee'],
    ['<p>By Jane Roe, The Kelby Courier</p>', 'Jane Roe'],
    ['<p>By Claire Vautrin, Paris correspondent</p>', 'Claire Vautrin'],
    ['<p>By Jane Roe in Paris, Tom Lee in Berlin and Ana Pell in Rome</p>', 'Jane Roe, Tom Lee, Ana Pell'],
    // A surname that is a newspaper's word is still a name: "Peter Post", "Anna Star".
    ['<p>By Jane Roe, Peter Post</p>', 'Jane Roe, Peter Post'],
    ['<p>By Anna Star</p>', 'Anna Star'],
    // A particle is a whole word: "der" is not "de" and the start of a name.
    ['<p class="byline">By Piet van der Berg</p>', 'Piet van der Berg'],
    ['<p class="byline">By Ana del Toro and Luis Pérez</p>', 'Ana del Toro, Luis Pérez'],
    ['<p class="byline">By Jan van den Bosch in Nairobi</p>', 'Jan van den Bosch'],
    // "With" joins a co-writer; what follows it in lower case, or an agency, is no author.
    ['<p class="byline">By <a href="/a">Odile Marchetti</a> with <a href="/b">Sam Kwan</a></p>', 'Odile Marchetti, Sam Kwan'],
    ['<p class="byline">By Jane Roe with additional reporting by Tom Lee</p>', 'Jane Roe'],
    ['<p class="byline">By Jane Roe with Reuters</p>', 'Jane Roe'],
    ['<p class="byline">By Jane Roe, with Tom Lee</p>', 'Jane Roe, Tom Lee'],
  ])('%s → %s', (html, byline) => {
    expect(visibleByline(doc(html))).toBe(byline);
  });

  it.each([
    ['<p class="credits">Words: Maud Keller<br>Photos: Ilan Brook</p>', 'Maud Keller'],
    ['<div class="meta"><span>Text: Anna Berg</span> · <span>Fotos: Jan Kuhl</span></div>', 'Anna Berg'],
    ['<p>Story by Ola Brandt and Rui Sato | Photography by Ana Pell</p>', 'Ola Brandt, Rui Sato'],
  ])('reads a writer’s credit that opens the line instead of "By" (%s)', (html, byline) => {
    expect(visibleByline(doc(html))).toBe(byline);
  });

  it('takes no credit line whose words after the label are no names', () => {
    expect(visibleByline(doc('<p>Text: the full statement is below.</p><p>Words: 1,200</p>'))).toBeNull();
  });

  it('does not take a sentence that starts with "By" for a byline', () => {
    expect(visibleByline(doc('<p>By the end of the evening, the board had voted five to two and the meeting closed.</p><p>by night the quay was empty</p>'))).toBeNull();
  });
});

describe('nameBesideDate', () => {
  it('reads a name printed beside the date in a meta line, without "By" ("Lena Park · 14 October 2026")', () => {
    expect(nameBesideDate(doc('<h1>Sea wall</h1><p class="meta">Lena Park · 14 October 2026</p><p>Text.</p>'))).toBe('Lena Park');
    expect(nameBesideDate(doc('<div class="story-info">Ravi Castell · Regional reporter · October 7, 2025</div>'))).toBe('Ravi Castell');
  });

  it('but not a publication’s name, a line outside a meta element, or a line without a date', () => {
    expect(nameBesideDate(doc('<p class="meta">Kelby Argus Leader · 14 October 2026</p>'))).toBeNull();
    expect(nameBesideDate(doc('<p class="comment">Lena Park · 14 October 2026</p>'))).toBeNull();
    expect(nameBesideDate(doc('<p class="meta">Lena Park · Business</p>'))).toBeNull();
  });

  it('on a template whose classes say nothing, reads the name and date on the lines right after the headline', () => {
    const page = doc('<div class="a1">Skerry ferry to run all winter</div><div class="a2"><span>Tove Lind</span> | <span>3 Dec 2026</span></div><div class="a3">The ferry will run daily.</div>');
    expect(nameBesideDate(page, 'Skerry ferry to run all winter')).toBe('Tove Lind');
    expect(visibleDate(page, 'Skerry ferry to run all winter')).toBe('2026-12-03');
    // A standfirst between the headline and the line is passed over.
    const deck = doc('<h2>Skerry ferry to run all winter</h2><div>Islanders win their long campaign</div><div><span>Tove Lind</span><span>3 Dec 2026</span></div>');
    expect(nameBesideDate(deck, 'Skerry ferry to run all winter')).toBe('Tove Lind');
    // Without the headline, or past the first paragraph of text, nothing is read.
    expect(nameBesideDate(page)).toBeNull();
    expect(visibleDate(page)).toBeNull();
    const later = doc(`<div>Skerry ferry to run all winter</div><div>${'The ferry will run daily through the winter months. '.repeat(4)}</div><div><span>Tove Lind</span> | <span>3 Dec 2026</span></div>`);
    expect(nameBesideDate(later, 'Skerry ferry to run all winter')).toBeNull();
    expect(visibleDate(later, 'Skerry ferry to run all winter')).toBeNull();
  });

  it('reads the writer of a credit line and leaves the photographer ("Words by Iain Roe · Photographs by Ann Bell · 12 October 2026")', () => {
    expect(nameBesideDate(doc('<div class="meta">Words by Iain Roe · Photographs by Ann Bell · 12 October 2026</div>'))).toBe('Iain Roe');
    expect(nameBesideDate(doc('<div class="meta">Photographs by Ann Bell · 12 October 2026</div>'))).toBeNull();
  });

  it('does not take a press release’s capitalised notice for a name ("FOR IMMEDIATE RELEASE · March 4, 2026")', () => {
    expect(nameBesideDate(doc('<div class="release-info"><p>FOR IMMEDIATE RELEASE</p><p>March 4, 2026</p><p>Contact: Press Office</p></div>'))).toBeNull();
    expect(nameBesideDate(doc('<p class="meta">News From The Council · 4 March 2026</p>'))).toBeNull();
  });
});

describe('namesAfterTitle', () => {
  it('reads linked names joined by "and" or commas on a line right after the headline, with no "By"', () => {
    const head = '<h1>Storm Petra live</h1><p class="deck">Amber warning in force until 6pm</p>';
    expect(namesAfterTitle(doc(`${head}<div class="lb-people"><a href="/p/hp">Hannah Pryce</a> and <a href="/p/ib">Idris Bello</a></div><p>Text.</p>`), 'Storm Petra live')).toBe('Hannah Pryce, Idris Bello');
    expect(namesAfterTitle(doc(`${head}<div><a href="/p/a">Ana Pell</a>, <a href="/p/b">Rui Sato</a> &amp; <a href="/p/c">Tom Lee</a></div>`), 'Storm Petra live')).toBe('Ana Pell, Rui Sato, Tom Lee');
  });

  it('takes no line whose names are not each a link, nor a single name', () => {
    const head = '<h1>Storm Petra live</h1>';
    expect(namesAfterTitle(doc(`${head}<div>Middle East and North Africa</div>`), 'Storm Petra live')).toBeNull();
    expect(namesAfterTitle(doc(`${head}<div><a href="/p/hp">Hannah Pryce</a></div>`), 'Storm Petra live')).toBeNull();
  });
});

describe('withoutStampAfterNames', () => {
  it.each([
    // A byline block's text, name then its <time>, with no comma between.
    ['Tess Carmody February 9 2026 - 5:45pm', 'Tess Carmody'],
    ['Ines Varga 9 February 2026', 'Ines Varga'],
    ['Ola Brandt | 09.02.2026, 17:45', 'Ola Brandt'],
    ['Dana Whitfield and Omar Bashir Updated 3:14 p.m.', 'Dana Whitfield and Omar Bashir'],
    ['Ruth Lowe Mon Feb 9 2026', 'Ruth Lowe'],
    ['Ruth Lowe 17:45', 'Ruth Lowe'],
    ['Jane Roe Published', 'Jane Roe'],
    // Names with a month or weekday in them, and lines that are no name and date, stay as they are.
    ['April Ryan', 'April Ryan'],
    ['Ann May and Li Sun', 'Ann May and Li Sun'],
    ['February 9 2026 Tess Carmody', 'February 9 2026 Tess Carmody'],
    ['Ann Lee and 3 others', 'Ann Lee and 3 others'],
  ])('%s → %s', (line, names) => {
    expect(withoutStampAfterNames(line)).toBe(names);
  });
});
