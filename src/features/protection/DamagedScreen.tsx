/** The protection setting cannot be read: say so, and where the copies are. Nothing is touched. */
export function DamagedScreen() {
  return (
    <main className="lock-screen" aria-labelledby="damaged-title">
      <h1 id="damaged-title">The boards cannot be opened</h1>
      <p>
        The protection setting on this device cannot be read, so the boards on this device cannot be
        opened. Nothing was changed: they are still stored here as they were.
      </p>
      <p>
        The protected board files (and backups) saved from this device are the copies of the boards:
        open them with “Open board file” in this app on another device, or in another browser.
      </p>
    </main>
  );
}
