import { useEffect, useState } from 'react';
import { getSetting, setSetting } from '../db/settings';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'theme';

/** Applies the theme: 'system' follows the OS (CSS prefers-color-scheme); the others override it. */
export function applyTheme(choice: ThemeChoice): void {
  if (choice === 'system') delete document.documentElement.dataset['theme'];
  else document.documentElement.dataset['theme'] = choice;
}

export function useTheme(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const [choice, setChoice] = useState<ThemeChoice>('system');
  useEffect(() => {
    void getSetting<ThemeChoice>(KEY, 'system').then((c) => {
      setChoice(c);
      applyTheme(c);
    });
  }, []);
  const update = (c: ThemeChoice) => {
    setChoice(c);
    applyTheme(c);
    void setSetting(KEY, c).catch(() => undefined);
  };
  return [choice, update];
}
