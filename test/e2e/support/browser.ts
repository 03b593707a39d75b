import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Browser, Page, Response } from 'playwright-core';
import { chromium } from 'playwright-core';
import { describe, expect } from 'vitest';

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

/** Tabs into a radio group, then moves with the arrow keys to `value`, as keyboard users do. */
export async function chooseRadio(page: Page, name: string, value: string): Promise<void> {
  await tabTo(page, `input[type="radio"][name="${name}"]`);
  const { values, at } = await page.evaluate((n) => {
    const radios = [...document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${n}"]`)];
    return {
      values: radios.map((r) => r.value),
      at: radios.indexOf(document.activeElement as HTMLInputElement),
    };
  }, name);
  const target = values.indexOf(value);
  if (target < 0) throw new Error(`${name} has no option ${value}`);
  // Tabbing into a group where nothing is chosen yet focuses without choosing: Space chooses.
  if (!(await page.isChecked(`input[name="${name}"][value="${values[at]}"]`)))
    await page.keyboard.press('Space');
  for (let i = at; i < target; i++) await page.keyboard.press('ArrowDown');
  for (let i = at; i > target; i--) await page.keyboard.press('ArrowUp');
  expect(await page.isChecked(`input[name="${name}"][value="${value}"]`), `${name} = ${value}`).toBe(true);
}

/** Tabs to a closed drop-down and moves through its options with the arrow keys. */
export async function chooseOption(page: Page, selector: string, value: string): Promise<void> {
  await tabTo(page, selector);
  const { at, target } = await page.$eval(
    selector,
    (el, v) => {
      const select = el as HTMLSelectElement;
      return { at: select.selectedIndex, target: [...select.options].findIndex((o) => o.value === v) };
    },
    value,
  );
  if (target < 0) throw new Error(`${selector} has no option ${value}`);
  for (let i = at; i < target; i++) await page.keyboard.press('ArrowDown');
  for (let i = at; i > target; i--) await page.keyboard.press('ArrowUp');
  expect(await page.$eval(selector, (el) => (el as HTMLSelectElement).value)).toBe(value);
}

export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await tabTo(page, selector);
  await page.keyboard.type(text);
}

/**
 * Fills a page's form with the keyboard alone from a form as a browser would send it (field name ->
 * values): radios with the arrows, check boxes with Space, drop-downs with the arrows, text typed.
 * Fields are visited in the page's order, so the focus only ever moves forward.
 */
export async function fillByKeyboard(
  page: Page,
  form: Readonly<Record<string, readonly string[]>>,
): Promise<void> {
  const order = await page.evaluate(() =>
    [...document.querySelectorAll('main form [name]')].map(
      (el) => `${el.getAttribute('name')}=${(el as HTMLInputElement).value}`,
    ),
  );
  const position = (name: string, value = '') => {
    const exact = order.indexOf(`${name}=${value}`);
    return exact >= 0 ? exact : order.findIndex((entry) => entry.startsWith(`${name}=`));
  };
  const names = Object.keys(form).sort((a, b) => position(a) - position(b));
  for (const name of names) {
    const values = [...(form[name] ?? [])].sort((a, b) => position(name, a) - position(name, b));
    const kind = await page.$eval(`main form [name="${name}"]`, (el) =>
      el.tagName === 'INPUT' ? (el as HTMLInputElement).type : el.tagName.toLowerCase(),
    );
    if (kind === 'radio') await chooseRadio(page, name, values[0]!);
    else if (kind === 'select') await chooseOption(page, `main form select[name="${name}"]`, values[0]!);
    else if (kind === 'checkbox') {
      for (const value of values) {
        await tabTo(page, `main form input[type="checkbox"][name="${name}"][value="${value}"]`);
        await page.keyboard.press('Space');
      }
    } else await typeInto(page, `main form [name="${name}"]`, values[0]!);
  }
}
