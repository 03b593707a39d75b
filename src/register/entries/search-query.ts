/**
 * A register search as a URL and back: `?q=…&country=DE&country=AT&eqf=5&sort=title&page=2`. The URL
 * is the whole state, so a search can be bookmarked and shared, and the page works without
 * JavaScript. Values that are not codes of their facet are dropped (and said to be), never an error.
 */
import { isoCountryCodes } from '../../questionnaire/index.ts';
import type { RegisterFacet, RegisterQuery, RegisterSort } from '../../store/index.ts';
import { registerFacets } from '../../store/index.ts';
import {
  assessmentTypeSchema,
  eqfLevelSchema,
  participationFormSchema,
  providerTypeSchema,
  qualityAssuranceTypeSchema,
  stackabilityOptionSchema,
} from '../model/index.ts';
import { searchWords, workloadBands } from './facets.ts';

export type { RegisterFacet, RegisterSort };
export { registerFacets };

export const registerSorts: readonly RegisterSort[] = ['relevance', 'title', 'newest', 'workload'];
export const PAGE_SIZE = 20;
/** More than this and a query is cut: no visitor types 12 words, a script might type 10 000. */
const MAX_WORDS = 12;
const MAX_VALUES = 30;
/** Past this a page number is refused: 200,000 results deep, no one is reading. */
const MAX_PAGE = 10_000;

/** ISCED-F broad fields: two digits, 00–10. */
const broadFields = ['00', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10'];

/** The codes each facet takes. Languages: any ISO 639-1 code. */
export const facetCodes: Record<RegisterFacet, ((value: string) => boolean) | readonly string[]> = {
  country: isoCountryCodes,
  eqf: eqfLevelSchema.options,
  field: broadFields,
  workload: workloadBands,
  participation: participationFormSchema.options,
  assessment: assessmentTypeSchema.options,
  quality: qualityAssuranceTypeSchema.options,
  providerType: providerTypeSchema.options,
  stackability: stackabilityOptionSchema.options,
  language: (v) => /^[a-z]{2}$/.test(v),
};

const accepts = (facet: RegisterFacet, value: string): boolean => {
  const codes = facetCodes[facet];
  return typeof codes === 'function' ? codes(value) : codes.includes(value);
};

export interface SearchRequest {
  readonly text: string;
  readonly words: readonly string[];
  readonly filters: Partial<Record<RegisterFacet, readonly string[]>>;
  readonly sort: RegisterSort;
  readonly page: number;
  /** Parameters or values that were not understood and were left out. */
  readonly dropped: readonly string[];
}

/** Reads a search from URL parameters (repeated keys for several values of a facet). */
export function parseSearch(params: URLSearchParams): SearchRequest {
  const dropped: string[] = [];
  const text = (params.get('q') ?? '').slice(0, 200).trim();
  const words = [...new Set(searchWords(text))].slice(0, MAX_WORDS).map((w) => w.slice(0, 60));
  const filters: Partial<Record<RegisterFacet, string[]>> = {};
  for (const facet of registerFacets) {
    const values = [...new Set(params.getAll(facet))].slice(0, MAX_VALUES);
    const good = values.filter((v) => accepts(facet, v));
    for (const v of values) if (!good.includes(v)) dropped.push(`${facet}=${v.slice(0, 40)}`);
    if (good.length > 0) filters[facet] = good;
  }
  const sortParam = params.get('sort');
  let sort: RegisterSort = words.length > 0 ? 'relevance' : 'title';
  if (sortParam !== null) {
    if ((registerSorts as readonly string[]).includes(sortParam)) sort = sortParam as RegisterSort;
    else dropped.push(`sort=${sortParam.slice(0, 40)}`);
  }
  // Relevance without words means nothing; titles are the order then.
  if (sort === 'relevance' && words.length === 0) sort = 'title';
  const pageParam = params.get('page');
  let page = 1;
  if (pageParam !== null) {
    // Written as the links write it: decimal digits. `Number` would also take "1e3", "0x10", " 2" or
    // "2.", none of them a page number anyone typed as such.
    if (/^[1-9][0-9]*$/.test(pageParam) && Number(pageParam) <= MAX_PAGE) page = Number(pageParam);
    else dropped.push(`page=${pageParam.slice(0, 40)}`);
  }
  return { text, words, filters, sort, page, dropped };
}

/** The query the store runs for a request, in the reader's language. */
export function storeQuery(req: SearchRequest, language: string, limit = PAGE_SIZE): RegisterQuery {
  return {
    words: req.words,
    filters: req.filters,
    sort: req.sort,
    language,
    limit,
    offset: (req.page - 1) * limit,
  };
}

/** The URL parameters of a request, changed: the links of facets, sorting and pages. */
export function searchParams(
  req: SearchRequest,
  change: {
    toggle?: { facet: RegisterFacet; value: string };
    sort?: RegisterSort;
    page?: number;
    clear?: RegisterFacet | 'all';
  } = {},
): URLSearchParams {
  const out = new URLSearchParams();
  if (req.text !== '') out.set('q', req.text);
  for (const facet of registerFacets) {
    if (change.clear === 'all' || change.clear === facet) continue;
    let values = [...(req.filters[facet] ?? [])];
    if (change.toggle?.facet === facet)
      values = values.includes(change.toggle.value)
        ? values.filter((v) => v !== change.toggle!.value)
        : [...values, change.toggle.value];
    for (const v of values) out.append(facet, v);
  }
  const sort = change.sort ?? req.sort;
  if (sort !== (req.words.length > 0 ? 'relevance' : 'title')) out.set('sort', sort);
  // Changing what is shown starts again at the first page.
  const restart = change.toggle !== undefined || change.clear !== undefined || change.sort !== undefined;
  const page = change.page ?? (restart ? 1 : req.page);
  if (page > 1) out.set('page', String(page));
  return out;
}
