import { useEffect, useState } from 'react';
import { readDeviceStorage } from './deviceStorage';
import { keepingSentence, usageSentence, type StorageReport } from './storageUse';

/** "Boards use 3.2 MB on this device." and whether the browser keeps them: under the board list. */
export function StorageLine({ boardCount }: { boardCount: number }) {
  const [report, setReport] = useState<StorageReport | null>(null);
  useEffect(() => {
    let live = true;
    readDeviceStorage().then(
      (r) => live && setReport(r),
      () => live && setReport(null), // the browser would not say: the line is simply not shown
    );
    return () => {
      live = false;
    };
  }, [boardCount]);
  if (!report || boardCount === 0) return null;
  return (
    <p className="muted storage-line">
      {usageSentence(report)} {keepingSentence(report.persisted)}
    </p>
  );
}
