import { test, expect } from '../helpers/fixtures';
import { readRows } from '../helpers/notebook-db';

test.describe('foundation', () => {
  test('a clip created in the UI is read back from IndexedDB after a reload', async ({ app }) => {
    await expect(app.getByText('Your library is empty')).toBeVisible();
    await app.getByRole('button', { name: 'Paste your first clip' }).click();
    await app.getByLabel('Clip text').fill('Harbour council approves night ferry\nThe council voted seven to two on Tuesday.\nService starts in spring.');
    await app.getByRole('button', { name: /Save clip/ }).click();
    await expect(app.getByRole('list', { name: 'Articles' }).getByText('Harbour council approves night ferry')).toBeVisible();

    await app.reload();
    await expect(app.getByRole('list', { name: 'Articles' }).getByText('Harbour council approves night ferry')).toBeVisible();
    expect((await readRows<{ title: string }>(app, 'articles')).map((a) => a.title)).toEqual(['Harbour council approves night ferry']);
  });

  test('an invalid API payload is rejected with a validation error and reaches no handler', async ({ app, recorder, mainCalls }) => {
    const results = await app.evaluate(async () => {
      const api = window.dossier!;
      return [
        await api.openExternal({ url: 42 } as unknown as { url: string }),
        await api.openExternal({ url: 'https://example.org/', extra: true } as unknown as { url: string }),
        await api.openExternal({ url: 'javascript:alert(1)' }),
        await api.openExternal({ url: 'https://example.org/story' }),
      ];
    });
    expect(results[0]).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(results[1]).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(results[2]).toMatchObject({ ok: false, error: { code: 'bad-url' } });
    expect(results[3]).toEqual({ ok: true, value: { opened: true } });
    expect(recorder.openedExternal).toEqual(['https://example.org/story']);
    expect(mainCalls.map((c) => c.ok)).toEqual([false, false, false, true]);
  });

  test('an inline script injected into the page does not run under the CSP', async ({ app }) => {
    const violations: string[] = [];
    app.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const ran = await app.evaluate(async () => {
      const w = window as unknown as { __inlineRan?: boolean };
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.appendChild(script);
      const img = document.createElement('img');
      img.setAttribute('src', 'data:image/gif;base64,R0lGODlhAQABAAAAACw=');
      img.setAttribute('onload', 'window.__inlineRan = true;');
      document.body.appendChild(img);
      await new Promise((r) => setTimeout(r, 200));
      return w.__inlineRan === true;
    });
    expect(ran).toBe(false);
    expect(violations.length).toBeGreaterThan(0);
  });

  test('the command palette opens with Ctrl+K and runs a command from the keyboard', async ({ app }) => {
    await app.keyboard.press('Control+k');
    const input = app.getByRole('combobox', { name: /Search the notebook/ });
    await expect(input).toBeFocused();
    await input.fill('paste clip');
    // The library registers its commands when it mounts; Enter runs the highlighted option.
    await expect(app.getByRole('dialog', { name: 'Command palette' }).getByRole('option', { selected: true })).toContainText(/paste/i);
    await app.keyboard.press('Enter');
    await expect(app.getByRole('dialog', { name: 'Paste a clip' })).toBeVisible();
  });
});
