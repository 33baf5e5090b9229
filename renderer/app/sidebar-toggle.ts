import { useCallback, useEffect, useState } from 'react';
import { getSetting, setSetting } from '../db/settings';

/** Setting: the sidebar is hidden (Ctrl+\), for more room to read and write; kept across starts. */
export const SIDEBAR_HIDDEN_SETTING = 'ui.sidebarHidden';

/** Whether the sidebar is hidden, and a toggle that remembers the choice. */
export function useSidebarHidden(): [hidden: boolean, toggle: () => void] {
  const [hidden, setHidden] = useState(false);
  useEffect(() => {
    let live = true;
    void getSetting<boolean>(SIDEBAR_HIDDEN_SETTING, false).then(
      (value) => live && setHidden(value === true),
      () => undefined,
    );
    return () => void (live = false);
  }, []);
  const toggle = useCallback(() => {
    setHidden((was) => {
      // A failed save is reported by storage; the sidebar still toggles for this session.
      void setSetting(SIDEBAR_HIDDEN_SETTING, !was).catch(() => undefined);
      return !was;
    });
  }, []);
  return [hidden, toggle];
}
