/**
 * A file name from the board's title, readable as the user wrote it: `Harrowfield training board
 * 2026-12-06.graphml`. Characters no Windows, macOS or Linux file name may hold (`<>:"/\|?*` and
 * control characters) become spaces, so no path can hide in a title; runs of spaces become one.
 */
export function dataFileName(
  title: string,
  date: string,
  extension: string,
  { part, redacted }: { part?: string; redacted: boolean },
): string {
  const safe = title
    // eslint-disable-next-line no-control-regex -- control characters are what it removes
    .replace(/[<>:"/\\|?*\u0000-\u001F\u007F]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .replace(/[ .]+$/, '');
  const words = [safe || 'Board', date, part, redacted ? '(redacted)' : undefined];
  return `${words.filter(Boolean).join(' ')}.${extension}`;
}
