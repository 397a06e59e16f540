/**
 * Saves a file made in the page through the browser's own download, from an object URL: nothing
 * leaves the device. (The same as the export feature's helper, which its public API does not
 * offer; the URL is released once the browser has had time to start the download.)
 */
export function downloadFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
