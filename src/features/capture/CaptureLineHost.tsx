import { useEffect, useId, useState, type RefObject } from 'react';
import type { NetworkHandle } from '../../adapters/cytoscape/intents';
import type { BoardContent } from '../../db/queries';
import { chunk, useChunk } from '../../ui/chunk';
import type { Names } from '../names';
import { useCaptureLine } from './captureLineStore';

// The line, its parser and its command are fetched the first time it opens (bundle budget).
const lineChunk = chunk(() => import('./CaptureLine'));

/**
 * While the line's code is fetched (the first time it opens), a plain box of the same look takes
 * the focus and what is typed: a chair presses C and starts typing at once, and those keys must
 * not reach the board's own shortcuts (L, N, F...). The line takes the text over when it arrives.
 */
function WaitingLine({ text, onText }: { text: string; onText: (text: string) => void }) {
  const id = useId();
  return (
    <section className="capture-line" aria-label="Capture line" aria-busy="true">
      <label htmlFor={id} className="capture-line-label">
        Capture
      </label>
      <input
        id={id}
        className="capture-line-input"
        type="text"
        autoComplete="off"
        spellCheck={false}
        // Opened by the chair's own key press, to type in at once.
        autoFocus
        value={text}
        onChange={(e) => onText(e.target.value)}
      />
    </section>
  );
}

/** Where the capture line sits on the board page; nothing is drawn or fetched until it opens. */
export function CaptureLineHost(props: {
  content: BoardContent;
  names: Names;
  handleRef: RefObject<NetworkHandle | null>;
}) {
  const open = useCaptureLine((s) => s.open);
  const part = useChunk(lineChunk, open);
  const [early, setEarly] = useState('');
  useEffect(() => {
    if (!open) setEarly('');
  }, [open]);
  if (!open) return null;
  if (!part) return <WaitingLine text={early} onText={setEarly} />;
  return <part.CaptureLine {...props} initialText={early} />;
}
