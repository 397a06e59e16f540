import { useEffect, useState } from 'react';

const TYPES = ['dragenter', 'dragover', 'dragleave', 'drop'] as const;

/**
 * Files dropped anywhere on the page: whether some are being dragged over it now (for the drop
 * target), and `onDrop` with the first when they are let go. A drop that a part of the page has
 * handled itself (a drop zone of its own calls preventDefault) is left to it. One listener for
 * every event, as this is in the app's first download.
 */
export function useFileDrop(onDrop: (file: File) => void): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: counting them tells when the files
    // have left the window. A drop ends it.
    let depth = 0;
    const on = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      const { type } = e;
      depth =
        type === 'dragenter'
          ? depth + 1
          : type === 'dragleave'
            ? depth - 1
            : type === 'drop'
              ? 0
              : depth;
      setDragging(depth > 0);
      if (type === 'dragenter' || type === 'dragleave' || e.defaultPrevented) return;
      // On dragover this lets the drop happen; on drop it keeps the browser from opening the file.
      e.preventDefault();
      const file = type === 'drop' ? e.dataTransfer.files[0] : undefined;
      if (file) onDrop(file);
    };
    for (const type of TYPES) window.addEventListener(type, on);
    return () => {
      for (const type of TYPES) window.removeEventListener(type, on);
    };
  }, [onDrop]);
  return dragging;
}
