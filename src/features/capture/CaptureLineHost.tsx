import type { RefObject } from 'react';
import type { NetworkHandle } from '../../adapters/cytoscape/intents';
import type { BoardContent } from '../../db/queries';
import { chunk, useChunk } from '../../ui/chunk';
import type { Names } from '../names';
import { useCaptureLine } from './captureLineStore';

// The line, its parser and its command are fetched the first time it opens (bundle budget).
const lineChunk = chunk(() => import('./CaptureLine'));

/** Where the capture line sits on the board page; nothing is drawn or fetched until it opens. */
export function CaptureLineHost(props: {
  content: BoardContent;
  names: Names;
  handleRef: RefObject<NetworkHandle | null>;
}) {
  const open = useCaptureLine((s) => s.open);
  const part = useChunk(lineChunk, open);
  if (!open || !part) return null;
  return <part.CaptureLine {...props} />;
}
