import { useEffect, useState } from 'react';
import type { StoredBasemapFile } from '../../../db/basemapFiles';
import { isPlainPicture } from '../../../domain/basemapPicture';
import { redrawPicture } from './redrawPicture';

/**
 * A stored background image as the map may show it. New images are stored as plain pictures; one
 * that is not (an SVG stored before they were redrawn, or a file of no known type) is redrawn as a
 * picture here first, in memory, because the map gives what it shows an address in the app's
 * origin, and an SVG at such an address could be opened as a page and run its scripts. Undefined
 * while it is being redrawn.
 */
export function usePlainPicture(
  stored: StoredBasemapFile | undefined,
): StoredBasemapFile | undefined {
  const file =
    stored?.state === 'found' &&
    stored.file.kind === 'image' &&
    !isPlainPicture(stored.file.data.type)
      ? stored.file
      : null;
  const [redrawn, setRedrawn] = useState<{ id: string; result: StoredBasemapFile } | null>(null);
  useEffect(() => {
    if (!file) return;
    let live = true;
    void redrawPicture(file.data, file.fileName).then((r) => {
      if (!live) return;
      setRedrawn({
        id: file.id,
        result: r.ok
          ? {
              state: 'found',
              file: { ...file, data: r.picture, type: r.picture.type, size: r.picture.size },
            }
          : { state: 'unreadable', problem: r.message },
      });
    });
    return () => {
      live = false;
    };
  }, [file]);
  if (!file) return stored;
  return redrawn?.id === file.id ? redrawn.result : undefined;
}
