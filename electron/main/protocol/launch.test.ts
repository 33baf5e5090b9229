import { describe, expect, it } from 'vitest';
import { eventChannelOf } from '../../../shared/api/events';
import { createClipDelivery } from './delivery';
import { clipLinkFromArgv, connectDeliveryToContents, protocolClientArgs, type ContentsEventsLike } from './launch';

const LINK = 'dossier://clip?url=https%3A%2F%2Fnews.example%2Fa&selection=We%20listened';

describe('registering as the dossier:// handler', () => {
  it('the packaged app registers itself; `electron .` registers electron with the app folder', () => {
    expect(protocolClientArgs({ defaultApp: false, execPath: '/opt/Dossier/dossier', argv: ['/opt/Dossier/dossier'] })).toEqual(['dossier']);
    expect(protocolClientArgs({ defaultApp: true, execPath: '/usr/lib/electron', argv: ['/usr/lib/electron', '/home/u/dossier'] })).toEqual(['dossier', '/usr/lib/electron', ['/home/u/dossier']]);
    expect(protocolClientArgs({ defaultApp: true, execPath: '/usr/lib/electron', argv: ['/usr/lib/electron', '--inspect'] })).toEqual(['dossier']);
  });
});

describe('links from the command line (first launch and second instance)', () => {
  it.each([
    [['/opt/Dossier/dossier', LINK], false, LINK],
    [['C:\\Program Files\\Dossier\\Dossier.exe', '--flag', LINK], false, LINK],
    [['/opt/Dossier/dossier'], false, null],
    [['/usr/lib/electron', 'dossier://clip?url=x'], true, null], // argv[1] is the app folder in development
    [['/usr/lib/electron', '.', LINK], true, LINK],
    [['/opt/Dossier/dossier', 'https://news.example/a'], false, null],
    [['/opt/Dossier/dossier', 42, { toString: 1 }, LINK], false, LINK],
  ])('%j (dev %s) → %j', (argv, dev, link) => {
    expect(clipLinkFromArgv(argv as unknown[], dev)).toBe(link);
  });
});

function fakeContents() {
  const listeners = new Map<string, (details?: unknown) => void>();
  const contents = { on: (event: string, listener: (details?: unknown) => void) => listeners.set(event, listener) } as unknown as ContentsEventsLike;
  return { contents, fire: (event: string, details?: unknown) => listeners.get(event)!(details) };
}

describe('delivery follows the window’s page', () => {
  it('sends after did-finish-load, queues during a reload, not on in-app hash navigation', () => {
    const sent: string[] = [];
    const delivery = createClipDelivery({ send: (channel) => sent.push(channel), reveal: () => undefined });
    const { contents, fire } = fakeContents();
    connectDeliveryToContents(contents, delivery);

    delivery.receive(LINK); // the link that launched the app, before the page loaded
    expect(sent).toEqual([]);
    fire('did-finish-load');
    expect(sent).toEqual([eventChannelOf('clipRequest')]);

    fire('did-start-navigation', { isMainFrame: true, isSameDocument: true }); // #/library → #/read/a1
    delivery.receive('dossier://clip?url=ftp%3A%2F%2Fx');
    expect(sent).toEqual([eventChannelOf('clipRequest'), eventChannelOf('clipRejected')]);

    fire('did-start-navigation', { isMainFrame: false, isSameDocument: false }); // a subframe: not the page
    fire('did-start-navigation', { isMainFrame: true, isSameDocument: false }); // reload
    delivery.receive(LINK);
    expect(sent).toHaveLength(2);
    fire('did-finish-load');
    expect(sent).toHaveLength(3);

    fire('render-process-gone');
    delivery.receive(LINK);
    expect(sent).toHaveLength(3);
    fire('did-finish-load');
    expect(sent).toHaveLength(4);
    fire('destroyed');
    delivery.receive(LINK);
    expect(sent).toHaveLength(4);
  });
});
