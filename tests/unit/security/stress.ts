/**
 * Run counts for the property tests of the security suite: the documented count in `npm test`,
 * a bigger nightly-sized count with DOSSIER_STRESS=1 (`npm run test:stress`). Same code, bigger numbers.
 */
export const STRESS = process.env['DOSSIER_STRESS'] === '1';

/** `stress` runs under test:stress; `everyday` in `npm test`. */
export function runs(stress: number, everyday: number): number {
  return STRESS ? stress : everyday;
}
