// idbWrite2000BoardMs and idbRead2000BoardMs: what IndexedDB itself takes, with no app code, to
// store and to read back the records of the 2,000-person / 6,000-association board of
// network2000RenderMs (__pp.seedBoard(1, 2000, 6000), memoised by the context): its people,
// associations and diagram positions (10,000 records) copied with raw IndexedDB calls into a
// scratch database whose stores have the app's key paths and indexes. Write: from the first add
// to the transaction complete, one readwrite transaction. Read: every record back by the boardId
// index, one readonly transaction. Median of 3; the scratch database is deleted after each run.
//
// No targets: they are the floor under the app's own numbers. Opening a stored board only reads
// these records; importing a network file or opening a board file must also write them, so the
// difference between the two is the least an import can add to a stored board's draw.
import { median, withTimeout } from '../lib/stats.mjs';

const RUNS = 3;
const SEED = 1;
const PEOPLE = 2000;
const TABLES = ['people', 'associations', 'positions'];

/** Runs in the page with raw IndexedDB only. */
async function timeOnce([boardId, tables, appDb]) {
  const request = (r) =>
    new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const done = (tx) =>
    new Promise((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = tx.onerror = () => reject(tx.error);
    });
  const source = await request(indexedDB.open(appDb));
  const shapes = [];
  const records = {};
  const read = source.transaction(tables, 'readonly');
  for (const name of tables) {
    const store = read.objectStore(name);
    shapes.push({
      name,
      keyPath: store.keyPath,
      indexes: [...store.indexNames].map((i) => {
        const index = store.index(i);
        return { name: i, keyPath: index.keyPath, multiEntry: index.multiEntry };
      }),
    });
    records[name] = await request(store.index('boardId').getAll(boardId));
  }
  source.close();

  const scratchName = `pp-bench-idb-floor-${Date.now()}`;
  const opening = indexedDB.open(scratchName, 1);
  opening.onupgradeneeded = () => {
    for (const shape of shapes) {
      const store = opening.result.createObjectStore(shape.name, { keyPath: shape.keyPath });
      for (const index of shape.indexes)
        store.createIndex(index.name, index.keyPath, { multiEntry: index.multiEntry });
    }
  };
  const scratch = await request(opening);
  try {
    const t0 = performance.now();
    const write = scratch.transaction(tables, 'readwrite');
    for (const name of tables) {
      const store = write.objectStore(name);
      for (const record of records[name]) store.add(record);
    }
    await done(write);
    const writeMs = performance.now() - t0;

    const t1 = performance.now();
    const back = scratch.transaction(tables, 'readonly');
    let count = 0;
    for (const name of tables)
      count += (await request(back.objectStore(name).index('boardId').getAll(boardId))).length;
    const readMs = performance.now() - t1;
    return { writeMs, readMs, count };
  } finally {
    scratch.close();
    await request(indexedDB.deleteDatabase(scratchName));
  }
}

export default {
  metrics: {
    idbWrite2000BoardMs: { unit: 'ms' },
    idbRead2000BoardMs: { unit: 'ms' },
  },
  async run(ctx) {
    const id = await ctx.seededBoard(SEED, PEOPLE, 3 * PEOPLE);
    const page = await ctx.openBoardList();
    try {
      const writes = [];
      const reads = [];
      for (let i = 0; i < RUNS; i++) {
        await ctx.settle(page, 300);
        const r = await withTimeout(
          page.evaluate(timeOnce, [id, TABLES, 'peers-and-places']),
          120_000,
          'copying the 2,000 board with raw IndexedDB',
        );
        if (r.count < 10_000) throw new Error(`only ${r.count} records copied`);
        ctx.log(
          `  idb floor run ${i + 1}: ${r.count} records written in ${r.writeMs.toFixed(0)} ms, read back in ${r.readMs.toFixed(0)} ms`,
        );
        writes.push(r.writeMs);
        reads.push(r.readMs);
      }
      return { idbWrite2000BoardMs: median(writes), idbRead2000BoardMs: median(reads) };
    } finally {
      await page.close();
    }
  },
};
