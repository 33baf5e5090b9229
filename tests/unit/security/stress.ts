/**
 * Run counts for the property tests of the security suite: the documented default in `npm test`,
 * the full nightly-sized count with DOSSIER_STRESS=1 (`npm run test:stress`). Same code, bigger numbers.
 */
export const STRESS = process.env['DOSSIER_STRESS'] === '1';

/** `full` runs under test:stress; `quick` in the everyday suite (use `full` when it is fast enough). */
export function runs(full: number, quick: number = full): number {
  return STRESS ? full : quick;
}
