import type { Child } from 'hono/jsx';
import type { Translate } from '../../i18n/index.ts';
import { countryName } from '../../i18n/index.ts';
import type {
  Choice,
  FormInput,
  LocalizedText,
  MissingCode,
  Question,
  QuestionOf,
} from '../../questionnaire/index.ts';
import {
  expandCountries,
  labelOf,
  longtextDefaultMax,
  missingPrefix,
  textDefaultMax,
} from '../../questionnaire/index.ts';
import { Paragraphs } from './layout.tsx';

/** What every question view needs: the words, the values to show, the errors to show. */
export interface FieldContext {
  readonly lang: string;
  readonly t: Translate;
  /** A questionnaire text in the respondent's language, answers piped in. */
  text(text: LocalizedText | undefined): string;
  readonly values: FormInput;
  /** Error messages by field path (`q1`, `q5.r2`, `q3.other`). */
  readonly errors: ReadonlyMap<string, string>;
  /** The page has this one question: its label is the page's h1. */
  readonly isHeading: boolean;
  readonly required: boolean;
}

/** The id of a field's first input: what the error summary links to. */
export const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`;

/** Above this many choices a single choice becomes a drop-down, unless the questionnaire says otherwise. */
const selectThreshold = 12;

export function QuestionView(props: { q: Question; ctx: FieldContext }) {
  const { q, ctx } = props;
  switch (q.type) {
    case 'single':
      return q.display === 'select' || (q.display !== 'radios' && q.choices.length > selectThreshold) ? (
        <SelectField
          q={q}
          ctx={ctx}
          options={q.choices.map((c) => ({ value: c.code, label: ctx.text(c.label) }))}
        />
      ) : (
        <ChoiceField q={q} ctx={ctx} kind="radio" choices={q.choices} />
      );
    case 'likert':
      return <ChoiceField q={q} ctx={ctx} kind="radio" choices={q.choices} inline />;
    case 'multiple':
      return <ChoiceField q={q} ctx={ctx} kind="checkbox" choices={q.choices} />;
    case 'consent':
      return <ConsentField q={q} ctx={ctx} />;
    case 'matrix':
      return <MatrixField q={q} ctx={ctx} />;
    case 'text':
    case 'longtext':
    case 'number':
      return <TextField q={q} ctx={ctx} />;
    case 'date':
      return <DateField q={q} ctx={ctx} />;
    case 'country': {
      const collator = new Intl.Collator(ctx.lang);
      const options = expandCountries(q.countries)
        .map((code) => ({ value: code, label: countryName(ctx.lang, code) }))
        .sort((a, b) => collator.compare(a.label, b.label));
      return <SelectField q={q} ctx={ctx} options={options} />;
    }
    case 'ranking':
      return <RankingField q={q} ctx={ctx} />;
    case 'info':
      return (
        <div class="info">
          {ctx.isHeading ? <h1>{ctx.text(q.label)}</h1> : <h2>{ctx.text(q.label)}</h2>}
          {q.body !== undefined && <Paragraphs text={ctx.text(q.body)} />}
        </div>
      );
    case 'calculate':
      return null;
  }
}

/**
 * `aria-invalid` for a control whose answer has an error: screen readers say "invalid" on reaching
 * it, not only when the error message is read (WCAG 2.2 technique ARIA21 for 3.3.1 Error
 * Identification; GOV.UK Elements advised it, alphagov/govuk-frontend#1168). Absent, never "false",
 * on a control without an error.
 */
export const invalid = (error: string | undefined) => (error === undefined ? undefined : 'true');

/**
 * The field for a code the respondent was given (a resume code, a receipt): one line, read in capitals,
 * never filled in or corrected by the browser. `label` holds the `<label for="f-code">`; `describedBy`
 * names what else on the page explains the field, read before its hint.
 */
export function CodeField(p: {
  label: Child;
  hint: string;
  value: string;
  error: string | undefined;
  describedBy?: string;
  t: Translate;
}) {
  const described = [p.describedBy, 'code-hint', p.error === undefined ? undefined : 'code-error'];
  return (
    <div class={`field${p.error !== undefined ? ' field-error' : ''}`}>
      {p.label}
      <div class="hint" id="code-hint">
        {p.hint}
      </div>
      {p.error !== undefined && (
        <p class="error-message" id="code-error">
          <span class="visually-hidden">{p.t('layout.errorPrefix')}</span> {p.error}
        </p>
      )}
      <input
        type="text"
        id="f-code"
        name="code"
        class="input-code"
        value={p.value}
        autocomplete="off"
        autocapitalize="characters"
        spellcheck={false}
        aria-describedby={described.filter((id) => id !== undefined).join(' ')}
        aria-invalid={invalid(p.error)}
      />
    </div>
  );
}

/** The question's label, with "(optional)" when it may be left out. */
function labelText(q: Question, ctx: FieldContext): Child {
  return (
    <>
      {ctx.text(labelOf(q))}
      {!ctx.required && q.type !== 'info' && q.type !== 'calculate' && (
        <span class="optional"> {ctx.t('page.optional')}</span>
      )}
    </>
  );
}

/** The label of a one-field question; the page's h1 when the question is alone on its page. */
function FieldLabel(props: { q: Question; ctx: FieldContext }) {
  const { q, ctx } = props;
  const label = labelText(q, ctx);
  return ctx.isHeading ? (
    <h1 class="question">
      <label for={fieldId(q.id)}>{label}</label>
    </h1>
  ) : (
    <label class="question" for={fieldId(q.id)}>
      {label}
    </label>
  );
}

function Legend(props: { q: Question; ctx: FieldContext }) {
  const { q, ctx } = props;
  return <legend class="question">{ctx.isHeading ? <h1>{labelText(q, ctx)}</h1> : labelText(q, ctx)}</legend>;
}

function Hint(props: { id: string; text: string | undefined }) {
  return props.text === undefined || props.text === '' ? null : (
    <div class="hint" id={props.id}>
      {props.text}
    </div>
  );
}

function ErrorMessage(props: { id: string; message: string | undefined; t: Translate }) {
  return props.message === undefined ? null : (
    <p class="error-message" id={props.id}>
      <span class="visually-hidden">{props.t('layout.errorPrefix')}</span> {props.message}
    </p>
  );
}

const describedBy = (...ids: (string | false | undefined)[]) =>
  ids.filter((x) => typeof x === 'string').join(' ') || undefined;

function has(values: FormInput, name: string, value: string) {
  return (values[name] ?? []).includes(value);
}

function first(values: FormInput, name: string) {
  return values[name]?.[0] ?? '';
}

function missingLabel(ctx: FieldContext, code: MissingCode) {
  return ctx.t(code === 'dont_know' ? 'page.missing.dont_know' : 'page.missing.prefer_not_to_say');
}

/** Radios or checkboxes in a fieldset; missing codes and exclusive choices after an "or". */
function ChoiceField(props: {
  q: QuestionOf<'single'> | QuestionOf<'likert'> | QuestionOf<'multiple'>;
  ctx: FieldContext;
  kind: 'radio' | 'checkbox';
  choices: readonly Choice[];
  inline?: boolean;
}) {
  const { q, ctx, kind } = props;
  const error = ctx.errors.get(q.id);
  const hint =
    ctx.text('hint' in q ? q.hint : undefined) || (kind === 'checkbox' ? ctx.t('page.multiple.hint') : '');
  const main = props.choices.filter((c) => !c.exclusive);
  const apart = props.choices.filter((c) => c.exclusive);
  const missing = q.missing ?? [];
  let index = 0;
  const option = (value: string, label: string, extra: { exclusive?: boolean; other?: boolean }) => {
    const id = index === 0 ? fieldId(q.id) : `${fieldId(q.id)}--${index}`;
    index++;
    return (
      <div class={`choice${extra.other ? ' has-other' : ''}`}>
        <input
          type={kind}
          id={id}
          name={q.id}
          value={value}
          checked={has(ctx.values, q.id, value)}
          data-exclusive={extra.exclusive ? 'true' : undefined}
          aria-invalid={invalid(error)}
        />
        <label for={id}>{label}</label>
      </div>
    );
  };
  return (
    <div class={`field${error !== undefined || ctx.errors.has(`${q.id}.other`) ? ' field-error' : ''}`}>
      <fieldset
        aria-describedby={describedBy(hint !== '' && `${q.id}-hint`, error !== undefined && `${q.id}-error`)}
      >
        <Legend q={q} ctx={ctx} />
        <Hint id={`${q.id}-hint`} text={hint} />
        <ErrorMessage id={`${q.id}-error`} message={error} t={ctx.t} />
        <div class={`choices${props.inline ? ' choices-inline' : ''}`}>
          {main.map((c) => (
            <>
              {option(c.code, ctx.text(c.label), { other: c.other === true })}
              {c.other && <OtherField q={q} ctx={ctx} />}
            </>
          ))}
          {(apart.length > 0 || missing.length > 0) && <p class="choice-divider">{ctx.t('page.or')}</p>}
          {apart.map((c) => option(c.code, ctx.text(c.label), { exclusive: true }))}
          {missing.map((m) => option(missingPrefix + m, missingLabel(ctx, m), { exclusive: true }))}
        </div>
      </fieldset>
    </div>
  );
}

/** "Please specify": shown under its choice; CSS hides it until the choice is ticked, scripts or not. */
function OtherField(props: { q: Question; ctx: FieldContext }) {
  const { q, ctx } = props;
  const path = `${q.id}.other`;
  const error = ctx.errors.get(path);
  return (
    <div class={`other${error !== undefined ? ' field-error' : ''}`}>
      <label for={fieldId(path)}>{ctx.t('page.other')}</label>
      <ErrorMessage id={`${fieldId(path)}-error`} message={error} t={ctx.t} />
      <input
        type="text"
        id={fieldId(path)}
        name={path}
        value={first(ctx.values, path)}
        aria-describedby={describedBy(error !== undefined && `${fieldId(path)}-error`)}
        aria-invalid={invalid(error)}
        autocomplete="off"
      />
    </div>
  );
}

function SelectField(props: {
  q: QuestionOf<'single'> | QuestionOf<'country'>;
  ctx: FieldContext;
  options: readonly { value: string; label: string }[];
}) {
  const { q, ctx } = props;
  const error = ctx.errors.get(q.id);
  const hint = ctx.text(q.hint);
  const chosen = first(ctx.values, q.id);
  const missing = q.missing ?? [];
  const otherChoice = q.type === 'single' ? q.choices.find((c) => c.other) : undefined;
  return (
    <div class={`field${error !== undefined ? ' field-error' : ''}`}>
      <FieldLabel q={q} ctx={ctx} />
      <Hint id={`${q.id}-hint`} text={hint} />
      <ErrorMessage id={`${q.id}-error`} message={error} t={ctx.t} />
      <select
        id={fieldId(q.id)}
        name={q.id}
        aria-describedby={describedBy(hint !== '' && `${q.id}-hint`, error !== undefined && `${q.id}-error`)}
        aria-invalid={invalid(error)}
      >
        <option value="">{ctx.t('page.choose')}</option>
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === chosen}>
            {o.label}
          </option>
        ))}
        {missing.length > 0 && (
          <optgroup label={ctx.t('page.or')}>
            {missing.map((m) => (
              <option value={missingPrefix + m} selected={missingPrefix + m === chosen}>
                {missingLabel(ctx, m)}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      {otherChoice !== undefined && <OtherField q={q} ctx={ctx} />}
    </div>
  );
}

function ConsentField(props: { q: QuestionOf<'consent'>; ctx: FieldContext }) {
  const { q, ctx } = props;
  const error = ctx.errors.get(q.id);
  const option = (value: 'yes' | 'no', id: string) => (
    <div class="choice">
      <input
        type="radio"
        id={id}
        name={q.id}
        value={value}
        checked={has(ctx.values, q.id, value)}
        aria-invalid={invalid(error)}
      />
      <label for={id}>{ctx.t(value === 'yes' ? 'page.consent.yes' : 'page.consent.no')}</label>
    </div>
  );
  return (
    <div class={`field${error !== undefined ? ' field-error' : ''}`}>
      <div class="statement" id={`${q.id}-statement`}>
        <Paragraphs text={ctx.text(q.statement)} />
      </div>
      <fieldset aria-describedby={describedBy(`${q.id}-statement`, error !== undefined && `${q.id}-error`)}>
        <Legend q={q} ctx={{ ...ctx, required: true }} />
        <ErrorMessage id={`${q.id}-error`} message={error} t={ctx.t} />
        <div class="choices">
          {option('yes', fieldId(q.id))}
          {option('no', `${fieldId(q.id)}--1`)}
        </div>
      </fieldset>
    </div>
  );
}

/** Each row is a fieldset of its own, so a screen reader announces the row with every option. */
function MatrixField(props: { q: QuestionOf<'matrix'>; ctx: FieldContext }) {
  const { q, ctx } = props;
  const hint = ctx.text(q.hint);
  const Heading = ctx.isHeading ? 'h1' : 'h2';
  return (
    <div class="field matrix">
      <Heading class="question" id={`${q.id}-label`}>
        {labelText(q, ctx)}
      </Heading>
      <Hint id={`${q.id}-hint`} text={hint} />
      {q.rows.map((row) => {
        const path = `${q.id}.${row.code}`;
        const error = ctx.errors.get(path);
        const options = [
          ...q.choices.map((c) => ({ value: c.code, label: ctx.text(c.label) })),
          ...(q.missing ?? []).map((m) => ({ value: missingPrefix + m, label: missingLabel(ctx, m) })),
        ];
        return (
          <fieldset
            class={`matrix-row${error !== undefined ? ' field-error' : ''}`}
            aria-describedby={describedBy(error !== undefined && `${fieldId(path)}-error`)}
          >
            <legend>{ctx.text(row.label)}</legend>
            <ErrorMessage id={`${fieldId(path)}-error`} message={error} t={ctx.t} />
            <div class="choices choices-inline">
              {options.map((o, i) => {
                const id = i === 0 ? fieldId(path) : `${fieldId(path)}--${i}`;
                return (
                  <div class="choice">
                    <input
                      type="radio"
                      id={id}
                      name={path}
                      value={o.value}
                      checked={has(ctx.values, path, o.value)}
                      aria-invalid={invalid(error)}
                    />
                    <label for={id}>{o.label}</label>
                  </div>
                );
              })}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}

/** Missing codes of a free-entry question: checkboxes after an "or". */
function MissingBoxes(props: {
  q: { id: string; missing?: readonly MissingCode[] | undefined };
  ctx: FieldContext;
}) {
  const { q, ctx } = props;
  const missing = q.missing ?? [];
  if (missing.length === 0) return null;
  const name = `${q.id}.missing`;
  return (
    <div class="missing">
      <p class="choice-divider">{ctx.t('page.or')}</p>
      {missing.map((m, i) => (
        <div class="choice">
          <input
            type="checkbox"
            id={`${fieldId(name)}--${i}`}
            name={name}
            value={m}
            checked={has(ctx.values, name, m)}
            data-exclusive="true"
          />
          <label for={`${fieldId(name)}--${i}`}>{missingLabel(ctx, m)}</label>
        </div>
      ))}
    </div>
  );
}

function TextField(props: {
  q: QuestionOf<'text'> | QuestionOf<'longtext'> | QuestionOf<'number'>;
  ctx: FieldContext;
}) {
  const { q, ctx } = props;
  const error = ctx.errors.get(q.id);
  const limit =
    q.type === 'number'
      ? undefined
      : (q.maxLength ?? (q.type === 'text' ? textDefaultMax : longtextDefaultMax));
  const hint = [ctx.text(q.hint), q.type === 'longtext' ? ctx.t('page.text.limit', { max: limit ?? 0 }) : '']
    .filter((h) => h !== '')
    .join(' ');
  const unit = q.type === 'number' && q.unit !== undefined ? ctx.text(q.unit) : undefined;
  const ids = describedBy(
    hint !== '' && `${q.id}-hint`,
    unit !== undefined && `${q.id}-unit`,
    error !== undefined && `${q.id}-error`,
  );
  const value = first(ctx.values, q.id);
  const attributes = {
    id: fieldId(q.id),
    name: q.id,
    'aria-describedby': ids,
    'aria-invalid': invalid(error),
  };
  return (
    <div class={`field${error !== undefined ? ' field-error' : ''}`}>
      <FieldLabel q={q} ctx={ctx} />
      <Hint id={`${q.id}-hint`} text={hint} />
      <ErrorMessage id={`${q.id}-error`} message={error} t={ctx.t} />
      {q.type === 'longtext' ? (
        <textarea {...attributes} rows={6} data-limit={limit}>
          {value}
        </textarea>
      ) : q.type === 'number' ? (
        <div class="with-unit">
          <input
            {...attributes}
            class="input-number"
            type="text"
            inputmode={q.integer ? 'numeric' : 'decimal'}
            value={value}
            autocomplete="off"
          />
          {unit !== undefined && <span id={`${q.id}-unit`}>{unit}</span>}
        </div>
      ) : (
        <input
          {...attributes}
          type={q.inputMode === 'email' ? 'email' : 'text'}
          inputmode={q.inputMode ?? 'text'}
          spellcheck={q.inputMode === 'email' ? false : undefined}
          value={value}
          autocomplete="off"
        />
      )}
      <MissingBoxes q={q} ctx={ctx} />
    </div>
  );
}

function DateField(props: { q: QuestionOf<'date'>; ctx: FieldContext }) {
  const { q, ctx } = props;
  const error = ctx.errors.get(q.id);
  const hint = [ctx.text(q.hint), ctx.t('page.date.hint')].filter((h) => h !== '').join(' ');
  // The error describes each of the three inputs as well as their fieldset: a screen reader reads a
  // fieldset's description on entering it, not when the respondent moves on to month or year
  // (WCAG 2.2 technique ARIA1, aria-describedby; ARIA21, aria-invalid).
  const part = (
    name: 'day' | 'month' | 'year',
    key: 'page.date.day' | 'page.date.month' | 'page.date.year',
  ) => {
    const id = name === 'day' ? fieldId(q.id) : fieldId(`${q.id}.${name}`);
    return (
      <div class={`date-part date-${name}`}>
        <label for={id}>{ctx.t(key)}</label>
        <input
          type="text"
          inputmode="numeric"
          id={id}
          name={`${q.id}.${name}`}
          value={first(ctx.values, `${q.id}.${name}`)}
          autocomplete="off"
          aria-describedby={describedBy(error !== undefined && `${q.id}-error`)}
          aria-invalid={invalid(error)}
        />
      </div>
    );
  };
  return (
    <div class={`field${error !== undefined ? ' field-error' : ''}`}>
      <fieldset aria-describedby={describedBy(`${q.id}-hint`, error !== undefined && `${q.id}-error`)}>
        <Legend q={q} ctx={ctx} />
        <Hint id={`${q.id}-hint`} text={hint} />
        <ErrorMessage id={`${q.id}-error`} message={error} t={ctx.t} />
        <div class="date">
          {part('day', 'page.date.day')}
          {part('month', 'page.date.month')}
          {part('year', 'page.date.year')}
        </div>
      </fieldset>
      <MissingBoxes q={q} ctx={ctx} />
    </div>
  );
}

/** A rank for each option from a drop-down: works by keyboard, without scripts, with any reader. */
function RankingField(props: { q: QuestionOf<'ranking'>; ctx: FieldContext }) {
  const { q, ctx } = props;
  const error = ctx.errors.get(q.id);
  const n = q.choices.length;
  const hint = [ctx.text(q.hint), ctx.t('page.ranking.hint', { count: n })].filter((h) => h !== '').join(' ');
  return (
    <div class={`field${error !== undefined ? ' field-error' : ''}`}>
      <fieldset aria-describedby={describedBy(`${q.id}-hint`, error !== undefined && `${q.id}-error`)}>
        <Legend q={q} ctx={ctx} />
        <Hint id={`${q.id}-hint`} text={hint} />
        <ErrorMessage id={`${q.id}-error`} message={error} t={ctx.t} />
        <ol class="ranking">
          {q.choices.map((c, i) => {
            const name = `${q.id}.${c.code}`;
            const id = i === 0 ? fieldId(q.id) : fieldId(name);
            const chosen = first(ctx.values, name);
            return (
              <li>
                <label for={id}>{ctx.text(c.label)}</label>
                <select
                  id={id}
                  name={name}
                  aria-describedby={describedBy(error !== undefined && `${q.id}-error`)}
                  aria-invalid={invalid(error)}
                >
                  <option value="">{ctx.t('page.ranking.rank')}</option>
                  {Array.from({ length: n }, (_, r) => (
                    <option value={String(r + 1)} selected={chosen === String(r + 1)}>
                      {r + 1}
                    </option>
                  ))}
                </select>
              </li>
            );
          })}
        </ol>
      </fieldset>
      <MissingBoxes q={q} ctx={ctx} />
    </div>
  );
}
