import { runCommand } from '../commands/bus';
import type { Command } from '../commands/command';
import { endMeeting, startMeeting } from '../commands/meetings/meetingCommands';
import { snapshotOfMeeting } from '../db/snapshots';
import type { Draft } from '../db/writer';
import { todayString } from '../domain/dates';
import { newId } from '../domain/ids';
import { newPerson } from '../domain/kinds/person';

async function run(command: Command): Promise<void> {
  const result = await runCommand(command);
  if (!result.ok) throw new Error(result.message);
}

/** Holds a meeting from start to end through the real commands; returns the meeting's id. */
async function holdMeeting(boardId: string): Promise<string> {
  const id = newId();
  await run(
    startMeeting(boardId, id, {
      date: todayString(),
      attendees: [{ name: 'Bench Chair', agency: 'Community safety' }],
      agenda: [],
    }),
  );
  const meeting = { id, boardId } as Parameters<typeof endMeeting>[0];
  await run(endMeeting(meeting, newId()));
  return id;
}

/** Between meetings: some people added, some risks raised, some associations removed. */
function changeSome(boardId: string, n: number): Command {
  return {
    name: 'benchChanges',
    label: 'Bench changes',
    scope: boardId,
    boardId,
    plan: async (reader) => {
      const people = await reader.byBoard('people', boardId);
      const links = await reader.byBoard('associations', boardId);
      const drafts: Draft[] = [];
      for (const p of people.slice(0, n))
        drafts.push({
          table: 'people',
          id: p.id,
          after: { ...p, riskLevel: p.riskLevel === 'significant' ? 'none' : 'significant' },
        });
      for (const a of links.slice(0, n))
        drafts.push({ table: 'associations', id: a.id, after: null });
      for (let i = 0; i < n; i++) {
        const id = newId();
        drafts.push({
          table: 'people',
          id,
          after: newPerson(id, boardId, { displayName: `New ${i}` }),
        });
      }
      return drafts;
    },
  };
}

/** Test and benchmark hooks for meetings (see testApi.ts). */
export const meetingTestApi = {
  /**
   * Holds a meeting, changes `changes` records of each kind, holds another, then times reading
   * both snapshots from storage and comparing them, as "What changed" does.
   */
  async timeSnapshotDiff(
    boardId: string,
    changes = 50,
  ): Promise<{ ms: number; readMs: number; diffMs: number; found: number }> {
    // Imported here so the comparison stays out of the page's first download, as in the app.
    const { diffBoards } = await import('../domain/snapshotDiff');
    const first = await holdMeeting(boardId);
    await run(changeSome(boardId, changes));
    const second = await holdMeeting(boardId);
    const t0 = performance.now();
    const [a, b] = await Promise.all([snapshotOfMeeting(first), snapshotOfMeeting(second)]);
    const t1 = performance.now();
    if (!a || !b) throw new Error('snapshot not stored');
    const found = diffBoards(a.tables, b.tables, {
      since: todayString(),
      today: todayString(),
    });
    const t2 = performance.now();
    return { ms: t2 - t0, readMs: t1 - t0, diffMs: t2 - t1, found: found.length };
  },
};
