// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from './ErrorBoundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Renders its row's title; throws as the library row did on an article without tags while `broken.now`. */
const broken = { now: true };
function FragileRow() {
  if (broken.now) {
    const article = { title: 'Bad article row' } as { title: string; tags?: string[] };
    return <p>{article.tags!.map((t) => t).join(', ')}</p>;
  }
  return <p>Bad article row, repaired</p>;
}

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  broken.now = true;
  window.location.hash = '';
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  // React reports every error a boundary catches on the console; the test reads the page instead.
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.restoreAllMocks();
});

function shell(resetKey: string, offerLibrary = true) {
  return (
    <div>
      <nav>Sidebar</nav>
      <ErrorBoundary what="the Library view" resetKey={resetKey} offerLibrary={offerLibrary}>
        <FragileRow />
      </ErrorBoundary>
    </div>
  );
}

const button = (name: string) => [...container.querySelectorAll('button')].find((b) => b.textContent === name);

describe('ErrorBoundary', () => {
  it('shows what could not be shown and why in place of the view, and keeps what is outside it', () => {
    act(() => root.render(shell('library')));
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.querySelector('h2')?.textContent).toBe('The Library view could not be shown');
    expect(alert?.textContent).toContain('Your notebook has not been changed');
    expect(alert?.querySelector('code')?.textContent).toMatch(/map/);
    expect(container.querySelector('nav')?.textContent).toBe('Sidebar');
  });

  it('Try again renders the view again: still failing, the message stays; once the cause is gone, the view is back', () => {
    act(() => root.render(shell('library')));
    act(() => button('Try again')!.click());
    expect(container.querySelector('[role="alert"]')).not.toBeNull();
    broken.now = false;
    act(() => button('Try again')!.click());
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(container.textContent).toContain('Bad article row, repaired');
  });

  it('a new route clears the failure and renders the view for it', () => {
    act(() => root.render(shell('read/a1')));
    expect(container.querySelector('[role="alert"]')).not.toBeNull();
    broken.now = false;
    act(() => root.render(shell('read/a1')));
    expect(container.querySelector('[role="alert"]'), 'the same route keeps the message').not.toBeNull();
    act(() => root.render(shell('read/a2')));
    expect(container.querySelector('[role="alert"]')).toBeNull();
    expect(container.textContent).toContain('Bad article row, repaired');
  });

  it('offers the way back to the Library, except when the Library is what failed', () => {
    act(() => root.render(shell('read/a1', true)));
    act(() => button('Back to the Library')!.click());
    expect(window.location.hash).toBe('#/library');
    act(() => root.render(shell('library', false)));
    expect(button('Back to the Library')).toBeUndefined();
    expect(button('Try again')).toBeDefined();
  });
});
