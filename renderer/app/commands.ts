import { useEffect } from 'react';
import { createStore, useStore } from './store';

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
/** The registered commands as a list, made again on every change (the palette reads it often). */
const list = createStore<Command[]>([]);

function changed(): void {
  list.set([...commands.values()]);
}

export function registerCommands(list: Command[]): () => void {
  for (const c of list) commands.set(c.id, c);
  changed();
  return () => {
    for (const c of list) if (commands.get(c.id) === c) commands.delete(c.id);
    changed();
  };
}

export function allCommands(): Command[] {
  return list.get();
}

export function useCommandList(): Command[] {
  return useStore(list);
}

/** Registers commands while a component is mounted. Pass a stable list (useMemo). */
export function useCommands(list: Command[]): void {
  useEffect(() => registerCommands(list), [list]);
}
