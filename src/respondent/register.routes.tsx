import type { Hono } from 'hono';
import type { Child } from 'hono/jsx';
import type { Translate } from '../i18n/index.ts';
import { isUiLanguage, todayIn, translator, uiLanguages } from '../i18n/index.ts';
import type { PublicEntry, SearchRequest } from '../register/index.ts';
import {
  entryJson,
  issuingGaps,
  PAGE_SIZE,
  parseSearch,
  publicEntry,
  publicProvider,
  recordIdSchema,
  search,
  searchParams,
} from '../register/index.ts';
import { findProvider } from '../store/index.ts';
import type { Ctx, Kit } from './kit.tsx';
import { problems } from './problem.ts';
import { Layout } from './views/layout.tsx';
import { pickText, registerEntryUrl } from './views/register-common.tsx';
import type { CredentialFormatLink } from './views/register-entry.tsx';
import { RegisterEntry } from './views/register-entry.tsx';
import { registerCsv } from './views/register-export.tsx';
import { RegisterProvider } from './views/register-provider.tsx';
import { RegisterSearch } from './views/register-search.tsx';

/**
 * The public register of microcredentials: the search (`/{lang}/register`), the page of each
 * published entry (`/{lang}/register/{id}`), and the result list of a search as CSV or JSON
 * (`/{lang}/register/export.csv`, `.json`). Only published copies are ever read: an entry waiting
 * for review has no page and is in no result.
 */

/** The most rows a download holds; the total and a flag say when a search had more. */
export const MAX_EXPORT_ROWS = 10_000;

export interface RegisterRouteOptions {
  /** Download links of an entry in credential formats (Open Badges 3.0, Europass), when their routes exist. */
  readonly formats?: (lang: string, entry: PublicEntry) => readonly CredentialFormatLink[];
}

/**
 * A fully described entry in the credential formats the register's API gives (format names are
 * the standards' own, the same in every language); an incomplete one has none.
 */
function credentialFormats(lang: string, entry: PublicEntry): CredentialFormatLink[] {
  if (issuingGaps(entry.record).length > 0) return [];
  const base = `/api/v1/register/entries/${encodeURIComponent(entry.id)}`;
  return [
    { label: 'Open Badges 3.0 Achievement (JSON)', href: `${base}/open-badges-achievement?lang=${lang}` },
    {
      label: 'Europass ELM v3 LearningAchievementSpecification (JSON-LD)',
      href: `${base}/elm-specification`,
    },
  ];
}

export function registerRoutes(app: Hono, kit: Kit, routeOptions: RegisterRouteOptions = {}): void {
  const { options, render, store } = kit;

  const languageOf = (c: Ctx) => {
    const lang = c.req.param('lang') ?? '';
    if (!isUiLanguage(lang)) throw problems.notFound();
    return { lang, t: translator(lang) };
  };

  /**
   * `search`: the search the page shows, which the language switcher keeps (the same search in
   * another language). It is the search as understood, never the query string as typed: that could
   * be kilobytes of anything, and the page links to it once per language.
   */
  const frame = (c: Ctx, lang: string, t: Translate, title: string, body: Child, search?: SearchRequest) => {
    const query = search === undefined ? '' : searchParams(search).toString();
    return (
      <Layout
        lang={lang}
        t={t}
        title={title}
        path={`${new URL(c.req.url).pathname}${query === '' ? '' : `?${query}`}`}
        languages={uiLanguages}
        assets={options.assets}
      >
        {body}
      </Layout>
    );
  };

  const requestOf = (c: Ctx): SearchRequest => parseSearch(new URL(c.req.url).searchParams);

  app.get('/:lang{[a-z]{2}}/register', async (c) => {
    const { lang, t } = languageOf(c);
    const req = requestOf(c);
    const result = await search(store.db, req, lang);
    const body = (
      <RegisterSearch
        t={t}
        lang={lang}
        req={req}
        result={result}
        pageSize={PAGE_SIZE}
        maxExport={MAX_EXPORT_ROWS}
      />
    );
    return render(c, frame(c, lang, t, t('register.title'), body, req));
  });

  /** Every result of a search, from its first row, up to the cap. */
  const exported = async (c: Ctx, format: 'csv' | 'json') => {
    const { lang } = languageOf(c);
    const req = requestOf(c);
    const all: SearchRequest = { ...req, page: 1 };
    const result = await search(store.db, all, lang, MAX_EXPORT_ROWS, { facets: false });
    const truncated = result.total > result.hits.length;
    c.header('X-Register-Total', String(result.total));
    c.header('X-Register-Truncated', String(truncated));
    c.header(
      'Content-Disposition',
      `attachment; filename="register-microcredentials-${lang}-${todayIn('UTC', options.now())}.${format}"`,
    );
    return { lang, req: all, result, truncated };
  };

  app.get('/:lang{[a-z]{2}}/register/export.csv', async (c) => {
    const { lang, result } = await exported(c, 'csv');
    c.header('Content-Type', 'text/csv; charset=utf-8');
    return c.body(registerCsv(result.hits, options.publicUrl, lang));
  });

  app.get('/:lang{[a-z]{2}}/register/export.json', async (c) => {
    const { lang, req, result, truncated } = await exported(c, 'json');
    return c.json({
      total: result.total,
      truncated,
      query: {
        q: req.text,
        filters: req.filters,
        sort: req.sort,
        parameters: searchParams(req, { page: 1 }).toString(),
        dropped: req.dropped,
      },
      entries: result.hits.map((h) => entryJson(h, options.publicUrl, lang)),
    });
  });

  app.get('/:lang{[a-z]{2}}/register/providers/:provider', async (c) => {
    const { lang, t } = languageOf(c);
    const id = c.req.param('provider');
    const found = recordIdSchema.safeParse(id).success ? await publicProvider(store.db, id) : undefined;
    if (found === undefined) throw problems.notFound();
    const body = <RegisterProvider t={t} lang={lang} found={found} />;
    return render(c, frame(c, lang, t, pickText(found.provider.name, lang)?.text ?? id, body));
  });

  app.get('/:lang{[a-z]{2}}/register/:id', async (c) => {
    const { lang, t } = languageOf(c);
    const id = c.req.param('id');
    if (!recordIdSchema.safeParse(id).success) throw problems.notFound();
    const found = await publicEntry(store.db, id);
    if (found === undefined) throw problems.notFound();
    // A merged entry's address leads, for good, to the entry it was merged into.
    if ('redirect' in found) return c.redirect(registerEntryUrl(lang, found.redirect), 301);
    const { entry } = found;
    // Awarding bodies the register knows as providers link to their page.
    const providers = new Set<string>();
    for (const b of entry.record.awardingBodies ?? [])
      if (b.providerId !== undefined && (await findProvider(store.db, b.providerId)) !== undefined)
        providers.add(b.providerId);
    const formats = routeOptions.formats?.(lang, entry) ?? credentialFormats(lang, entry);
    const body = (
      <RegisterEntry
        t={t}
        lang={lang}
        entry={entry}
        providers={providers}
        {...(formats === undefined ? {} : { formats })}
      />
    );
    return render(c, frame(c, lang, t, pickText(entry.record.title, lang)?.text ?? entry.id, body));
  });
}
