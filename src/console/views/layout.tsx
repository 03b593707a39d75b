import type { Child } from 'hono/jsx';
import type { Assets } from '../../respondent/index.ts';
import type { ConsoleTranslate } from '../messages/index.ts';

export interface ConsoleFrame {
  readonly t: ConsoleTranslate;
  readonly lang: string;
  readonly assets: Assets;
  readonly csrf: string;
  /** The signed-in person's name; no account menu when absent. */
  readonly who?: string | undefined;
  /** Links above the heading, from the console's start to the page's parent. */
  readonly crumbs?: readonly { href: string; label: string }[];
}

/** The page around every console view: skip link, header with the account, breadcrumbs, main. */
export function ConsoleLayout(props: {
  frame: ConsoleFrame;
  title: string;
  hasErrors?: boolean;
  children?: Child;
}) {
  const { frame } = props;
  const { t } = frame;
  const title = props.hasErrors ? `${t('console.errorPrefix')} ${props.title}` : props.title;
  return (
    <html lang={frame.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} – ${t('console.name')}`}</title>
        <link rel="stylesheet" href={frame.assets.css} />
        <script src={frame.assets.js} defer />
      </head>
      <body class="console">
        <a class="skip-link" href="#main">
          {t('console.skipLink')}
        </a>
        <header class="site-header">
          <div class="width console-header">
            <a class="site-name" href="/console">
              {t('console.name')}
            </a>
            {frame.who !== undefined && (
              <nav aria-label={t('console.accountNav')} class="account-nav">
                <ul>
                  <li>
                    <a href="/console/account">{frame.who}</a>
                  </li>
                  <li>
                    <form method="post" action="/console/logout">
                      <input type="hidden" name="_csrf" value={frame.csrf} />
                      <button type="submit" class="link-button">
                        {t('console.logout')}
                      </button>
                    </form>
                  </li>
                </ul>
              </nav>
            )}
          </div>
        </header>
        <main id="main" class="width" tabindex={-1}>
          {frame.crumbs !== undefined && frame.crumbs.length > 0 && (
            <nav aria-label={t('console.breadcrumbs')} class="breadcrumbs">
              <ol>
                {frame.crumbs.map((crumb) => (
                  <li>
                    <a href={crumb.href}>{crumb.label}</a>
                  </li>
                ))}
              </ol>
            </nav>
          )}
          {props.children}
        </main>
      </body>
    </html>
  );
}

export interface FieldIssue {
  readonly field: string;
  readonly message: string;
}

/** First on a page with problems; each problem links to its field. */
export function IssueSummary(props: { t: ConsoleTranslate; issues: readonly FieldIssue[] }) {
  if (props.issues.length === 0) return null;
  return (
    <div
      class="error-summary"
      role="alert"
      aria-labelledby="issues-title"
      tabindex={-1}
      data-autofocus="true"
    >
      <h2 id="issues-title">{props.t('console.issues.title')}</h2>
      <ul>
        {props.issues.map((i) => (
          <li>{i.field === '' ? i.message : <a href={`#${i.field}`}>{i.message}</a>}</li>
        ))}
      </ul>
    </div>
  );
}

export function Csrf(props: { value: string }) {
  return <input type="hidden" name="_csrf" value={props.value} />;
}

/** A labelled input with its error, if any. */
export function Field(props: {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  type?: string | undefined;
  value?: string | undefined;
  autocomplete?: string | undefined;
  required?: boolean | undefined;
  children?: Child | undefined;
}) {
  const described = [props.hint && `${props.id}-hint`, props.error && `${props.id}-error`]
    .filter(Boolean)
    .join(' ');
  return (
    <div class={props.error ? 'field field-error' : 'field'}>
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="error-message" id={`${props.id}-error`}>
          {props.error}
        </p>
      )}
      {props.children ?? (
        <input
          id={props.id}
          name={props.id}
          type={props.type ?? 'text'}
          value={props.value}
          autocomplete={props.autocomplete}
          required={props.required}
          aria-describedby={described || undefined}
          aria-invalid={props.error ? 'true' : undefined}
        />
      )}
    </div>
  );
}

/** A form that uploads one file: a label, a hint, the accepted types, a button. */
export function UploadForm(props: {
  action: string;
  csrf: string;
  label: string;
  hint?: string | undefined;
  accept: string;
  submit: string;
}) {
  return (
    <form method="post" action={props.action} enctype="multipart/form-data">
      <Csrf value={props.csrf} />
      <Field id="file" label={props.label} hint={props.hint}>
        <input
          id="file"
          name="file"
          type="file"
          accept={props.accept}
          aria-describedby={props.hint === undefined ? undefined : 'file-hint'}
        />
      </Field>
      <div class="actions">
        <button type="submit" class="button button-secondary">
          {props.submit}
        </button>
      </div>
    </form>
  );
}
