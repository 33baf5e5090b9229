import { useMemo } from 'react';
import { useCommands, type Command } from '../app/commands';
import { showError, showToast } from '../app/toasts';
import { saveActorAsMarkdown } from './actions';

async function save(actorId: string): Promise<void> {
  try {
    const name = await saveActorAsMarkdown(actorId);
    if (name) showToast({ kind: 'info', message: `Saved “${name}”.` });
  } catch (error) {
    showError(error);
  }
}

/** Save an actor's page (details, quotes with their sources, articles, notes) as a Markdown file. */
export function ActorExportButton({ actorId }: { actorId: string }) {
  const commands = useMemo<Command[]>(() => [{ id: 'actor.saveMarkdown', group: 'Actor', title: 'Save actor as Markdown file…', run: () => void save(actorId) }], [actorId]);
  useCommands(commands);
  return (
    <button type="button" onClick={() => void save(actorId)} title="Save this actor’s page as a Markdown file">
      Save .md…
    </button>
  );
}
