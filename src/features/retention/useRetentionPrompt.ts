import { useState } from 'react';
import type { Board } from '../../domain/kinds/board';
import { pastRetention } from '../../domain/retention';

const ASKED = 'pp-retention-asked';

/**
 * The boards the retention prompt lists, or none once "Decide later" was pressed this session
 * (asked again in the next one: a new tab or browser start). Boards kept or deleted leave the
 * list as they go; the prompt closes with the last.
 */
export function useRetentionPrompt(boards: readonly Board[] | undefined) {
  const [later, setLater] = useState(() => sessionStorage.getItem(ASKED) !== null);
  const due = later ? [] : (boards ?? []).filter((b) => pastRetention(b));
  const decideLater = () => {
    sessionStorage.setItem(ASKED, '1');
    setLater(true);
  };
  return { due, decideLater };
}
