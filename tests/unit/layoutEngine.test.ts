import { describe, expect, it } from 'vitest';
import {
  createWorkerEngine,
  LayoutCancelled,
  type WorkerLike,
} from '../../src/adapters/cytoscape/layout/layoutEngine';
import type {
  LayoutReply,
  LayoutRequest,
  LayoutStage,
} from '../../src/adapters/cytoscape/layout/types';

/** Stands in for the layout worker: records requests; the test sends the replies. */
class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<LayoutReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  requests: LayoutRequest[] = [];
  terminated = false;
  postMessage(message: LayoutRequest): void {
    this.requests.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(message: LayoutReply): void {
    this.onmessage?.({ data: message } as MessageEvent<LayoutReply>);
  }
}

const input = { nodes: [{ id: 'a', x: 0, y: 0, pinned: false }], edges: [] };

function setUp() {
  const workers: FakeWorker[] = [];
  const engine = createWorkerEngine(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  });
  return { engine, workers };
}

describe('the worker layout engine', () => {
  it('starts no worker until asked, then passes on stages and resolves with the positions', async () => {
    const { engine, workers } = setUp();
    expect(workers).toHaveLength(0);
    const stages: LayoutStage[] = [];
    const done = engine.run(input, 'grid', { onStage: (s) => stages.push(s) });
    expect(workers).toHaveLength(1);
    const { runId } = workers[0]!.requests[0]!;
    expect(workers[0]!.requests[0]).toMatchObject({ type: 'run', algorithm: 'grid', input });
    workers[0]!.reply({ type: 'stage', runId, stage: 'placing' });
    workers[0]!.reply({ type: 'done', runId, positions: [{ id: 'a', x: 1, y: 2 }] });
    await expect(done).resolves.toEqual([{ id: 'a', x: 1, y: 2 }]);
    expect(stages).toEqual(['starting', 'placing']);
  });

  it('keeps the worker for the next run', async () => {
    const { engine, workers } = setUp();
    engine.prepare?.();
    const first = engine.run(input, 'circle');
    workers[0]!.reply({ type: 'done', runId: workers[0]!.requests[0]!.runId, positions: [] });
    await first;
    const second = engine.run(input, 'circle');
    workers[0]!.reply({ type: 'done', runId: workers[0]!.requests[1]!.runId, positions: [] });
    await second;
    expect(workers).toHaveLength(1);
  });

  it('on cancel ends the worker and rejects as cancelled; the next run starts a new worker', async () => {
    const { engine, workers } = setUp();
    const abort = new AbortController();
    const running = engine.run(input, 'fcose', { signal: abort.signal });
    abort.abort();
    await expect(running).rejects.toBeInstanceOf(LayoutCancelled);
    expect(workers[0]!.terminated).toBe(true);
    // A late answer from the ended worker is ignored.
    workers[0]!.reply({ type: 'done', runId: workers[0]!.requests[0]!.runId, positions: [] });

    const again = engine.run(input, 'fcose');
    expect(workers).toHaveLength(2);
    workers[1]!.reply({ type: 'done', runId: workers[1]!.requests[0]!.runId, positions: [] });
    await expect(again).resolves.toEqual([]);
  });

  it('does not start when already cancelled', async () => {
    const { engine, workers } = setUp();
    const abort = new AbortController();
    abort.abort();
    await expect(engine.run(input, 'grid', { signal: abort.signal })).rejects.toBeInstanceOf(
      LayoutCancelled,
    );
    expect(workers).toHaveLength(0);
  });

  it('rejects with the message when the layout fails or the worker cannot load', async () => {
    const { engine, workers } = setUp();
    const failing = engine.run(input, 'grid');
    workers[0]!.reply({ type: 'failed', runId: workers[0]!.requests[0]!.runId, message: 'boom' });
    await expect(failing).rejects.toThrow('boom');

    const broken = engine.run(input, 'grid');
    workers[0]!.onerror?.({ message: 'could not load', preventDefault: () => {} } as ErrorEvent);
    await expect(broken).rejects.toThrow('could not load');
    expect(workers[0]!.terminated).toBe(true);
  });
});
