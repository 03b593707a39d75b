import type { Hono } from 'hono';
import { deleteResponseRow, findCompletedByReceipt, findStudy, recordAudit } from '../store/index.ts';
import { normaliseCode } from './codes.ts';
import { readForm } from './form.ts';
import type { Ctx, Kit } from './kit.tsx';
import { resumeLimit } from './kit.tsx';
import { problems } from './problem.ts';
import { eraseUrl } from './urls.ts';
import { ErrorSummary, FormGuard } from './views/parts.tsx';
import { CodeField } from './views/questions.tsx';

/** A receipt as typed: case, spaces and dashes ignored, look-alikes read as digits, then 4-4. */
const receiptOf = (input: string) => {
  const code = normaliseCode(input);
  return /^[0-9A-HJKMNP-TV-Z]{8}$/.test(code) ? `${code.slice(0, 4)}-${code.slice(4)}` : undefined;
};

/**
 * A respondent deletes their own completed response with its receipt code: the right to erasure
 * (Article 19 of Regulation (EU) 2018/1725) without having to write to anyone.
 */
export function eraseRoutes(app: Hono, kit: Kit): void {
  const { render, studyScope, studyFrame, store, options } = kit;

  const page = async (
    c: Ctx,
    state: { code?: string; error?: string; done?: boolean } = {},
    status: 200 | 404 | 422 = 200,
  ) => {
    const { lang, t, study } = await studyScope(c);
    const title = state.done ? t('erase.done.title') : t('erase.title');
    const error = state.error;
    return render(
      c,
      studyFrame(
        c,
        lang,
        t,
        study,
        title,
        state.done ? (
          <div class="panel" role="status">
            <h1>{title}</h1>
            <p>{t('erase.done.body')}</p>
          </div>
        ) : (
          <>
            <ErrorSummary issues={error === undefined ? [] : [{ path: 'code', message: error }]} t={t} />
            <form method="post" action={eraseUrl(lang, study.slug)} novalidate>
              <FormGuard csrf={kit.csrfFor(c)} />
              <h1>{t('erase.title')}</h1>
              <p id="code-intro">{t('erase.intro')}</p>
              <CodeField
                label={<label for="f-code">{t('erase.receipt')}</label>}
                hint={t('erase.receiptHint')}
                value={state.code ?? ''}
                error={error}
                describedBy="code-intro"
                t={t}
              />
              <button type="submit" class="button button-warning">
                {t('erase.submit')}
              </button>
            </form>
          </>
        ),
        error !== undefined,
      ),
      status,
    );
  };

  app.get('/:lang{[a-z]{2}}/s/:study/erase', (c) => page(c));

  app.post('/:lang{[a-z]{2}}/s/:study/erase', async (c) => {
    const { t } = await studyScope(c);
    const { form, system } = await readForm(c);
    kit.checkCsrf(c, system.csrf);
    if (Object.keys(form).some((k) => k !== 'code') || (form.code?.length ?? 0) > 1)
      throw problems.badRequest();
    const typed = (form.code?.[0] ?? '').slice(0, 40);
    if (typed.trim() === '') return page(c, { code: typed, error: t('erase.empty') }, 422);
    // Receipts are short: guessing them is slowed down like resume codes (wrong ones count).
    const right = await kit.limited(c, 'erase', resumeLimit, options.now());
    const receipt = receiptOf(typed);
    const row = await findStudy(store.db, c.req.param('study'));
    const found =
      receipt === undefined || row === undefined
        ? undefined
        : await findCompletedByReceipt(store.db, row.id, receipt);
    if (found === undefined || row === undefined)
      return page(c, { code: typed, error: t('erase.notFound') }, 422);
    await right();
    await store.db.transaction().execute(async (trx) => {
      await deleteResponseRow(trx, found.id);
      await recordAudit(trx, {
        accountId: null,
        actor: 'respondent',
        studyId: row.id,
        action: 'response.erase',
        detail: { questionnaire: found.questionnaire },
      });
    });
    return page(c, { done: true });
  });
}
