import type { DefinitionIssue } from '../issues.ts';

/**
 * Shared modules: a study keeps questions that several questionnaires ask (a core profile, the
 * microcredential block) in module files, and each questionnaire includes them where they belong:
 *
 *   pages:
 *     - include: profile
 *     - include: employer_block
 *       relevant: "${role} = 'employer'"
 *
 * Including copies the module's pages (and its choice lists) in place, so the same question has the
 * same id, variable and codes in every questionnaire that includes it. A `relevant` on the include
 * is added to every page it brings. Works on the authored document, before it is checked.
 */
export interface ModuleDocument {
  readonly module: string;
  readonly lists?: Readonly<Record<string, unknown>>;
  readonly pages: readonly unknown[];
}

export type IncludeResult =
  | { readonly ok: true; readonly document: unknown }
  | { readonly ok: false; readonly issues: readonly DefinitionIssue[] };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export function resolveIncludes(document: unknown, modules: readonly ModuleDocument[]): IncludeResult {
  if (!isRecord(document) || !Array.isArray(document.pages)) return { ok: true, document };
  const byName = new Map(modules.map((m) => [m.module, m]));
  const issues: DefinitionIssue[] = [];
  // Without a prototype, a list named `__proto__` is a list like any other, not the object's parent.
  const lists: Record<string, unknown> = Object.assign(
    Object.create(null),
    isRecord(document.lists) ? document.lists : {},
  );
  const listOwner = new Map<string, string>(Object.keys(lists).map((name) => [name, 'the questionnaire']));

  const expand = (entries: readonly unknown[], path: string, trail: readonly string[]): unknown[] =>
    entries.flatMap((entry, i) => {
      if (!isRecord(entry) || !('include' in entry)) return [entry];
      const name = entry.include;
      const at = `${path}.${i}`;
      const extra = Object.keys(entry).filter((k) => k !== 'include' && k !== 'relevant');
      if (extra.length > 0) issues.push({ path: at, code: 'include.unknownKey', detail: extra.join(', ') });
      const module = typeof name === 'string' ? byName.get(name) : undefined;
      if (module === undefined) {
        // Named as written; not with String(), which throws on an object whose toString is not a function.
        const written = typeof name === 'string' ? name : (JSON.stringify(name) ?? typeof name);
        issues.push({ path: `${at}.include`, code: 'include.unknownModule', detail: written });
        return [];
      }
      if (trail.includes(module.module)) {
        issues.push({
          path: `${at}.include`,
          code: 'include.cycle',
          detail: [...trail, module.module].join(' -> '),
        });
        return [];
      }
      for (const [list, choices] of Object.entries(module.lists ?? {})) {
        const owner = listOwner.get(list);
        if (owner !== undefined && JSON.stringify(lists[list]) !== JSON.stringify(choices)) {
          issues.push({
            path: `${at}.include`,
            code: 'include.listConflict',
            detail: `${list} (module ${module.module} and ${owner})`,
          });
          continue;
        }
        lists[list] = choices;
        listOwner.set(list, `module ${module.module}`);
      }
      const pages = expand(module.pages, `${at}(${module.module}).pages`, [...trail, module.module]);
      const condition = typeof entry.relevant === 'string' ? entry.relevant : undefined;
      return condition === undefined ? pages : pages.map((page) => withCondition(page, condition));
    });

  const pages = expand(document.pages, 'pages', []);
  if (issues.length > 0) return { ok: false, issues };
  const resolved: Record<string, unknown> = { ...document, pages };
  if (Object.keys(lists).length > 0) resolved.lists = lists;
  return { ok: true, document: resolved };
}

function withCondition(page: unknown, condition: string): unknown {
  if (!isRecord(page)) return page;
  const own = typeof page.relevant === 'string' ? page.relevant : undefined;
  return { ...page, relevant: own === undefined ? condition : `(${condition}) and (${own})` };
}
