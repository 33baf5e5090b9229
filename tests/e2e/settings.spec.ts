import { test, expect } from '../helpers/fixtures';
import { appReady } from '../helpers/app-ready';

test('Settings has its heading like the other sections, and says storage in readable units', async ({ app }) => {
  await app.keyboard.press('Control+6');
  await appReady(app, 'settings');
  await expect(app.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  const storage = app.getByRole('region', { name: 'Storage' }).locator('p').first();
  await expect(storage).toHaveText(/ used of /);
  const line = (await storage.textContent()) ?? '';
  // "0.1 MB used of 10 GB available.": each size in the unit that keeps it under 1024.
  const sizes = /^(.+) used of (.+) available\./.exec(line);
  expect(sizes, line).not.toBeNull();
  for (const size of [sizes![1]!, sizes![2]!]) {
    const m = /^(\d+(?:\.\d)?) (bytes?|KB|MB|GB|TB)$/.exec(size);
    expect(m, size).not.toBeNull();
    if (m![2] !== 'bytes') expect(Number(m![1])).toBeLessThan(1024);
  }
});
