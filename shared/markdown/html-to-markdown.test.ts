import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { htmlToMarkdown } from './html-to-markdown';

/** Both Node DOMs the project uses; Chromium runs the same code in the app. */
const doms: Array<[string, () => Document]> = [
  ['linkedom', () => parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document],
  ['jsdom', () => new JSDOM('<!doctype html><html><body></body></html>').window.document],
];

/** [what, html, markdown]: the conversions Dossier relies on. */
const cases: Array<[string, string, string]> = [
  ['headings are ATX', '<h1>Port Alder votes</h1><h3>Night ferries</h3>', '# Port Alder votes\n\n### Night ferries'],
  ['paragraphs are separated by one blank line', '<p>One.</p>\n\n\n<p>Two.</p>', 'One.\n\nTwo.'],
  ['emphasis and strong', '<p><em>said</em> and <strong>agreed</strong> and <i>it</i> <b>was</b></p>', '_said_ and **agreed** and _it_ **was**'],
  ['strikethrough is GFM ~~', '<p><s>old</s> <del>fare</del></p>', '~~old~~ ~~fare~~'],
  ['highlights are Obsidian ==', '<p>The <mark>key line</mark> here.</p>', 'The ==key line== here.'],
  ['links keep their target and title', '<p><a href="https://alder.example/a?b=1" title="Courier">the report</a></p>', '[the report](https://alder.example/a?b=1 "Courier")'],
  ['relative links stay', '<p><a href="/news/1">one</a> <a href="page.html">two</a></p>', '[one](/news/1) [two](page.html)'],
  ['javascript: links lose their target', '<p><a href="javascript:alert(1)">click</a> <a href=" JaVaScRiPt:x">b</a></p>', 'click b'],
  ['data:text/html links lose their target', '<p><a href="data:text/html,<b>x</b>">x</a></p>', 'x'],
  ['links with spaces and parentheses are wrapped/escaped', '<p><a href="https://a.example/x (1)">x</a></p>', '[x](<https://a.example/x \\(1\\)>)'],
  ['images with alt text', '<p><img src="https://img.example/a.jpg" alt="Harbour [at] dawn"></p>', '![Harbour \\[at\\] dawn](https://img.example/a.jpg)'],
  ['stored images keep their dossier-image: id', '<figure><img src="dossier-image:abc123" alt="Quay"><figcaption>The quay.</figcaption></figure>', '![Quay](dossier-image:abc123)\n\nThe quay.'],
  ['images with unsafe sources are dropped', '<p>a<img src="javascript:alert(1)">b</p>', 'ab'],
  ['bullet lists use -', '<ul><li>one</li><li>two</li></ul>', '-   one\n-   two'],
  ['ordered lists keep their start', '<ol start="3"><li>three</li><li>four</li></ol>', '3.  three\n4.  four'],
  ['blockquotes', '<blockquote><p>We listened.</p><p>We moved.</p></blockquote>', '> We listened.\n> \n> We moved.'],
  ['fenced code keeps its language', '<pre><code class="language-ts">const a = 1;\n</code></pre>', '```ts\nconst a = 1;\n```'],
  ['inline code', '<p>Run <code>npm test</code>.</p>', 'Run `npm test`.'],
  ['line breaks are hard breaks', '<p>Line one<br>Line two</p>', 'Line one  \nLine two'],
  ['horizontal rules', '<p>a</p><hr><p>b</p>', 'a\n\n---\n\nb'],
  ['Markdown characters in text are escaped', '<p># not a heading, *not* emphasis, 1. not a list</p>', '\\# not a heading, \\*not\\* emphasis, 1. not a list'],
  [
    'text that would start a block is escaped at its start only; other Markdown characters anywhere',
    '<p>- a</p><p>+ b</p><p>## c</p><p>&gt; d</p><p>~~~ e</p><p>=== f</p><p>2. g</p><p>plain words_with under*score [x] `c` \\ end - + # 3.</p>',
    '\\- a\n\n\\+ b\n\n\\## c\n\n\\> d\n\n\\~~~ e\n\n\\=== f\n\n2\\. g\n\nplain words\\_with under\\*score \\[x\\] \\`c\\` \\\\ end - + # 3.',
  ],
  ['elements no rule takes keep their content; blank ones vanish', '<div><span>in</span> <section>sec <abbr>t</abbr></section><p> </p><span> </span>x</div>', 'in\n\nsec t\n\nx'],
  ['scripts, styles and forms vanish', '<p>Kept</p><script>alert(1)</script><style>p{}</style><button>Share</button><input type="email" value="you@x"><svg><text>logo</text></svg><iframe src="https://x.example"></iframe>', 'Kept'],
  ['a table with a header row', '<table><thead><tr><th>Route</th><th>Fare</th></tr></thead><tbody><tr><td>North</td><td>3.20</td></tr><tr><td>South</td><td>2.90</td></tr></tbody></table>', '| Route | Fare |\n| --- | --- |\n| North | 3.20 |\n| South | 2.90 |'],
  ['a table without a header uses its first row', '<table><tr><td>Year</td><td>Crossings</td></tr><tr><td>2024</td><td>1,204</td></tr></table>', '| Year | Crossings |\n| --- | --- |\n| 2024 | 1,204 |'],
  ['pipes and line breaks in cells are escaped', '<table><tr><th>a|b</th><th>c</th></tr><tr><td><p>one</p><p>two</p></td><td>x||y</td></tr></table>', '| a\\|b | c |\n| --- | --- |\n| one<br>two | x\\|\\|y |'],
  ['ragged rows and colspans are padded', '<table><tr><th colspan="2">Both</th><th>C</th></tr><tr><td>1</td></tr></table>', '| Both |  | C |\n| --- | --- | --- |\n| 1 |  |  |'],
  ['a table caption becomes a paragraph before the table', '<table><caption>Fares in 2025</caption><tr><th>A</th></tr><tr><td>1</td></tr></table>', 'Fares in 2025\n\n| A |\n| --- |\n| 1 |'],
  ['an empty table vanishes', '<p>a</p><table></table><p>b</p>', 'a\n\nb'],
  ['task lists', '<ul><li><input type="checkbox" checked> done</li><li><input type="checkbox"> todo</li></ul>', '-   [x] done\n-   [ ] todo'],
  ['empty and whitespace-only input', '  \n ', ''],
  ['non-Latin text survives', '<p>東京 — «Déjà vu», сказал он.</p>', '東京 — «Déjà vu», сказал он.'],
];

describe.each(doms)('htmlToMarkdown on %s', (_name, makeDocument) => {
  it.each(cases)('%s', (_what, html, markdown) => {
    expect(htmlToMarkdown(html, { document: makeDocument() })).toBe(markdown);
  });

  it('converts a node it is given without changing it', () => {
    const doc = makeDocument();
    const article = doc.createElement('article');
    article.innerHTML = '<h2>Title</h2><p>Body <a href="https://a.example/">link</a>.</p><table><tr><td>x</td></tr></table>';
    const before = article.innerHTML;
    expect(htmlToMarkdown(article)).toBe('## Title\n\nBody [link](https://a.example/).\n\n| x |\n| --- |');
    expect(article.innerHTML).toBe(before);
  });

  it('converts a whole document by its body', () => {
    const doc = makeDocument();
    doc.body.innerHTML = '<p>Only the body.</p>';
    expect(htmlToMarkdown(doc)).toBe('Only the body.');
  });

  it('rewrites or drops image sources through imageSrc', () => {
    const html = '<p><img src="dossier-image:a1" alt="A"><img src="dossier-image:b2" alt="B"></p>';
    const md = htmlToMarkdown(html, { document: makeDocument(), imageSrc: (src) => (src.endsWith('a1') ? 'attachments/a 1.jpg' : null) });
    expect(md).toBe('![A](<attachments/a 1.jpg>)');
  });

  it('runs nothing while parsing a string (inert template)', () => {
    const doc = makeDocument();
    expect(htmlToMarkdown('<img src="x" onerror="document.title=\'pwned\'"><p>safe</p>', { document: doc })).toBe('![](x)\n\nsafe');
    expect(doc.title).not.toBe('pwned');
  });
});

describe('htmlToMarkdown input checks', () => {
  it('needs a document to parse a string', () => {
    expect(() => htmlToMarkdown('<p>x</p>')).toThrow(/options\.document/);
  });
});
