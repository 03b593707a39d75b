import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

interface Run {
  readonly child: ChildProcess;
  readonly output: () => string;
  readonly exited: Promise<number | null>;
}

function serve(dataDir: string, questionnaires: string, port: number): Run {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['bin/credmap.js', 'serve'], {
    env: {
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      QUESTIONNAIRES_DIR: questionnaires,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function serving(run: Run, port: number, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    if (run.child.exitCode !== null) throw new Error(`credmap exited before serving:\n${run.output()}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`credmap did not serve within ${withinMs} ms:\n${run.output()}`);
}

describe('the embedded database folder between two servers', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'credmap-data-'));
  // No study files: the lock is what is tested, and an empty folder starts fastest.
  const questionnaires = mkdtempSync(join(tmpdir(), 'credmap-questionnaires-'));
  const runs: Run[] = [];
  afterAll(async () => {
    for (const run of runs)
      if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGKILL');
    await Promise.all(runs.map((run) => run.exited));
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(questionnaires, { recursive: true, force: true });
  });

  it('refuses a second `credmap serve` on a folder another one serves, saying which folder and why', async () => {
    const firstPort = await freePort();
    const first = serve(dataDir, questionnaires, firstPort);
    runs.push(first);
    await serving(first, firstPort, 40_000);

    const started = Date.now();
    const second = serve(dataDir, questionnaires, await freePort());
    runs.push(second);
    const code = await Promise.race([
      second.exited,
      new Promise<'running'>((resolve) => setTimeout(() => resolve('running'), 15_000)),
    ]);
    expect(code, second.output()).toBe(1);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(second.output()).toContain(
      `The data folder ${dataDir} is in use by another credmap process (pid ${first.child.pid})`,
    );

    // The first carries on serving, and stops cleanly.
    expect((await fetch(`http://127.0.0.1:${firstPort}/healthz`)).status).toBe(200);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
  }, 60_000);
});
