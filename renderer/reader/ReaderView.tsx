import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Article, HighlightColor, Quote } from '../../shared/model';
import { HIGHLIGHT_COLORS } from '../../shared/model';
import { domTextMap, type DomTextMap } from '../../shared/text/dom-text';
import { callMain } from '../api';
import { registerCommands, type Command } from '../app/commands';
import { EmptyState } from '../app/EmptyState';
import type { Live } from '../app/hooks';
import { isEditable } from '../app/keyboard';
import { modalOpen } from '../app/modal';
import { navigate } from '../app/router';
import { useHoldReady } from '../app/ready';
import { showError, showToast } from '../app/toasts';
import { useToastsAbove } from '../app/toast-clearance';
import { offerUndo } from '../app/undo';
import { applyAnchors, createQuote, createQuotes, deleteQuote, restoreQuote, updateQuote } from '../db/quotes';
import { setArticleText } from '../db/reading';
import { readingPositionKey } from '../db/articles';
import { copyText, showBody } from './body-html';
import { quoteAsMarkdown } from './citation';
import { HighlightToolbar, type ToolbarAnchor } from './HighlightToolbar';
import { useKeyboardSelection } from './keyboard-selection';
import { useArticle, useArticleBody, useArticleQuotes, useImageUrls, useSetting } from './hooks';
import { clearHighlights, domRangeOf, offsetAtPoint, paintHighlights, selectionToText } from './paint';
import { QuotePanel } from './QuotePanel';
import { detectQuotations, unhighlighted, type DetectedQuotation } from './quotations';
import { planAnchors, type Placement } from './reanchor';
import '../styles/reader.css';

const FONT_SIZES = [14, 15, 16, 17, 18, 20, 22, 24, 27, 30];
const DEFAULT_FONT = 18;

function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}

function anchorOfRect(r: DOMRect): ToolbarAnchor {
  return { left: r.left, top: r.top, bottom: r.bottom };
}

type Popover =
  | { kind: 'selection'; range: Placement; anchor: ToolbarAnchor }
  | { kind: 'quote'; quoteId: string; anchor: ToolbarAnchor };

/** #/read/<articleId>[?quote=<quoteId>]: the article, its highlights, and the quote panel. */
export function ReaderView({ itemId, params }: { itemId: string | null; params: URLSearchParams }) {
  // Everything the reader needs is asked for at once, so the queries run side by side.
  const article = useArticle(itemId);
  const body = useArticleBody(itemId);
  const quotesLive = useArticleQuotes(itemId);
  const imageUrls = useImageUrls(itemId);
  // The reader's keys and commands come with <Reader>, once this article (not the one before) is loaded.
  useHoldReady(!!itemId && (article.loading || body.loading || (article.value != null && article.value.id !== itemId)));
  if (!itemId) {
    return (
      <EmptyState title="No article open" action={<button type="button" className="primary" onClick={() => navigate('library')}>Go to the Library</button>}>
        <p>Open an article from the Library to read and highlight it.</p>
      </EmptyState>
    );
  }
  if (article.loading || body.loading) return <div className="reader-loading" aria-busy="true" />;
  if (!article.value || !body.value) {
    return (
      <EmptyState title="This article is not in your notebook" action={<button type="button" className="primary" onClick={() => navigate('library')}>Go to the Library</button>}>
        <p>It may have been deleted. Deleted articles can be brought back with Undo right after deleting, or from a backup.</p>
      </EmptyState>
    );
  }
  return (
    <Reader key={itemId} article={article.value} html={body.value.html} storedText={body.value.text} focusQuoteParam={params.get('quote')} editParam={params.get('edit') === '1'} quotesLive={quotesLive} imageUrls={imageUrls} captions={body.value.captions ?? []} />
  );
}

interface ReaderProps {
  article: Article;
  html: string;
  storedText: string;
  focusQuoteParam: string | null;
  /** Opened to edit that quote (e in All quotes): its toolbar opens too. */
  editParam: boolean;
  quotesLive: Live<Quote[]>;
  imageUrls: Map<string, string> | null;
  /** Photo captions the clipper kept apart from the text. */
  captions: readonly string[];
}

function Reader({ article, html, storedText, focusQuoteParam, editParam, quotesLive, imageUrls, captions }: ReaderProps) {
  performance.mark('dossier:reader-render');
  if (!quotesLive.loading) performance.mark('dossier:reader-quotes-loaded');
  const [fontSize, setFontSize] = useSetting<number>('reader.fontSize', DEFAULT_FONT);
  const [lastColor, setLastColor] = useSetting<HighlightColor>('reader.lastColor', 'yellow');
  const [savedPosition, setSavedPosition, positionLoaded] = useSetting<number>(readingPositionKey(article.id), 0);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<DomTextMap | null>(null);
  // Settled once the article and its highlights are on screen: the side panel's list and the
  // detected quotations (work the reader can show a frame later) wait for it.
  const [settled, setSettled] = useState(false);

  const [focusId, setFocusId] = useState<string | null>(focusQuoteParam);
  const [popover, setPopover] = useState<Popover | null>(null);
  const [commenting, setCommenting] = useState(false);
  const [actorsFor, setActorsFor] = useState<{ quoteId: string; selectedText: string } | null>(null);

  // The body as shown: sanitised again, images from the local store. Set imperatively so React
  // never re-renders the article DOM (the text map and painted ranges point into it).
  useLayoutEffect(() => {
    const el = bodyRef.current;
    if (!el || !imageUrls) return;
    performance.mark('dossier:reader-body-start');
    showBody(el, html, imageUrls);
    performance.mark('dossier:reader-body-inserted');
    setMap(domTextMap(el));
    performance.mark('dossier:reader-body-mapped');
  }, [html, imageUrls]);

  // The rendered text is the coordinate space of quotes. If the stored text differs (a clip that
  // stored something other than articleText of its HTML), store the rendered text; quotes are
  // re-anchored against it below, so they stay on their words.
  const textMatches = !map || map.text === storedText;
  useEffect(() => {
    if (map && map.text !== storedText) void setArticleText(article.id, map.text).catch(showError);
  }, [map, storedText, article.id]);

  // While the next article's quotes load, the previous article's may still be the live value.
  const quotes = useMemo(() => (quotesLive.value ?? []).filter((q) => q.articleId === article.id), [quotesLive.value, article.id]);
  const plan = useMemo(() => {
    if (!map) return null;
    performance.mark('dossier:reader-anchor-start');
    return planAnchors(map.text, quotes);
  }, [map, quotes]);
  const attempted = useRef<string>('');
  useEffect(() => {
    if (!plan || !textMatches || plan.updates.length === 0) return;
    const key = JSON.stringify(plan.updates);
    if (attempted.current === key) return; // a failed write is reported once, not retried in a loop
    attempted.current = key;
    void applyAnchors(article.id, plan.updates).catch(() => undefined);
  }, [plan, textMatches, article.id]);

  const placedQuotes = useMemo(() => {
    if (!plan) return [];
    return quotes.filter((q) => plan.placed.has(q.id)).sort((a, b) => plan.placed.get(a.id)!.start - plan.placed.get(b.id)!.start);
  }, [plan, quotes]);
  const unplacedQuotes = plan?.unplaced ?? [];
  const panelPlaced = settled ? placedQuotes : [];
  const detected = useMemo(() => {
    if (!map || !settled) return [];
    performance.mark('dossier:reader-detect-start');
    return detectQuotations(map.text);
  }, [map, settled]);
  const openDetected = useMemo(() => (plan ? unhighlighted(detected, plan.placed.values()) : detected), [detected, plan]);

  // Paint every highlight in one pass; the mark lets the benchmark time it.
  useLayoutEffect(() => {
    if (!map || !plan || quotesLive.loading) return;
    performance.mark('dossier:reader-paint-start');
    const painted = paintHighlights(
      map,
      placedQuotes.map((q) => ({ id: q.id, color: q.color, hasComment: !!q.comment, ...plan.placed.get(q.id)! })),
      focusId,
      openDetected,
    );
    performance.mark('dossier:highlights-painted', { detail: { painted } });
    if (!settled) {
      // The task after the next frame: that frame showed the article with its highlights.
      requestAnimationFrame(() =>
        setTimeout(() => {
          performance.mark('dossier:highlights-shown', { detail: { painted } });
          document.documentElement.dataset['highlightsPainted'] = String(painted);
          setSettled(true);
        }, 0),
      );
    } else document.documentElement.dataset['highlightsPainted'] = String(painted);
  }, [map, plan, placedQuotes, focusId, openDetected, quotesLive.loading, settled]);
  useEffect(() => () => {
    clearHighlights();
    delete document.documentElement.dataset['highlightsPainted'];
  }, []);

  const quoteById = useMemo(() => new Map(quotes.map((q) => [q.id, q])), [quotes]);

  // Selecting words from the keyboard: a caret the arrow keys move (F7 or v), s / Shift+P for a sentence / paragraph.
  const focusedStart = useCallback(() => (focusId ? (plan?.placed.get(focusId)?.start ?? null) : null), [focusId, plan]);
  const keySelection = useKeyboardSelection({ map, bodyRef, scrollerRef, focusedStart, layoutKey: fontSize });

  const scrollToRange = useCallback(
    (range: Placement, smooth = true): DOMRect | null => {
      const scroller = scrollerRef.current;
      if (!map || !scroller) return null;
      const r = domRangeOf(map, range.start, range.end);
      if (!r) return null;
      const rect = r.getBoundingClientRect();
      const box = scroller.getBoundingClientRect();
      scroller.scrollTo({ top: scroller.scrollTop + rect.top - box.top - box.height / 3, behavior: smooth ? 'smooth' : 'instant' });
      return r.getBoundingClientRect();
    },
    [map],
  );

  const focusQuote = useCallback(
    (id: string, openToolbar = false) => {
      setFocusId(id);
      setCommenting(false);
      setActorsFor(null);
      const placement = plan?.placed.get(id);
      document.getElementById(`panel-quote-${id}`)?.scrollIntoView({ block: 'nearest' });
      if (!placement) {
        // An unplaced quote has nothing to scroll to: its toolbar opens beside its panel item.
        const item = document.getElementById(`panel-quote-${id}`)?.getBoundingClientRect();
        setPopover(item ? { kind: 'quote', quoteId: id, anchor: { left: item.left - 340, top: item.top, bottom: item.bottom } } : null);
        return;
      }
      scrollToRange(placement, false);
      const r = map ? domRangeOf(map, placement.start, placement.end)?.getBoundingClientRect() : null;
      setPopover(openToolbar && r ? { kind: 'quote', quoteId: id, anchor: anchorOfRect(r) } : null);
    },
    [plan, map, scrollToRange],
  );

  // Opened from All quotes (#/read/<id>?quote=<quoteId>[&edit=1]): go to that highlight once it is placed.
  const wentToParam = useRef(false);
  useEffect(() => {
    if (wentToParam.current || !plan || !focusQuoteParam) return;
    if (!plan.placed.has(focusQuoteParam) && !quotesLive.value) return;
    wentToParam.current = true;
    focusQuote(focusQuoteParam);
    // To edit it, its toolbar opens once the scroll to it has happened (a scroll closes a highlight's toolbar).
    const id = focusQuoteParam;
    if (editParam) requestAnimationFrame(() => requestAnimationFrame(() => focusQuote(id, true)));
  }, [plan, focusQuoteParam, editParam, focusQuote, quotesLive.value]);

  // Reading position per article: restored on open (unless a quote was asked for), saved while scrolling.
  const restored = useRef(false);
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (restored.current || !map || !positionLoaded || !scroller) return;
    restored.current = true;
    if (!focusQuoteParam && savedPosition > 0) scroller.scrollTop = savedPosition * (scroller.scrollHeight - scroller.clientHeight);
    // The text takes the keyboard, unless the user opened a dialog (the command palette) while it loaded.
    if (!document.activeElement?.closest('[role="dialog"], dialog')) scroller.focus({ preventScroll: true });
  }, [map, positionLoaded, savedPosition, focusQuoteParam]);
  // The comment box, the speaker editor or the whole toolbar closing (a comment saved, a highlight
  // deleted) takes the keyboard with it: the article text gets it back, so PageDown and Space scroll.
  const toolbarOpened = useRef(false);
  useEffect(() => {
    if (popover || commenting || actorsFor) toolbarOpened.current = true;
    if (!toolbarOpened.current) return;
    const now = document.activeElement;
    if (!now || now === document.body) scrollerRef.current?.focus({ preventScroll: true });
  }, [popover, commenting, actorsFor]);
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const room = scroller.scrollHeight - scroller.clientHeight;
        if (restored.current && room > 0) setSavedPosition(Math.round((scroller.scrollTop / room) * 10000) / 10000);
      }, 400);
      setPopover((p) => (p?.kind === 'quote' && !commenting && !actorsFor ? null : p));
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      scroller.removeEventListener('scroll', onScroll);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [commenting, actorsFor]);

  // The selection toolbar follows the user's selection inside the body.
  const readSelection = useCallback(() => {
    const el = bodyRef.current;
    if (!map || !el) return;
    const sel = window.getSelection();
    const range = selectionToText(map, el, sel);
    if (!range) {
      setPopover((p) => (p?.kind === 'selection' ? null : p));
      return;
    }
    const rect = sel!.getRangeAt(0).getBoundingClientRect();
    setCommenting(false);
    setActorsFor(null);
    setPopover({ kind: 'selection', range, anchor: anchorOfRect(rect) });
  }, [map]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(readSelection, 120);
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('selectionchange', onChange);
    };
  }, [readSelection]);

  // The words selected now: the toolbar's range is read 120 ms after the selection last changed,
  // so a click right after a new selection would otherwise act on the one before.
  const currentSelection = (): Placement | null => {
    const el = bodyRef.current;
    if (!map || !el) return null;
    return selectionToText(map, el, window.getSelection()) ?? (popover?.kind === 'selection' ? popover.range : null);
  };

  const highlight = async (range: Placement, color: HighlightColor, then?: 'comment' | 'actors'): Promise<Quote | null> => {
    if (!textMatches) {
      showToast({ kind: 'error', message: 'The article is still being prepared for highlighting. Try again in a moment.' });
      return null;
    }
    try {
      const q = await createQuote({ articleId: article.id, start: range.start, end: range.end, color });
      setLastColor(color);
      window.getSelection()?.removeAllRanges();
      setFocusId(q.id);
      const r = map ? domRangeOf(map, range.start, range.end)?.getBoundingClientRect() : null;
      if (then && r) {
        setPopover({ kind: 'quote', quoteId: q.id, anchor: anchorOfRect(r) });
        setCommenting(then === 'comment');
        setActorsFor(then === 'actors' ? { quoteId: q.id, selectedText: q.text } : null);
      } else setPopover(null);
      return q;
    } catch (e) {
      showError(e);
      return null;
    }
  };

  const highlightSelection = (color: HighlightColor = lastColor, then?: 'comment' | 'actors') => {
    const range = currentSelection();
    if (!range) {
      showToast({ kind: 'info', message: 'Select some words in the article first, then press h.' });
      return;
    }
    void highlight(range, color, then);
  };

  const highlightDetected = async (list: DetectedQuotation[]) => {
    if (!list.length) return;
    if (!textMatches) return;
    try {
      const created = await createQuotes(article.id, list.map((d) => ({ start: d.start, end: d.end, color: lastColor })));
      showToast({ kind: 'info', message: created.length === 1 ? 'Highlighted the quotation.' : `Highlighted ${created.length} quotations.` });
    } catch (e) {
      showError(e);
    }
  };

  const recolour = (id: string, color: HighlightColor) => {
    setLastColor(color);
    void updateQuote(id, { color }).catch(() => undefined);
  };

  const remove = async (id: string) => {
    const deleted = await deleteQuote(id).catch(() => null);
    setPopover(null);
    setFocusId(null);
    if (!deleted) return;
    const words = deleted.quote.text.length > 48 ? `${deleted.quote.text.slice(0, 48)}…` : deleted.quote.text;
    offerUndo({ message: `Deleted the highlight “${words}”.`, what: words, key: `highlight:${deleted.quote.id}`, restore: () => void restoreQuote(deleted).catch(() => undefined) });
  };

  const copyQuote = (text: string) => {
    void copyText(quoteAsMarkdown(text, article)).then(() => showToast({ kind: 'info', message: 'Copied the quote as Markdown with its citation.' }), showError);
  };

  const step = (dir: 1 | -1) => {
    if (!placedQuotes.length) return;
    const i = placedQuotes.findIndex((q) => q.id === focusId);
    let next: number;
    if (i >= 0) next = (i + dir + placedQuotes.length) % placedQuotes.length;
    else {
      // From the reading position: the first highlight below (or above) the top of the view.
      const scroller = scrollerRef.current;
      const top = scroller?.getBoundingClientRect().top ?? 0;
      const below = placedQuotes.findIndex((q) => {
        const r = map && domRangeOf(map, plan!.placed.get(q.id)!.start, plan!.placed.get(q.id)!.end)?.getBoundingClientRect();
        return r ? r.top >= top : false;
      });
      next = dir === 1 ? Math.max(0, below) : below > 0 ? below - 1 : placedQuotes.length - 1;
    }
    focusQuote(placedQuotes[next]!.id);
  };

  const focused = focusId ? quoteById.get(focusId) : undefined;
  const popQuote = popover?.kind === 'quote' ? quoteById.get(popover.quoteId) : undefined;

  const zoom = (dir: 1 | -1) => {
    const i = FONT_SIZES.findIndex((s) => s >= fontSize);
    const next = FONT_SIZES[Math.max(0, Math.min(FONT_SIZES.length - 1, (i < 0 ? FONT_SIZES.length - 1 : i) + dir))]!;
    setFontSize(next);
  };

  const openOriginal = () => {
    const url = article.canonicalUrl ?? article.url;
    if (url) void callMain('openExternal', { url }).catch(showError);
  };

  // Keys: handled here so they work wherever focus is in the reader (never while typing).
  const keyHandler = useRef<(e: KeyboardEvent) => void>(() => undefined);
  const onReaderKey = (e: KeyboardEvent) => {
    if (keySelection.onKey(e)) return;
    if (e.ctrlKey || e.metaKey || e.altKey || isEditable(e.target) || e.defaultPrevented) return;
    if (modalOpen()) return;
    const key = e.key;
    const act = (fn: () => void) => {
      e.preventDefault();
      fn();
    };
    const selection = currentSelection();
    if (key === 'h') return act(() => highlightSelection());
    if (key === 'j' || key === 'n') return act(() => step(1));
    if (key === 'k' || key === 'p') return act(() => step(-1));
    if (key === '+' || key === '=') return act(() => zoom(1));
    if (key === '-') return act(() => zoom(-1));
    if (key === 'Escape') return act(() => {
      setPopover(null);
      window.getSelection()?.removeAllRanges();
    });
    const colorIndex = ['1', '2', '3', '4', '5'].indexOf(key);
    if (selection) {
      if (colorIndex >= 0) return act(() => highlightSelection(HIGHLIGHT_COLORS[colorIndex]!));
      if (key === 'c') return act(() => highlightSelection(lastColor, 'comment'));
      if (key === 'a') return act(() => highlightSelection(lastColor, 'actors'));
      if (key === 'm') return act(() => copyQuote(map!.text.slice(selection.start, selection.end)));
      return;
    }
    if (!focused) return;
    if (colorIndex >= 0) return act(() => recolour(focused.id, HIGHLIGHT_COLORS[colorIndex]!));
    if (key === 'Delete' || key === 'Backspace') return act(() => void remove(focused.id));
    if (key === 'c' || key === 'e' || key === 'Enter') return act(() => {
      focusQuote(focused.id, true);
      if (key === 'c') setCommenting(true);
    });
    if (key === 'a') return act(() => {
      focusQuote(focused.id, true);
      setActorsFor({ quoteId: focused.id, selectedText: focused.text });
    });
    if (key === 'm') return act(() => copyQuote(focused.text));
  };
  useLayoutEffect(() => {
    keyHandler.current = onReaderKey;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => keyHandler.current(e);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const highlightUnit = (unit: 'sentence' | 'paragraph') => {
    if (keySelection.selectUnit(unit)) highlightSelection();
  };
  const actions = { highlightSelection, highlightUnit, keySelection, step, zoom, openOriginal, highlightDetected, openDetected, focused, recolour, remove, copyQuote, focusQuote };
  const commandRef = useRef(actions);
  useLayoutEffect(() => {
    commandRef.current = actions;
  });
  const hasFocused = !!focused;
  const hasOriginal = !!(article.url || article.canonicalUrl);
  // Registered from an effect: the commands call the latest actions through the ref.
  useEffect(() => {
    const c = () => commandRef.current;
    const list: Command[] = [
      { id: 'reader.highlight', group: 'Reader', title: 'Highlight the selection', shortcut: 'H', run: () => c().highlightSelection() },
      ...HIGHLIGHT_COLORS.map((color, i) => ({ id: `reader.highlight.${color}`, group: 'Reader', title: `Highlight the selection in ${color}`, shortcut: String(i + 1), run: () => c().highlightSelection(color) })),
      { id: 'reader.comment-selection', group: 'Reader', title: 'Highlight the selection and comment', shortcut: 'C', run: () => c().highlightSelection(undefined, 'comment') },
      { id: 'reader.caret', group: 'Reader', title: 'Select text with the keyboard (caret on or off)', shortcut: 'F7', run: () => c().keySelection.toggle() },
      { id: 'reader.select-sentence', group: 'Reader', title: 'Select the sentence at the caret (again: one more)', shortcut: 'S', run: () => void c().keySelection.selectUnit('sentence') },
      { id: 'reader.select-paragraph', group: 'Reader', title: 'Select the paragraph at the caret (again: one more)', shortcut: 'Shift+P', run: () => void c().keySelection.selectUnit('paragraph') },
      { id: 'reader.highlight-sentence', group: 'Reader', title: 'Highlight the sentence at the caret', run: () => c().highlightUnit('sentence') },
      { id: 'reader.highlight-paragraph', group: 'Reader', title: 'Highlight the paragraph at the caret', run: () => c().highlightUnit('paragraph') },
      { id: 'reader.next', group: 'Reader', title: 'Next highlight', shortcut: 'J', run: () => c().step(1) },
      { id: 'reader.previous', group: 'Reader', title: 'Previous highlight', shortcut: 'K', run: () => c().step(-1) },
      { id: 'reader.bigger', group: 'Reader', title: 'Larger text', shortcut: '+', run: () => c().zoom(1) },
      { id: 'reader.smaller', group: 'Reader', title: 'Smaller text', shortcut: '-', run: () => c().zoom(-1) },
      { id: 'reader.detected-all', group: 'Reader', title: 'Highlight all detected quotations', run: () => void c().highlightDetected(c().openDetected) },
      { id: 'reader.back', group: 'Reader', title: 'Back to the Library', run: () => navigate('library') },
    ];
    if (hasOriginal) list.push({ id: 'reader.original', group: 'Reader', title: 'Open the original in the browser', run: () => c().openOriginal() });
    if (hasFocused) {
      const f = () => c().focused;
      list.push(
        { id: 'reader.edit', group: 'Highlight', title: 'Edit the current highlight', shortcut: 'E', run: () => f() && c().focusQuote(f()!.id, true) },
        ...HIGHLIGHT_COLORS.map((color, i) => ({ id: `reader.recolour.${color}`, group: 'Highlight', title: `Recolour the current highlight ${color}`, shortcut: String(i + 1), run: () => f() && c().recolour(f()!.id, color) })),
        { id: 'reader.copy', group: 'Highlight', title: 'Copy the current highlight as a Markdown quote', shortcut: 'M', run: () => f() && c().copyQuote(f()!.text) },
        { id: 'reader.delete', group: 'Highlight', title: 'Delete the current highlight', shortcut: 'Delete', run: () => f() && void c().remove(f()!.id) },
      );
    }
    return registerCommands(list);
  }, [hasFocused, hasOriginal]);

  // A click on a highlight picks it (and opens its toolbar); links open in the system browser.
  const onBodyClick = (e: React.MouseEvent) => {
    const link = (e.target as Element).closest?.('a[href]');
    if (link) {
      e.preventDefault();
      const href = link.getAttribute('href') ?? '';
      if (/^(https?:|mailto:)/i.test(href)) void callMain('openExternal', { url: href }).catch(showError);
      return;
    }
    const el = bodyRef.current;
    if (!map || !plan || !el || !window.getSelection()?.isCollapsed) return;
    const at = offsetAtPoint(map, el, e.clientX, e.clientY);
    if (at === null) return;
    let best: Quote | null = null;
    for (const q of placedQuotes) {
      const p = plan.placed.get(q.id)!;
      if (p.start <= at && at < p.end && (!best || p.end - p.start < plan.placed.get(best.id)!.end - plan.placed.get(best.id)!.start)) best = q;
    }
    if (best) {
      setFocusId(best.id);
      setCommenting(false);
      setActorsFor(null);
      setPopover({ kind: 'quote', quoteId: best.id, anchor: { left: e.clientX - 20, top: e.clientY - 10, bottom: e.clientY + 14 } });
    } else if (popover?.kind === 'quote') setPopover(null);
  };

  const dates = [
    formatDate(article.publishedAt) ? `Published ${formatDate(article.publishedAt)}` : null,
    `Clipped ${formatDate(article.clippedAt) ?? ''}`,
  ].filter(Boolean);
  const originalUrl = article.canonicalUrl ?? article.url;

  return (
    <section className="reader" aria-label="Reader">
      <header className="view-header reader-toolbar">
        <button type="button" onClick={() => navigate('library')} title="Back to the Library">
          ← Library
        </button>
        <h1 className="reader-toolbar-title">{article.title}</h1>
        <span className="reader-font" role="group" aria-label="Text size">
          <button type="button" aria-label="Smaller text" title="Smaller text (-)" onClick={() => zoom(-1)}>
            A−
          </button>
          <span className="reader-font-size" aria-live="polite">{fontSize}px</span>
          <button type="button" aria-label="Larger text" title="Larger text (+)" onClick={() => zoom(1)}>
            A+
          </button>
        </span>
      </header>
      <div className="reader-layout">
        <div className="reader-scroll" ref={scrollerRef} tabIndex={0} aria-label="Article text">
          <article className="reader-article" style={{ fontSize }} lang={article.lang ?? undefined}>
            <header className="reader-meta">
              {article.siteName ? <p className="reader-site">{article.siteName}</p> : null}
              <h1 className="reader-title">{article.title}</h1>
              {article.byline || article.dateline || article.credit ? (
                <p className="reader-byline">{[article.byline, article.dateline, article.credit].filter(Boolean).join(' · ')}</p>
              ) : null}
              <p className="reader-dates">
                {dates.join(' · ')}
                {originalUrl ? (
                  <>
                    {' · '}
                    <a href={originalUrl} onClick={(e) => { e.preventDefault(); openOriginal(); }} title={originalUrl}>
                      Open the original
                    </a>
                  </>
                ) : null}
              </p>
            </header>
            <div className="reader-body" ref={bodyRef} onClick={onBodyClick} data-testid="article-body" />
            {captions.length ? (
              // Kept apart so they never break the text (or its quote positions), but never hidden.
              <aside className="reader-captions" aria-label="Photo captions">
                <h2>Photo captions</h2>
                <ul>
                  {captions.map((c, i) => (
                    <li key={i}>{c}</li>
                  ))}
                </ul>
              </aside>
            ) : null}
          </article>
          {keySelection.caretBox ? <span className="reader-caret" aria-hidden="true" style={keySelection.caretBox} /> : null}
        </div>
        <QuotePanel
          articleId={article.id}
          placed={panelPlaced}
          unplaced={unplacedQuotes}
          focusId={focusId}
          detected={openDetected}
          onOpen={(id) => focusQuote(id, true)}
          onHighlightDetected={(d) => void highlightDetected(d)}
        />
      </div>
      {keySelection.active ? <KeySelectionHint /> : null}
      {popover?.kind === 'selection' ? (
        <HighlightToolbar
          anchor={popover.anchor}
          mode="new"
          onColor={(c) => void highlight(currentSelection() ?? popover.range, c)}
          onStartComment={() => void highlight(currentSelection() ?? popover.range, lastColor, 'comment')}
          onSaveComment={() => undefined}
          onCancelComment={() => undefined}
          onActors={() => void highlight(currentSelection() ?? popover.range, lastColor, 'actors')}
          onCloseActors={() => setActorsFor(null)}
          onCopy={() => {
            const range = currentSelection() ?? popover.range;
            copyQuote(map!.text.slice(range.start, range.end));
          }}
          onClose={() => setPopover(null)}
        />
      ) : null}
      {popover?.kind === 'quote' && popQuote ? (
        <HighlightToolbar
          key={popQuote.id}
          anchor={popover.anchor}
          mode="existing"
          color={popQuote.color}
          comment={popQuote.comment}
          tags={popQuote.tags}
          commenting={commenting}
          actorsFor={actorsFor}
          onColor={(c) => recolour(popQuote.id, c)}
          onStartComment={() => setCommenting(true)}
          onSaveComment={(comment, tags) => {
            setCommenting(false);
            void updateQuote(popQuote.id, { comment, tags }).catch(() => undefined);
          }}
          onCancelComment={() => setCommenting(false)}
          onActors={() => setActorsFor({ quoteId: popQuote.id, selectedText: popQuote.text })}
          onCloseActors={() => setActorsFor(null)}
          onCopy={() => copyQuote(popQuote.text)}
          onDelete={() => void remove(popQuote.id)}
          onClose={() => setPopover(null)}
        />
      ) : null}
    </section>
  );
}

/** The keys of keyboard selection, in a bar at the bottom while it is on; toasts stay above it. */
function KeySelectionHint() {
  const ref = useRef<HTMLParagraphElement>(null);
  useToastsAbove(ref);
  return (
    <p ref={ref} className="reader-caret-hint" role="status">
      Selecting with the keyboard: <kbd>←</kbd> <kbd>→</kbd> <kbd>↑</kbd> <kbd>↓</kbd> move, with <kbd>Shift</kbd> select, with <kbd>Ctrl</kbd> by word; <kbd>s</kbd> sentence,{' '}
      <kbd>Shift+P</kbd> paragraph; then <kbd>h</kbd> highlight, <kbd>c</kbd> comment, <kbd>a</kbd> speaker. <kbd>Esc</kbd> stops.
    </p>
  );
}
