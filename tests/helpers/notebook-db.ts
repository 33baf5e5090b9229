import type { Page } from '@playwright/test';

/** Tables of the app's IndexedDB database that rows can be written into directly. */
export type RowTable = 'articles' | 'bodies' | 'images' | 'quotes' | 'actors' | 'notes' | 'settings' | 'renderedBodies';

/**
 * Writes rows straight into the page's `dossier` IndexedDB (the app must have opened it once, so
 * the schema exists). Bypasses the repositories on purpose: no change events, as when another
 * window or an older Dossier wrote them. Rows go in one transaction per call.
 */
export async function putRows(page: Page, table: RowTable, rows: unknown[]): Promise<void> {
  await writeRows(page, [{ table, op: 'put', items: rows }]);
}

/** Deletes rows by key the same way (no change events), in one transaction. */
export async function deleteRows(page: Page, table: RowTable, keys: string[]): Promise<void> {
  await writeRows(page, [{ table, op: 'delete', items: keys }]);
}

/** Rows for several tables, written together (seedRows). */
export type NotebookRows = Partial<Record<RowTable, unknown[]>>;

/**
 * Writes rows of several tables in one transaction, the same way as putRows (the app must have
 * opened its database; reload afterwards so views read them).
 */
export async function seedRows(page: Page, rows: NotebookRows): Promise<void> {
  const tables = (Object.keys(rows) as RowTable[]).filter((t) => rows[t]?.length);
  if (tables.length) await writeRows(page, tables.map((table) => ({ table, op: 'put', items: rows[table]! })));
}

/** One readwrite transaction over the tables named: put each row, or delete each key. */
async function writeRows(page: Page, writes: { table: RowTable; op: 'put' | 'delete'; items: unknown[] }[]): Promise<void> {
  await page.evaluate(
    (writes) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('dossier');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction([...new Set(writes.map((w) => w.table))], 'readwrite');
          for (const { table, op, items } of writes) {
            const store = tx.objectStore(table);
            for (const item of items) {
              if (op === 'put') store.put(item);
              else store.delete(item as IDBValidKey);
            }
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error);
        };
      }),
    writes,
  );
}

/** Reads every row of a store from the app's IndexedDB. */
export async function readRows<T>(app: Page, store: RowTable): Promise<T[]> {
  return app.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('dossier');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction(name, 'readonly').objectStore(name).getAll();
          all.onsuccess = () => {
            open.result.close();
            resolve(all.result as T[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  );
}

interface SearchProbe {
  status(): { state: string; docs: number; source: string | null; readyMs: number | null };
  whenReady(): Promise<void>;
  search(query: string, options?: { perKind?: number; kinds?: string[] }): Promise<{ kind: string; id: string; title: string }[]>;
  flush(): Promise<void>;
  engine(): 'worker' | 'window';
  naiveScan(query: string): Promise<string[]>;
}

/** Waits until the page's notebook search index is ready; returns its status. */
export async function searchReady(page: Page, timeout = 600_000): Promise<{ state: string; docs: number; source: string | null; readyMs: number | null }> {
  await page.waitForFunction(() => (window as unknown as { __dossierSearch?: SearchProbe }).__dossierSearch?.status().state === 'ready', undefined, { timeout, polling: 100 });
  return page.evaluate(() => (window as unknown as { __dossierSearch: SearchProbe }).__dossierSearch.status());
}

export type { SearchProbe };
