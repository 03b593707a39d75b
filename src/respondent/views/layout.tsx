import type { Child } from 'hono/jsx';
import type { Translate } from '../../i18n/index.ts';
import { languageName } from '../../i18n/index.ts';
import { withLanguage } from '../urls.ts';

export interface LayoutProps {
  readonly lang: string;
  readonly t: Translate;
  readonly title: string;
  /** The page shows errors: the title says so first. */
  readonly hasErrors?: boolean;
  /** Where this page is, for the language switcher; no switcher when absent. */
  readonly path?: string;
  /** Languages the switcher offers (the questionnaire's, or all). */
  readonly languages?: readonly string[];
  /** Shown in the header beside the site name. */
  readonly heading?: string;
  readonly footer?: { privacy?: string; contact?: string };
  readonly assets: Assets;
  readonly children?: Child;
}

export interface Assets {
  readonly css: string;
  readonly js: string;
}

/** The page around every respondent view: skip link, header, language switcher, main, footer. */
export function Layout(props: LayoutProps) {
  const { lang, t } = props;
  const title = props.hasErrors ? `${t('layout.errorPrefix')} ${props.title}` : props.title;
  return (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>
          {props.heading === undefined || props.heading === props.title
            ? title
            : `${title} – ${props.heading}`}
        </title>
        <link rel="stylesheet" href={props.assets.css} />
        <script src={props.assets.js} defer />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t('layout.skipLink')}
        </a>
        <header class="site-header">
          <div class="width">
            <span class="site-name">{props.heading ?? 'credmap'}</span>
            {props.path !== undefined && (props.languages?.length ?? 0) > 1 && (
              <nav class="languages" aria-label={t('layout.languages')}>
                <ul>
                  {props.languages!.map((l) => (
                    <li>
                      {l === lang ? (
                        <span aria-current="true" lang={l}>
                          {languageName(l)}
                        </span>
                      ) : (
                        <a href={withLanguage(props.path!, l)} lang={l} hreflang={l}>
                          {languageName(l)}
                        </a>
                      )}
                    </li>
                  ))}
                </ul>
              </nav>
            )}
          </div>
        </header>
        <main id="main" class="width" tabindex={-1}>
          {props.children}
        </main>
        {props.footer !== undefined && (
          <footer class="site-footer">
            <nav class="width" aria-label={t('layout.footer.label')}>
              <ul>
                {props.footer.privacy !== undefined && (
                  <li>
                    <a href={props.footer.privacy}>{t('layout.footer.privacy')}</a>
                  </li>
                )}
                {props.footer.contact !== undefined && (
                  <li>
                    <a href={`mailto:${props.footer.contact}`}>{t('layout.footer.contact')}</a>
                  </li>
                )}
              </ul>
            </nav>
          </footer>
        )}
      </body>
    </html>
  );
}

/** Plain-text paragraphs (blank-line separated) as <p> elements; no HTML ever comes from texts. */
export function Paragraphs(props: { text: string; class?: string }) {
  return (
    <>
      {props.text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter((p) => p !== '')
        .map((p) => (
          <p class={props.class}>{p}</p>
        ))}
    </>
  );
}
