import { useLive } from '../app/hooks';
import { listDeleted } from '../db/recently-deleted';

/** Recently deleted, newest first, following every deletion and restore. */
export function useDeletedList() {
  return useLive(() => listDeleted(), []);
}
