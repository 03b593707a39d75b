import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Browser, Page, Response } from 'playwright-core';
import { chromium } from 'playwright-core';
import { describe } from 'vitest';

/** Debian's Chromium. A browser is never downloaded. */
export const chromiumPath = '/usr/bin/chromium';

/**
 * `describe` when Chromium is installed. Without it the suite is skipped with a note on how to get
 * it, except under CI=true, where nothing may skip: the test file fails instead.
 */
export function describeWithBrowser(): typeof describe | typeof describe.skip {
  if (existsSync(chromiumPath)) return describe;
  if (process.env.CI === 'true')
    throw new Error(
      `CI=true: ${chromiumPath} is missing (apt-get install chromium); browser tests may not skip`,
    );
  console.warn(
    `Browser tests skipped: ${chromiumPath} is missing. Install Debian's Chromium: apt-get install chromium`,
  );
  return describe.skip;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
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

/**
 * Runs `action` (a click, a key press) and waits for the navigation it starts to load; returns the
 * final response of that navigation, after any redirects (a 303 after a POST, say).
 */
export async function navigation(page: Page, action: () => Promise<unknown>): Promise<Response> {
  const final = page.waitForResponse(
    (r) =>
      r.request().isNavigationRequest() &&
      r.frame() === page.mainFrame() &&
      (r.status() < 300 || r.status() >= 400),
  );
  const [response] = await Promise.all([final, page.waitForEvent('load'), action()]);
  return response;
}

// ---------------------------------------------------------------------------------------------
// axe-core

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const axeOptions: RunOptions = {
  runOnly: {
    type: 'tag',
    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
  },
};

interface AxeSummary {
  readonly violations: readonly {
    id: string;
    impact: string;
    help: string;
    helpUrl: string;
    nodes: readonly { target: string; summary: string }[];
  }[];
  readonly passes: number;
}

async function runAxe(page: Page): Promise<AxeSummary> {
  // The pages' Content-Security-Policy rightly refuses inline scripts (page.addScriptTag fails
  // there); code evaluated through the DevTools protocol is not subject to it.
  await page.evaluate(axeSource);
  return page.evaluate(async (options) => {
    const axe = (window as unknown as { axe: { run(c: Document, o: unknown): Promise<AxeResults> } }).axe;
    const result = await axe.run(document, options);
    return {
      violations: result.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? 'unknown',
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({
          target: n.target.map(String).join(' '),
          summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
        })),
      })),
      passes: result.passes.length,
    };
  }, axeOptions);
}

/** A readable report of what axe found: rule, impact, help, and every node with why it fails. */
function report(where: string, summary: AxeSummary): string {
  const lines = [`axe-core found ${summary.violations.length} violation(s) on ${where}:`];
  for (const v of summary.violations) {
    lines.push(`  ${v.id} (${v.impact}): ${v.help}  <${v.helpUrl}>`);
    for (const node of v.nodes) lines.push(`    - ${node.target}: ${node.summary}`);
  }
  return lines.join('\n');
}

export interface AxeCheckOptions {
  /**
   * The page's context has JavaScript off. axe cannot run there (the page's timers never fire), so
   * the page's HTML is audited in a scripted twin: same address, same stylesheet, same viewport,
   * with the page's own scripts blocked so that the DOM stays what a browser without them shows.
   */
  readonly javaScriptDisabled?: boolean;
}

/**
 * Fails unless axe-core finds no violation of WCAG 2.0, 2.1 and 2.2 A and AA, nor of its best
 * practices, on the page as it is now. The failure lists every violation and the nodes concerned.
 */
export async function expectNoAxeViolations(page: Page, options: AxeCheckOptions = {}): Promise<void> {
  const where = `${page.url()} (“${await page.title()}”)`;
  const summary = options.javaScriptDisabled ? await auditElsewhere(page) : await runAxe(page);
  if (summary.violations.length > 0) throw new Error(report(where, summary));
  // An audit that checked nothing would pass anything.
  if (summary.passes === 0) throw new Error(`axe-core checked nothing on ${where}`);
}

interface Twin {
  readonly page: Page;
  html: string;
}

const twins = new WeakMap<Browser, Promise<Twin>>();

async function openTwin(browser: Browser): Promise<Twin> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const twin: Twin = { page, html: '' };
  await context.route('**/*', (route) => {
    const request = route.request();
    if (request.isNavigationRequest())
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: twin.html });
    if (request.resourceType() === 'script') return route.abort();
    return route.continue();
  });
  return twin;
}

async function auditElsewhere(page: Page): Promise<AxeSummary> {
  const browser = page.context().browser();
  if (browser === null) throw new Error('the page has no browser to open a twin in');
  let pending = twins.get(browser);
  if (pending === undefined) {
    pending = openTwin(browser);
    twins.set(browser, pending);
  }
  const twin = await pending;
  twin.html = await page.content();
  const viewport = page.viewportSize();
  if (viewport !== null) await twin.page.setViewportSize(viewport);
  await twin.page.goto(page.url(), { waitUntil: 'load' });
  // Colour contrast and reflow depend on the stylesheet: the twin must have it, rules and all.
  const styled = await twin.page.evaluate(() => {
    const links = document.querySelectorAll('link[rel="stylesheet"]').length;
    const loaded = [...document.styleSheets].filter((s) => s.cssRules.length > 0).length;
    return loaded === links;
  });
  if (!styled) throw new Error(`the stylesheet of ${page.url()} did not load in the audit`);
  return runAxe(twin.page);
}

// ---------------------------------------------------------------------------------------------
// the keyboard

export interface Focused {
  readonly tag: string;
  readonly id: string;
  readonly name: string;
  readonly value: string;
  readonly text: string;
  /** Shown on screen: a focused element nobody can see is a keyboard trap of its own. */
  readonly visible: boolean;
}

/** What has the focus now. */
export function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (el === null) return { tag: '', id: '', name: '', value: '', text: '', visible: false };
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      name: el.getAttribute('name') ?? '',
      value: (el as HTMLInputElement).value ?? '',
      text: (el.textContent ?? '').trim(),
      visible:
        box.width > 0 &&
        box.height > 0 &&
        box.right > 0 &&
        box.bottom > 0 &&
        box.left < window.innerWidth &&
        style.visibility !== 'hidden',
    };
  });
}

/** Whether the focused element matches a CSS selector. */
export function focusIsOn(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
}

/**
 * Presses Tab (or Shift+Tab) until `selector` has the focus, failing after `max` presses. Every
 * element passed on the way must be visible on screen.
 */
export async function tabTo(
  page: Page,
  selector: string,
  { max = 60, backwards = false }: { max?: number; backwards?: boolean } = {},
): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (now.tag !== 'body' && !now.visible)
      throw new Error(`focus went to an invisible ${now.tag}#${now.id} on ${page.url()}`);
    if (await focusIsOn(page, selector)) return;
  }
  throw new Error(`could not reach ${selector} with ${backwards ? 'Shift+Tab' : 'Tab'} on ${page.url()}`);
}
