import type { Hono } from 'hono';
import { isUiLanguage, negotiateLanguage, translator, uiLanguages } from '../i18n/index.ts';
import type { LocalizedText } from '../questionnaire/index.ts';
import { resolveText } from '../questionnaire/index.ts';
import { listStudies } from '../store/index.ts';
import type { Kit } from './kit.tsx';
import { problems } from './problem.ts';
import { homeUrl, questionnaireUrls, studyUrl } from './urls.ts';
import { Layout, Paragraphs } from './views/layout.tsx';

/** Home, study and privacy pages. */
export function studyRoutes(app: Hono, kit: Kit): void {
  const { render, redirect, studyScope, studyFrame, options, store } = kit;
  app.get('/', (c) => redirect(c, homeUrl(negotiateLanguage(c.req.header('accept-language'), uiLanguages))));

  app.get('/:lang{[a-z]{2}}', async (c) => {
    const lang = c.req.param('lang');
    if (!isUiLanguage(lang)) throw problems.notFound();
    const t = translator(lang);
    const studies = await listStudies(store.db);
    const frameless = (
      <Layout
        lang={lang}
        t={t}
        title={t('home.title')}
        path={new URL(c.req.url).pathname}
        languages={uiLanguages}
        assets={options.assets}
      >
        <h1>{t('home.title')}</h1>
        {studies.length === 0 ? (
          <p>{t('home.empty')}</p>
        ) : (
          <>
            <p>{t('home.intro')}</p>
            <ul class="links">
              {studies.map((s) => {
                const def = s.definition as { title: LocalizedText; fallbackLanguage: string };
                return (
                  <li>
                    <a href={studyUrl(lang, s.slug)}>{resolveText(def.title, lang, def.fallbackLanguage)}</a>
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </Layout>
    );
    return render(c, frameless);
  });

  app.get('/:lang{[a-z]{2}}/s/:study', async (c) => {
    const { lang, t, study, questionnaires } = await studyScope(c);
    const text = (x: LocalizedText | undefined) => resolveText(x, lang, study.fallbackLanguage);
    return render(
      c,
      studyFrame(
        c,
        lang,
        t,
        study,
        text(study.title),
        <>
          <h1>{text(study.title)}</h1>
          <Paragraphs text={text(study.purpose)} />
          <p>{text(study.organisation)}</p>
          {study.note !== undefined && (
            <div class="note">
              <Paragraphs text={text(study.note)} />
            </div>
          )}
          <h2>{t('study.questionnaires')}</h2>
          <p>{t('study.choose')}</p>
          <ul class="questionnaires">
            {questionnaires
              .filter(({ model }) => model.definition.languages.includes(lang))
              .map(({ row, model }) => (
                <li>
                  <a href={questionnaireUrls(lang, study.slug, row.slug).landing()}>
                    {resolveText(model.definition.title, lang, model.definition.fallbackLanguage)}
                  </a>
                  <p>{resolveText(model.definition.audience, lang, model.definition.fallbackLanguage)}</p>
                  <p class="meta">{t('study.minutes', { minutes: model.definition.estimatedMinutes })}</p>
                </li>
              ))}
          </ul>
        </>,
      ),
    );
  });

  app.get('/:lang{[a-z]{2}}/s/:study/privacy', async (c) => {
    const { lang, t, study } = await studyScope(c);
    const text = (x: LocalizedText | undefined) => resolveText(x, lang, study.fallbackLanguage);
    return render(
      c,
      studyFrame(
        c,
        lang,
        t,
        study,
        t('layout.footer.privacy'),
        <>
          <h1>{t('layout.footer.privacy')}</h1>
          <Paragraphs text={text(study.privacy)} />
          <p>{t('landing.contact', { name: text(study.contact.name), email: study.contact.email })}</p>
        </>,
      ),
    );
  });
}
