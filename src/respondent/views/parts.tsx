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

/** The hidden fields every respondent form carries. */
export function FormGuard(props: { csrf: string; renderedAt?: number }) {
  return (
    <>
      <input type="hidden" name="_csrf" value={props.csrf} />
      {props.renderedAt !== undefined && <input type="hidden" name="_ts" value={String(props.renderedAt)} />}
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
