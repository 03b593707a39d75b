/**
 * ISO 3166-1 alpha-2 codes (officially assigned, 249). Labels come from the runtime's CLDR data
 * (Intl.DisplayNames) in the respondent's language, so no names are kept here.
 */
export const isoCountryCodes: readonly string[] =
  `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL
BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC
EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU
ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA
MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE
PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX
SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM
ZW`.split(/\s+/);

/** The 27 member states of the European Union (since 1 February 2020). */
const eu27 = 'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' ');

/**
 * Named groups a country question may list instead of codes. EEA: the EU plus Iceland,
 * Liechtenstein and Norway. Candidates: the countries with EU candidate status in 2025 (Albania,
 * Bosnia and Herzegovina, Georgia, Moldova, Montenegro, North Macedonia, Serbia, Türkiye, Ukraine).
 */
export const countryGroups: Readonly<Record<string, readonly string[]>> = {
  EU27: eu27,
  EEA: [...eu27, 'IS', 'LI', 'NO'],
  CANDIDATES: ['AL', 'BA', 'GE', 'MD', 'ME', 'MK', 'RS', 'TR', 'UA'],
};

/** The codes a country question offers, groups expanded, duplicates removed, order kept. */
export function expandCountries(entries: readonly string[] | undefined): readonly string[] {
  if (entries === undefined) return isoCountryCodes;
  const out = new Set<string>();
  for (const entry of entries) {
    for (const code of Object.hasOwn(countryGroups, entry) ? countryGroups[entry]! : [entry]) out.add(code);
  }
  return [...out];
}

export function isCountryEntry(entry: string): boolean {
  return Object.hasOwn(countryGroups, entry) || isoCountryCodes.includes(entry);
}
