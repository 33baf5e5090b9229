import { describe, expect, it } from 'vitest';
import { clipRejectedSchema, clipRequestSchema, eventChannelOf } from '../../../shared/api/events';
import { createClipDelivery, MAX_PENDING } from './delivery';
import { clipboardUrl, createClipboardHandlers } from './handlers';

const GOOD = 'dossier://clip?url=https%3A%2F%2Fnews.example%2Fa&title=Levy&selection=Quote';

function setup() {
  const sent: { channel: string; payload: unknown }[] = [];
  let reveals = 0;
  const delivery = createClipDelivery({ send: (channel, payload) => sent.push({ channel, payload }), reveal: () => reveals++ });
  return { delivery, sent, reveals: () => reveals };
}

describe('clip link delivery to the window', () => {
  it('sends a validated clipRequest once the window is ready, and brings the window forward', () => {
    const { delivery, sent, reveals } = setup();
    delivery.windowReady();
    delivery.receive(GOOD);
    expect(sent).toEqual([{ channel: eventChannelOf('clipRequest'), payload: { url: 'https://news.example/a', title: 'Levy', selection: 'Quote' } }]);
    expect(clipRequestSchema.safeParse(sent[0]!.payload).success).toBe(true);
    expect(reveals()).toBe(1);
  });

  it('a refused link becomes a clipRejected event with its reason and message, never a request', () => {
    const { delivery, sent } = setup();
    delivery.windowReady();
    delivery.receive('dossier://clip?url=javascript%3Aalert(1)');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.channel).toBe(eventChannelOf('clipRejected'));
    expect(clipRejectedSchema.parse(sent[0]!.payload).reason).toBe('not-http');
  });

  it('links that arrive before the window loads wait (at most MAX_PENDING) and are sent in order', () => {
    const { delivery, sent } = setup();
    for (let i = 0; i < MAX_PENDING + 5; i++) delivery.receive(`dossier://clip?url=https%3A%2F%2Fnews.example%2F${i}`);
    expect(sent).toEqual([]);
    delivery.windowReady();
    expect(sent).toHaveLength(MAX_PENDING);
    expect((sent[0]!.payload as { url: string }).url).toBe('https://news.example/0');
    delivery.windowGone();
    delivery.receive(GOOD);
    expect(sent).toHaveLength(MAX_PENDING);
    delivery.windowReady();
    expect(sent).toHaveLength(MAX_PENDING + 1);
  });
});

describe('clipboard URL for the clip shortcut', () => {
  it.each([
    ['https://news.example/a?b=1', 'https://news.example/a?b=1'],
    ['  http://News.Example/x \n', 'http://news.example/x'],
    ['javascript:alert(1)', null],
    ['file:///etc/passwd', null],
    ['https://user:pw@news.example/', null],
    ['see https://news.example/a', null],
    ['The council voted on Tuesday.', null],
    ['', null],
    [`https://news.example/${'a'.repeat(9000)}`, null],
  ])('%j → %j', async (text, url) => {
    expect(clipboardUrl(text)).toBe(url);
    expect(await createClipboardHandlers({ readText: () => text }).readClipboardUrl({})).toEqual({ url });
  });
});
