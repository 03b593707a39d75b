import type { Translate } from '../../i18n/index.ts';
import { countryName, registerCodeLabel } from '../../i18n/index.ts';
import type { PublicProvider } from '../../register/index.ts';
import { registerUrl } from '../urls.ts';
import { registerEntryUrl, Text } from './register-common.tsx';

const accreditationKeys = {
  accredited: 'register.provider.accreditation.accredited',
  pending: 'register.provider.accreditation.pending',
  not_accredited: 'register.provider.accreditation.not_accredited',
  unknown: 'register.provider.accreditation.unknown',
} as const;

/** Who awards what: a provider's record and its published microcredentials. */
export function RegisterProvider(props: { t: Translate; lang: string; found: PublicProvider }) {
  const { t, lang } = props;
  const { provider: p, entries } = props.found;
  return (
    <>
      <a class="back-link" href={registerUrl(lang)}>
        {t('register.entry.back')}
      </a>
      <h1>
        <Text value={p.name} lang={lang} />
      </h1>
      <dl class="facts">
        <dt>{t('register.provider.country')}</dt>
        <dd>{countryName(lang, p.country)}</dd>
        <dt>{t('register.provider.type')}</dt>
        <dd>{registerCodeLabel(t, 'providerType', p.type)}</dd>
        <dt>{t('register.provider.accreditation')}</dt>
        <dd data-accreditation={p.accreditation.status}>
          {t(accreditationKeys[p.accreditation.status])}
          {p.accreditation.by !== undefined && (
            <>
              {' – '}
              {t('register.provider.accreditedBy')} <Text value={p.accreditation.by} lang={lang} />
            </>
          )}
          {p.accreditation.decisionUrl !== undefined && (
            <>
              {' – '}
              <a href={p.accreditation.decisionUrl}>{t('register.provider.decision')}</a>
            </>
          )}
        </dd>
        {p.homepage !== undefined && (
          <>
            <dt>{t('register.entry.website')}</dt>
            <dd>
              <a href={p.homepage}>{p.homepage}</a>
            </dd>
          </>
        )}
      </dl>
      <h2>{t('register.provider.entries')}</h2>
      {entries.length === 0 ? (
        <p>{t('register.provider.none')}</p>
      ) : (
        <ul class="links">
          {entries.map((e) => (
            <li>
              <a href={registerEntryUrl(lang, e.id)}>
                <Text value={e.record.title} lang={lang} />
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
