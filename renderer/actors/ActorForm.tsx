import { useState } from 'react';
import { ACTOR_KINDS, type Actor, type ActorKind } from '../../shared/model';
import { hrefFor } from '../app/router';
import { createActor, updateActor, type NewActor } from '../db/actors';
import { ActorTypeahead } from './ActorTypeahead';
import { useActor, useLikelyDuplicates } from './hooks';
import { ErrorText } from '../app/ErrorText';
import { Options } from '../app/Options';

const split = (s: string) => s.split(',').map((x) => x.trim()).filter(Boolean);

function formatDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * The actor card's form, for a new actor (`initial`) or an existing one (`actor`). Warns when the
 * name or an alias is already another actor's; what was typed stays in the form if saving fails.
 */
export function ActorForm({ actor, initial, onSaved, onCancel }: { actor?: Actor; initial?: NewActor; onSaved: (actor: Actor) => void; onCancel: () => void }) {
  const start = actor ?? initial;
  const [name, setName] = useState(start?.name ?? '');
  const [kind, setKind] = useState<ActorKind>(start?.kind ?? 'person');
  const [aliases, setAliases] = useState((start?.aliases ?? []).join(', '));
  const [role, setRole] = useState(start?.role ?? '');
  const [affiliationId, setAffiliationId] = useState<string | null>(start?.affiliationId ?? null);
  const [description, setDescription] = useState(start?.description ?? '');
  const [tags, setTags] = useState((start?.tags ?? []).join(', '));
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const duplicates = useLikelyDuplicates(name, split(aliases), actor?.id);
  const affiliation = useActor(affiliationId).value;

  const save = async () => {
    setSaving(true);
    setError(null);
    const fields = { name, kind, aliases: split(aliases), role: role.trim() || null, affiliationId, description, tags: split(tags) };
    try {
      onSaved(actor ? await updateActor(actor.id, fields) : await createActor(fields));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="actor-form"
      aria-label={actor ? `Edit ${actor.name}` : 'New actor'}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
        if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') void save();
      }}
    >
      <label>
        Name
        <input type="text" value={name} autoFocus required onChange={(e) => setName(e.target.value)} />
      </label>
      {duplicates.length ? (
        <p className="actor-duplicate" role="status">
          Possibly the same as{' '}
          {duplicates.map((d, i) => (
            <span key={d.id}>
              {i ? ', ' : ''}
              <a href={hrefFor('actors', d.id)}>{d.name}</a> ({d.kind})
            </span>
          ))}
          . You can still save, or merge them later.
        </p>
      ) : null}
      <label>
        Kind
        <select value={kind} onChange={(e) => setKind(e.target.value as ActorKind)}>
          <Options values={ACTOR_KINDS} />
        </select>
      </label>
      <label>
        Aliases <span className="hint">(comma-separated: “Mr Roe, the Treasury chief”)</span>
        <input type="text" value={aliases} onChange={(e) => setAliases(e.target.value)} />
      </label>
      <label>
        Role or title
        <input type="text" value={role} onChange={(e) => setRole(e.target.value)} />
      </label>
      <div className="actor-form-affiliation">
        <span>Affiliation</span>
        {affiliationId ? (
          <span>
            {affiliation?.name ?? '…'}{' '}
            <button type="button" onClick={() => setAffiliationId(null)}>
              Remove affiliation
            </button>
          </span>
        ) : (
          <ActorTypeahead label="Affiliation" placeholder="Type an organisation…" excludeIds={actor ? [actor.id] : []} onPick={(a) => setAffiliationId(a.id)} />
        )}
      </div>
      <label>
        Description
        <textarea value={description} onChange={(e) => setDescription(e.target.value)} rows={3} />
      </label>
      <label>
        Tags <span className="hint">(comma-separated)</span>
        <input type="text" value={tags} onChange={(e) => setTags(e.target.value)} />
      </label>
      {actor ? (
        <p className="meta">
          Created {formatDate(actor.createdAt)} · updated {formatDate(actor.updatedAt)}
        </p>
      ) : null}
      <ErrorText error={error} />
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={saving || !name.trim()}>
          {actor ? 'Save actor' : 'Create actor'} <kbd>Ctrl+Enter</kbd>
        </button>
      </div>
    </form>
  );
}
