import { defineConfig } from 'vitest/config';

// Unit tests run in Node. Code under test that needs a DOM is handed one explicitly
// (linkedom or jsdom), the same way the app hands it Chromium's.
export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'threads',
  },
});
