import { describe, expect, it } from 'vitest';
import { fixtureNotebook } from '../../tests/fixtures/export/notebook';
import { actorMarkdown, noteMarkdown } from './documents';
import { planExport } from './notebook';
import { actorFileInputs, notePageJob, pageContext, pageMaker } from './pages';
import { MENTION_STYLES } from './note-markdown';

function planned() {
  const data = fixtureNotebook();
  const noteHeads = data.notes.map(({ id, title, actorIds }) => ({ id, title, actorIds }));
  const plan = planExport({ ...data, noteHeads, imageHeads: data.images }, null, 'now');
  return { data, noteHeads, plan };
}

describe('actor and note files made from a page context (as on a worker thread)', () => {
  it('are the files made with the whole plan, after the context and jobs went through structuredClone', () => {
    const { data, noteHeads, plan } = planned();
    const inputOf = actorFileInputs({ quotes: data.quotes, articles: data.articles, noteHeads });
    expect(data.actors.length).toBeGreaterThan(3);
    for (const mentionStyle of MENTION_STYLES) {
      const make = pageMaker(structuredClone(pageContext({ ...data, noteHeads }, plan, mentionStyle)));
      for (const actor of data.actors) expect(make(structuredClone({ kind: 'actor', actorId: actor.id })), actor.name).toBe(actorMarkdown(inputOf(actor), plan.links));
      for (const note of data.notes) {
        expect(make(structuredClone(notePageJob(note))), `${note.title} (${mentionStyle})`).toBe(noteMarkdown(note, plan.notePaths.get(note.id)!, plan.links, mentionStyle));
      }
    }
  });

  it('carry only what links show: no selectors, bodies or editor states', () => {
    const { data, noteHeads, plan } = planned();
    const context = pageContext({ ...data, noteHeads }, plan, 'wikilink');
    expect(Object.keys(context.quotes[0]!).sort()).toEqual(['articleId', 'id', 'speakerId', 'text']);
    expect(Object.keys(context.articles[0]!).sort()).toEqual(['actorIds', 'id', 'publishedAt', 'siteName', 'title', 'url']);
    // A note job is the note's exported fields, not its lists of quotes and actors or anything else of the row.
    const job = notePageJob(data.notes[0]!);
    expect(job.kind === 'note' && Object.keys(job.note).sort()).toEqual(['articleId', 'createdAt', 'editorState', 'id', 'text', 'title', 'updatedAt']);
  });

  it('refuse an actor or a note the export does not have, saying which', () => {
    const { data, noteHeads, plan } = planned();
    const make = pageMaker(pageContext({ ...data, noteHeads }, plan, 'wikilink'));
    expect(() => make({ kind: 'actor', actorId: 'act-nobody' })).toThrow('The actor act-nobody is not in this export.');
    expect(() => make(notePageJob({ ...data.notes[0]!, id: 'note-nobody' }))).toThrow('The note note-nobody is not in this export.');
  });
});
