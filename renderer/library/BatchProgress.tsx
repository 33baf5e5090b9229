import { cancelBatch, dismissBatch, useBatch } from './batch';

/** Progress of a many-file clip, with Cancel; afterwards, what was saved and what failed and why. */
export function BatchProgress() {
  const batch = useBatch();
  if (!batch) return null;
  return (
    <div className="batch-progress" role="status" aria-label="Clipping progress">
      {batch.running ? (
        <>
          <span>
            Clipping {Math.min(batch.done + 1, batch.total)} of {batch.total}
            {batch.current ? `: ${batch.current}` : ''}…
          </span>
          <progress max={batch.total} value={batch.done} aria-label="Files clipped" />
          <button type="button" onClick={cancelBatch}>
            Cancel
          </button>
        </>
      ) : (
        <>
          <span>
            {batch.cancelled ? 'Cancelled. ' : ''}Clipped {batch.saved} of {batch.total} files.
            {batch.failures.length ? ` ${batch.failures.length} could not be clipped:` : ''}
          </span>
          <button type="button" onClick={dismissBatch}>
            Dismiss
          </button>
          {batch.failures.length ? (
            <ul className="batch-failures">
              {batch.failures.map((f, i) => (
                <li key={i}>
                  <strong>{f.name}</strong>: {f.message}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      )}
    </div>
  );
}
