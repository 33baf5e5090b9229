/**
 * Storage sizes as people read them: "0.1 MB used of 10 GB available", not "10240.1 MB". Binary
 * units (1 KB = 1024 bytes) as the browser's storage estimate and the system's disk tools count
 * them; one decimal below 10 of a unit, none from 10 up, and never "0.0" for something stored.
 */
const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

export function formatBytes(bytes: number | null): string {
  if (bytes === null || !Number.isFinite(bytes) || bytes < 0) return '?';
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${Math.round(bytes)} bytes`;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  // 1023.96 KB would round to "1024 KB": that is 1 MB.
  if (Math.round(value) >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = value < 10 ? (Math.round(value * 10) / 10).toString() : Math.round(value).toString();
  return `${shown} ${UNITS[unit]}`;
}

/** The storage line of Settings: "0.1 MB used of 10 GB available". */
export function storageUsage(usage: number | null, quota: number | null): string {
  // A little used data reads in MB at least, so a fresh notebook does not say "48 KB used of 10 GB".
  const used = usage !== null && usage > 0 && usage < 1024 * 1024 ? `${Math.max(0.1, Math.round((usage / 1024 / 1024) * 10) / 10)} MB` : formatBytes(usage);
  return `${used} used of ${formatBytes(quota)} available`;
}
