/**
 * `@` opens a type-ahead over actor names and aliases; after them come the names the suggestions
 * of the note's article (and of the articles it quotes) found that are not actors yet ("Piet Olden
 * (suggested)": choosing one accepts that suggestion), and last "Create actor" with what was typed.
 * Enter takes "Create actor" only once the user has moved to it with the arrow keys.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { LexicalTypeaheadMenuPlugin, MenuOption, type MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { $createTextNode, $getNodeByKey, COMMAND_PRIORITY_NORMAL, KEY_ARROW_DOWN_COMMAND, KEY_ARROW_UP_COMMAND, mergeRegister, type LexicalEditor, type TextNode } from 'lexical';
import { newId } from '../../../shared/model/ids';
import { createActorNamed, searchActorsForMention, type ActorChoice } from '../../db/notes-lookup';
import { showError, showToast } from '../../app/toasts';
import { $createActorMentionNode, $isActorMentionNode } from '../nodes/ActorMentionNode';
import { $isQuoteNode } from '../nodes/QuoteNode';
import { useSuggestedNames } from '../../actors/hooks';
import { acceptActor } from '../../actors/suggestion-actions';
import { matchSuggestedNames, type SuggestedName } from '../../actors/suggested-names';

class MentionOption extends MenuOption {
  constructor(
    readonly actor: ActorChoice | null,
    /** Set on the "Create actor" entry. */
    readonly createName: string | null,
    /** Set on a name the suggestions found. */
    readonly suggested: SuggestedName | null = null,
  ) {
    super(actor ? `actor:${actor.id}` : suggested ? `suggested:${suggested.proposal.name}` : `create:${createName}`);
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

/** The note's own article and the articles of the quotes in it, whose suggested names are offered. */
function sourceArticles(editor: LexicalEditor, articleId: string | null): string[] {
  const ids = new Set<string>(articleId ? [articleId] : []);
  for (const node of editor.getEditorState()._nodeMap.values()) if ($isQuoteNode(node)) ids.add(node.__articleId);
  return [...ids];
}

export function MentionsPlugin({ articleId = null }: { articleId?: string | null }) {
  const [editor] = useLexicalComposerContext();
  const [query, setQuery] = useState<string | null>(null);
  const [found, setFound] = useState<ActorChoice[]>([]);
  // Read when the type-ahead opens: the quotes in the note then.
  const [articles, setArticles] = useState<string[]>([]);
  const open = query !== null;
  useEffect(() => {
    if (open) setArticles(sourceArticles(editor, articleId));
  }, [open, editor, articleId]);
  const suggested = useSuggestedNames(articles);
  // Whether the user moved through the list with the arrow keys since the query last changed:
  // only then may Enter (or Tab) take "Create actor".
  const moved = useRef(false);
  const [, setMovedShown] = useState(false);
  useEffect(() => {
    moved.current = false;
    setMovedShown(false);
  }, [query]);
  useEffect(() => {
    const onArrow = () => {
      moved.current = true;
      setMovedShown(true);
      return false; // the type-ahead menu still moves the highlight
    };
    return mergeRegister(editor.registerCommand(KEY_ARROW_DOWN_COMMAND, onArrow, COMMAND_PRIORITY_NORMAL), editor.registerCommand(KEY_ARROW_UP_COMMAND, onArrow, COMMAND_PRIORITY_NORMAL));
  }, [editor]);

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
    const typed = (query ?? '').trim();
    const names = matchSuggestedNames(typed, suggested, found.map((a) => a.name));
    const list = [...found.map((a) => new MentionOption(a, null)), ...names.map((n) => new MentionOption(null, null, n))];
    const exact = [...found.map((a) => a.name), ...names.map((n) => n.proposal.name)].some((name) => name.toLowerCase() === typed.toLowerCase());
    if (typed && !exact) list.push(new MentionOption(null, typed));
    return list;
  }, [found, query, suggested]);
  /** "Create actor" counts as highlighted only when the user moved to it. */
  const shownSelected = (option: MentionOption, highlighted: boolean) => highlighted && (option.createName === null || moved.current);

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
      if (option.suggested) {
        const { articleId: from, proposal } = option.suggested;
        const id = newId();
        editor.update(() => insertMention(id, proposal.name, textNode));
        closeMenu();
        // The card is the suggestion's (kind, role, aliases); when one of that name exists after all,
        // the mention points at it instead.
        acceptActor(from, proposal, id).then(
          (actor) => {
            if (actor.id === id) showToast({ kind: 'info', message: `Created actor “${actor.name}”.` });
            else replaceMentions(editor, id, () => $createActorMentionNode(actor.id, actor.name));
          },
          (error: unknown) => {
            showError(error);
            replaceMentions(editor, id, () => $createTextNode(`@${proposal.name}`));
          },
        );
        return;
      }
      // Enter (or Tab) on "Create actor" before the user moved to it: nothing, the list stays open.
      if (!moved.current) return;
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
          replaceMentions(editor, id, () => $createTextNode(`@${name}`));
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
                    aria-selected={shownSelected(option, selectedIndex === i)}
                    className={shownSelected(option, selectedIndex === i) ? 'typeahead-item active' : 'typeahead-item'}
                    onMouseEnter={() => setHighlightedIndex(i)}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => {
                      moved.current = true; // a click chooses as surely as the arrow keys
                      selectOptionAndCleanUp(option);
                    }}
                  >
                    {option.actor ? (
                      <>
                        <span className="typeahead-title">{option.actor.name}</span>
                        <span className="typeahead-meta">{option.actor.matchedAlias ? `also “${option.actor.matchedAlias}”` : option.actor.kind}</span>
                      </>
                    ) : option.suggested ? (
                      <>
                        <span className="typeahead-title">{option.suggested.proposal.name} (suggested)</span>
                        <span className="typeahead-meta">{[option.suggested.proposal.kind, option.suggested.proposal.role].filter(Boolean).join(' · ')}</span>
                      </>
                    ) : (
                      <>
                        <span className="typeahead-title">Create actor “{option.createName}”</span>
                        {shownSelected(option, selectedIndex === i) ? null : <span className="typeahead-meta">↓ then Enter</span>}
                      </>
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

/** Replaces the mentions pointing at an actor id (one the write did not keep) with what `make` makes. */
function replaceMentions(editor: LexicalEditor, actorId: string, make: () => ReturnType<typeof $createTextNode> | ReturnType<typeof $createActorMentionNode>): void {
  const keys = mentionKeys(editor, actorId);
  editor.update(() => {
    for (const key of keys) {
      const node = $getNodeByKey(key);
      if ($isActorMentionNode(node)) node.replace(make());
    }
  });
}

/** Keys of the mention nodes pointing at an actor (read from the current state). */
function mentionKeys(editor: LexicalEditor, actorId: string): string[] {
  const keys: string[] = [];
  for (const [key, node] of editor.getEditorState()._nodeMap) {
    if ($isActorMentionNode(node) && node.__actorId === actorId) keys.push(key);
  }
  return keys;
}
