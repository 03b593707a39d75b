import type { Translate } from '../i18n/index.ts';
import { countryName, languageName, uiLanguages } from '../i18n/index.ts';
import { isoCountryCodes } from '../questionnaire/index.ts';
import type { MicrocredentialDraft } from '../register/index.ts';
import {
  assessmentTypeSchema,
  deliverySchema,
  durationSchema,
  ESCO_ATTRIBUTION,
  eqfLevelSchema,
  findEscoSkill,
  gradeSchemeSchema,
  iscedF,
  microcredentialDraftSchema,
  participationFormSchema,
  prerequisiteTypeSchema,
  providerTypeSchema,
  qfEheaCycleSchema,
  qualityAssuranceTypeSchema,
  stackabilityOptionSchema,
  supervisionSchema,
} from '../register/index.ts';
import type { ConsoleForm } from './form.ts';
import { formIssues } from './form.ts';
import type { ConsoleTranslate } from './messages/index.ts';
import type { FieldIssue } from './views/layout.tsx';
import { Csrf, Field } from './views/layout.tsx';

/**
 * The Annex I form: one microcredential described element by element, its texts in one language at
 * a time (the texts of other languages are kept). Curators and providers use the same form; what it
 * sends becomes a MicrocredentialDraft, each element checked by the register's own schema.
 */

/** Form field names, and the record field each one fills (for errors). */
const fieldOf: Readonly<Record<string, string>> = {
  title: 'title',
  issuerCountries: 'countries',
  issuerRegions: 'regions',
  awardingBodies: 'bodyName',
  learningOutcomes: 'outcomes',
  workload: 'ects',
  level: 'eqf',
  assessment: 'assessment',
  participation: 'participation',
  qualityAssurance: 'quality',
  prerequisites: 'prerequisites',
  supervision: 'supervision',
  grade: 'grade',
  stackability: 'stackability',
  furtherInformation: 'furtherUrl',
  description: 'description',
  awardCriteria: 'criteria',
  iscedF: 'field',
  languagesOfInstruction: 'languages',
  providerType: 'providerType',
  duration: 'duration',
  links: 'enrolment',
};

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
const codesIn = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((c) => c.trim())
    .filter((c) => c !== '');

/** A text in the form's language, the record's other languages kept; empty removes it there. */
function withText(
  base: Readonly<Record<string, string>> | undefined,
  lang: string,
  text: string,
): Record<string, string> | undefined {
  const out: Record<string, string> = { ...(base ?? {}) };
  if (text.trim() === '') delete out[lang];
  else out[lang] = text.trim();
  return Object.keys(out).length === 0 ? undefined : out;
}

function number(text: string): number | undefined | 'bad' {
  const t = text.trim().replace(',', '.');
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : 'bad';
}

export type EntryFormResult =
  | { readonly ok: true; readonly record: MicrocredentialDraft }
  | { readonly ok: false; readonly issues: readonly FieldIssue[]; readonly record: MicrocredentialDraft };

/**
 * Reads the form onto `base` (the working copy), in the language `lang`. Every element is checked
 * with its schema; an element that fails is reported on its field and the rest is kept, so the form
 * comes back with everything the person typed.
 */
export function readEntryForm(
  form: ConsoleForm,
  base: MicrocredentialDraft,
  lang: string,
  t: ConsoleTranslate,
): EntryFormResult {
  const v = form.value;
  const all = (name: string) => form.fields[name] ?? [];
  const issues: FieldIssue[] = [];
  const outcomeTexts = lines(form.fields.outcomes?.[0] ?? '');
  const skills: { uri: string; label: Record<string, string> }[] = [];
  for (const uri of lines(form.fields.esco?.[0] ?? '')) {
    const skill = findEscoSkill(uri);
    if (skill === undefined)
      issues.push({ field: 'esco', message: t('console.register.form.escoUnknown', { uri }) });
    else skills.push({ uri: skill.uri, label: { ...skill.label } as Record<string, string> });
  }
  const baseOutcomes = base.learningOutcomes ?? [];
  const learningOutcomes = outcomeTexts.map((text, i) => {
    // The same number of outcomes: the n-th line is the n-th outcome in this language.
    const before = outcomeTexts.length === baseOutcomes.length ? baseOutcomes[i] : undefined;
    return {
      text: withText(before?.text, lang, text)!,
      ...(i === 0 && skills.length > 0 ? { escoSkills: skills } : {}),
    };
  });
  const ects = number(v('ects'));
  const hours = number(v('hours'));
  if (ects === 'bad') issues.push({ field: 'ects', message: t('console.register.form.badNumber') });
  if (hours === 'bad') issues.push({ field: 'hours', message: t('console.register.form.badNumber') });
  const firstBody = base.awardingBodies?.[0];
  const bodyName = withText(firstBody?.name, lang, v('bodyName'));
  const bodyCountry = v('bodyCountry');
  const bodyHomepage = v('bodyHomepage');
  const partOf = lines(form.fields.partOf?.[0] ?? '').map((line) =>
    /^mc-[a-z0-9]+$/.test(line)
      ? { id: line }
      : /^https?:\/\//i.test(line)
        ? { url: line }
        : { title: { [lang]: line } },
  );
  const option = v('stackability');
  const links = [
    ...(base.links ?? []).filter((l) => l.rel !== 'homepage' && l.rel !== 'enrolment'),
    ...(v('homepage') === '' ? [] : [{ rel: 'homepage' as const, url: v('homepage') }]),
    ...(v('enrolment') === '' ? [] : [{ rel: 'enrolment' as const, url: v('enrolment') }]),
  ];
  const level = {
    ...(v('eqf') === '' ? {} : { eqf: v('eqf') }),
    ...(v('cycle') === '' ? {} : { cycle: v('cycle') }),
    ...(base.level?.nqf === undefined ? {} : { nqf: base.level.nqf }),
  };
  const typed = (name: string, extra: Record<string, unknown>) => {
    const types = all(name);
    const described = Object.values(extra).some((x) => x !== undefined);
    return types.length === 0 && !described ? undefined : { types, ...extra };
  };
  const regions = lines(form.fields.regions?.[0] ?? '').map((r, i) =>
    withText(base.issuerRegions?.[i], lang, r),
  );
  const draft: Record<string, unknown> = {
    ...base,
    title: withText(base.title, lang, v('title')),
    description: withText(base.description, lang, form.fields.description?.[0] ?? ''),
    awardCriteria: withText(base.awardCriteria, lang, form.fields.criteria?.[0] ?? ''),
    issuerCountries: codesIn(v('countries').toUpperCase()),
    issuerRegions: regions.length === 0 ? undefined : regions,
    awardingBodies:
      bodyName === undefined
        ? (base.awardingBodies ?? []).slice(1)
        : [
            {
              ...firstBody,
              name: bodyName,
              country: bodyCountry === '' ? undefined : bodyCountry,
              homepage: bodyHomepage === '' ? undefined : bodyHomepage,
            },
            ...(base.awardingBodies ?? []).slice(1),
          ],
    learningOutcomes,
    workload:
      ects === undefined && hours === undefined
        ? undefined
        : {
            ...(typeof ects === 'number' ? { ects } : {}),
            ...(typeof hours === 'number' ? { hours } : {}),
            ...(base.workload?.credits === undefined ? {} : { credits: base.workload.credits }),
          },
    level: Object.keys(level).length === 0 ? undefined : level,
    assessment: typed('assessment', {
      description: withText(base.assessment?.description, lang, form.fields.assessmentDescription?.[0] ?? ''),
    }),
    participation:
      v('participation') === ''
        ? undefined
        : { form: v('participation'), ...(v('delivery') === '' ? {} : { delivery: v('delivery') }) },
    qualityAssurance: typed('quality', {
      description: withText(
        base.qualityAssurance?.description,
        lang,
        form.fields.qualityDescription?.[0] ?? '',
      ),
      bodies: (() => {
        const b = lines(form.fields.qualityBodies?.[0] ?? '').map((x) => ({ [lang]: x }));
        return b.length === 0 ? undefined : b;
      })(),
      url: v('qualityUrl') === '' ? undefined : v('qualityUrl'),
    }),
    prerequisites: typed('prerequisites', {
      description: withText(
        base.prerequisites?.description,
        lang,
        form.fields.prerequisitesDescription?.[0] ?? '',
      ),
    }),
    supervision: v('supervision') === '' ? undefined : v('supervision'),
    grade: (() => {
      const schemeDescription = withText(base.grade?.schemeDescription, lang, v('gradeDescription'));
      if (v('grade') === '' && schemeDescription === undefined) return undefined;
      return {
        ...(v('grade') === '' ? {} : { scheme: v('grade') }),
        ...(schemeDescription === undefined ? {} : { schemeDescription }),
      };
    })(),
    stackability: option === '' ? undefined : { option, ...(partOf.length === 0 ? {} : { partOf }) },
    furtherInformation: (() => {
      const text = withText(base.furtherInformation?.text, lang, form.fields.furtherText?.[0] ?? '');
      const url = v('furtherUrl');
      if (text === undefined && url === '') return undefined;
      return { ...(text === undefined ? {} : { text }), ...(url === '' ? {} : { url }) };
    })(),
    iscedF:
      v('field') === ''
        ? undefined
        : [v('field'), ...(base.iscedF ?? []).filter((f) => f !== v('field')).slice(0, 4)],
    languagesOfInstruction: (() => {
      const l = codesIn(v('languages').toLowerCase());
      return l.length === 0 ? undefined : l;
    })(),
    providerType: v('providerType') === '' ? undefined : v('providerType'),
    duration: v('duration') === '' ? undefined : v('duration'),
    links: links.length === 0 ? undefined : links,
  };
  for (const [key, value] of Object.entries(draft))
    if (value === undefined || (Array.isArray(value) && value.length === 0)) delete draft[key];
  const shape = microcredentialDraftSchema.shape;
  const record: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(draft)) {
    const schema = shape[key as keyof typeof shape];
    if (schema === undefined) continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) record[key] = parsed.data;
    else {
      const field = fieldOf[key] ?? key;
      if (!issues.some((i) => i.field === field))
        issues.push({ field, message: t('console.register.form.invalid') });
      // What was typed stays in the form: kept unchecked until it is right.
      record[key] = value;
    }
  }
  // Read with `fieldIssues`: a text that cannot be stored is an error on its field like any other.
  const found = formIssues(form, t, issues);
  return found.length === 0
    ? { ok: true, record: record as MicrocredentialDraft }
    : { ok: false, issues: found, record: record as MicrocredentialDraft };
}

/** Labels of codes, from the register's catalogue in the reader's language. */
export type CodeLabel = (list: string, code: string) => string;

function Choices(props: {
  name: string;
  legend: string;
  codes: readonly string[];
  label: (code: string) => string;
  checked: readonly string[];
  multiple: boolean;
  error?: string | undefined;
  empty?: string | undefined;
}) {
  const type = props.multiple ? 'checkbox' : 'radio';
  return (
    <fieldset class={props.error ? 'field field-error' : 'field'} id={props.name}>
      <legend>{props.legend}</legend>
      {props.error && <p class="error-message">{props.error}</p>}
      <div class="choices">
        {!props.multiple && props.empty !== undefined && (
          <div class="choice">
            <input
              type={type}
              id={`${props.name}-none`}
              name={props.name}
              value=""
              checked={props.checked.length === 0}
            />
            <label for={`${props.name}-none`}>{props.empty}</label>
          </div>
        )}
        {props.codes.map((code) => (
          <div class="choice">
            <input
              type={type}
              id={`${props.name}-${code}`}
              name={props.name}
              value={code}
              checked={props.checked.includes(code)}
            />
            <label for={`${props.name}-${code}`}>{props.label(code)}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

function Select(props: {
  id: string;
  label: string;
  options: readonly { value: string; label: string }[];
  value: string | undefined;
  empty: string;
  error?: string | undefined;
}) {
  return (
    <Field id={props.id} label={props.label} error={props.error}>
      <select id={props.id} name={props.id} aria-invalid={props.error ? 'true' : undefined}>
        <option value="">{props.empty}</option>
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

function TextArea(props: {
  id: string;
  label: string;
  hint?: string | undefined;
  value: string;
  error?: string | undefined;
  rows?: number;
}) {
  const described = [props.hint && `${props.id}-hint`, props.error && `${props.id}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={props.error}>
      <textarea
        id={props.id}
        name={props.id}
        rows={props.rows ?? 3}
        aria-describedby={described || undefined}
        aria-invalid={props.error ? 'true' : undefined}
      >
        {props.value}
      </textarea>
    </Field>
  );
}

const textIn = (text: Readonly<Record<string, string>> | undefined, lang: string) => text?.[lang] ?? '';

export function EntryForm(props: {
  t: ConsoleTranslate;
  /** The public catalogue: Annex I element names and code labels. */
  ti: Translate;
  codeLabel: CodeLabel;
  action: string;
  csrf: string;
  lang: string;
  record: MicrocredentialDraft;
  issues: readonly FieldIssue[];
  submit: string;
  /** A second button, e.g. "save and publish", with the value of its `intent`. */
  secondary?: { label: string; intent: string } | undefined;
}) {
  const { t, ti, record: r, lang } = props;
  const error = (field: string) => props.issues.find((i) => i.field === field)?.message;
  const body = r.awardingBodies?.[0];
  const link = (rel: string) => r.links?.find((l) => l.rel === rel)?.url ?? '';
  const countries = isoCountryCodes
    .map((code) => ({ value: code, label: countryName(t.lang, code) }))
    .sort((a, b) => a.label.localeCompare(b.label, t.lang));
  const label = (list: string) => (code: string) => props.codeLabel(list, code);
  const el = (key: Parameters<Translate>[0]) => ti(key);
  return (
    <form method="post" action={props.action}>
      <Csrf value={props.csrf} />
      <input type="hidden" name="textLanguage" value={lang} />
      <p>{t('console.register.form.textLanguage', { language: languageName(lang) })}</p>

      <h2>{el('verify.annex.element.title')}</h2>
      <Field
        id="title"
        label={t('console.register.form.title')}
        value={textIn(r.title, lang)}
        error={error('title')}
      />
      <TextArea
        id="description"
        label={t('console.register.form.description')}
        value={textIn(r.description, lang)}
      />

      <h2>{el('verify.annex.element.issuerCountry')}</h2>
      <Field
        id="countries"
        label={t('console.register.form.countries')}
        hint={t('console.register.form.countriesHint')}
        value={(r.issuerCountries ?? []).join(', ')}
        error={error('countries')}
      />
      <TextArea
        id="regions"
        label={t('console.register.form.regions')}
        hint={t('console.register.form.onePerLine')}
        value={(r.issuerRegions ?? []).map((x) => x[lang] ?? Object.values(x)[0] ?? '').join('\n')}
        error={error('regions')}
      />

      <h2>{el('verify.annex.element.awardingBody')}</h2>
      <Field
        id="bodyName"
        label={t('console.register.form.bodyName')}
        value={textIn(body?.name, lang)}
        error={error('bodyName')}
      />
      <Select
        id="bodyCountry"
        label={t('console.register.form.bodyCountry')}
        options={countries}
        value={body?.country}
        empty={t('console.register.form.notGiven')}
      />
      <Field
        id="bodyHomepage"
        type="url"
        label={t('console.register.form.bodyHomepage')}
        value={body?.homepage ?? ''}
      />
      <Select
        id="providerType"
        label={t('console.register.form.providerType')}
        options={providerTypeSchema.options.map((c) => ({
          value: c,
          label: props.codeLabel('providerType', c),
        }))}
        value={r.providerType}
        empty={t('console.register.form.notGiven')}
        error={error('providerType')}
      />

      <h2>{el('verify.annex.element.learningOutcomes')}</h2>
      <TextArea
        id="outcomes"
        label={t('console.register.form.outcomes')}
        hint={t('console.register.form.outcomesHint')}
        value={(r.learningOutcomes ?? []).map((o) => o.text[lang] ?? '').join('\n')}
        error={error('outcomes')}
        rows={6}
      />
      <TextArea
        id="esco"
        label={t('console.register.form.esco')}
        hint={t('console.register.form.escoHint')}
        value={(r.learningOutcomes ?? []).flatMap((o) => (o.escoSkills ?? []).map((s) => s.uri)).join('\n')}
        error={error('esco')}
      />
      <p class="hint">
        <a href="/console/register/esco">{t('console.register.esco.title')}</a>.{' '}
        <span lang="en">{ESCO_ATTRIBUTION}</span>
      </p>
      <Select
        id="field"
        label={t('console.register.form.field')}
        options={[...iscedF.entries()].map(([code, name]) => ({ value: code, label: `${code} ${name}` }))}
        value={r.iscedF?.[0]}
        empty={t('console.register.form.notGiven')}
      />
      <TextArea
        id="criteria"
        label={t('console.register.form.criteria')}
        value={textIn(r.awardCriteria, lang)}
      />

      <h2>{el('verify.annex.element.workload')}</h2>
      <Field
        id="ects"
        label={t('console.register.form.ects')}
        value={r.workload?.ects?.toString() ?? ''}
        error={error('ects')}
      />
      <Field
        id="hours"
        label={t('console.register.form.hours')}
        value={r.workload?.hours?.toString() ?? ''}
        error={error('hours')}
      />
      <Select
        id="duration"
        label={t('console.register.form.duration')}
        options={durationSchema.options.map((c) => ({ value: c, label: props.codeLabel('duration', c) }))}
        value={r.duration}
        empty={t('console.register.form.notGiven')}
      />

      <h2>{el('verify.annex.element.level')}</h2>
      <Select
        id="eqf"
        label={t('console.register.form.eqf')}
        options={eqfLevelSchema.options.map((c) => ({ value: c, label: props.codeLabel('eqf', c) }))}
        value={r.level?.eqf}
        empty={t('console.register.form.notGiven')}
        error={error('eqf')}
      />
      <Select
        id="cycle"
        label={t('console.register.form.cycle')}
        options={qfEheaCycleSchema.options.map((c) => ({ value: c, label: props.codeLabel('cycle', c) }))}
        value={r.level?.cycle}
        empty={t('console.register.form.notGiven')}
      />

      <h2>{el('verify.annex.element.assessmentType')}</h2>
      <Choices
        name="assessment"
        legend={t('console.register.form.assessment')}
        codes={assessmentTypeSchema.options}
        label={label('assessment')}
        checked={r.assessment?.types ?? []}
        multiple
        error={error('assessment')}
      />
      <TextArea
        id="assessmentDescription"
        label={t('console.register.form.describe')}
        value={textIn(r.assessment?.description, lang)}
      />
      <Choices
        name="supervision"
        legend={el('verify.annex.element.supervision')}
        codes={supervisionSchema.options}
        label={label('supervision')}
        checked={r.supervision === undefined ? [] : [r.supervision]}
        multiple={false}
        empty={t('console.register.form.notGiven')}
      />

      <h2>{el('verify.annex.element.participationForm')}</h2>
      <Choices
        name="participation"
        legend={t('console.register.form.participation')}
        codes={participationFormSchema.options}
        label={label('participation')}
        checked={r.participation === undefined ? [] : [r.participation.form]}
        multiple={false}
        empty={t('console.register.form.notGiven')}
        error={error('participation')}
      />
      <Choices
        name="delivery"
        legend={t('console.register.form.delivery')}
        codes={deliverySchema.options}
        label={label('delivery')}
        checked={r.participation?.delivery === undefined ? [] : [r.participation.delivery]}
        multiple={false}
        empty={t('console.register.form.notGiven')}
      />
      <Field
        id="languages"
        label={t('console.register.form.languages')}
        hint={t('console.register.form.languagesHint')}
        value={(r.languagesOfInstruction ?? []).join(', ')}
        error={error('languages')}
      />

      <h2>{el('verify.annex.element.qualityAssurance')}</h2>
      <Choices
        name="quality"
        legend={t('console.register.form.quality')}
        codes={qualityAssuranceTypeSchema.options}
        label={label('quality')}
        checked={r.qualityAssurance?.types ?? []}
        multiple
        error={error('quality')}
      />
      <TextArea
        id="qualityDescription"
        label={t('console.register.form.describe')}
        value={textIn(r.qualityAssurance?.description, lang)}
      />
      <TextArea
        id="qualityBodies"
        label={t('console.register.form.qualityBodies')}
        hint={t('console.register.form.onePerLine')}
        value={(r.qualityAssurance?.bodies ?? []).map((b) => b[lang] ?? Object.values(b)[0] ?? '').join('\n')}
      />
      <Field
        id="qualityUrl"
        type="url"
        label={t('console.register.form.qualityUrl')}
        value={r.qualityAssurance?.url ?? ''}
      />

      <h2>{el('verify.annex.element.prerequisites')}</h2>
      <Choices
        name="prerequisites"
        legend={t('console.register.form.prerequisites')}
        codes={prerequisiteTypeSchema.options}
        label={label('prerequisites')}
        checked={r.prerequisites?.types ?? []}
        multiple
        error={error('prerequisites')}
      />
      <TextArea
        id="prerequisitesDescription"
        label={t('console.register.form.describe')}
        value={textIn(r.prerequisites?.description, lang)}
      />

      <h2>{el('verify.annex.element.grade')}</h2>
      <Choices
        name="grade"
        legend={t('console.register.form.grade')}
        codes={gradeSchemeSchema.options}
        label={label('grade')}
        checked={r.grade?.scheme === undefined ? [] : [r.grade.scheme]}
        multiple={false}
        empty={t('console.register.form.notGiven')}
        error={error('grade')}
      />
      <Field
        id="gradeDescription"
        label={t('console.register.form.describe')}
        value={textIn(r.grade?.schemeDescription, lang)}
      />

      <h2>{el('verify.annex.element.stackability')}</h2>
      <Choices
        name="stackability"
        legend={t('console.register.form.stackability')}
        codes={stackabilityOptionSchema.options}
        label={label('stackability')}
        checked={r.stackability === undefined ? [] : [r.stackability.option]}
        multiple={false}
        empty={t('console.register.form.notGiven')}
        error={error('stackability')}
      />
      <TextArea
        id="partOf"
        label={t('console.register.form.partOf')}
        hint={t('console.register.form.partOfHint')}
        value={(r.stackability?.partOf ?? [])
          .map((p) => p.id ?? p.url ?? p.title?.[lang] ?? Object.values(p.title ?? {})[0] ?? '')
          .join('\n')}
      />

      <h2>{el('verify.annex.element.furtherInformation')}</h2>
      <Field
        id="furtherUrl"
        type="url"
        label={t('console.register.form.furtherUrl')}
        value={r.furtherInformation?.url ?? ''}
        error={error('furtherUrl')}
      />
      <TextArea
        id="furtherText"
        label={t('console.register.form.furtherText')}
        value={textIn(r.furtherInformation?.text, lang)}
      />
      <Field id="homepage" type="url" label={t('console.register.form.homepage')} value={link('homepage')} />
      <Field
        id="enrolment"
        type="url"
        label={t('console.register.form.enrolment')}
        value={link('enrolment')}
        error={error('enrolment')}
      />

      <div class="actions">
        <button type="submit" class="button" name="intent" value="save">
          {props.submit}
        </button>
        {props.secondary !== undefined && (
          <button type="submit" class="button button-secondary" name="intent" value={props.secondary.intent}>
            {props.secondary.label}
          </button>
        )}
      </div>
    </form>
  );
}

/** The languages a form can edit texts in: the interface languages. */
export const textLanguages: readonly string[] = uiLanguages;
