/**
 * `@` opens a type-ahead over actor names and aliases; choosing one inserts a mention, and the
 * last entry creates a new actor with what was typed.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption, type MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $createTextNode, $getNodeByKey, type LexicalEditor, type TextNode } from 'lexical';
import { newId } from '../../../shared/model/ids';
import { createActorNamed, searchActorsForMention, type ActorChoice } from '../../db/notes-lookup';
import { showError, showToast } from '../../app/toasts';
import { $createActorMentionNode, $isActorMentionNode } from '../nodes/ActorMentionNode';

class MentionOption extends MenuOption {
  constructor(
    readonly actor: ActorChoice | null,
    /** Set on the "Create actor" entry. */
    readonly createName: string | null,
  ) {
    super(actor ? `actor:${actor.id}` : `create:${createName}`);
  }
}

/** `@` then up to three words (names have spaces), at the start of a line or after a space or bracket. */
const MENTION_TRIGGER = /(^|[\s([{"“])(@((?:[^\s@]+(?: [^\s@]*){0,2})?))$/u;
const MAX_QUERY = 50;

export function mentionMatch(textBeforeCaret: string): MenuTextMatch | null {
  const m = MENTION_TRIGGER.exec(textBeforeCaret);
  if (!m) return null;
  const query = m[3] ?? '';
  if (query.length > MAX_QUERY) return null;
  return { leadOffset: m.index + (m[1]?.length ?? 0), matchingString: query, replaceableString: m[2] ?? '' };
}

export function MentionsPlugin() {
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState<string | null>(null);
  const [found, setFound] = useState<ActorChoice[]>([]);

  useEffect(() => {
    if (query === null) return;
    let stale = false;
    searchActorsForMention(query.trim(), 8).then(
      (list) => !stale && setFound(list),
      () => !stale && setFound([]),
    );
    return () => {
      stale = true;
    };
  }, [query]);

  const options = useMemo(() => {
    const list = found.map((a) => new MentionOption(a, null));
    const typed = (query ?? '').trim();
    const exact = found.some((a) => a.name.toLowerCase() === typed.toLowerCase());
    if (typed && !exact) list.push(new MentionOption(null, typed));
    return list;
  }, [found, query]);

  const insertMention = useCallback((actorId: string, name: string, textNode: TextNode | null) => {
    const mention = $createActorMentionNode(actorId, name);
    if (!textNode) return;
    textNode.replace(mention);
    const space = $createTextNode(' ');
    mention.insertAfter(space);
    space.select(1, 1);
  }, []);

  const onSelectOption = useCallback(
    (option: MentionOption, textNode: TextNode | null, closeMenu: () => void) => {
      if (option.actor) {
        const { id, name } = option.actor;
        editor.update(() => insertMention(id, name, textNode));
        closeMenu();
        return;
      }
      const name = option.createName ?? '';
      const id = newId();
      // The mention goes in at once; the actor is written meanwhile. If that fails the mention
      // turns back into the text that was typed, so nothing is lost.
      editor.update(() => insertMention(id, name, textNode));
      closeMenu();
      createActorNamed(name, id).then(
        () => showToast({ kind: 'info', message: `Created actor “${name}”.` }),
        (error: unknown) => {
          showError(error);
          const keys = mentionKeys(editor, id);
          editor.update(() => {
            for (const key of keys) {
              const node = $getNodeByKey(key);
              if ($isActorMentionNode(node)) node.replace($createTextNode(`@${name}`));
            }
          });
        },
      );
    },
    [editor, insertMention],
  );

  return (
    <LexicalTypeaheadMenuPlugin<MentionOption>
      onQueryChange={setQuery}
      onSelectOption={onSelectOption}
      triggerFn={mentionMatch}
      options={options}
      menuRenderFn={(anchor, { selectedIndex, selectOptionAndCleanUp, setHighlightedIndex }) =>
        anchor.current && options.length
          ? createPortal(
              <ul className="typeahead" role="listbox" aria-label="Mention an actor">
                {options.map((option, i) => (
                  <li
                    key={option.key}
                    ref={(el) => option.setRefElement(el)}
                    role="option"
                    aria-selected={selectedIndex === i}
                    className={selectedIndex === i ? 'typeahead-item active' : 'typeahead-item'}
                    onMouseEnter={() => setHighlightedIndex(i)}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => selectOptionAndCleanUp(option)}
                  >
                    {option.actor ? (
                      <>
                        <span className="typeahead-title">{option.actor.name}</span>
                        <span className="typeahead-meta">{option.actor.matchedAlias ? `also “${option.actor.matchedAlias}”` : option.actor.kind}</span>
                      </>
                    ) : (
                      <span className="typeahead-title">Create actor “{option.createName}”</span>
                    )}
                  </li>
                ))}
              </ul>,
              anchor.current,
            )
          : null
      }
    />
  );
}

/** Keys of the mention nodes pointing at an actor (read from the current state). */
function mentionKeys(editor: LexicalEditor, actorId: string): string[] {
  const keys: string[] = [];
  for (const [key, node] of editor.getEditorState()._nodeMap) {
    if ($isActorMentionNode(node) && node.__actorId === actorId) keys.push(key);
  }
  return keys;
}
