import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Hono } from 'hono';
import { ZipFile } from 'yazl';
import type { DataFormat } from '../exports/index.ts';
import { dataFormats, writeExportPackage } from '../exports/index.ts';
import { languageName } from '../i18n/index.ts';
import { resolveText } from '../questionnaire/index.ts';
import type { Catalog } from '../respondent/index.ts';
import { recordAudit } from '../store/index.ts';
import { readConsoleForm } from './form.ts';
import type { ConsoleContext, ConsoleEnv, ConsoleKit } from './kit.tsx';
import { ConsoleLayout, Csrf, Field, IssueSummary } from './views/layout.tsx';
import { sendConsolePage } from './views/send.ts';

/** Format names are the programs' own, the same in every language. */
const formatNames: Readonly<Record<DataFormat, string>> = {
  sav: 'SPSS (.sav)',
  dta: 'Stata (.dta)',
  xlsx: 'Excel (.xlsx)',
};

/**
 * Research exports for analysts: the whole package (data in both layouts, codebook, syntax,
 * README) as one zip, built for the request in a temporary folder that is removed once sent.
 * Every download is in the audit log.
 */
export function exportsRoutes(app: Hono<ConsoleEnv>, kit: ConsoleKit, catalog: Catalog): void {
  const { store } = kit.options;
  const rule = { kind: 'study', permission: 'export.run' } as const;

  const page = async (c: ConsoleContext, error?: string) => {
    const study = kit.studyOf(c);
    const t = kit.t(c);
    const found = await catalog.study(study.slug);
    const languages = found?.study.languages ?? [];
    const title = t('console.exports.title');
    return sendConsolePage(
      c,
      <ConsoleLayout
        frame={kit.studyFrame(c, study, [
          { href: `/console/s/${study.slug}/results`, label: t('console.results.title') },
        ])}
        title={title}
        hasErrors={error !== undefined}
      >
        <h1>{title}</h1>
        <IssueSummary t={t} issues={error === undefined ? [] : [{ field: 'language', message: error }]} />
        <p>{t('console.exports.intro')}</p>
        <p>{t('console.exports.confidential')}</p>
        <form method="post" action={`/console/s/${study.slug}/exports`}>
          <Csrf value={kit.csrfFor(c)} />
          <Field id="language" label={t('console.exports.language')} error={error}>
            <select id="language" name="language">
              {languages.map((l) => (
                <option value={l} selected={l === found?.study.fallbackLanguage}>
                  {languageName(l)}
                </option>
              ))}
            </select>
          </Field>
          <fieldset class="field">
            <legend>{t('console.exports.formats')}</legend>
            <div class="choices">
              {dataFormats.map((f) => (
                <div class="choice">
                  <input type="checkbox" id={`format-${f}`} name="format" value={f} />
                  <label for={`format-${f}`}>{formatNames[f]}</label>
                </div>
              ))}
            </div>
          </fieldset>
          <div class="actions">
            <button type="submit" class="button">
              {t('console.exports.download')}
            </button>
          </div>
        </form>
      </ConsoleLayout>,
      error === undefined ? 200 : 422,
    );
  };

  kit.route(app, 'GET', '/console/s/:study/exports', rule, (c) => page(c));

  kit.route(app, 'POST', '/console/s/:study/exports', rule, async (c) => {
    const form = await readConsoleForm(c, kit);
    const study = kit.studyOf(c);
    const t = kit.t(c);
    const found = await catalog.study(study.slug);
    const language = form.value('language');
    const title = found?.study.title;
    if (found === undefined || !found.study.languages.includes(language))
      return page(c, t('console.exports.badLanguage'));
    const formats = (form.fields.format ?? []).filter((f): f is DataFormat =>
      (dataFormats as readonly string[]).includes(f),
    );
    const dir = await mkdtemp(join(tmpdir(), 'credmap-download-'));
    try {
      const now = kit.options.now();
      const summary = await writeExportPackage(store, {
        scope: { studyId: study.id },
        study: study.slug,
        ...(title === undefined ? {} : { title: resolveText(title, language, found.study.fallbackLanguage) }),
        questionnaires: found.questionnaires.map((q) => q.model.definition),
        language,
        dir,
        now,
        formats,
      });
      const principal = kit.principalOf(c);
      await recordAudit(store.db, {
        accountId: principal.account.id,
        actor: principal.account.name,
        studyId: study.id,
        action: 'export.download',
        detail: { respondents: summary.respondents, language, files: summary.files.join(' ') },
      });
      const zip = new ZipFile();
      const folder = `${study.slug}-${now.toISOString().slice(0, 10)}`;
      for (const file of summary.files) zip.addFile(join(dir, file), `${folder}/${file}`);
      zip.end();
      const cleanup = () => void rm(dir, { recursive: true, force: true });
      zip.outputStream.once('end', cleanup).once('error', cleanup);
      c.header('Content-Type', 'application/zip');
      c.header('Content-Disposition', `attachment; filename="${folder}.zip"`);
      c.header('Cache-Control', 'no-store');
      return c.body(Readable.toWeb(zip.outputStream as Readable) as ReadableStream);
    } catch (error) {
      await rm(dir, { recursive: true, force: true });
      throw error;
    }
  });
}
