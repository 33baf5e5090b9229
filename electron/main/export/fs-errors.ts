import { ApiError } from '../../../shared/api';

/** Turns a Node file-system error into an ApiError whose message says what to try. */
export function toFsApiError(error: unknown, action: string): ApiError {
  if (error instanceof ApiError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new ApiError('disk-full', `Could not ${action}: the disk is full. Free some space and try again; files already written are complete.`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new ApiError('permission', `Could not ${action}: Dossier is not allowed to write there. Choose another folder or check its permissions.`);
    case 'ENOENT':
      return new ApiError('not-found', `Could not ${action}: the folder or file no longer exists. Choose it again.`);
    case 'ENAMETOOLONG':
      return new ApiError('permission', `Could not ${action}: the folder's path is too long for this system. Choose a folder with a shorter path.`);
    default:
      return new ApiError('internal', `Could not ${action} (${code ?? 'unknown error'}). Nothing already written was damaged; try again.`);
  }
}
