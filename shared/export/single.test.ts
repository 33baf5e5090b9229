import { describe, expect, it } from 'vitest';
import { fixtureNotebook } from '../../tests/fixtures/export/notebook';
import { standaloneActorMarkdown, standaloneNoteMarkdown } from './single';

const nb = fixtureNotebook();
const note = nb.notes.find((n) => n.id === 'note-ferry')!;
const data = { note, actors: nb.actors, articles: nb.articles, quotes: nb.quotes };

describe('one note on its own', () => {
  it('for the clipboard: title and body, no front matter; links use export names', () => {
    const text = standaloneNoteMarkdown(data, 'wikilink', { frontMatter: false });
    expect(text.startsWith('# Ferry: who decides?\n\n## Open questions\n')).toBe(true);
    expect(text).toContain('Does [[Actors/Mara Quist|Mara Quist]] have the votes');
    expect(text).toContain('[[Articles/Harbour council keeps night ferry “we will not sell”#^q-q1a2b3c4|highlight]]');
    expect(text).toContain('- [x] Call [[Actors/Ilse Brandt|Ilse Brandt]]');
  });

  it('as a .md file: with front matter, and mentions by the chosen style', () => {
    const text = standaloneNoteMarkdown(data, 'plain', { frontMatter: true });
    expect(text.startsWith('---\ntitle: "Ferry: who decides?"\n')).toBe(true);
    expect(text).toContain('Does Mara Quist have the votes');
  });
});

describe('one actor on its own', () => {
  it('front matter, quotes linking to their blocks, the articles linked to the actor', () => {
    const actor = nb.actors.find((a) => a.id === 'act-quist')!;
    const text = standaloneActorMarkdown({
      actor,
      actors: nb.actors,
      quotes: nb.quotes.filter((q) => q.speakerId === actor.id),
      articles: nb.articles,
      linkedArticleIds: new Set(['art-ferry']),
      notes: [{ id: 'note-ferry', title: 'Ferry: who decides?' }],
    });
    expect(text).toContain('kind: person\naliases:\n  - M. Quist\nrole: Chair, transport committee\naffiliation: "[[Actors/Port Alder Harbour Council|Port Alder Harbour Council]]"');
    expect(text).toContain('> — [[Articles/Harbour council keeps night ferry “we will not sell”#^q-q1a2b3c4|Harbour council keeps night ferry: “we will not sell”]], Alder Gazette, 2026-03-10');
    expect(text).toContain('## Articles\n\n- [[Articles/Harbour council keeps night ferry “we will not sell”|');
    expect(text).toContain('## Notes\n\n- [[Notes/Ferry who decides|Ferry: who decides?]]');
  });
});
