import { whenIdle } from '../app/idle';
import { purgeOldDeleted } from '../db/recently-deleted';

let started = false;

/**
 * Once the window is idle after it opens, removes the Recently deleted entries older than 30 days,
 * quietly (a failure leaves them for the next start). Called once by the shell.
 */
export function startTrashFeature(): void {
  if (started) return;
  started = true;
  whenIdle(() => void purgeOldDeleted().catch(() => undefined), 3000, 1000);
}
