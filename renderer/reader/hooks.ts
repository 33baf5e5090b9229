import { useEffect, useState } from 'react';
import { useLive } from '../app/hooks';
import { getArticle, getArticleBody } from '../db/articles';
import { listQuotesForArticle } from '../db/quotes';
import { listImagesForArticle } from '../db/reading';
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
