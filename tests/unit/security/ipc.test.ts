import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiErrorSchema, ApiError, CALL_NAMES, channelOf, contract, type CallName, type Handlers } from '../../../shared/api';
import { createDispatch, type SenderInfo } from '../../../electron/main/ipc/dispatch';
import { registerIpc, type IpcEventLike, type IpcMainLike } from '../../../electron/main/ipc/register';
import { isAllowedNavigation } from '../../../electron/main/security/navigation';
import { electronSources } from './electron-source';
import { runs } from './stress';
import { hostileUrl } from './url-arbitraries';
import { arbitraryFor, nearValid } from './zod-arbitrary';

const APP_URL = 'file:///opt/Dossier/resources/app.asar/out/renderer/index.html';
const TRUSTED: SenderInfo = { url: `${APP_URL}#/library`, isMainFrame: true };

const apiResultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }).strict(),
  z.object({ ok: z.literal(false), error: apiErrorSchema }).strict(),
]);

describe('IPC: one registration point', () => {
  it('no file in electron/ but ipc/register.ts registers ipcMain listeners', () => {
    const offenders: string[] = [];
    for (const file of electronSources()) {
      if (file.path === 'electron/main/ipc/register.ts') continue;
      // Any member access on ipcMain (handle, handleOnce, on, once, addListener...), or destructuring it.
      for (const m of file.code.matchAll(/\bipcMain\s*(\??\.\s*\w+|\[)|\{[^}]*\}\s*=\s*ipcMain\b/g)) offenders.push(`${file.path}: ${m[0]}`);
      // Electron's other raw channels: ipcMain's event names used through a different name.
      for (const m of file.code.matchAll(/\.\s*(handle|handleOnce)\s*\(\s*['"`]/g)) offenders.push(`${file.path}: ${m[0]}`);
    }
    expect(offenders).toEqual([]);
  });

  it('registers exactly one handler per contract call, and each goes through the gate', async () => {
    const registered = new Map<string, (event: IpcEventLike, input: unknown) => Promise<unknown>>();
    const ipcMain: IpcMainLike = { handle: (channel, listener) => void registered.set(channel, listener) };
    const seen: { name: unknown; sender: SenderInfo }[] = [];
    registerIpc(ipcMain, async (name, _input, sender) => {
      seen.push({ name, sender });
      return { ok: true, value: null };
    });
    expect([...registered.keys()].sort()).toEqual(CALL_NAMES.map((n) => channelOf(n)).sort());
    const listener = registered.get(channelOf(CALL_NAMES[0]!))!;
    await listener({ senderFrame: { url: APP_URL, parent: null } }, {});
    await listener({ senderFrame: { url: APP_URL, parent: {} } }, {});
    await listener({ senderFrame: null }, {});
    expect(seen.map((s) => s.sender)).toEqual([
      { url: APP_URL, isMainFrame: true },
      { url: APP_URL, isMainFrame: false },
      { url: '', isMainFrame: false },
    ]);
  });
});

/** Stub handlers that record every invocation and answer with a sample of the call's output. */
function recordingHandlers(): { handlers: Handlers; calls: { name: CallName; input: unknown }[] } {
  const calls: { name: CallName; input: unknown }[] = [];
  const entries = CALL_NAMES.map((name, i) => {
    const [sample] = fc.sample(arbitraryFor(contract[name].output), { numRuns: 1, seed: 42 + i });
    const handler = async (input: unknown) => {
      calls.push({ name, input });
      if (calls.length % 5 === 0) throw new ApiError('not-found', 'stub refusal');
      if (calls.length % 7 === 0) throw new Error('stub crash');
      return sample;
    };
    return [name, handler] as const;
  });
  return { handlers: Object.fromEntries(entries) as unknown as Handlers, calls };
}

const PAYLOAD_RUNS = runs(100_000, 10_000);
const SENDER_RUNS = runs(100_000, 10_000);

describe.each(CALL_NAMES)(`IPC fuzz: %s`, (name) => {
  const spec = contract[name];

  it(`${PAYLOAD_RUNS} generated payloads: 0 crashes, 0 handler calls from invalid input`, async () => {
    const { handlers, calls } = recordingHandlers();
    const internal: string[] = [];
    const dispatch = createDispatch(handlers, { appUrls: [APP_URL], onInternalError: (n, e) => internal.push(`${n}: ${String(e)}`) });
    let valid = 0;
    let invalid = 0;
    const payload = fc.oneof(
      { weight: 4, arbitrary: fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }) },
      { weight: 4, arbitrary: nearValid(spec.input) },
      { weight: 2, arbitrary: arbitraryFor(spec.input) },
    );
    await fc.assert(
      fc.asyncProperty(payload, async (input) => {
        const expectedValid = spec.input.safeParse(input).success;
        const before = calls.length;
        const result = await dispatch(name, input, TRUSTED);
        expect(apiResultSchema.safeParse(result).success).toBe(true);
        if (!expectedValid) {
          invalid++;
          expect(calls.length).toBe(before);
          expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
        } else {
          valid++;
          expect(calls.length).toBe(before + 1);
          if (result.ok) expect(spec.output.safeParse(result.value).success).toBe(true);
        }
      }),
      { numRuns: PAYLOAD_RUNS, seed: 2024 },
    );
    // Both paths were exercised; the figures are printed for the security report.
    console.log(`[ipc fuzz] ${name}: ${valid} valid, ${invalid} invalid payloads, ${calls.length} handler calls, ${internal.length} handler crashes contained`);
    expect(valid + invalid).toBe(PAYLOAD_RUNS);
    expect(invalid).toBeGreaterThan(0);
  });

  it('hostile objects (throwing getters, proxies, cycles) never escape as exceptions', async () => {
    const { handlers, calls } = recordingHandlers();
    const dispatch = createDispatch(handlers, { appUrls: [APP_URL] });
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    const hostile: unknown[] = [
      cyclic,
      Object.defineProperty({}, 'url', { enumerable: true, get: () => { throw new Error('getter'); } }),
      new Proxy({}, { get: () => { throw new Error('proxy get'); }, ownKeys: () => { throw new Error('proxy keys'); } }),
      new Proxy([], { get: () => { throw new Error('proxy array'); } }),
      Object.create(null),
      Symbol('x'),
      () => 1,
    ];
    for (const input of hostile) {
      let accepted = false;
      try {
        accepted = spec.input.safeParse(input).success;
      } catch {
        accepted = false;
      }
      const before = calls.length;
      const result = await dispatch(name, input, TRUSTED);
      expect(apiResultSchema.safeParse(result).success).toBe(true);
      // Only what the schema accepts reaches the handler (e.g. a null-prototype {} for a call taking {}).
      expect(calls.length).toBe(accepted ? before + 1 : before);
    }
  });

  it(`${SENDER_RUNS} untrusted senders (other origins, subframes): always refused, no handler call`, async () => {
    const { handlers, calls } = recordingHandlers();
    const dispatch = createDispatch(handlers, { appUrls: [APP_URL] });
    const sender = fc.oneof(
      hostileUrl.filter((url) => !isAllowedNavigation(url, [APP_URL])).map((url) => ({ url, isMainFrame: true })),
      fc.oneof(hostileUrl, fc.constant(APP_URL)).map((url) => ({ url, isMainFrame: false })),
    );
    const [validInput] = fc.sample(arbitraryFor(spec.input).filter((v) => spec.input.safeParse(v).success), { numRuns: 1, seed: 7 });
    await fc.assert(
      fc.asyncProperty(sender, async (from) => {
        const result = await dispatch(name, validInput, from);
        expect(result).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
      }),
      { numRuns: SENDER_RUNS, seed: 99 },
    );
    expect(calls).toEqual([]);
  });
});

describe('IPC: unknown call names', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '', 'appInfo ', 'APPINFO', 'dossier:appInfo'])('%j is refused as unknown', async (name) => {
    const { handlers, calls } = recordingHandlers();
    const result = await createDispatch(handlers, { appUrls: [APP_URL] })(name, {}, TRUSTED);
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    expect(calls).toEqual([]);
  });

  it(`${SENDER_RUNS} generated names: only contract names reach a handler`, async () => {
    const { handlers, calls } = recordingHandlers();
    const logged: string[] = [];
    const dispatch = createDispatch(handlers, { appUrls: [APP_URL], onInternalError: (n) => logged.push(n) });
    await fc.assert(
      fc.asyncProperty(fc.anything({ withNullPrototype: true, withBoxedValues: true }), async (name) => {
        const result = await dispatch(name, {}, TRUSTED);
        expect(apiResultSchema.safeParse(result).success).toBe(true);
        if (!(CALL_NAMES as unknown[]).includes(name)) expect(result).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
      }),
      { numRuns: SENDER_RUNS, seed: 5 },
    );
    expect(calls.every((c) => CALL_NAMES.includes(c.name))).toBe(true);
  });
});
