import { useState } from 'react';
import type { Board } from '../../domain/kinds/board';
import { openProblemProfile } from '../../state/navigation';
import { useChunk } from '../../ui/chunk';
import { profileParts } from './profileChunk';

/** The board list's way into a problem profile of one board or several. */
export function ProblemProfileButton({ boards }: { boards: readonly Board[] }) {
  const [open, setOpen] = useState(false);
  // The chooser is only needed when asked for: fetched (with the report) when first pressed.
  const Chooser = useChunk(profileParts, open)?.ProfileChooser;
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} disabled={boards.length === 0}>
        Problem profile…
      </button>
      {open && Chooser && (
        <Chooser boards={boards} onClose={() => setOpen(false)} onOpen={openProblemProfile} />
      )}
    </>
  );
}
