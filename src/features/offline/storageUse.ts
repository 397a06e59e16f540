/** What the browser says about the boards' room on this device. */
export interface StorageReport {
  /** Bytes in use. */
  bytes: number;
  /** True when `bytes` counts the boards' store alone (Chromium says); else the app's files too. */
  boardsOnly: boolean;
  /** Whether the browser has agreed to keep the data (not clear it when space runs low). */
  persisted: boolean;
}

/** "3.2 MB", "240 KB": decimal units, as the browsers' own storage settings show them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} KB`;
}

export function usageSentence(report: StorageReport): string {
  const size = formatBytes(report.bytes);
  return report.boardsOnly
    ? `Boards use ${size} on this device.`
    : `Boards and the app’s own files use ${size} on this device.`;
}

export function keepingSentence(persisted: boolean): string {
  return persisted
    ? 'The browser has agreed to keep them until you delete them.'
    : 'The browser may clear them when space runs low: save board files to keep a copy.';
}
