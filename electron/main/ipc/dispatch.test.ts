import { describe, expect, it } from 'vitest';
import { createDispatch } from './dispatch';
import { registerIpc, type IpcEventLike } from './register';
import { createHandlers } from './handlers';
import { CALL_NAMES, channelOf } from '../../../shared/api/contract';
import { testMainDeps } from '../../../tests/helpers/main-deps';

const APP = 'http://127.0.0.1:5173/';
const trusted = { url: 'http://127.0.0.1:5173/index.html#/library', isMainFrame: true };

function setup() {
  const opened: string[] = [];
  const handlers = createHandlers(testMainDeps({ openedExternal: [] }, { app: { version: '1.2.3', platform: 'linux', openExternal: async (u) => void opened.push(u) } }));
  return { opened, dispatch: createDispatch(handlers, { appUrls: [APP] }) };
}

describe('dispatch gate', () => {
  it('runs a valid call and validates its output', async () => {
    const { dispatch } = setup();
    expect(await dispatch('appInfo', {}, trusted)).toEqual({ ok: true, value: { version: '1.2.3', platform: 'linux', name: 'Dossier' } });
  });

  it('rejects invalid input with the field and reason, and never calls the handler', async () => {
    const { dispatch, opened } = setup();
    const result = await dispatch('openExternal', { url: ['https://x.example'] }, trusted);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(result.ok ? [] : result.error.issues).toEqual([expect.stringMatching(/^url: /)]);
    expect(opened).toEqual([]);
  });

  it('refuses unknown calls and senders that are not the app’s own top frame', async () => {
    const { dispatch, opened } = setup();
    expect(await dispatch('__proto__', {}, trusted)).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    expect(await dispatch('openExternal', { url: 'https://a.example' }, { url: 'https://evil.example/', isMainFrame: true })).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(await dispatch('openExternal', { url: 'https://a.example' }, { ...trusted, isMainFrame: false })).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(opened).toEqual([]);
  });

  it('turns an unexpected handler failure into a generic internal error', async () => {
    const logged: string[] = [];
    const handlers = createHandlers(testMainDeps({ openedExternal: [] }, { app: { version: '1', platform: 'linux', openExternal: async () => { throw new Error('disk on fire'); } } }));
    const dispatch = createDispatch(handlers, { appUrls: [APP], onInternalError: (name) => logged.push(name) });
    const result = await dispatch('openExternal', { url: 'https://a.example/' }, trusted);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('disk on fire');
    expect(logged).toEqual(['openExternal']);
  });
});

describe('registerIpc', () => {
  it('registers exactly one channel per contract call, each through the gate', async () => {
    const registered = new Map<string, (event: IpcEventLike, input: unknown) => Promise<unknown>>();
    const { dispatch } = setup();
    registerIpc({ handle: (channel, listener) => void registered.set(channel, listener) }, dispatch);
    expect([...registered.keys()].sort()).toEqual(CALL_NAMES.map(channelOf).sort());
    const fromSubframe = await registered.get(channelOf('appInfo'))!({ senderFrame: { url: trusted.url, parent: {} } }, {});
    expect(fromSubframe).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    const fromApp = await registered.get(channelOf('appInfo'))!({ senderFrame: { url: trusted.url, parent: null } }, {});
    expect(fromApp).toMatchObject({ ok: true });
  });
});
