import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, isSafeExternalUrl } from './navigation';

const app = ['file:///opt/Dossier/resources/app.asar/out/renderer/index.html'];
const dev = ['http://localhost:5173/'];

describe('navigation guard', () => {
  it.each([
    ['file:///opt/Dossier/resources/app.asar/out/renderer/index.html#/library', app, true],
    ['file:///etc/passwd', app, false],
    ['http://localhost:5173/#/notes', dev, true],
    ['http://localhost:5173.attacker.com/', dev, false],
    ['http://localhost:5174/', dev, false],
    ['javascript:alert(1)', dev, false],
    ['https://example.com/', dev, false],
  ])('%s → %s', (url, appUrls, allowed) => {
    expect(isAllowedNavigation(url, appUrls)).toBe(allowed);
  });
});

describe('external links', () => {
  it.each([
    ['https://example.com/a', true],
    ['http://example.com/a', true],
    ['mailto:desk@example.com', true],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['smb://host/share', false],
    ['https://user:pw@example.com/', false],
    ['not a url', false],
  ])('%s → %s', (url, ok) => {
    expect(isSafeExternalUrl(url)).toBe(ok);
  });
});
