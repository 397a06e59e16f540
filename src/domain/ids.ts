/** Random ids for new records. UUIDs, so ids from two tabs (or later two devices) never collide. */
export function newId(): string {
  return crypto.randomUUID();
}
