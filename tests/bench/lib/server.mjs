// Serves the built dist/ with `vite preview` for the benchmark and stops it afterwards.
import { spawn } from 'node:child_process';

/** Starts `vite preview`, resolves once it answers HTTP; `stop()` kills the whole process group. */
export async function startPreview({ cwd, host = '127.0.0.1', port = 4175, timeoutMs = 60_000 }) {
  const url = `http://${host}:${port}`;
  const child = spawn(
    'npx',
    ['vite', 'preview', '--host', host, '--port', String(port), '--strictPort'],
    {
      cwd,
      detached: true, // own process group, so npx and the node it starts both stop together
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));

  const stop = async () => {
    if (exited || child.pid === undefined) return;
    const gone = new Promise((r) => child.once('exit', r));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    const t = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 5_000);
    await gone;
    clearTimeout(t);
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited)
      throw new Error(
        `vite preview exited (${JSON.stringify(exited)}) before answering:\n${output}`,
      );
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`vite preview did not answer on ${url} within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, stop };
}
