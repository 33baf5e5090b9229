import { useSyncExternalStore } from 'react';

/** Where the user is, parsed from the URL hash (#/section/id) so reload and back/forward keep it. */
export interface Route {
  section: string;
  id: string | null;
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = raw.split('?', 2);
  const [section, id] = path.split('/');
  return { section: section || 'library', id: id ? decodeURIComponent(id) : null, params: new URLSearchParams(query) };
}

export function hrefFor(section: string, id?: string | null, params?: Record<string, string>): string {
  const query = params && Object.keys(params).length ? `?${new URLSearchParams(params).toString()}` : '';
  return `#/${section}${id ? `/${encodeURIComponent(id)}` : ''}${query}`;
}

export function navigate(section: string, id?: string | null, params?: Record<string, string>): void {
  window.location.hash = hrefFor(section, id, params);
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  return () => window.removeEventListener('hashchange', callback);
}

let lastHash = '';
let lastRoute: Route = parseHash('');
function snapshot(): Route {
  if (window.location.hash !== lastHash) {
    lastHash = window.location.hash;
    lastRoute = parseHash(lastHash);
  }
  return lastRoute;
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, snapshot);
}
