import type { MouseEvent } from 'react';
import { hrefFor } from '../../app/router';
import { useActorLive } from '../refs-context';

/** An @-mention: the actor's current name, linking to the actor's page. */
export function MentionChip({ actorId, name }: { actorId: string; name: string }) {
  const live = useActorLive(actorId);
  const shown = live.status === 'live' ? live.name : name;
  const href = hrefFor('actors', actorId);
  const open = (e: MouseEvent) => {
    e.preventDefault();
    window.location.hash = href;
  };
  return (
    <a
      className={`note-mention${live.status === 'gone' ? ' gone' : ''}`}
      href={href}
      onClick={open}
      data-actor-id={actorId}
      title={live.status === 'gone' ? 'This actor was deleted from the notebook' : `Open ${shown}`}
    >
      @{shown}
    </a>
  );
}
