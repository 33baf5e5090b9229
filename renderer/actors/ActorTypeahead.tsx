import { useId, useState, type MouseEvent } from 'react';
import type { Actor } from '../../shared/model';
import { useActorSearch } from './hooks';
import { matchSuggestedNames, type SuggestedName } from './suggested-names';

export interface TypeaheadProps {
  label: string;
  placeholder?: string;
  /** Called with the chosen actor. */
  onPick: (actor: Actor) => void;
  /**
   * Names the article's suggestions found that are not in the notebook yet (useSuggestedNames):
   * offered after the notebook's actors, as “Name (suggested)”; this is called with the one chosen.
   */
  suggested?: readonly SuggestedName[];
  onPickSuggested?: (name: SuggestedName) => void;
  /** When given, the list ends with "Create “typed”" and this is called with the typed words. */
  onCreate?: (name: string) => void;
  excludeIds?: readonly string[];
  initial?: string;
  autoFocus?: boolean;
}

/**
 * A combobox over actor names and aliases (case and diacritics ignored), keyboard first. Enter
 * takes the highlighted option; "Create actor" is highlighted only when the user moves to it (↓),
 * so Enter on words that match nothing does not make an actor by surprise.
 */
export function ActorTypeahead({ label, placeholder, onPick, suggested = [], onPickSuggested, onCreate, excludeIds = [], initial = '', autoFocus }: TypeaheadProps) {
  const [typed, setTyped] = useState(initial);
  const [active, setActive] = useState(0);
  // The user moved through the list (arrow keys): only then may "Create actor" be the highlighted one.
  const [moved, setMoved] = useState(false);
  const listId = useId();
  const found = useActorSearch(typed, 8).filter((a) => !excludeIds.includes(a.id));
  const names = onPickSuggested ? matchSuggestedNames(typed, suggested, found.map((a) => a.name)) : [];
  const matches = found.length + names.length;
  const create = onCreate && typed.trim() ? typed.trim() : null;
  const count = matches + (create ? 1 : 0);
  const at = Math.min(active, count - 1);
  // The highlighted option: -1 for none (only "Create actor" is listed and the user has not moved to it).
  const current = count === 0 ? -1 : at < matches || moved ? at : matches - 1;
  const choose = (i: number) => {
    if (i < 0) return;
    if (i < found.length) onPick(found[i]!);
    else if (i < matches && onPickSuggested) onPickSuggested(names[i - found.length]!);
    else if (create && onCreate) onCreate(create);
    else return;
    setTyped('');
    setActive(0);
    setMoved(false);
  };
  const option = (i: number) => ({
    id: `${listId}-${i}`,
    role: 'option',
    'aria-selected': i === current,
    className: i === current ? 'active' : '',
    onMouseDown: (e: MouseEvent) => e.preventDefault(),
    onClick: () => choose(i),
  });
  return (
    <div className="typeahead">
      <input
        type="search"
        role="combobox"
        aria-label={label}
        aria-expanded={count > 0}
        aria-controls={listId}
        aria-activedescendant={current >= 0 ? `${listId}-${current}` : undefined}
        placeholder={placeholder}
        autoFocus={autoFocus}
        value={typed}
        onChange={(e) => {
          setTyped(e.target.value);
          setActive(0);
          setMoved(false);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setMoved(true);
            setActive(current < 0 ? 0 : Math.min(count - 1, current + 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setMoved(true);
            setActive(Math.max(0, current - 1));
          } else if (e.key === 'Enter' && count) {
            e.preventDefault();
            choose(current);
          }
        }}
      />
      {typed.trim() && count > 0 ? (
        <ul className="typeahead-list" role="listbox" id={listId} aria-label={`${label}: matches`}>
          {found.map((a, i) => (
            <li key={a.id} {...option(i)}>
              <span className="typeahead-name">{a.name}</span>
              <span className="meta">
                {a.kind}
                {a.aliases.length ? ` · ${a.aliases.join(', ')}` : ''}
                {a.role ? ` · ${a.role}` : ''}
              </span>
            </li>
          ))}
          {names.map((n, i) => (
            <li key={`suggested:${n.proposal.name}`} {...option(found.length + i)}>
              <span className="typeahead-name">{n.proposal.name} (suggested)</span>
              <span className="meta">{[n.proposal.kind, n.proposal.role, 'found in the article'].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
          {create ? (
            <li {...option(matches)}>
              Create actor “{create}”
              {current !== matches ? <span className="meta"> · ↓ then Enter</span> : null}
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}
