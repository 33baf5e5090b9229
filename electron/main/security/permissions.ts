/**
 * Dossier needs no browser permission: camera, geolocation, notifications, clipboard-read and
 * the rest are all refused. Clipboard writes from a user gesture do not go through this check.
 */
export function decidePermission(_permission: string): boolean {
  return false;
}
