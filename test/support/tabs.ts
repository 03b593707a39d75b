import type { Browser, TestApp } from './app.ts';
import { Browser as NewBrowser } from './app.ts';

/** The response cookie of the demo questionnaire, whatever its id. */
export function responseCookieName(b: Browser): string {
  for (let id = 1; id < 20; id++) if (b.cookie(`cm_r${id}`) !== undefined) return `cm_r${id}`;
  throw new Error('no response cookie');
}

/** Another tab of the same browser: the same cookies, its own requests and pages. */
export function otherTab(t: TestApp, b: Browser): Browser {
  const tab = new NewBrowser(t.app);
  for (const name of ['cm_csrf', responseCookieName(b)]) tab.setCookie(name, b.cookie(name)!);
  return tab;
}

/** Lets `between` run once, in another request, just before the next page save is written. */
export function beforeNextPageWrite(t: TestApp, between: () => Promise<unknown>) {
  const pages = t.store.pages;
  const ran = { between: false };
  const original = pages.write;
  pages.write = async (responseId, write) => {
    Reflect.deleteProperty(pages, 'write');
    await between();
    ran.between = true;
    return original.call(pages, responseId, write);
  };
  return ran;
}
