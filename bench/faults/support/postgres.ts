import { execFile, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from '../../lib/server.ts';

const exec = promisify(execFile);

/** The PostgreSQL server fault checks create their databases on (never stopped by them). */
export const sharedServer = process.env.FAULTS_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A new, empty database on `server`; drop() removes it (and any connection still open to it). */
export async function createDatabase(
  server = sharedServer,
): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `credmap_fault_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), name, drop: () => admin(`drop database if exists ${name} with (force)`) };
}

const pgBin = '/usr/lib/postgresql/15/bin';

/**
 * A PostgreSQL cluster of our own in a temporary folder, on a free loopback port, so that it can be
 * stopped and started without touching anyone else's server. As root, it runs as `postgres`.
 */
export interface PrivateCluster {
  readonly url: string;
  readonly port: number;
  start(): Promise<void>;
  /** `pg_ctl stop -m immediate`: every backend ends at once, as in a crash. */
  stopImmediately(): Promise<void>;
  /** Stops it if it runs and removes its folder. */
  destroy(): Promise<void>;
}

export async function privateCluster(): Promise<PrivateCluster> {
  const root = process.getuid?.() === 0;
  const dir = mkdtempSync(join(tmpdir(), 'credmap-pg-'));
  const data = join(dir, 'data');
  if (root) {
    const { stdout } = await exec('id', ['-u', 'postgres']);
    const { stdout: gid } = await exec('id', ['-g', 'postgres']);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const run = (program: string, args: string[]) =>
    root
      ? exec('runuser', ['-u', 'postgres', '--', join(pgBin, program), ...args])
      : exec(join(pgBin, program), args);
  const port = await freePort();
  let running = false;
  try {
    await run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c shared_buffers=16MB -c max_connections=60`;
  const cluster: PrivateCluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    async start() {
      await run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
      running = true;
    },
    async stopImmediately() {
      await run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      running = false;
    },
    async destroy() {
      if (running) await run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => {});
      running = false;
      rmSync(dir, { recursive: true, force: true });
    },
  };
  // Stopped even when the check ends early: a cluster left running would hold its port and folder.
  process.once('exit', () => {
    if (running) {
      try {
        const args = ['-D', data, '-m', 'immediate', 'stop'];
        if (root) spawnSyncQuiet('runuser', ['-u', 'postgres', '--', join(pgBin, 'pg_ctl'), ...args]);
        else spawnSyncQuiet(join(pgBin, 'pg_ctl'), args);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
  return cluster;
}

function spawnSyncQuiet(program: string, args: string[]) {
  spawnSync(program, args, { stdio: 'ignore', timeout: 20_000 });
}
