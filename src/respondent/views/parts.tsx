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

/** Explicit directional formatting characters: embeddings, overrides, isolates and their ends. */
const bidiControls = /[\u202A-\u202E\u2066-\u2069]/g;
/** Control characters (among them those that end a bidi paragraph) and line and paragraph separators. */
const paragraphBreaks = /[\p{Cc}\p{Zl}\p{Zp}]/gu;

/**
 * A respondent's text put into an interface text (an answer piped into a label, an item's label in
 * "Change"/"Remove" links and the page title), isolated between U+2068 FIRST STRONG ISOLATE and
 * U+2069 POP DIRECTIONAL ISOLATE (Unicode Bidirectional Algorithm, UAX #9; W3C, "Inline markup and
 * bidirectional text in HTML"): whatever its direction, it cannot reorder the words around it. Plain
 * text, so it works in <title> and attributes as in elements. Controls inside it are dropped and line
 * breaks made spaces: an unmatched POP DIRECTIONAL ISOLATE would close the isolate early and a
 * paragraph separator end it, leaving an override after it in force. Empty text stays empty.
 */
export function isolated(text: string): string {
  const plain = text.replace(bidiControls, '').replace(paragraphBreaks, ' ').trim();
  return plain === '' ? '' : `\u2068${plain}\u2069`;
}
