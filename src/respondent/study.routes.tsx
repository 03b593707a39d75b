import type { Hono } from 'hono';
import type { MessageKey } from '../i18n/index.ts';
import { formatIsoDate, isUiLanguage, negotiateLanguage, translator, uiLanguages } from '../i18n/index.ts';
import type { LocalizedText, PrivacySection } from '../questionnaire/index.ts';
import { privacySections, resolveText } from '../questionnaire/index.ts';
import { findStudy, latestRelease, listStudies } from '../store/index.ts';
import type { Kit } from './kit.tsx';
import { problems } from './problem.ts';
import { eraseUrl, homeUrl, questionnaireUrls, registerUrl, studyUrl, verifyUrl } from './urls.ts';
import { Layout, Paragraphs } from './views/layout.tsx';

/** The heading and default text of each section of the privacy statement. */
const sectionTexts: Record<PrivacySection, readonly [MessageKey, MessageKey]> = {
  purpose: ['privacy.purpose.heading', 'privacy.purpose.default'],
  legalBasis: ['privacy.legalBasis.heading', 'privacy.legalBasis.default'],
  dataCollected: ['privacy.dataCollected.heading', 'privacy.dataCollected.default'],
  retention: ['privacy.retention.heading', 'privacy.retention.default'],
  security: ['privacy.security.heading', 'privacy.security.default'],
  recipients: ['privacy.recipients.heading', 'privacy.recipients.default'],
  transfers: ['privacy.transfers.heading', 'privacy.transfers.default'],
  rights: ['privacy.rights.heading', 'privacy.rights.default'],
  voluntary: ['privacy.voluntary.heading', 'privacy.voluntary.default'],
  automatedDecisions: ['privacy.automatedDecisions.heading', 'privacy.automatedDecisions.default'],
};

/** Home, study and privacy pages. */
export function studyRoutes(app: Hono, kit: Kit): void {
  const { render, redirect, studyScope, studyFrame, options, store } = kit;
  app.get('/', (c) => redirect(c, homeUrl(negotiateLanguage(c.req.header('accept-language'), uiLanguages))));

  app.get('/:lang{[a-z]{2}}', async (c) => {
    const lang = c.req.param('lang');
    if (!isUiLanguage(lang)) throw problems.notFound();
    const t = translator(lang);
    // Only the studies that speak the page's language: the others' pages would not be found.
    const studies = (await listStudies(store.db)).filter((s) =>
      (s.definition as { languages: readonly string[] }).languages.includes(lang),
    );
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
        <p>
          <a href={verifyUrl(lang)}>{t('home.verify')}</a>
        </p>
        <p>
          <a href={registerUrl(lang)}>{t('register.home')}</a>
        </p>
      </Layout>
    );
    return render(c, frameless);
  });

  app.get('/:lang{[a-z]{2}}/s/:study', async (c) => {
    const { lang, t, study, questionnaires } = await studyScope(c);
    const text = (x: LocalizedText | undefined) => resolveText(x, lang, study.fallbackLanguage);
    const row = await findStudy(store.db, study.slug);
    const released = row !== undefined && (await latestRelease(store.db, row.id)) !== undefined;
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
          {released && (
            <p>
              <a href={`/${lang}/s/${study.slug}/results`}>{t('study.results')}</a>
            </p>
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
    const sps = study.privacy;
    const controller = text(sps.controller.name);
    /** The study's own wording of a section, or the default with the study's facts filled in. */
    const section = (name: PrivacySection): string => {
      const own = sps[name];
      if (own !== undefined) return text(own);
      const params = {
        study: text(study.title),
        controller,
        email: sps.controller.email,
        months: sps.retentionMonths,
      };
      return t(sectionTexts[name][1], params);
    };
    const mail = (address: string) => <a href={`mailto:${address}`}>{address}</a>;
    return render(
      c,
      studyFrame(
        c,
        lang,
        t,
        study,
        t('privacy.title'),
        <article class="privacy">
          <h1>{t('privacy.title')}</h1>
          <p class="meta">{t('privacy.updated', { date: formatIsoDate(lang, sps.lastUpdated) })}</p>
          <p>{t('privacy.operation', { operation: text(sps.processingOperation) })}</p>
          {sps.recordReference !== undefined && (
            <p>{t('privacy.reference', { reference: sps.recordReference })}</p>
          )}
          <h2>{t('privacy.introduction.heading')}</h2>
          <p>{t('privacy.introduction.body', { controller })}</p>
          {privacySections.map((name) => (
            <section>
              <h2>{t(sectionTexts[name][0])}</h2>
              <Paragraphs text={section(name)} />
              {name === 'recipients' && sps.processors !== undefined && (
                <p>{t('privacy.processors', { processors: text(sps.processors) })}</p>
              )}
              {name === 'dataCollected' && <p>{t('privacy.contacts', { days: sps.contactRetentionDays })}</p>}
              {name === 'rights' && (
                <p>
                  <a href={eraseUrl(lang, study.slug)}>{t('privacy.erase')}</a>
                </p>
              )}
            </section>
          ))}
          <h2>{t('privacy.contact.heading')}</h2>
          <dl class="contacts">
            <dt>{t('privacy.contact.controller')}</dt>
            <dd>
              {controller}
              {sps.controller.address !== undefined && (
                <>
                  <br />
                  {sps.controller.address}
                </>
              )}
              <br />
              {mail(sps.controller.email)}
            </dd>
            <dt>{t('privacy.contact.dpo')}</dt>
            <dd>
              {sps.dpo.name !== undefined && (
                <>
                  {text(sps.dpo.name)}
                  <br />
                </>
              )}
              {mail(sps.dpo.email)}
            </dd>
            <dt>{t('privacy.contact.edps')}</dt>
            <dd>
              Rue Wiertz 60, 1047 Brussels, Belgium
              <br />
              {mail('edps@edps.europa.eu')}, <a href="https://www.edps.europa.eu">www.edps.europa.eu</a>
            </dd>
          </dl>
          <p>{t('privacy.contact.complaint')}</p>
          {sps.moreInformation !== undefined && (
            <>
              <h2>{t('privacy.moreInformation.heading')}</h2>
              <Paragraphs text={text(sps.moreInformation)} />
            </>
          )}
          <p>{t('landing.contact', { name: text(study.contact.name), email: study.contact.email })}</p>
        </article>,
      ),
    );
  });
}
