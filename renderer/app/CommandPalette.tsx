import { useEffect, useMemo, useRef, useState } from 'react';
import { useCommandList } from './commands';
import { useModal } from './modal';
import { matchScore, mergeProviderResults, paletteProviders, STRONG_MATCH, usePaletteResultsRevision, type PaletteItem } from './palette-providers';

/**
 * Ctrl/Cmd+K: every action and every search result, keyboard only. Each opening starts empty;
 * closing it gives the keyboard back to what had it (unless the chosen item moved it).
 */
export function CommandPalette({ open, onClose }: { open: boolean; onClose: () => void }) {
  return open ? <Palette onClose={onClose} /> : null;
}

function Palette({ onClose }: { onClose: () => void }) {
  const commands = useCommandList();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<PaletteItem[]>([]);
  // Once the user moves the selection it is an item, not a position: search results arriving
  // late do not move it to another item. Until then it is the top item.
  const [activeId, setActiveId] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  useModal(rootRef, onClose);
  const revision = usePaletteResultsRevision();

  useEffect(() => {
    queueMicrotask(() => inputRef.current?.focus());
  }, []);

  useEffect(() => {
    if (!query.trim()) {
      setFound([]);
      return;
    }
    let stale = false;
    void Promise.all(paletteProviders().map((p) => p(query).catch(() => [] as PaletteItem[]))).then((lists) => {
      if (!stale) setFound(mergeProviderResults(lists));
    });
    return () => {
      stale = true;
    };
  }, [query, revision]);

  const items = useMemo(() => {
    const scored = commands
      .map((c) => ({ c, s: matchScore(`${c.group} ${c.title}`, query) }))
      .filter((x) => x.s >= 0)
      .sort((a, b) => b.s - a.s);
    const asItem = ({ c }: { c: (typeof commands)[number] }): PaletteItem => ({ id: `cmd:${c.id}`, group: 'Commands', title: c.title, subtitle: c.group, shortcut: c.shortcut, run: c.run });
    // A command whose title contains the typed words is what the user asked for: it comes first,
    // so Enter runs it even when notebook search also matches. Loose (subsequence) command
    // matches come after the search results.
    const strong = scored.filter((x) => x.s >= STRONG_MATCH).map(asItem);
    const loose = scored.filter((x) => x.s < STRONG_MATCH).map(asItem);
    return [...strong, ...found, ...loose].slice(0, 60);
  }, [commands, found, query]);

  const selected = items.findIndex((item) => item.id === activeId);
  const active = selected >= 0 ? selected : 0;

  const runItem = (item: PaletteItem | undefined) => {
    if (!item) return;
    onClose();
    item.run();
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActiveId(items[Math.min(active + 1, items.length - 1)]?.id ?? null);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActiveId(items[Math.max(active - 1, 0)]?.id ?? null);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      runItem(items[active]);
    }
  };

  let lastGroup = '';
  return (
    <div className="palette-backdrop" onMouseDown={onClose}>
      <div ref={rootRef} className="palette" role="dialog" aria-label="Command palette" aria-modal="true" tabIndex={-1} onMouseDown={(e) => e.stopPropagation()}>
        <input
          ref={inputRef}
          className="palette-input"
          placeholder="Search the notebook or type a command…"
          aria-label="Search the notebook or type a command"
          value={query}
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-list"
          aria-activedescendant={items[active] ? `palette-${active}` : undefined}
          onChange={(e) => {
            setQuery(e.target.value);
            setActiveId(null);
          }}
          onKeyDown={onKeyDown}
        />
        <ul id="palette-list" className="palette-list" role="listbox">
          {items.length === 0 ? <li className="palette-empty">Nothing matches “{query}”.</li> : null}
          {items.map((item, i) => {
            const header = item.group !== lastGroup ? item.group : null;
            lastGroup = item.group;
            return (
              <li key={item.id} role="presentation">
                {header ? <div className="palette-group">{header}</div> : null}
                <div
                  id={`palette-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className={i === active ? 'palette-item active' : 'palette-item'}
                  onMouseEnter={() => setActiveId(item.id)}
                  onClick={() => runItem(item)}
                >
                  <span className="palette-title">{item.title}</span>
                  {item.subtitle ? <span className="palette-subtitle">{item.subtitle}</span> : null}
                  {item.shortcut ? <kbd>{item.shortcut}</kbd> : null}
                </div>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
