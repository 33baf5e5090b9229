import { useId, useState } from 'react';
import type { Actor } from '../../shared/model';
import { useActorSearch } from './hooks';

export interface TypeaheadProps {
  label: string;
  placeholder?: string;
  /** Called with the chosen actor. */
  onPick: (actor: Actor) => void;
  /** When given, the list ends with "Create “typed”" and this is called with the typed words. */
  onCreate?: (name: string) => void;
  excludeIds?: readonly string[];
  initial?: string;
  autoFocus?: boolean;
}

/** A combobox over actor names and aliases (case and diacritics ignored), keyboard first. */
export function ActorTypeahead({ label, placeholder, onPick, onCreate, excludeIds = [], initial = '', autoFocus }: TypeaheadProps) {
  const [typed, setTyped] = useState(initial);
  const [active, setActive] = useState(0);
  const listId = useId();
  const found = useActorSearch(typed, 8).filter((a) => !excludeIds.includes(a.id));
  const create = onCreate && typed.trim() ? typed.trim() : null;
  const count = found.length + (create ? 1 : 0);
  const choose = (i: number) => {
    if (i < found.length) onPick(found[i]!);
    else if (create && onCreate) onCreate(create);
    else return;
    setTyped('');
    setActive(0);
  };
  return (
    <div className="typeahead">
      <input
        type="search"
        role="combobox"
        aria-label={label}
        aria-expanded={count > 0}
        aria-controls={listId}
        aria-activedescendant={count ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        autoFocus={autoFocus}
        value={typed}
        onChange={(e) => {
          setTyped(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(count - 1, a + 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(0, a - 1));
          } else if (e.key === 'Enter' && count) {
            e.preventDefault();
            choose(Math.min(active, count - 1));
          }
        }}
      />
      {typed.trim() && count > 0 ? (
        <ul className="typeahead-list" role="listbox" id={listId} aria-label={`${label}: matches`}>
          {found.map((a, i) => (
            <li key={a.id} id={`${listId}-${i}`} role="option" aria-selected={i === active} className={i === active ? 'active' : ''} onMouseDown={(e) => e.preventDefault()} onClick={() => choose(i)}>
              <span className="typeahead-name">{a.name}</span>
              <span className="meta">
                {a.kind}
                {a.aliases.length ? ` · ${a.aliases.join(', ')}` : ''}
                {a.role ? ` · ${a.role}` : ''}
              </span>
            </li>
          ))}
          {create ? (
            <li id={`${listId}-${found.length}`} role="option" aria-selected={active === found.length} className={active === found.length ? 'active' : ''} onMouseDown={(e) => e.preventDefault()} onClick={() => choose(found.length)}>
              Create actor “{create}”
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
