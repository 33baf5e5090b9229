/** What went wrong in a form or dialog, announced to screen readers; nothing when there is no error. */
export function ErrorText({ error }: { error: string | null | undefined }) {
  return error ? (
    <p role="alert" className="error-text">
      {error}
    </p>
  ) : null;
}
