import type { Translate } from '../../i18n/index.ts';
import { fieldId } from './questions.tsx';

export interface ShownIssue {
  readonly path: string;
  readonly message: string;
}

/** First on the page when something is wrong: each problem links to its field. */
export function ErrorSummary(props: { issues: readonly ShownIssue[]; t: Translate }) {
  if (props.issues.length === 0) return null;
  return (
    <div
      class="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabindex={-1}
      data-autofocus="true"
    >
      <h2 id="error-summary-title">{props.t('errors.title')}</h2>
      <ul>
        {props.issues.map((issue) => (
          <li>
            <a href={`#${fieldId(issue.path)}`}>{issue.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The hidden fields every respondent form carries. Question pages also carry a honeypot: a field
 * that is not displayed (so neither seen, focused nor read out) and that only robots fill in.
 */
export function FormGuard(props: { csrf: string; renderedAt?: number; honeypotLabel?: string }) {
  return (
    <>
      <input type="hidden" name="_csrf" value={props.csrf} />
      {props.renderedAt !== undefined && <input type="hidden" name="_ts" value={String(props.renderedAt)} />}
      {props.honeypotLabel !== undefined && (
        <div class="hp" hidden>
          <label for="hp-field">{props.honeypotLabel}</label>
          <input id="hp-field" type="text" name="_hp" value="" tabindex={-1} autocomplete="off" />
        </div>
      )}
    </>
  );
}

export function BackLink(props: { href: string | undefined; t: Translate }) {
  return props.href === undefined ? null : (
    <a class="back-link" href={props.href}>
      {props.t('page.back')}
    </a>
  );
}
