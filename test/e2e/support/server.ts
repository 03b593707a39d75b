import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../src/config.ts';
import { start } from '../../../src/main.ts';

export interface TestServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  readonly url: string;
  readonly port: number;
  /** The one-time link that creates the first console owner. */
  readonly setupLink: string | undefined;
  stop(): Promise<void>;
}

/**
 * credmap as `npm start` runs it (the composition root, a real HTTP server), on a free port, with a
 * fresh embedded database in a temporary folder that is removed again on stop.
 */
export async function startServer(questionnairesDir = 'questionnaires'): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'credmap-e2e-'));
  try {
    const server = await start(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        QUESTIONNAIRES_DIR: questionnairesDir,
      }),
    );
    return {
      url: `http://127.0.0.1:${server.port}`,
      port: server.port,
      setupLink: server.setupLink,
      async stop() {
        await server.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

export interface Fieldwork {
  /** The study's slug (and folder name) in the copy. */
  readonly slug: string;
  readonly opens: string;
  readonly closes: string;
}

/**
 * A questionnaires folder holding copies of `questionnaires/demo`, each under its own slug and with
 * its own fieldwork dates: a running server's clock cannot be moved, its studies' dates can.
 * Returns the folder and a function that removes it.
 */
export function demoCopies(copies: readonly Fieldwork[]): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'credmap-e2e-studies-'));
  for (const copy of copies) {
    const target = join(dir, copy.slug);
    cpSync(join('questionnaires', 'demo'), target, { recursive: true });
    rewrite(join(target, 'study.yaml'), /^slug: .*$/m, `slug: ${copy.slug}`);
    const questionnaire = join(target, 'demo.yaml');
    rewrite(questionnaire, /^(\s+opens: ).*$/m, `$1"${copy.opens}"`);
    rewrite(questionnaire, /^(\s+closes: ).*$/m, `$1"${copy.closes}"`);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Replaces the one match of `pattern`, and fails loudly when the file no longer has it. */
function rewrite(file: string, pattern: RegExp, replacement: string): void {
  const text = readFileSync(file, 'utf8');
  if (!pattern.test(text)) throw new Error(`${file}: nothing matches ${pattern}; update demoCopies()`);
  writeFileSync(file, text.replace(pattern, replacement));
}
