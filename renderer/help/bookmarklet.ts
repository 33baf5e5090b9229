/**
 * The “Clip to Dossier” bookmarklet: run on any page in the user's browser, it opens
 * dossier://clip?url=…&title=…&selection=… with the page's address, title and selected text,
 * each encoded with encodeURIComponent (the parser in electron/main/protocol reads exactly
 * that). The selection is capped so the link stays well inside what operating systems pass to
 * an app on its command line (Windows: 32,767 characters; a character can take 9 when encoded).
 * Our own static text: it is never built from anything a page or a user typed.
 */
export const BOOKMARKLET_LIMITS = { title: 300, selection: 2000 } as const;

const SOURCE = `(function(){var d=document,s=String(window.getSelection?window.getSelection():'').replace(/\\s+/g,' ').trim().slice(0,${BOOKMARKLET_LIMITS.selection}),t=String(d.title||'').slice(0,${BOOKMARKLET_LIMITS.title}),e=encodeURIComponent;location.href='dossier://clip?url='+e(location.href)+(t?'&title='+e(t):'')+(s?'&selection='+e(s):'');})();`;

/** The bookmarklet as a javascript: URL, to drag to the bookmarks bar. */
export const BOOKMARKLET_URL = `javascript:${SOURCE}`;
