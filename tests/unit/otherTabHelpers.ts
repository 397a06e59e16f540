import { PeersDb } from '../../src/db/database';
import { writeChanges, type Draft } from '../../src/db/writer';
import type { ChangeSet } from '../../src/domain/changeSet';

/**
 * "Another tab": a second connection to the same IndexedDB database with its own tab id, and (when
 * `channel` is set) the app's change channel, so this tab's board store hears of what it writes.
 */
export interface OtherTab {
  db: PeersDb;
  /** Writes as the other tab does, on board b1 as Jo; publishes the change set unless told not to. */
  write(drafts: Draft[], label?: string, publish?: boolean): Promise<ChangeSet>;
  close(): void;
}

export async function openOtherTab(name: string, { channel = false } = {}): Promise<OtherTab> {
  const db = new PeersDb(name);
  await db.open();
  const posts = channel ? new BroadcastChannel('peers-and-places:changes') : null;
  return {
    db,
    async write(drafts, label = 'Edit in tab B', publish = true) {
      const meta = { boardId: 'b1', who: 'Jo', label, what: label, command: 'test' };
      const written = await writeChanges(
        () => Promise.resolve(drafts),
        { ...meta, origin: 'local', tab: 'tab-B' },
        db,
      );
      if (publish) posts?.postMessage(written);
      return written;
    },
    close() {
      posts?.close();
      db.close();
    },
  };
}
