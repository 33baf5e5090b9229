import { useLive } from '../app/hooks';
import { countDeleted, listDeleted } from '../db/recently-deleted';

/** Recently deleted, newest first, following every deletion and restore. */
export function useDeletedList() {
  return useLive(() => listDeleted(), []);
}

/** How many entries there are (the list shows the newest thousand). */
export function useDeletedCount() {
  return useLive(() => countDeleted(), []);
}
