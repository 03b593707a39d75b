import type { MessageKey, Translate } from '../../i18n/index.ts';
import type {
  AnnexIElement,
  Completeness,
  ElementCheck,
  ElementReason,
  ElementStatus,
  VerificationReport,
} from '../../register/index.ts';
import { annexICompleteness, fromElm, fromOpenBadge } from '../../register/index.ts';

/**
 * "Described with the EU standard elements?": how completely a checked credential describes its
 * microcredential by Annex I of the Council Recommendation of 16 June 2022 (2022/C 243/02). Only
 * codes and element names are shown, never a value of the credential: element 1 (the learner) is
 * not assessed, and the grade (element 14) shows only whether there is one.
 */

/**
 * The completeness of the credential the verifier could read, or undefined when there is none (the
 * input was not a credential of a known format). A mapper that throws all the same gives no block,
 * and nothing is logged: the error could quote the learner's data.
 */
export function annexOf(report: VerificationReport): Completeness | undefined {
  const credential = report.credential;
  if (typeof credential !== 'object' || credential === null || Array.isArray(credential)) return undefined;
  try {
    if (report.format === 'open-badges-3') return annexICompleteness(fromOpenBadge(credential).record);
    // The Europass verifier reports the sealed payload, the credential itself, as `credential`.
    if (report.format === 'europass-elm-3') return annexICompleteness(fromElm(credential).record);
  } catch {
    return undefined;
  }
  return undefined;
}

export const elementNames: Readonly<Record<AnnexIElement, MessageKey>> = {
  learner: 'verify.annex.element.learner',
  title: 'verify.annex.element.title',
  issuerCountry: 'verify.annex.element.issuerCountry',
  awardingBody: 'verify.annex.element.awardingBody',
  dateOfIssuing: 'verify.annex.element.dateOfIssuing',
  learningOutcomes: 'verify.annex.element.learningOutcomes',
  workload: 'verify.annex.element.workload',
  level: 'verify.annex.element.level',
  assessmentType: 'verify.annex.element.assessmentType',
  participationForm: 'verify.annex.element.participationForm',
  qualityAssurance: 'verify.annex.element.qualityAssurance',
  prerequisites: 'verify.annex.element.prerequisites',
  supervision: 'verify.annex.element.supervision',
  grade: 'verify.annex.element.grade',
  stackability: 'verify.annex.element.stackability',
  furtherInformation: 'verify.annex.element.furtherInformation',
};

export const elementStatusNames: Readonly<Record<ElementStatus, MessageKey>> = {
  present: 'verify.annex.status.present',
  missing: 'verify.annex.status.missing',
  vague: 'verify.annex.status.vague',
  notApplicable: 'verify.annex.status.notApplicable',
};

export const reasonMessages: Readonly<Record<ElementReason, MessageKey>> = {
  absent: 'verify.annex.reason.absent',
  invalid: 'verify.annex.reason.invalid',
  noAssessment: 'verify.annex.reason.noAssessment',
  noQualityAssurance: 'verify.annex.reason.noQualityAssurance',
  // Said for a checked credential: the learner is in it, but this page shows no personal data.
  registerEntryNotAwarded: 'verify.annex.reason.learner',
  notIssued: 'verify.annex.reason.notIssued',
  noLevel: 'verify.annex.reason.noLevel',
  outcomesTooShort: 'verify.annex.reason.outcomesTooShort',
  outcomesNotVerbLed: 'verify.annex.reason.outcomesNotVerbLed',
  noEctsOrHours: 'verify.annex.reason.noEctsOrHours',
  nqfWithoutEqf: 'verify.annex.reason.nqfWithoutEqf',
  assessmentFreeTextOnly: 'verify.annex.reason.assessmentFreeTextOnly',
  otherWithoutDescription: 'verify.annex.reason.otherWithoutDescription',
  qaFreeTextOnly: 'verify.annex.reason.qaFreeTextOnly',
};

/** Mandatory elements present, of those that apply (the score as counts). */
export function annexCounts(completeness: Completeness): { present: number; total: number } {
  const applicable = completeness.elements.filter((e) => e.mandatory && e.status !== 'notApplicable');
  return { present: applicable.filter((e) => e.status === 'present').length, total: applicable.length };
}

function ElementRow(props: { t: Translate; check: ElementCheck }) {
  const { t, check } = props;
  const reason = check.reason === undefined ? undefined : reasonMessages[check.reason];
  return (
    <tr data-element={check.element} data-number={check.number} data-status={check.status}>
      <td>{check.number}</td>
      <th scope="row">{t(elementNames[check.element])}</th>
      <td>{t(check.mandatory ? 'verify.annex.mandatory' : 'verify.annex.optional')}</td>
      <td>
        <strong>{t(elementStatusNames[check.status])}</strong>
        {check.status !== 'present' && reason !== undefined && (
          <>
            <br />
            {t(reason)}
          </>
        )}
      </td>
    </tr>
  );
}

/** The block's content; the result page puts it in its own section. */
export function AnnexBlock(props: { t: Translate; completeness: Completeness }) {
  const { t, completeness } = props;
  const { present, total } = annexCounts(completeness);
  return (
    <>
      <h2 id="annex-heading">{t('verify.annex.heading')}</h2>
      <p>{t('verify.annex.about')}</p>
      <p id="annex-score" data-present={present} data-total={total}>
        <strong>{t('verify.annex.score', { present, total })}</strong>
      </p>
      <table class="table annex-elements">
        <caption class="visually-hidden">{t('verify.annex.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('verify.annex.number')}</th>
            <th scope="col">{t('verify.annex.element')}</th>
            <th scope="col">{t('verify.annex.kind')}</th>
            <th scope="col">{t('verify.annex.result')}</th>
          </tr>
        </thead>
        <tbody>
          {completeness.elements.map((check) => (
            <ElementRow t={t} check={check} />
          ))}
        </tbody>
      </table>
    </>
  );
}
