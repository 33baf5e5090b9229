/** Placeholder until the export feature lands: save an actor's page as Markdown. The actor page renders it. */
export function ActorExportButton(_props: { actorId: string }) {
  return null;
}
