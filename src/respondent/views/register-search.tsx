import type { Translate } from '../../i18n/index.ts';
import { countryName, formatList, formatNumber, registerCodeLabel } from '../../i18n/index.ts';
import type { RegisterFacet, RegisterSort, SearchRequest, SearchResult } from '../../register/index.ts';
import {
  annexICompleteness,
  facetCodes,
  registerFacets,
  registerSorts,
  searchParams,
} from '../../register/index.ts';
import { registerUrl } from '../urls.ts';
import {
  countText,
  facetNames,
  facetValueLabel,
  registerEntryUrl,
  registerExportUrl,
  Text,
  withQuery,
  workloadText,
} from './register-common.tsx';
import { annexCounts } from './verify-annex.tsx';

/**
 * The register's search page: one GET form (words, sort, facets as check boxes with counts, one
 * button), the filters in use as links that remove them, the results, their pages, and downloads.
 * Every state is a URL, so it works without JavaScript and a search can be shared.
 */
export interface RegisterSearchProps {
  readonly t: Translate;
  readonly lang: string;
  readonly req: SearchRequest;
  readonly result: SearchResult;
  readonly pageSize: number;
  /** The most rows a download holds. */
  readonly maxExport: number;
}

const sortNames = {
  relevance: 'register.sort.relevance',
  title: 'register.sort.title',
  newest: 'register.sort.newest',
  workload: 'register.sort.workload',
} as const satisfies Record<RegisterSort, string>;

const hasFilters = (req: SearchRequest) =>
  req.words.length > 0 || registerFacets.some((f) => (req.filters[f]?.length ?? 0) > 0);

export function RegisterSearch(props: RegisterSearchProps) {
  const { t, lang, req, result } = props;
  const empty = result.total === 0 && !hasFilters(req);
  return (
    <>
      <h1>{t('register.title')}</h1>
      <p>{t('register.intro')}</p>
      {req.dropped.length > 0 && (
        <div class="note" id="dropped">
          <p>{t('register.dropped', { parts: req.dropped.join(', ') })}</p>
        </div>
      )}
      {empty ? (
        <section id="results" aria-labelledby="results-heading">
          <h2 id="results-heading">{countText(t, lang, 0)}</h2>
          <p>{t('register.results.empty')}</p>
          <p>{t('register.results.emptyMore')}</p>
        </section>
      ) : (
        <div class="register-search">
          <SearchForm {...props} />
          <div class="register-results-column">
            <ActiveFilters t={t} lang={lang} req={req} />
            <Results {...props} />
          </div>
        </div>
      )}
    </>
  );
}

function SearchForm(props: RegisterSearchProps) {
  const { t, lang, req } = props;
  const sorts = registerSorts.filter((s) => s !== 'relevance' || req.words.length > 0);
  return (
    <form method="get" action={registerUrl(lang)} class="register-form" aria-label={t('register.title')}>
      <p class="skip-to-results">
        <a href="#results">{t('register.skipToResults')}</a>
      </p>
      <div class="field">
        <label class="question" for="q">
          {t('register.search.label')}
        </label>
        <div class="hint" id="q-hint">
          {t('register.search.hint')}
        </div>
        <input type="search" id="q" name="q" value={req.text} maxlength={200} aria-describedby="q-hint" />
      </div>
      <div class="field">
        <label class="question" for="sort">
          {t('register.sort.label')}
        </label>
        <select id="sort" name="sort">
          {sorts.map((s) => (
            <option value={s} selected={s === req.sort}>
              {t(sortNames[s])}
            </option>
          ))}
        </select>
      </div>
      <h2 id="filters-heading">{t('register.filters.heading')}</h2>
      <p class="hint">{t('register.filters.hint')}</p>
      {registerFacets.map((facet) => (
        <Facet {...props} facet={facet} />
      ))}
      <button type="submit" class="button">
        {t('register.submit')}
      </button>
    </form>
  );
}

/** The values a facet offers: those with results, and those ticked even if they have none now. */
function facetValues(props: RegisterSearchProps, facet: RegisterFacet): { value: string; n: number }[] {
  const { t, lang, req, result } = props;
  const counted = new Map((result.facets[facet] ?? []).map((v) => [v.value, v.n]));
  for (const v of req.filters[facet] ?? []) if (!counted.has(v)) counted.set(v, 0);
  const values = [...counted].map(([value, n]) => ({ value, n }));
  const codes = facetCodes[facet];
  // Lists with an order of their own (levels, bands, fields, the study's lists) keep it; countries
  // and languages go by how many results they give, then by name.
  if (Array.isArray(codes) && facet !== 'country') {
    const order = codes as readonly string[];
    const rank = (v: string) => (order.includes(v) ? order.indexOf(v) : order.length);
    return values.sort((a, b) => rank(a.value) - rank(b.value));
  }
  const label = (v: string) => facetValueLabel(t, lang, facet, v);
  return values.sort((a, b) => b.n - a.n || label(a.value).localeCompare(label(b.value), lang));
}

function Facet(props: RegisterSearchProps & { facet: RegisterFacet }) {
  const { t, lang, req, facet } = props;
  const values = facetValues(props, facet);
  if (values.length === 0) return null;
  const active = req.filters[facet] ?? [];
  const hintId = facet === 'workload' ? 'facet-workload-hint' : undefined;
  return (
    <fieldset class="facet" id={`facet-${facet}`} aria-describedby={hintId}>
      <legend class="facet-legend">{t(facetNames[facet])}</legend>
      {hintId !== undefined && (
        <p class="hint" id={hintId}>
          {t('register.facet.workloadHint')}
        </p>
      )}
      <div class="choices">
        {values.map(({ value, n }) => {
          const id = `f-${facet}-${value}`;
          return (
            <div class="choice">
              <input type="checkbox" id={id} name={facet} value={value} checked={active.includes(value)} />
              <label for={id}>
                {facetValueLabel(t, lang, facet, value)} <span class="count">({formatNumber(lang, n)})</span>
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

function ActiveFilters(props: { t: Translate; lang: string; req: SearchRequest }) {
  const { t, lang, req } = props;
  if (!hasFilters(req)) return null;
  const base = registerUrl(lang);
  // Without words, relevance means nothing: the order falls back to titles.
  const wordless: SearchRequest = {
    ...req,
    text: '',
    words: [],
    sort: req.sort === 'relevance' ? 'title' : req.sort,
  };
  const withoutWords = searchParams(wordless, { page: 1 });
  return (
    <section class="active-filters" aria-labelledby="active-heading">
      <h2 id="active-heading">{t('register.active.heading')}</h2>
      <ul class="inline-links">
        {req.words.length > 0 && (
          <li>
            <a href={withQuery(base, withoutWords)} class="remove-filter" data-facet="q">
              <span class="visually-hidden">{t('register.active.remove')} </span>
              {t('register.active.words')}: {req.text}
            </a>
          </li>
        )}
        {registerFacets.flatMap((facet) =>
          (req.filters[facet] ?? []).map((value) => (
            <li>
              <a
                href={withQuery(base, searchParams(req, { toggle: { facet, value } }))}
                class="remove-filter"
                data-facet={facet}
                data-value={value}
              >
                <span class="visually-hidden">{t('register.active.remove')} </span>
                {t(facetNames[facet])}: {facetValueLabel(t, lang, facet, value)}
              </a>
            </li>
          )),
        )}
      </ul>
      <p>
        <a href={withQuery(base, searchParams(wordless, { clear: 'all' }))} id="clear-all">
          {t('register.active.clear')}
        </a>
      </p>
    </section>
  );
}

function Results(props: RegisterSearchProps) {
  const { t, lang, req, result, pageSize } = props;
  const pages = Math.max(1, Math.ceil(result.total / pageSize));
  const first = withQuery(registerUrl(lang), searchParams(req, { page: 1 }));
  return (
    <section id="results" aria-labelledby="results-heading" tabindex={-1}>
      <h2 id="results-heading" data-total={result.total}>
        {countText(t, lang, result.total)}
      </h2>
      {result.total === 0 ? (
        <>
          <p>{t('register.results.none')}</p>
          <p>{t('register.results.noneHelp')}</p>
        </>
      ) : result.hits.length === 0 ? (
        <>
          <p>{t('register.results.pastEnd')}</p>
          <p>
            <a href={first}>{t('register.results.firstPage')}</a>
          </p>
        </>
      ) : (
        <>
          {pages > 1 && (
            <p class="meta">
              {t('register.results.page', {
                page: formatNumber(lang, req.page),
                pages: formatNumber(lang, pages),
              })}
            </p>
          )}
          <ul class="register-results">
            {result.hits.map((hit) => (
              <ResultItem t={t} lang={lang} hit={hit} />
            ))}
          </ul>
          <Pagination t={t} lang={lang} req={req} pages={pages} />
          <section class="downloads" aria-labelledby="downloads-heading">
            <h2 id="downloads-heading">{t('register.download.heading')}</h2>
            <p class="hint">{t('register.download.hint', { max: formatNumber(lang, props.maxExport) })}</p>
            <ul class="inline-links">
              <li>
                <a href={registerExportUrl(lang, 'csv', searchParams(req, { page: 1 }))} id="download-csv">
                  {t('register.download.csv')}
                </a>
              </li>
              <li>
                <a href={registerExportUrl(lang, 'json', searchParams(req, { page: 1 }))} id="download-json">
                  {t('register.download.json')}
                </a>
              </li>
            </ul>
          </section>
        </>
      )}
    </section>
  );
}

function ResultItem(props: { t: Translate; lang: string; hit: SearchResult['hits'][number] }) {
  const { t, lang, hit } = props;
  const r = hit.record;
  const { present, total } = annexCounts(annexICompleteness(r));
  const workload = workloadText(t, lang, r.workload);
  const bodies = r.awardingBodies ?? [];
  const countries = r.issuerCountries ?? [];
  return (
    <li class="register-result" data-id={hit.id}>
      <h3>
        <a href={registerEntryUrl(lang, hit.id)}>
          <Text value={r.title} lang={lang} />
        </a>
      </h3>
      <dl class="register-facts">
        {bodies.length > 0 && (
          <div>
            <dt>{t('register.result.awardedBy')}</dt>
            <dd>
              {bodies.map((b, i) => (
                <>
                  {i > 0 && '; '}
                  <Text value={b.name} lang={lang} />
                </>
              ))}
            </dd>
          </div>
        )}
        {countries.length > 0 && (
          <div>
            <dt>{t('register.facet.country')}</dt>
            <dd>
              {formatList(
                lang,
                countries.map((c) => countryName(lang, c)),
              )}
            </dd>
          </div>
        )}
        {r.level?.eqf !== undefined && (
          <div>
            <dt>{t('register.facet.eqf')}</dt>
            <dd>{registerCodeLabel(t, 'eqf', r.level.eqf)}</dd>
          </div>
        )}
        {workload !== undefined && (
          <div>
            <dt>{t('register.facet.workload')}</dt>
            <dd>{workload}</dd>
          </div>
        )}
        {r.participation !== undefined && (
          <div>
            <dt>{t('register.facet.participation')}</dt>
            <dd>{registerCodeLabel(t, 'participation', r.participation.form)}</dd>
          </div>
        )}
        <div>
          <dt>{t('register.result.completeness')}</dt>
          <dd data-present={present} data-total={total}>
            {t('verify.annex.score', { present, total })}
          </dd>
        </div>
      </dl>
    </li>
  );
}

/** The page numbers shown: the first, the last, and two either side of the current one. */
function pageNumbers(current: number, pages: number): (number | 'gap')[] {
  const shown = [...new Set([1, pages, ...[-2, -1, 0, 1, 2].map((d) => current + d)])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  for (const n of shown) {
    const last = out[out.length - 1];
    if (typeof last === 'number' && n - last > 1) out.push('gap');
    out.push(n);
  }
  return out;
}

function Pagination(props: { t: Translate; lang: string; req: SearchRequest; pages: number }) {
  const { t, lang, req, pages } = props;
  if (pages <= 1) return null;
  const href = (page: number) => withQuery(registerUrl(lang), searchParams(req, { page }));
  const current = Math.min(req.page, pages);
  return (
    <nav class="pagination" aria-label={t('register.pages.label')}>
      <ul>
        {current > 1 && (
          <li class="pagination-previous">
            <a href={href(current - 1)} rel="prev">
              {t('register.pages.previous')}
            </a>
          </li>
        )}
        {pageNumbers(current, pages).map((n) =>
          n === 'gap' ? (
            <li class="pagination-gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li>
              <a href={href(n)} aria-current={n === current ? 'page' : undefined} data-page={n}>
                <span class="visually-hidden">{t('register.pages.page')} </span>
                {formatNumber(lang, n)}
              </a>
            </li>
          ),
        )}
        {current < pages && (
          <li class="pagination-next">
            <a href={href(current + 1)} rel="next">
              {t('register.pages.next')}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
