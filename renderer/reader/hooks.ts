import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Article, Quote } from '../../shared/model';
import { useLive } from '../app/hooks';
import { showError } from '../app/toasts';
import { getArticle, getArticleBody } from '../db/articles';
import { onChange } from '../db/changes';
import { listQuotes, listQuoteTags, listQuotesForArticle, type QuoteFilter } from '../db/quotes';
import { searchActors } from '../db/actors';
import { filterChoiceLabel, getArticlesByIds, listImagesForArticle, searchQuotedArticles, type FilterChoice } from '../db/reading';
import { getSetting, setSetting } from '../db/settings';

export function useArticle(id: string | null) {
  return useLive(async () => (id ? ((await getArticle(id)) ?? null) : null), [id]);
}

export function useArticleBody(id: string | null) {
  return useLive(async () => (id ? ((await getArticleBody(id)) ?? null) : null), [id]);
}

export function useArticleQuotes(id: string | null) {
  return useLive(async () => (id ? listQuotesForArticle(id) : []), [id]);
}

/** blob: URLs of an article's stored images by image id; revoked when the article closes. */
export function useImageUrls(articleId: string | null): Map<string, string> | null {
  const [urls, setUrls] = useState<Map<string, string> | null>(null);
  useEffect(() => {
    setUrls(null);
    if (!articleId) return;
    let made: string[] = [];
    let live = true;
    void listImagesForArticle(articleId).then(
      (images) => {
        const map = new Map(images.map((img) => [img.id, URL.createObjectURL(new Blob([img.bytes as BlobPart], { type: img.mime }))]));
        made = [...map.values()];
        if (live) setUrls(map);
        else made.forEach((u) => URL.revokeObjectURL(u));
      },
      () => live && setUrls(new Map()),
    );
    return () => {
      live = false;
      made.forEach((u) => URL.revokeObjectURL(u));
    };
  }, [articleId]);
  return urls;
}

/** A setting as React state: read once, written on every change. */
export function useSetting<T>(key: string, fallback: T): [T, (value: T) => void, boolean] {
  const [state, setState] = useState<{ value: T; loaded: boolean }>({ value: fallback, loaded: false });
  useEffect(() => {
    let live = true;
    void getSetting<T>(key, fallback).then(
      (value) => live && setState({ value, loaded: true }),
      () => live && setState((s) => ({ ...s, loaded: true })),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const set = (value: T) => {
    setState({ value, loaded: true });
    void setSetting(key, value).catch(() => undefined);
  };
  return [state.value, set, state.loaded];
}

/** A paged, filtered view of all quotes: pages load as the list scrolls and reload when quotes change. */
export function useQuotePages(filter: QuoteFilter, pageSize = 100) {
  const key = JSON.stringify(filter);
  const [version, setVersion] = useState(0);
  const gen = `${version}#${key}`;
  const genRef = useRef(gen);
  useLayoutEffect(() => {
    genRef.current = gen;
  });
  const [state, setState] = useState<{ gen: string; total: number | null; pages: Map<number, Quote[]>; articles: Map<string, Article> }>({
    gen: '', total: null, pages: new Map(), articles: new Map(),
  });
  const requested = useRef(new Set<number>());
  const requestedGen = useRef('');
  // Any write to quotes or articles invalidates the loaded pages (shown until their replacements arrive).
  useEffect(
    () =>
      onChange((c) => {
        if (c.table === 'quotes' || c.table === 'articles') setVersion((v) => v + 1);
      }),
    [],
  );
  const load = useCallback(
    (page: number) => {
      // Pages asked for in this generation only: coming back to an earlier filter loads afresh.
      if (requestedGen.current !== gen) {
        requestedGen.current = gen;
        requested.current.clear();
      }
      if (requested.current.has(page)) return;
      requested.current.add(page);
      void listQuotes(JSON.parse(key) as QuoteFilter, page * pageSize, pageSize)
        .then(async (result) => {
          const articles = await getArticlesByIds(result.quotes.map((q) => q.articleId));
          if (genRef.current !== gen) return; // a newer filter or change superseded this page
          setState((s) => {
            const pages = s.gen === gen ? new Map(s.pages) : new Map<number, Quote[]>();
            pages.set(page, result.quotes);
            return { gen, total: result.total, pages, articles: new Map([...s.articles, ...articles]) };
          });
        })
        .catch(showError);
    },
    [gen, key, pageSize],
  );
  useEffect(() => load(0), [load]);
  const sameFilter = state.gen.slice(state.gen.indexOf('#') + 1) === key;
  const quoteAt = (index: number): Quote | undefined => (sameFilter ? state.pages.get(Math.floor(index / pageSize))?.[index % pageSize] : undefined);
  const ensure = (index: number) => {
    const page = Math.floor(index / pageSize);
    if (state.gen !== gen || !state.pages.has(page)) load(page);
  };
  return { total: sameFilter ? state.total : null, quoteAt, ensure, articles: state.articles };
}

/** The tags used on quotes (few, so a plain list). Actors and articles are found by type-ahead. */
export function useQuoteTags() {
  return useLive(() => listQuoteTags(), []);
}

/** Type-ahead choices for the All quotes actor and article filters: a bounded query per keystroke. */
export function searchFilterChoices(kind: 'article' | 'actor', typed: string): Promise<FilterChoice[]> {
  if (kind === 'article') return searchQuotedArticles(typed);
  return searchActors(typed, 12).then((actors) => actors.map((a) => ({ id: a.id, label: a.name })));
}

/** The label of the chosen actor or article (the id may come from the URL). */
export function useFilterChoiceLabel(kind: 'article' | 'actor', id: string | undefined) {
  return useLive(() => (id ? filterChoiceLabel(kind, id) : Promise.resolve(null)), [kind, id]);
}
