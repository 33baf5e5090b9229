import '../styles/actors.css';
import { registerPaletteProvider } from '../app/palette-providers';
import { navigate } from '../app/router';
import { searchActors } from '../db/actors';
import { ActorPage } from './ActorPage';
import { ActorsList } from './ActorsList';
import { ArticleSuggestions } from './ArticleSuggestions';

// Actors are found from the command palette by name or alias, wherever the user is.
registerPaletteProvider(async (query) =>
  (await searchActors(query, 5)).map((a) => ({ id: `actor:${a.id}`, group: 'Actors', title: a.name, subtitle: [a.kind, a.role].filter(Boolean).join(' · '), run: () => navigate('actors', a.id) })),
);

/**
 * #/actors (the list), #/actors/<id> (the actor page) and #/actors?article=<id> (the suggestions
 * for one article beside the list; the reader shows the same panel next to the article).
 */
export function ActorsView({ itemId, params }: { itemId: string | null; params: URLSearchParams }) {
  if (itemId) return <ActorPage key={itemId} id={itemId} />;
  const article = params.get('article');
  if (!article) return <ActorsList params={params} />;
  return (
    <div className="actors-with-suggestions">
      <aside className="actors-suggestions-panel" aria-label="Suggestions for the article">
        <ArticleSuggestions articleId={article} />
      </aside>
      <ActorsList params={params} />
    </div>
  );
}
