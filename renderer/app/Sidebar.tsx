import { hrefFor } from './router';
import type { Section } from './sections';

export function Sidebar({ sections, current }: { sections: Section[]; current: string }) {
  return (
    <nav className="sidebar" aria-label="Sections">
      <div className="sidebar-brand">Dossier</div>
      <ul>
        {sections
          .filter((s) => s.inSidebar)
          .map((s, i) => (
            <li key={s.id}>
              <a href={hrefFor(s.id)} aria-current={s.id === current ? 'page' : undefined} title={`${s.label} (Ctrl+${i + 1})`}>
                {s.label}
              </a>
            </li>
          ))}
      </ul>
      <div className="sidebar-foot">
        <kbd>Ctrl</kbd>+<kbd>K</kbd> commands
      </div>
    </nav>
  );
}
