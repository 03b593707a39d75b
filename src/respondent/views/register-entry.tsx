import type { Child } from 'hono/jsx';
import type { MessageKey, Translate } from '../../i18n/index.ts';
import { countryName, formatIsoDate, formatList, registerCodeLabel } from '../../i18n/index.ts';
import type {
  AnnexIElement,
  ElementCheck,
  ElementReason,
  MicrocredentialDraft,
  PublicEntry,
} from '../../register/index.ts';
import { registerUrl } from '../urls.ts';
import { Paragraphs } from './layout.tsx';
import type { LocalizedText } from './register-common.tsx';
import {
  languageLabel,
  pickText,
  registerEntryUrl,
  registerProviderUrl,
  Text,
  workloadText,
} from './register-common.tsx';
import { annexCounts, elementNames, elementStatusNames } from './verify-annex.tsx';

/**
 * The page of one published microcredential: what it is and who awards it, then the 16 elements of
 * Annex I of the Council Recommendation of 16 June 2022 (2022/C 243/02) in their order, each with
 * its value in words and whether the description gives it, then its pathways, details and links.
 */

/** A download of the entry in a credential format (Open Badges 3.0, Europass ELM), added by its own routes. */
export interface CredentialFormatLink {
  readonly label: string;
  readonly href: string;
}

export interface RegisterEntryProps {
  readonly t: Translate;
  readonly lang: string;
  readonly entry: PublicEntry;
  /** Download links in credential formats; the section is shown only when there are some. */
  readonly formats?: readonly CredentialFormatLink[];
  /** Awarding bodies (by provider id) that have a page of their own in the register. */
  readonly providers?: ReadonlySet<string>;
}

/**
 * Why an element is not simply present, said of a register description. The wording of the
 * "check a credential" page is kept where it fits a description as well as a credential.
 */
const reasonMessages: Readonly<Record<ElementReason, MessageKey>> = {
  absent: 'register.reason.absent',
  invalid: 'register.reason.invalid',
  noAssessment: 'register.reason.noAssessment',
  noQualityAssurance: 'register.reason.noQualityAssurance',
  registerEntryNotAwarded: 'register.reason.notAwarded',
  notIssued: 'register.reason.notIssued',
  noLevel: 'register.reason.noLevel',
  outcomesTooShort: 'verify.annex.reason.outcomesTooShort',
  outcomesNotVerbLed: 'verify.annex.reason.outcomesNotVerbLed',
  noEctsOrHours: 'verify.annex.reason.noEctsOrHours',
  nqfWithoutEqf: 'verify.annex.reason.nqfWithoutEqf',
  assessmentFreeTextOnly: 'verify.annex.reason.assessmentFreeTextOnly',
  otherWithoutDescription: 'verify.annex.reason.otherWithoutDescription',
  qaFreeTextOnly: 'verify.annex.reason.qaFreeTextOnly',
};

const linkNames = {
  homepage: 'register.link.homepage',
  enrolment: 'register.link.enrolment',
  catalogue: 'register.link.catalogue',
} as const satisfies Record<string, MessageKey>;

/** A longer text (paragraphs), marked with its language when it is not the reader's. */
function LongText(props: { value: LocalizedText | undefined; lang: string }) {
  const picked = pickText(props.value, props.lang);
  if (picked === undefined) return null;
  const other = picked.lang !== undefined && picked.lang !== props.lang;
  return (
    <div class="long-text" lang={other ? picked.lang : undefined}>
      <Paragraphs text={picked.text} />
    </div>
  );
}

/** Several texts of a list, separated by semicolons, each marked with its own language. */
function Texts(props: { values: readonly LocalizedText[]; lang: string }) {
  return (
    <>
      {props.values.map((v, i) => (
        <>
          {i > 0 && '; '}
          <Text value={v} lang={props.lang} />
        </>
      ))}
    </>
  );
}

/** One value per line: a list when there are several, the value itself when there is one. */
function Lines(props: { items: readonly Child[] }) {
  const items = props.items.filter((i) => i !== undefined && i !== null && i !== false);
  if (items.length === 0) return null;
  if (items.length === 1) return <>{items[0]}</>;
  return (
    <ul class="value-lines">
      {items.map((item) => (
        <li>{item}</li>
      ))}
    </ul>
  );
}

/** An element's value in words, or undefined when the description gives none. */
function elementValue(t: Translate, lang: string, r: MicrocredentialDraft, element: AnnexIElement): Child {
  switch (element) {
    case 'learner':
      return undefined;
    case 'title':
      return r.title === undefined ? undefined : <Text value={r.title} lang={lang} />;
    case 'issuerCountry':
      return (
        <Lines
          items={[
            (r.issuerCountries?.length ?? 0) > 0
              ? formatList(
                  lang,
                  (r.issuerCountries ?? []).map((c) => countryName(lang, c)),
                )
              : undefined,
            (r.issuerRegions?.length ?? 0) > 0 ? (
              <>
                {t('register.entry.regions')} <Texts values={r.issuerRegions ?? []} lang={lang} />
              </>
            ) : undefined,
          ]}
        />
      );
    case 'awardingBody':
      return (r.awardingBodies?.length ?? 0) > 0 ? (
        <Texts values={(r.awardingBodies ?? []).map((b) => b.name)} lang={lang} />
      ) : undefined;
    case 'dateOfIssuing':
      return r.dateOfIssuing === undefined ? undefined : formatIsoDate(lang, r.dateOfIssuing.slice(0, 10));
    case 'learningOutcomes':
      return (r.learningOutcomes?.length ?? 0) === 0 ? undefined : (
        <ul class="outcomes">
          {(r.learningOutcomes ?? []).map((o) => (
            <li>
              <Text value={o.text} lang={lang} />
              {(o.escoSkills?.length ?? 0) > 0 && (
                <div class="esco">
                  {t('register.entry.esco')}{' '}
                  {(o.escoSkills ?? []).map((s, i) => (
                    <>
                      {i > 0 && ', '}
                      <a href={s.uri} class="esco-skill">
                        <Text value={s.label} lang={lang} />
                      </a>
                    </>
                  ))}
                </div>
              )}
            </li>
          ))}
        </ul>
      );
    case 'workload':
      return workloadText(t, lang, r.workload);
    case 'level': {
      const level = r.level;
      if (level === undefined) return undefined;
      const eqf = level.eqf;
      return (
        <Lines
          items={[
            eqf === undefined
              ? undefined
              : eqf === 'none'
                ? registerCodeLabel(t, 'eqf', eqf)
                : `${t('register.facet.eqf')}: ${registerCodeLabel(t, 'eqf', eqf)}`,
            level.nqf === undefined ? undefined : (
              <>
                {t('register.entry.nqf')} <Text value={level.nqf.label} lang={lang} />
              </>
            ),
            level.cycle === undefined ? undefined : registerCodeLabel(t, 'cycle', level.cycle),
          ]}
        />
      );
    }
    case 'assessmentType':
      return r.assessment === undefined ? undefined : (
        <Lines
          items={[
            ...r.assessment.types.map((c) => registerCodeLabel(t, 'assessment', c)),
            r.assessment.description === undefined ? undefined : (
              <LongText value={r.assessment.description} lang={lang} />
            ),
          ]}
        />
      );
    case 'participationForm':
      return r.participation === undefined ? undefined : (
        <Lines
          items={[
            registerCodeLabel(t, 'participation', r.participation.form),
            r.participation.delivery === undefined
              ? undefined
              : registerCodeLabel(t, 'delivery', r.participation.delivery),
          ]}
        />
      );
    case 'qualityAssurance': {
      const qa = r.qualityAssurance;
      return qa === undefined ? undefined : (
        <Lines
          items={[
            ...qa.types.map((c) => registerCodeLabel(t, 'quality', c)),
            qa.description === undefined ? undefined : <LongText value={qa.description} lang={lang} />,
            (qa.bodies?.length ?? 0) === 0 ? undefined : (
              <>
                {t('register.entry.qaBodies')} <Texts values={qa.bodies ?? []} lang={lang} />
              </>
            ),
            qa.url === undefined ? undefined : <a href={qa.url}>{t('register.entry.qaLink')}</a>,
          ]}
        />
      );
    }
    case 'prerequisites':
      return r.prerequisites === undefined ? undefined : (
        <Lines
          items={[
            ...r.prerequisites.types.map((c) => registerCodeLabel(t, 'prerequisites', c)),
            r.prerequisites.description === undefined ? undefined : (
              <LongText value={r.prerequisites.description} lang={lang} />
            ),
          ]}
        />
      );
    case 'supervision':
      return r.supervision === undefined ? undefined : registerCodeLabel(t, 'supervision', r.supervision);
    case 'grade':
      // The scheme only: a grade achieved is about a holder, and the register describes no holder.
      return r.grade === undefined ? undefined : (
        <Lines
          items={[
            r.grade.scheme === undefined ? undefined : registerCodeLabel(t, 'grade', r.grade.scheme),
            r.grade.schemeDescription === undefined ? undefined : (
              <Text value={r.grade.schemeDescription} lang={lang} />
            ),
          ]}
        />
      );
    case 'stackability':
      return r.stackability === undefined
        ? undefined
        : registerCodeLabel(t, 'stackability', r.stackability.option);
    case 'furtherInformation': {
      const info = r.furtherInformation;
      return info === undefined ? undefined : (
        <Lines
          items={[
            info.text === undefined ? undefined : <LongText value={info.text} lang={lang} />,
            info.url === undefined ? undefined : <a href={info.url}>{t('register.entry.moreLink')}</a>,
          ]}
        />
      );
    }
  }
}

function ElementRow(props: {
  t: Translate;
  lang: string;
  record: MicrocredentialDraft;
  check: ElementCheck;
}) {
  const { t, lang, record, check } = props;
  const value = elementValue(t, lang, record, check.element);
  const reason = check.reason === undefined ? undefined : reasonMessages[check.reason];
  const empty = value === undefined || value === null || value === '';
  return (
    <div class="annex-row" data-element={check.element} data-number={check.number} data-status={check.status}>
      <dt>
        {check.number}. {t(elementNames[check.element])}
      </dt>
      {!empty && <dd class="annex-value">{value}</dd>}
      <dd class={`annex-status status-${check.status}`}>
        <strong>{t(elementStatusNames[check.status])}</strong> (
        {t(check.mandatory ? 'verify.annex.mandatory' : 'verify.annex.optional')})
        {check.status !== 'present' && reason !== undefined && <> {t(reason)}</>}
      </dd>
    </div>
  );
}

function Pathways(props: { t: Translate; lang: string; entry: PublicEntry }) {
  const { t, lang, entry } = props;
  const towards = entry.record.stackability?.partOf ?? [];
  if (towards.length === 0 && entry.stackedBy.length === 0) return null;
  return (
    <section id="pathways" aria-labelledby="pathways-heading">
      <h2 id="pathways-heading">{t('register.entry.pathways.heading')}</h2>
      {towards.length > 0 && (
        <>
          <h3>{t('register.entry.pathways.towards')}</h3>
          <ul class="links" id="counts-towards">
            {towards.map((ref) => {
              const inRegister = ref.id === undefined ? undefined : entry.stacksInto.get(ref.id);
              if (inRegister !== undefined && ref.id !== undefined)
                return (
                  <li>
                    <a href={registerEntryUrl(lang, ref.id)} data-entry={ref.id}>
                      <Text value={inRegister.title ?? ref.title} lang={lang} />
                    </a>
                  </li>
                );
              const name =
                ref.title === undefined ? (ref.url ?? ref.id) : <Text value={ref.title} lang={lang} />;
              return <li>{ref.url === undefined ? name : <a href={ref.url}>{name}</a>}</li>;
            })}
          </ul>
        </>
      )}
      {entry.stackedBy.length > 0 && (
        <>
          <h3>{t('register.entry.pathways.from')}</h3>
          <ul class="links" id="built-from">
            {entry.stackedBy.map((s) => (
              <li>
                <a href={registerEntryUrl(lang, s.id)} data-entry={s.id}>
                  <Text value={s.record.title} lang={lang} />
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function MoreDetails(props: { t: Translate; lang: string; record: MicrocredentialDraft }) {
  const { t, lang, record: r } = props;
  const fields = [...new Set((r.iscedF ?? []).map((c) => registerCodeLabel(t, 'field', c)))];
  const rows: [MessageKey, Child][] = [];
  if (fields.length > 0) rows.push(['register.facet.field', formatList(lang, fields)]);
  if ((r.languagesOfInstruction?.length ?? 0) > 0)
    rows.push([
      'register.facet.language',
      formatList(
        lang,
        (r.languagesOfInstruction ?? []).map((l) => languageLabel(lang, l)),
      ),
    ]);
  if (r.providerType !== undefined)
    rows.push(['register.facet.providerType', registerCodeLabel(t, 'providerType', r.providerType)]);
  if (r.duration !== undefined)
    rows.push(['register.entry.duration', registerCodeLabel(t, 'duration', r.duration)]);
  if (r.awardCriteria !== undefined)
    rows.push(['register.entry.awardCriteria', <LongText value={r.awardCriteria} lang={lang} />]);
  if (rows.length === 0) return null;
  return (
    <section id="details" aria-labelledby="details-heading">
      <h2 id="details-heading">{t('register.entry.more.heading')}</h2>
      <dl class="register-facts">
        {rows.map(([key, value]) => (
          <div>
            <dt>{t(key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function RegisterEntry(props: RegisterEntryProps) {
  const { t, lang, entry } = props;
  const r = entry.record;
  const { present, total } = annexCounts(entry.completeness);
  const bodies = r.awardingBodies ?? [];
  const links = r.links ?? [];
  return (
    <>
      <a class="back-link" href={registerUrl(lang)}>
        {t('register.entry.back')}
      </a>
      <h1>
        <Text value={r.title} lang={lang} />
      </h1>
      <LongText value={r.description} lang={lang} />
      <p class="meta">{t('register.entry.id', { id: entry.id })}</p>

      {bodies.length > 0 && (
        <section id="awarding-bodies" aria-labelledby="bodies-heading">
          <h2 id="bodies-heading">{t('register.entry.awardingBodies')}</h2>
          <ul class="links">
            {bodies.map((b) => (
              <li>
                {b.providerId !== undefined && props.providers?.has(b.providerId) ? (
                  <a href={registerProviderUrl(lang, b.providerId)}>
                    <Text value={b.name} lang={lang} />
                  </a>
                ) : (
                  <Text value={b.name} lang={lang} />
                )}
                {b.country !== undefined && <> ({countryName(lang, b.country)})</>}
                {b.homepage !== undefined && (
                  <>
                    {' – '}
                    <a href={b.homepage}>{t('register.entry.website')}</a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section id="annex" aria-labelledby="annex-heading">
        <h2 id="annex-heading">{t('register.entry.annex.heading')}</h2>
        <p>{t('register.entry.annex.intro')}</p>
        <p id="annex-score" data-present={present} data-total={total}>
          <strong>{t('verify.annex.score', { present, total })}</strong>
        </p>
        <dl class="annex-values">
          {entry.completeness.elements.map((check) => (
            <ElementRow t={t} lang={lang} record={r} check={check} />
          ))}
        </dl>
      </section>

      <Pathways t={t} lang={lang} entry={entry} />
      <MoreDetails t={t} lang={lang} record={r} />

      {links.length > 0 && (
        <section id="links" aria-labelledby="links-heading">
          <h2 id="links-heading">{t('register.entry.links.heading')}</h2>
          <ul class="links">
            {links.map((l) => (
              <li>
                <a href={l.url} data-rel={l.rel}>
                  {t(linkNames[l.rel])}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}

      {/*
        The entry as a digital credential description: download links for an Open Badges 3.0
        achievement and a Europass (ELM) learning achievement specification go here. Their routes
        are added separately and pass their links in as `formats`.
      */}
      {(props.formats?.length ?? 0) > 0 && (
        <section id="credential-formats" aria-labelledby="formats-heading">
          <h2 id="formats-heading">{t('register.entry.formats.heading')}</h2>
          <ul class="links">
            {(props.formats ?? []).map((f) => (
              <li>
                <a href={f.href}>{f.label}</a>
              </li>
            ))}
          </ul>
        </section>
      )}

      <p class="meta">
        {t('register.entry.published', {
          date: formatIsoDate(lang, entry.publishedAt.toISOString().slice(0, 10)),
        })}
      </p>
    </>
  );
}
