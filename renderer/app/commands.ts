import { useEffect, useSyncExternalStore } from 'react';

/** An action reachable from the command palette (and, with `shortcut`, from the keyboard). */
export interface Command {
  id: string;
  title: string;
  /** Group shown in the palette: Go, Clip, Article, Note... */
  group: string;
  /** Display form, e.g. "Ctrl+K"; the key handling lives with whoever registers it. */
  shortcut?: string;
  run: () => void;
}

const commands = new Map<string, Command>();
let version = 0;
let cached: Command[] = [];
const listeners = new Set<() => void>();

function changed(): void {
  version++;
  for (const l of listeners) l();
}

export function registerCommands(list: Command[]): () => void {
  for (const c of list) commands.set(c.id, c);
  changed();
  return () => {
    for (const c of list) if (commands.get(c.id) === c) commands.delete(c.id);
    changed();
  };
}

let cachedVersion = -1;
export function allCommands(): Command[] {
  if (cachedVersion !== version) {
    cached = [...commands.values()];
    cachedVersion = version;
  }
  return cached;
}

export function useCommandList(): Command[] {
  return useSyncExternalStore(
    (cb) => {
      listeners.add(cb);
      return () => listeners.delete(cb);
    },
    allCommands,
  );
}

/** Registers commands while a component is mounted. Pass a stable list (useMemo). */
export function useCommands(list: Command[]): void {
  useEffect(() => registerCommands(list), [list]);
}
