import { resetBoardStores } from '../../src/db/boardStore';
import { PeersDb, installDatabase } from '../../src/db/database';
import { history } from '../../src/commands/history';

let counter = 0;

/** A fresh, empty database for one test, installed as the app's database. */
export async function freshDb(): Promise<PeersDb> {
  const database = new PeersDb(`test-${Date.now()}-${counter++}`);
  await database.open();
  installDatabase(database);
  history.clear();
  resetBoardStores();
  return database;
}
