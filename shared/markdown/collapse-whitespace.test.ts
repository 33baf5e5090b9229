import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import TurndownService from 'turndown';
import { collapseWhitespace } from './collapse-whitespace';
import { htmlToMarkdown, prepareOwnPass } from './html-to-markdown';

const STRESS = Boolean(process.env.DOSSIER_STRESS);

const doms: Array<[string, () => Document]> = [
  ['linkedom', () => parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document],
  ['jsdom', () => new JSDOM('<!doctype html><html><body></body></html>').window.document],
];

function fragmentOf(document: Document, html: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  const fragment = document.createDocumentFragment();
  fragment.append(...Array.from((template.firstChild ? template : template.content).childNodes));
  return fragment;
}

/** A plain service: it runs turndown's own whitespace pass on a copy of what it is given. */
const plain = new TurndownService({ headingStyle: 'atx', codeBlockStyle: 'fenced' });
/**
 * The same service with our pass done first, as htmlToMarkdown does it (prepareOwnPass), converting
 * this very tree: turndown's deep copy would lose the PRE name and run its own pass a second time over
 * ours (not a no-op: it drops a text node the first pass emptied, then trims the text before it).
 */
function withOwnPass(fragment: DocumentFragment): string {
  prepareOwnPass(fragment);
  Object.defineProperty(fragment, 'cloneNode', { value: () => fragment, configurable: true });
  return plain.turndown(fragment as unknown as TurndownService.Node);
}

/** The tree as text, whitespace visible, to compare the two passes node by node. */
function dump(node: Node): string {
  if (node.nodeType === 3) return JSON.stringify((node as Text).data);
  if (node.nodeType !== 1 && node.nodeType !== 11) return `<#${node.nodeType}>`;
  const kids = Array.from(node.childNodes).map(dump).join('');
  return node.nodeType === 1 ? `<${node.nodeName}>${kids}</${node.nodeName}>` : kids;
}

/** turndown's pass, run by turndown itself on a copy: the tree it converts is what the replacement rules see. */
function turndownsTree(fragment: DocumentFragment): string {
  let seen = '';
  const probe = new TurndownService();
  const top = (node: Node): Node => (node.parentNode ? top(node.parentNode) : node);
  probe.addRule('probe', { filter: () => true, replacement: (_c, node) => ((seen ||= dump(top(node))), '') });
  probe.turndown(fragment as unknown as TurndownService.Node);
  return seen;
}

const space = fc.constantFrom(' ', '  ', '\n', '\t', ' \n ', '\r\n', '\u00a0', '');
const word = fc.constantFrom('Port', 'Alder', 'ferry', 'said', '“no”', '1.', '-', '#', '*a*');
const text = fc.array(fc.tuple(space, word, space), { maxLength: 4 }).map((parts) => parts.map(([a, w, b]) => a + w + b).join(''));
const tags = ['p', 'div', 'li', 'ul', 'ol', 'h2', 'blockquote', 'em', 'strong', 'a', 'span', 'code', 'pre', 'td', 'tr', 'table', 'figure', 'mark', 's'];
const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.constantFrom('<br>', '<img src="x.png" alt="a">', '<hr>', '<!-- note -->', '<wbr>', ' ', '\n'),
    fc.tuple(fc.constantFrom(...tags), fc.array(tie('node'), { maxLength: 4 })).map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag}>`),
  ),
})).node;

for (const [name, makeDocument] of doms) {
  describe(`collapseWhitespace on ${name}`, () => {
    it('leaves the same tree and Markdown as turndown’s own pass, for random article HTML', () => {
      const document = makeDocument();
      fc.assert(
        fc.property(fc.array(tree, { minLength: 1, maxLength: 6 }), (parts) => {
          const html = parts.join('');
          const ours = fragmentOf(document, html);
          collapseWhitespace(ours);
          const theirs = turndownsTree(fragmentOf(document, html));
          // turndown's probe sees the tree only when there is an element to convert.
          if (theirs) expect(dump(ours)).toBe(theirs);
          expect(withOwnPass(fragmentOf(document, html))).toBe(plain.turndown(fragmentOf(document, html) as unknown as TurndownService.Node));
        }),
        { numRuns: STRESS ? 3000 : 300, ...(process.env['DOSSIER_SEED'] ? { seed: Number(process.env['DOSSIER_SEED']) } : {}) },
      );
    });

    it('handles the edges: empty text, inline pre, void elements, trailing spaces before blocks and at the end', () => {
      const document = makeDocument();
      for (const html of [
        '',
        '   ',
        '<p>  a  </p>  <p> b </p> ',
        'x <img src="i.png"> y <br> z ',
        'a <pre>  keep\n  this </pre> b',
        '<span> </span><em> lone </em>',
        '<p>a</p><!-- gone --> <p>b</p>',
        'end with space ',
      ]) {
        expect(withOwnPass(fragmentOf(document, html))).toBe(plain.turndown(fragmentOf(document, html) as unknown as TurndownService.Node));
      }
    });

    it('is what htmlToMarkdown runs for fragments and strings, and elements keep turndown’s own pass', () => {
      const document = makeDocument();
      const html = '<ol start="2"><li> one  two </li><li>three\n four</li></ol><p> a <b> b </b>c </p>';
      const expected = '2.  one two\n3.  three four\n\na **b** c';
      expect(htmlToMarkdown(html, { document })).toBe(expected);
      expect(htmlToMarkdown(fragmentOf(document, html))).toBe(expected);
      // An <ol> element as the root: its items are numbered from its start, so its name must stay.
      const ol = document.createElement('ol');
      ol.setAttribute('start', '5');
      ol.innerHTML = '<li>five</li><li>six</li>';
      expect(htmlToMarkdown(ol)).toBe('5.  five\n6.  six');
      // A fragment that is not handed over is left as it was.
      const kept = fragmentOf(document, '<p>  spaced   out  </p>');
      htmlToMarkdown(kept);
      expect(dump(kept)).toBe('<P>"  spaced   out  "</P>');
    });

    it('a lone <code> in a fragment stays inline code (the root’s stand-in name PRE would make it a code block)', () => {
      const document = makeDocument();
      for (const html of ['<code> Port </code>', '<code>x = 1</code>\n  ']) {
        const expected = plain.turndown(fragmentOf(document, html) as unknown as TurndownService.Node);
        expect(expected.startsWith('`')).toBe(true);
        expect(htmlToMarkdown(fragmentOf(document, html))).toBe(expected);
        expect(htmlToMarkdown(html, { document })).toBe(expected);
      }
    });
  });
}
