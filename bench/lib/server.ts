/**
 * Real credmap processes for benchmarks and fault checks: `node bin/credmap.js serve` started with
 * the given environment, ready once `GET /healthz` answers 200. Every process started here is killed
 * when this process exits, whatever happened before.
 */
import type { ChildProcess } from 'node:child_process';
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The repository's root folder (where `bin/` and `questionnaires/` are). */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface CredmapServer {
  readonly origin: string;
  readonly port: number;
  readonly pid: number;
  /** Resolves with the exit code (or the signal's name) when the process ends. */
  readonly exited: Promise<number | string>;
  /** Whether the process has ended. */
  hasExited(): boolean;
  /** What it wrote to stdout and stderr (the last 64 KiB). */
  output(): string;
  /** SIGTERM, as an orchestrator stops it; SIGKILL if it has not ended within `graceMs`. */
  stop(graceMs?: number): Promise<number | string>;
  /** SIGKILL: the process ends at once, as in a power cut or an out-of-memory kill. */
  kill(): Promise<number | string>;
}

const started = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of started)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

const clockTicks = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** A process's `/proc/<pid>/stat`, or `undefined` once it has gone (or where there is no `/proc`). */
function statOf(pid: string | number): { command: string; cpu: number } | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2, in brackets) may hold spaces; the fields after it start at field 3.
  const close = stat.lastIndexOf(')');
  const fields = stat.slice(close + 2).split(' ');
  // utime and stime, fields 14 and 15, in clock ticks (proc(5)).
  return {
    command: stat.slice(stat.indexOf('(') + 1, close),
    cpu: (Number(fields[11]) + Number(fields[12])) / clockTicks,
  };
}

/** The CPU time a process has used so far, user and system, in seconds; `undefined` without `/proc`. */
export function cpuSecondsOf(pid: number): number | undefined {
  return statOf(pid)?.cpu;
}

/**
 * The CPU time used so far by every process running `command` (`postgres`: the server and its
 * backends), in seconds; `undefined` without `/proc`. A process that ends takes its time with it.
 */
export function cpuSecondsOfCommand(command: string): number | undefined {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  let total = 0;
  for (const pid of pids) {
    const stat = statOf(pid);
    if (stat?.command === command) total += stat.cpu;
  }
  return total;
}

/** A TCP port free on loopback now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The environment of a credmap child: ours, without database settings unless given. */
function childEnv(env: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'DATA_DIR', 'SMTP_URL', 'PUBLIC_URL', 'PORT']) delete out[name];
  return { HOST: '127.0.0.1', QUESTIONNAIRES_DIR: 'questionnaires', LOG_LEVEL: 'warn', ...out, ...env };
}

/** Runs a credmap command to its end (e.g. `user add`); resolves with its exit code and output. */
export function runCredmap(
  args: readonly string[],
  env: Readonly<Record<string, string>>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/credmap.js', ...args], {
      cwd: repoRoot,
      env: childEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.once('error', reject);
    child.once('close', (code) => {
      started.delete(child);
      resolve({ code, stdout, stderr });
    });
  });
}

/**
 * Starts `credmap serve` with `env` (PORT is required) and waits until `/healthz` answers 200.
 * Fails with the process's output if it exits first or is not ready within `readyMs`.
 */
export async function startCredmap(
  env: Readonly<Record<string, string>> & { readonly PORT: string },
  readyMs = 90_000,
): Promise<CredmapServer> {
  // BENCH_CPU_PROFILE=<folder>: each server writes a V8 CPU profile there when it stops.
  const profile = process.env.BENCH_CPU_PROFILE;
  const flags = profile === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${profile}`];
  const child = spawn(process.execPath, [...flags, 'bin/credmap.js', 'serve'], {
    cwd: repoRoot,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.add(child);
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-65536);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<number | string>((resolve) => {
    child.once('exit', (code, signal) => {
      started.delete(child);
      resolve(code ?? signal ?? 'unknown');
    });
  });
  let ended = false;
  void exited.then(() => {
    ended = true;
  });
  const origin = `http://127.0.0.1:${env.PORT}`;
  const server: CredmapServer = {
    origin,
    port: Number(env.PORT),
    pid: child.pid!,
    exited,
    hasExited: () => ended,
    output: () => output,
    async stop(graceMs = 10_000) {
      if (ended) return exited;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
    async kill() {
      if (!ended) child.kill('SIGKILL');
      return exited;
    },
  };

  const deadline = Date.now() + readyMs;
  while (Date.now() < deadline) {
    if (ended)
      throw new Error(`credmap on port ${env.PORT} exited (${await exited}) before serving:\n${output}`);
    try {
      const res = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) return server;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await server.kill();
  throw new Error(`credmap on port ${env.PORT} did not serve within ${readyMs} ms:\n${output}`);
}
