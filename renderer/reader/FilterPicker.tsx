import { useEffect, useId, useState } from 'react';
import type { FilterChoice } from '../db/reading';
import { searchFilterChoices, useFilterChoiceLabel } from './hooks';

/**
 * A filter over a set too large for a <select> (2,000 actors, 10,000 articles): a type-ahead
 * that asks the repository for at most a dozen matches per keystroke, and shows the choice as a
 * chip with a clear button once made.
 */
export function FilterPicker({ kind, label, value, onChange }: { kind: 'article' | 'actor'; label: string; value: string | undefined; onChange: (id: string | undefined) => void }) {
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  const [choices, setChoices] = useState<FilterChoice[]>([]);
  const [active, setActive] = useState(0);
  const chosen = useFilterChoiceLabel(kind, value);
  const listId = useId();

  useEffect(() => {
    if (!open) return;
    let stale = false;
    const t = setTimeout(() => {
      void searchFilterChoices(kind, typed).then(
        (found) => {
          if (!stale) {
            setChoices(found);
            setActive(0);
          }
        },
        () => undefined,
      );
    }, 80);
    return () => {
      stale = true;
      clearTimeout(t);
    };
  }, [kind, typed, open]);

  if (value) {
    return (
      <span className="filter-chip">
        {label}: {chosen.value ?? '…'}
        <button type="button" aria-label={`Clear the ${label.toLowerCase()} filter`} onClick={() => onChange(undefined)}>
          ×
        </button>
      </span>
    );
  }

  const pick = (choice: FilterChoice | undefined) => {
    if (!choice) return;
    onChange(choice.id);
    setTyped('');
    setOpen(false);
  };
  return (
    <span className="filter-picker">
      <input
        type="text"
        role="combobox"
        aria-label={label}
        aria-expanded={open && choices.length > 0}
        aria-controls={listId}
        placeholder={`Any ${label.toLowerCase()}`}
        value={typed}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(e) => {
          setTyped(e.target.value);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, choices.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter') pick(choices[active]);
          else if (e.key === 'Escape') setOpen(false);
          else return;
          e.preventDefault();
        }}
      />
      {open && choices.length > 0 ? (
        <ul id={listId} role="listbox" aria-label={`${label} choices`} className="filter-picker-list">
          {choices.map((c, i) => (
            <li key={c.id} role="option" aria-selected={i === active} className={i === active ? 'active' : undefined} onMouseDown={(e) => e.preventDefault()} onClick={() => pick(c)}>
              {c.label}
            </li>
          ))}
        </ul>
      ) : null}
    </span>
  );
}
