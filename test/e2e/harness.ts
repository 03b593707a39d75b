import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { expect } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { start } from '../../src/main.ts';

export const chromiumPath = '/usr/bin/chromium';

/**
 * Whether the browser suites can run. Under CI=true a missing Chromium fails the run; elsewhere
 * the suite is skipped with a note on how to get it.
 */
export function browserAvailable(): boolean {
  if (existsSync(chromiumPath)) return true;
  if (process.env.CI === 'true')
    throw new Error(
      `CI=true: ${chromiumPath} is missing (apt-get install chromium); browser tests may not skip`,
    );
  console.warn(
    `Browser tests skipped: ${chromiumPath} is missing. Install Debian's Chromium: apt-get install chromium`,
  );
  return false;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** credmap as `npm start` runs it, on a free port, with a fresh embedded database. */
export async function startServer(questionnairesDir = 'questionnaires') {
  const dataDir = mkdtempSync(join(tmpdir(), 'credmap-e2e-'));
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
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core on the page (WCAG 2.0–2.2 A and AA, and best practices) and fails on any violation. */
export async function expectAccessible(page: Page): Promise<void> {
  // Evaluated through the DevTools protocol: the pages' CSP rightly refuses inline scripts.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            options: unknown,
          ) => Promise<{
            violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    return axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
  });
  const found = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(found, `axe on ${page.url()}`).toEqual([]);
}
