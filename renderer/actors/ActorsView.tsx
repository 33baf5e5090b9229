import '../styles/actors.css';
import { registerPaletteProvider } from '../app/palette-providers';
import { navigate } from '../app/router';
import { searchActors } from '../db/actors';
import { ActorPage } from './ActorPage';
import { ActorsList } from './ActorsList';

// Actors are found from the command palette by name or alias, wherever the user is.
registerPaletteProvider(async (query) =>
  (await searchActors(query, 5)).map((a) => ({
    id: `actor:${a.id}`,
    group: 'Actors',
    title: a.name,
    subtitle: [a.kind, a.role, a.aliases.length ? `also ${a.aliases.join(', ')}` : null].filter(Boolean).join(' · '),
    // Notebook search lists actors too: the palette shows each actor once.
    target: `actor:${a.id}`,
    run: () => navigate('actors', a.id),
  })),
);

/** #/actors (the list, ?kind= and ?tag= filter it) and #/actors/<id> (the actor page). */
export function ActorsView({ itemId, params }: { itemId: string | null; params: URLSearchParams }) {
  return itemId ? <ActorPage key={itemId} id={itemId} /> : <ActorsList params={params} />;
}
