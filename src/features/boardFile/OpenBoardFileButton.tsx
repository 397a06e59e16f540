import { useRef } from 'react';
import { openBoardFile } from './requests';

/** "Open board file": picks a board file or a backup, then checks it before anything is stored. */
export function OpenBoardFileButton() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        Open board file
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared, so choosing the same file again (after fixing it) opens it again.
          e.target.value = '';
          if (file) openBoardFile(file);
        }}
      />
    </>
  );
}
