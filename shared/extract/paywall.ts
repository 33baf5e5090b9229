/**
 * Whether a page holds back its article from readers without a subscription: it says so in its
 * structured data (schema.org `isAccessibleForFree: false`, which news sites declare for search
 * engines), or it prints a subscription wall where the text stops. The clip is still made from what
 * the page shows; the user is told it may be cut short, so nobody quotes a teaser as the whole story.
 */

/** Class or id words of the boxes sites put where a paywalled article stops. */
const WALL_NAME = /pay-?wall|reg-?wall|subscribers?-only|premium-wall|meter-wall|(?:article|content)-gate/i;

/** What the wall says: "This article is for subscribers", "Subscribe to continue reading", "You have reached your free article limit". */
export const WALL_WORDS: readonly RegExp[] = [
  /\b(?:this|the rest of this|the full) (?:article|story|content|piece) is (?:only |exclusively )?(?:for|available (?:only )?to|reserved for) (?:paying |our )?(?:subscribers|members|premium (?:subscribers|members))\b/i,
  /\bsubscribe (?:now |today )?to (?:continue|keep) reading\b/i,
  /\bto (?:continue|keep) reading,? (?:please )?(?:subscribe|log ?in|sign ?in|register|become a (?:subscriber|member))\b/i,
  /\byou(?:'ve|’ve| have) (?:reached|used) (?:your|all (?:of )?your) (?:\d+ )?free (?:articles?|stories|reads)\b/i,
  /\bunlock (?:this|the full) (?:article|story)\b/i,
  /\byou have \d+ ?% of (?:this|the) (?:article|story) (?:left|remaining) to read\b/i,
  /\bil vous reste \d+ ?% de cet article à lire\b/i,
  // (JavaScript's \b knows only ASCII letters: "abonnés" ends with a lookahead for any letter.)
  /(?<!\p{L})(?:réservé aux abonnés|la suite est réservée|nur für abonnenten|weiterlesen mit|contenido exclusivo para suscriptores|conteúdo exclusivo para assinantes)(?!\p{L})/iu,
];

/** The page's JSON-LD says the article is not free to read (`"isAccessibleForFree": false` or `"False"`). */
function declaredNotFree(doc: Document): boolean {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    // A look at the raw text is enough and survives JSON-LD that does not parse.
    if (/"isAccessibleForFree"\s*:\s*"?false"?/i.test(script.textContent ?? '')) return true;
  }
  return false;
}

/**
 * A wall box with words in it, or wall words anywhere in the page's text. One walk does both: it
 * reads each element's class and id with one pattern (an attribute selector per word costs several
 * times as much) and joins the text nodes with spaces (textContent runs "…subscribers</h3><p>Already"
 * together).
 */
function printsWall(doc: Document): boolean {
  if (!doc.body) return false;
  const parts: string[] = [];
  let box = false;
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c && !box; c = c.nextSibling) {
      if (c.nodeType === 3) parts.push(c.textContent ?? '');
      else if (c.nodeType === 1) {
        const el = c as Element;
        if (SILENT.has(el.localName.toLowerCase())) continue;
        if (WALL_NAME.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`) && (el.textContent ?? '').trim()) box = true;
        else walk(el);
      }
    }
  };
  walk(doc.body);
  if (box) return true;
  const text = parts.join(' ').replace(/\s+/g, ' ');
  return WALL_WORDS.some((re) => re.test(text));
}

/** Elements whose text is never shown as the page's words. */
const SILENT = new Set(['script', 'style', 'template', 'noscript']);

/** True when the page says (in data or in print) that its article is for subscribers. Read before the page is cleaned. */
export function looksPaywalled(doc: Document): boolean {
  return declaredNotFree(doc) || printsWall(doc);
}
