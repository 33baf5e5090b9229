import { describe, expect, it } from 'vitest';
import { formatBytes, storageUsage } from './storage-size';

const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;

describe('storage sizes', () => {
  it('picks the unit that reads best, with one decimal below 10', () => {
    expect(formatBytes(0)).toBe('0 bytes');
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(900)).toBe('900 bytes');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(250 * KB)).toBe('250 KB');
    expect(formatBytes(1023.96 * KB)).toBe('1 MB');
    expect(formatBytes(3.25 * MB)).toBe('3.3 MB');
    expect(formatBytes(10240.1 * MB)).toBe('10 GB');
    expect(formatBytes(123.4 * GB)).toBe('123 GB');
    expect(formatBytes(2.5 * 1024 * GB)).toBe('2.5 TB');
    expect(formatBytes(null)).toBe('?');
    expect(formatBytes(Number.NaN)).toBe('?');
  });

  it('says how much is used of what is available', () => {
    expect(storageUsage(0.1 * MB, 10240.1 * MB)).toBe('0.1 MB used of 10 GB available');
    expect(storageUsage(20 * KB, 10 * GB)).toBe('0.1 MB used of 10 GB available');
    expect(storageUsage(0, 10 * GB)).toBe('0 bytes used of 10 GB available');
    expect(storageUsage(56.7 * MB, 300 * GB)).toBe('57 MB used of 300 GB available');
    expect(storageUsage(null, null)).toBe('? used of ? available');
  });
});
