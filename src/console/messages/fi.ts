import type { ConsoleMessages } from './en.ts';
import { registerMessagesFi } from './register.fi.ts';

/** The console's words in Finnish. */
export const fi: ConsoleMessages = {
  ...registerMessagesFi,
  'console.name': 'credmap-konsoli',
  'console.skipLink': 'Siirry pääsisältöön',
  'console.accountNav': 'Oma tili',
  'console.breadcrumbs': 'Olet tässä',
  'console.logout': 'Kirjaudu ulos',
  'console.errorPrefix': 'Virhe:',
  'console.issues.title': 'Korjaa seuraavat kohdat',

  'console.problem.notFound': 'Tätä sivua ei ole, tai tililläsi ei ole siihen pääsyä.',
  'console.problem.forbidden': 'Roolisi tässä tutkimuksessa ei salli tätä.',
  'console.problem.unauthorized': 'Kirjaudu ensin sisään.',
  'console.problem.expired':
    'Tämä lomake on vanhentunut. Palaa takaisin, lataa sivu uudelleen ja yritä uudelleen.',
  'console.problem.badRequest': 'Lähetettyjä tietoja ei voitu lukea. Palaa takaisin ja yritä uudelleen.',
  'console.problem.tooLarge': 'Pyyntö on suurempi kuin {max} Mt.',
  'console.problem.unavailable': 'Palvelu ei voi vastata juuri nyt. Yritä uudelleen hetken kuluttua.',
  'console.problem.title': 'Pyyntöä ei voitu käsitellä',
  'console.problem.back': 'Takaisin konsoliin',
  'console.form.unstorable':
    'Kentässä ”{field}” on merkki, jota ei voi tallentaa (NUL, näkymätön ohjausmerkki). Palaa takaisin, poista merkki ja yritä uudelleen.',
  'console.form.unstorableField':
    'Tekstissä on näkymätön ohjausmerkki (NUL), jota ei voi tallentaa. Poista se ja yritä uudelleen.',

  'console.login.title': 'Kirjaudu sisään',
  'console.login.email': 'Sähköpostiosoite',
  'console.login.password': 'Salasana',
  'console.login.submit': 'Kirjaudu sisään',
  'console.login.wrong': 'Sähköpostiosoite tai salasana on väärä.',
  'console.login.locked':
    'Liian monta epäonnistunutta yritystä tällä osoitteella. Yritä uudelleen {minutes} minuutin kuluttua.',

  'console.setup.title': 'Ota credmap käyttöön',
  'console.setup.intro':
    'Tällä linkillä luodaan ensimmäinen tili. Siitä tulee kaikkien tutkimusten omistaja, ja se voi antaa muille heidän roolinsa.',
  'console.link.title': 'Valitse salasana',
  'console.link.intro': 'Valitse salasana tilille {email}.',
  'console.link.submit': 'Tallenna ja kirjaudu sisään',
  'console.link.invalid':
    'Linkki on vanhentunut tai sitä on jo käytetty. Pyydä uutta linkkiä tutkimuksen omistajalta.',

  'console.account.title': 'Oma tili',
  'console.account.name': 'Nimi',
  'console.account.newPassword': 'Uusi salasana',
  'console.account.currentPassword': 'Nykyinen salasana',
  'console.account.passwordHint': 'Vähintään {min} merkkiä. Usean sanan lause on helppo muistaa.',
  'console.account.password.tooShort': 'Salasanassa on oltava vähintään {min} merkkiä.',
  'console.account.password.tooLong': 'Salasanassa voi olla enintään {max} merkkiä.',
  'console.account.password.isEmail': 'Salasana ei voi olla sähköpostiosoitteesi.',
  'console.account.passwordWrong': 'Nykyinen salasana on väärä.',
  'console.account.passwordChanged': 'Salasanasi on vaihdettu. Muut istunnot on kirjattu ulos.',
  'console.account.nameMissing': 'Kirjoita nimi.',
  'console.account.emailInvalid': 'Kirjoita sähköpostiosoite, esimerkiksi name@example.org.',
  'console.account.language': 'Konsolin kieli',
  'console.account.languageSave': 'Tallenna kieli',
  'console.account.passwordSave': 'Vaihda salasana',
  'console.account.tokens': 'API-tunnisteet',
  'console.account.tokensIntro':
    'Tunnisteen avulla skripti voi käyttää rajapintaa /api/v1 sinun rooleillasi. Tunniste näytetään vain kerran: säilytä sitä kuin salasanaa.',
  'console.account.tokenName': 'Mihin tunnistetta käytetään',
  'console.account.tokenCreate': 'Luo tunniste',
  'console.account.tokenCreated': 'Uusi tunnisteesi (näytetään vain nyt):',
  'console.account.tokenRevoke': 'Peruuta',
  'console.account.tokenNone': 'Sinulla ei ole API-tunnisteita.',
  'console.account.tokenLastUsed': 'Käytetty viimeksi',
  'console.account.tokenNever': 'ei koskaan',

  'console.role.owner': 'Omistaja',
  'console.role.researcher': 'Tutkija',
  'console.role.analyst': 'Analyytikko',
  'console.role.translator': 'Kääntäjä',
  'console.role.viewer': 'Katselija',

  'console.studies.title': 'Tutkimukset',
  'console.studies.none':
    'Tililläsi ei vielä ole roolia yhdessäkään tutkimuksessa. Pyydä tutkimuksen omistajaa lisäämään sinut.',
  'console.study.yourRole': 'Roolisi: {role}',
  'console.study.timeZone': 'Aikavyöhyke: {zone}',
  'console.study.questionnaires': 'Kyselyt',
  'console.study.questionnaire': 'Kysely',
  'console.study.status': 'Tila',
  'console.study.started': 'Aloitetut',
  'console.study.completed': 'Valmiit',
  'console.study.newQuestionnaire': 'Lisää kysely',
  'console.study.newHint':
    'XLSForm-taulukko (.xlsx) tai credmap-määrittely (.yaml, .json). Siitä tulee luonnos; vastaajat eivät näe siitä mitään ennen kuin se on julkaistu ja avattu.',

  'console.status.notOpen': 'Ei vielä avoinna',
  'console.status.open': 'Avoinna',
  'console.status.closed': 'Suljettu',

  'console.schedule.title': 'Tiedonkeruu',
  'console.schedule.opens': 'Avautuu',
  'console.schedule.closes': 'Sulkeutuu',
  'console.schedule.date': 'Päivämäärä',
  'console.schedule.time': 'Kellonaika',
  'console.schedule.zone': 'Aikavyöhyke',
  'console.schedule.zoneHint':
    'Aikavyöhykkeen nimi, esimerkiksi Europe/Brussels. Jätä päivämäärä tyhjäksi, jos rajaa ei ole.',
  'console.schedule.save': 'Tallenna tiedonkeruun päivämäärät',
  'console.schedule.closeNow': 'Sulje nyt',
  'console.schedule.none': 'Ei päivämäärää',
  'console.schedule.badDate':
    'Kirjoita päivämäärä muodossa YYYY-MM-DD ja kellonaika muodossa HH:MM niin, että ne ovat olemassa tällä aikavyöhykkeellä.',
  'console.schedule.badZone': 'Kirjoita aikavyöhykkeen nimi, esimerkiksi Europe/Brussels.',
  'console.schedule.closesBeforeOpens': 'Sulkeutumispäivän on oltava avautumispäivän jälkeen.',
  'console.schedule.outOfRange': 'Anna päivämäärä vuosien {from} ja {to} väliltä.',

  'console.saved.schedule':
    'Tiedonkeruun päivämäärät on tallennettu. Vastaajien sivut noudattavat niitä nyt.',
  'console.saved.closed': 'Kysely on suljettu. Vastaajat näkevät nyt sivun, jonka mukaan kysely on suljettu.',
  'console.saved.draft': 'Luonnos on tallennettu.',
  'console.saved.published':
    'Uusi versio on julkaistu. Uudet vastaajat saavat sen; aloitetut vastaukset pysyvät omassa versiossaan.',
  'console.saved.translation': 'Käännös on tallennettu luonnokseen.',

  'console.versions.title': 'Julkaistut versiot',
  'console.versions.number': 'Versio',
  'console.versions.published': 'Julkaistu',
  'console.versions.responses': 'Vastaukset',
  'console.versions.files': 'Tiedostot ja muutokset',
  'console.versions.changes': 'Muutokset version {from} jälkeen',

  'console.draft.title': 'Luonnos',
  'console.draft.none': 'Luonnosta ei ole. Lähetä kysely, niin siitä tulee luonnos.',
  'console.draft.updated': 'Muokattu viimeksi {date}, muokkaaja {name}.',
  'console.draft.valid': 'Luonnoksessa ei ole ongelmia.',
  'console.draft.problems': 'Luonnoksessa on {count} ongelmaa, jotka on korjattava ennen julkaisua',
  'console.draft.changes': 'Muutokset julkaistuun versioon verrattuna',
  'console.draft.download': 'Lataa luonnos XLSForm-muodossa',
  'console.draft.downloadJson': 'Lataa luonnos JSON-muodossa',
  'console.draft.notWritable':
    'Luonnoksessa on ongelmia, joita XLSForm-työkirjaan ei voi tallentaa. Korjaa ne tai lataa luonnos JSON-muodossa.',
  'console.draft.publish': 'Julkaise luonnos uutena versiona',
  'console.draft.discard': 'Hylkää luonnos',
  'console.draft.upload': 'Lähetä uusi luonnos',
  'console.draft.uploadHint': 'XLSForm-taulukko (.xlsx) tai credmap-määrittely (.yaml, .json).',
  'console.draft.uploadSubmit': 'Lähetä',
  'console.draft.noFile': 'Valitse lähetettävä tiedosto.',
  'console.draft.otherId': 'Tiedosto koskee kyselyä ”{id}”, ei kyselyä ”{expected}”.',
  'console.draft.badId': 'Tiedostossa ei anneta kyselylle tunnusta (pieniä kirjaimia, numeroita ja -).',
  'console.draft.exists': 'Tutkimuksessa on jo kysely ”{id}”. Lähetä luonnos sen kyselyn sivulla.',
  'console.draft.unreadable': 'Tiedostoa ei voitu käyttää: {problems}',
  'console.draft.notSpreadsheet': 'Tiedosto ei ole .xlsx-taulukko eikä .yaml- tai .json-tiedosto.',
  'console.draft.badYaml': 'Tiedostoa ei voitu lukea YAML- tai JSON-muodossa: {detail}',
  'console.draft.tooLarge': 'Tiedosto on suurempi kuin {size}.',
  'console.draft.includes':
    'Täällä lähetetyn määrittelyn on oltava täydellinen: include-merkinnät luetaan vain tutkimuksen kansiosta.',
  'console.draft.unstorable':
    'Tiedostossa on kohdassa {path} tekstiä, jota ei voi tallentaa: siinä on NUL-merkki tai puolikas korvausmerkkipari.',
  'console.draft.tooDeep': 'Tiedostossa on luetteloita ja objekteja sisäkkäin yli {max} tasoa.',
  'console.xlsform.where.column': 'Taulukko {sheet}, rivi {row}, sarake {column}: {message}',
  'console.xlsform.where.row': 'Taulukko {sheet}, rivi {row}: {message}',
  'console.xlsform.where.sheet': 'Taulukko {sheet}: {message}',
  'console.xlsform.where.cell': 'Taulukko {sheet}, solu {cell}: {message}',
  'console.xlsform.notXlsx': 'Tiedosto ei ole .xlsx-työkirja, jonka voisi avata.',
  'console.xlsform.unreadable':
    'Työkirjassa on jotain, mitä ei voida lukea. Tallenna se taulukkolaskentaohjelmassa uudelleen .xlsx-muodossa ja lataa se uudelleen.',
  'console.xlsform.tooLarge': 'Työkirja on purettuna suurempi kuin {detail}.',
  'console.xlsform.tooManyCells':
    'Taulukon rivit ulottuvat useampaan soluun kuin voidaan lukea. Poista kaukana oikealla olevat tyhjät sarakkeet tai kopioi taulukko uuteen työkirjaan.',
  'console.xlsform.missingSheet': 'Työkirjassa ei ole taulukkoa ”{sheet}”.',
  'console.xlsform.missingColumn': 'taulukossa ei ole saraketta ”{column}”.',
  'console.xlsform.duplicateColumn': 'tämä sarake on taulukossa kahdesti.',
  'console.xlsform.unknownLanguage':
    '”{detail}” ei ole kielikoodi; kirjoita kieli esimerkiksi muodossa English (en).',
  'console.xlsform.unexpectedLanguage':
    'tätä saraketta ei käännetä, joten sille ei merkitä kieltä (”{detail}”).',
  'console.xlsform.noDefaultLanguage':
    'sarakkeessa ei mainita kieltä, eikä settings-taulukossa ole sille default_language-arvoa.',
  'console.xlsform.unknownColumn':
    'XLSForm ja credmap eivät tunne tätä saraketta; jätä se tyhjäksi tai poista se.',
  'console.xlsform.unsupportedColumn': 'credmap ei tue tätä XLSForm-saraketta; jätä se tyhjäksi.',
  'console.xlsform.unnamedColumn': 'otsikottomassa sarakkeessa on arvo.',
  'console.xlsform.columnNotApplicable': 'tämä sarake ei koske rivin tyyppiä; jätä se tyhjäksi.',
  'console.xlsform.badCell': 'solussa näkyy ”{detail}” eikä luettavaa arvoa.',
  'console.xlsform.missingValue': 'tällä rivillä tarvitaan arvo tähän sarakkeeseen.',
  'console.xlsform.badValue': '”{detail}” ei ole arvo, jonka tämä sarake voi saada.',
  'console.xlsform.unsupportedType': 'credmap ei esitä kysymyksiä, joiden tyyppi on ”{detail}”.',
  'console.xlsform.unsupportedAppearance': 'credmap ei tue tässä appearance-arvoa ”{detail}”.',
  'console.xlsform.unsupportedValue': 'credmap ei tue tässä sarakkeessa arvoa ”{detail}”.',
  'console.xlsform.unknownList': 'choices-taulukossa ei ole listaa ”{detail}”.',
  'console.xlsform.badExpression':
    'lauseketta ”{detail}” ei voida lukea, tai siinä on XPathia, jota credmap ei tue (polkuja, predikaatteja, |).',
  'console.xlsform.unsupportedFunction': 'credmap ei tue funktiota ”{detail}”.',
  'console.xlsform.unsupportedOperator': 'credmap ei tue operaattoria ”{detail}”.',
  'console.xlsform.badNumber': 'luku ”{detail}” on liian suuri.',
  'console.xlsform.unclosedGroup': 'tästä alkavalla ryhmällä ei ole end_group-riviä.',
  'console.xlsform.unclosedRepeat': 'tästä alkavalla toistolla ei ole end_repeat-riviä.',
  'console.xlsform.unmatchedEnd': '”{detail}” päättää ryhmän tai toiston, joka ei ole alkanut.',
  'console.xlsform.unsupportedNesting':
    'credmap ei sijoita ryhmää ryhmän sisään eikä toistoa ryhmän tai toiston sisään (”{detail}”).',
  'console.xlsform.tooDeep': 'tämä ”{detail}” jättäisi yhtä aikaa auki yli 32 ryhmää ja toistoa.',
  'console.xlsform.extraSettingsRow': 'settings-taulukossa on otsikon alla yksi arvorivi; tämä on toinen.',
  'console.definition.where': '{path}: {message}',
  'console.definition.list.unknown': 'vaihtoehtolistaa ”{detail}” ei ole.',
  'console.definition.language.fallbackNotDeclared': 'varakieli ei ole mikään ilmoitetuista kielistä.',
  'console.definition.language.duplicate': 'sama kieli on luettelossa kahdesti.',
  'console.definition.text.missingLanguage': 'tekstiä ei ole kielellä {language}.',
  'console.definition.text.undeclaredLanguage':
    'tekstiä on kielellä {language}, joka ei ole mikään ilmoitetuista kielistä.',
  'console.definition.text.placeholdersDiffer':
    'teksti kielellä {language} ei tuo mukaan samoja vastauksia kuin lähdeteksti.',
  'console.definition.id.duplicate':
    'tunnistetta ”{detail}” käytetään kahdesti; sivut, ryhmät ja kysymykset tarvitsevat kukin omansa.',
  'console.definition.variable.duplicate': 'muuttujan nimi ”{detail}” on jo kohteen ”{other}” nimi.',
  'console.definition.expression.unknownReference':
    '”{detail}” ei ole sellaisen kysymyksen tunniste, johon tässä voi viitata.',
  'console.definition.expression.forwardReference':
    '”{detail}” kysytään vasta myöhemmin, joten sen vastausta ei voi lukea tässä.',
  'console.definition.expression.cycle': 'laskennat lukevat toisiaan kehässä: {detail}.',
  'console.definition.repeat.minAboveMax': 'kohteiden vähimmäismäärä on suurempi kuin enimmäismäärä.',
  'console.definition.repeat.firstPageConditional': 'toistoryhmän ensimmäisellä sivulla ei voi olla ehtoa.',
  'console.definition.multiple.minAboveMax': 'valintojen vähimmäismäärä on suurempi kuin enimmäismäärä.',
  'console.definition.multiple.maxAboveChoices':
    'valintojen enimmäismäärä on suurempi kuin tarjottujen vaihtoehtojen määrä.',
  'console.definition.number.minAboveMax': 'vähimmäisarvo on suurempi kuin enimmäisarvo.',
  'console.definition.country.unknown': '”{detail}” ei ole maakoodi eikä maaryhmä.',
  'console.definition.consent.notOnFirstPage': 'suostumuskysymyksen on oltava ensimmäisellä sivulla.',
  'console.definition.consent.conditional': 'suostumuskysymyksellä ei voi olla ehtoa.',
  'console.definition.choice.exclusiveOnlyInMultiple':
    'vain monivalintakysymyksellä voi olla poissulkeva vaihtoehto (”ei mikään näistä”).',
  'console.definition.choice.otherOnlyInChoice':
    'vain yksi- tai monivalintakysymys voi pyytää tarkentamaan vaihtoehtoa ”muu”.',
  'console.definition.choice.duplicateCode': 'koodi ”{detail}” on samassa listassa kahdesti.',
  'console.definition.include.unknownKey': 'include-kohdassa voi olla vain include ja relevant, ei {detail}.',
  'console.definition.include.unknownModule': 'sisällytettävää moduulia ”{detail}” ei ole.',
  'console.definition.include.cycle': 'moduulit sisällyttävät toisiaan kehässä: {detail}.',
  'console.definition.include.listConflict':
    'vaihtoehtolista on määritelty kahdessa paikassa eri tavoin: {detail}.',
  'console.definition.timeZone.unknown': '”{detail}” ei ole aikavyöhykkeen nimi, kuten Europe/Helsinki.',
  'console.definition.expr.unexpectedToken':
    'lausekkeessa on ”{detail}” paikassa, johon se ei sovi (merkki {position}).',
  'console.definition.expr.unexpectedEnd': 'lauseke päättyy ennen kuin se on valmis (merkki {position}).',
  'console.definition.expr.unterminatedString':
    'merkistä {position} alkavaa lainausmerkeissä olevaa tekstiä ei ole suljettu.',
  'console.definition.expr.badEscape':
    '”{detail}” (merkki {position}) ei ole lausekekielen tuntema escape-merkintä.',
  'console.definition.expr.badNumber': 'luku ”{detail}” (merkki {position}) on liian suuri.',
  'console.definition.expr.badReference':
    'merkistä {position} alkavaa viittausta ei ole suljettu aaltosulkeella, tai siinä ei ole kelvollista tunnistetta.',
  'console.definition.expr.bareIdentifier':
    '”{detail}” (merkki {position}) ei ole funktiokutsu eikä viittaus vastaukseen.',
  'console.definition.expr.unknownFunction': 'funktiota ”{detail}” ei ole (merkki {position}).',
  'console.definition.expr.arity': 'funktiolle ”{detail}” (merkki {position}) annetaan väärä määrä arvoja.',
  'console.definition.expr.tooLong': 'lauseke on pidempi kuin {max} merkkiä.',
  'console.definition.expr.tooDeep':
    'lausekkeessa on sulkeita, funktioita ja operaattoreita liian monella sisäkkäisellä tasolla (merkki {position}).',

  'console.publish.missing': '{language}: tekstiä {key} ei ole käännetty.',
  'console.publish.outdated': '{language}: tekstiä {key} on muutettu käännöksen jälkeen.',
  'console.publish.placeholders':
    '{language}: tekstissä {key} ei ole samoja ${…}-viittauksia kuin lähdetekstissä.',
  'console.publish.notHarmonised': 'Muuttujaa {variable} kysytään eri tavalla kyselyssä {other}.',

  'console.diff.title': 'Muutokset: {from} → {to}',
  'console.diff.none': 'Muutoksia ei ole.',
  'console.diff.where': 'Kohta',
  'console.diff.change': 'Muutos',
  'console.diff.before': 'Ennen',
  'console.diff.after': 'Jälkeen',
  'console.diff.added': 'Lisätty',
  'console.diff.removed': 'Poistettu',
  'console.diff.changed': 'Muutettu',
  'console.diff.moved': 'Siirretty',

  'console.preview.title': 'Esikatselu: {language} ({source})',
  'console.preview.intro':
    'Jokainen sivu sellaisena kuin vastaajat sen näkevät, sekä ehdot, joilla se näytetään tai piilotetaan. Täältä ei voi lähettää mitään.',
  'console.preview.shownWhen': 'Näytetään, kun',
  'console.preview.calculated': 'Laskettu arvo {id}:',
  'console.preview.inGroup': 'toistuu ryhmässä {group}',
  'console.preview.invalid': 'Kyselyssä on ongelmia; korjaa ne, niin näet esikatselun.',

  'console.translations.notWritable':
    'Luonnoksessa on ongelmia, joita XLSForm-työkirjaan ei voi tallentaa; tutkimusryhmä korjaa ne. Sitä ennen voit ladata tekstit XLIFF-tiedostona tai taulukkona.',
  'console.translations.title': 'Kielet',
  'console.translations.language': 'Kieli',
  'console.translations.complete': 'Valmiit',
  'console.translations.missing': 'Puuttuvat',
  'console.translations.outdated': 'Vanhentuneet',
  'console.translations.preview': 'Esikatselu',
  'console.translations.source': 'Lähdeteksti ({language})',
  'console.translations.text': 'Käännös',
  'console.translations.state': 'Tila',
  'console.translations.key': 'Teksti',
  'console.translations.export': 'Lataa tekstit käännettäviksi',
  'console.translations.import': 'Lähetä käännetyt tekstit',
  'console.translations.importHint':
    'XLIFF-tiedosto (1.2, 2.0 tai 2.1) tai täältä ladattu taulukko, johon käännökset on täytetty.',
  'console.translations.importSubmit': 'Lähetä käännös',
  'console.translations.report': 'Mitä lähetys muutti',
  'console.translations.changed': '{count} tekstiä muutettu',
  'console.translations.unchanged': '{count} tekstiä ennallaan',
  'console.translations.unknown': 'Ei kyselyssä, ohitettu: {keys}',
  'console.translations.mismatch':
    'Ei otettu käyttöön, koska ${…}-viittaukset eroavat lähdetekstistä: {keys}',
  'console.translations.wrongLanguage': 'Tiedostossa on tekstejä kielellä {found}, ei kielellä {expected}.',
  'console.translations.unreadable': 'Tiedostoa ei voitu lukea: {detail}',
  'console.translations.badCell': 'Rivi {row}, sarake {column}: solussa näkyy tekstin sijaan virhe {error}.',
  'console.translations.noFormulaValue':
    'Rivi {row}, sarake {column}: solussa on kaava, joka on tallennettu ilman tulosta. Tallenna tiedosto uudelleen taulukkolaskentaohjelmassa tai kirjoita teksti soluun.',
  'console.translations.encoding': 'Tiedosto ei ole UTF-8- eikä UTF-16-tekstiä.',
  'console.translations.doctype':
    'Rivi {line}: tiedostossa on DOCTYPE-määrittely, jota XLIFF-tiedosto ei tarvitse ja jota ei hyväksytä.',
  'console.translations.notXliff':
    'Tiedosto ei ole XLIFF 1.2-, 2.0- tai 2.1-muodossa ({detail}). Vie käännöstyökalusta jokin näistä tai täydennä täältä ladattu tiedosto.',
  'console.translations.notXml': 'Rivi {line}: tiedosto ei ole hyvin muodostettua XML:ää ({detail}).',
  'console.translations.xliffIssue':
    'Rivi {line}: XLIFF-tiedostossa on jotain, mitä täällä ei voi lukea ({detail}).',
  'console.translations.xmlLimit':
    'Tiedosto on suurempi tai syvemmin sisäkkäinen kuin XLIFF-tiedosto täällä saa olla ({detail}).',
  'console.translations.noTargetLanguage':
    'Rivi {line}: tiedostosta ei käy ilmi, mille kielelle se on käännetty. Aseta kohdekieli käännöstyökalussa (XLIFF 1.2:ssa target-language, XLIFF 2:ssa trgLang) ja vie tiedosto uudelleen.',
  'console.translations.inlineCode':
    'Rivi {line}: tiedostossa on muotoilukoodi (<{element}>), jota ei voi muuttaa takaisin pelkäksi tekstiksi. Poista koodi tekstistä tai vie tiedosto ilman koodeja ja lähetä se uudelleen.',
  'console.translations.sourceLanguage': 'Tämä on lähdekieli: sen tekstejä muutetaan lähettämällä luonnos.',
  'console.translations.state.complete': 'Valmis',
  'console.translations.state.missing': 'Puuttuu',
  'console.translations.state.outdated': 'Vanhentunut',

  'console.members.title': 'Jäsenet ja roolit',
  'console.members.role': 'Rooli',
  'console.members.languages': 'Kielet (kääntäjät)',
  'console.members.languagesHint': 'Kääntäjä voi muuttaa vain näiden kielten tekstejä.',
  'console.members.languagesMissing': 'Valitse kielet, joita tämä kääntäjä kääntää.',
  'console.members.actions': 'Toiminnot',
  'console.members.remove': 'Poista',
  'console.members.pending': 'ei ole vielä valinnut salasanaa',
  'console.members.everyStudy': 'kaikissa tutkimuksissa',
  'console.members.add': 'Lisää henkilö tai muuta roolia',
  'console.members.addHint':
    'Uusi credmap-käyttäjä saa tilin ja 7 päivää voimassa olevan linkin salasanan valitsemista varten. Välitä linkki itse, jos sähköpostia ei ole otettu käyttöön.',
  'console.members.addSubmit': 'Tallenna rooli',
  'console.members.roleInvalid': 'Valitse rooli.',
  'console.members.linkCreated': 'Lähetä tämä linkki henkilölle, jotta hän voi valita salasanan:',
  'console.members.lastOwner':
    'Tutkimuksella on oltava vähintään yksi omistaja: anna omistajan rooli ensin jollekulle toiselle.',
  'console.members.mailSubject': 'Tilisi credmap-palvelussa',
  'console.members.mailBody':
    'Hei {name},\n\nSinulle on annettu rooli tutkimuksessa credmap-palvelussa. Valitse salasanasi tästä (linkki toimii kerran ja on voimassa 7 päivää):\n\n{url}\n',

  'console.distribution.title': 'Jakelu',
  'console.distribution.openLinks': 'Avoimet linkit',
  'console.distribution.openLinksHint':
    'Kuka tahansa, jolla on avoin linkki, voi vastata. Käytä linkkejä verkkosivuilla, uutiskirjeissä ja QR-koodin kanssa painotuotteissa.',
  'console.distribution.qr': 'QR-koodi (SVG)',
  'console.distribution.invitations': 'Henkilökohtaiset kutsut',
  'console.distribution.contacts': 'Yhteystiedot',
  'console.distribution.invited': 'Kutsutut',
  'console.distribution.unsubscribed': 'Peruneet tilauksen',
  'console.distribution.sent': 'Lähetetyt sähköpostit',
  'console.distribution.failed': 'Epäonnistuneet sähköpostit',
  'console.distribution.log': 'katso sähköpostien loki',
  'console.distribution.reminders': 'Muistutukset (päiviä ennen sulkemista)',
  'console.distribution.remindersLabel': 'Muistutukset: {questionnaire}, päivinä ennen sulkemista',
  'console.distribution.remindersSave': 'Tallenna',
  'console.distribution.remindersHint':
    'Muistutukset lähetetään kutsutuille, jotka eivät ole vastanneet loppuun eivätkä peruneet tilausta, esim. ”7, 1”: viikkoa ja päivää ennen sulkemista.',
  'console.distribution.remindersInvalid':
    'Kirjoita kokonaisia päiviä väliltä 0–90 pilkuilla erotettuina, enintään 10.',
  'console.distribution.send': 'Lähetä kutsut',
  'console.distribution.closed': 'Kysely on sulkeutunut: kutsuja ei lähetetä.',
  'console.distribution.queued': 'Kutsuja jonossa: {count}.',
  'console.distribution.noSmtp':
    'Sähköpostipalvelinta ei ole määritetty (SMTP_URL): kutsut odottavat jonossa, kunnes palvelin on määritetty.',
  'console.distribution.upload': 'Lisää yhteystietoja',
  'console.distribution.uploadHint':
    'CSV- tai XLSX-tiedosto, jossa on sarakkeet email, language, instrument ja valinnaisesti country. Yhteystiedot säilytetään erillään vastauksista, eivätkä ne koskaan sisälly tuloksiin tai vientitiedostoihin.',
  'console.distribution.file': 'Yhteystietoluettelo',
  'console.distribution.imported': 'Yhteystietoja lisätty: {added}. Jo luettelossa: {skipped}.',
  'console.distribution.issue': 'Rivi {row} {column}: {message}',
  'console.distribution.logTitle': 'Sähköpostit: {questionnaire}',
  'console.distribution.logEmpty': 'Sähköposteja ei ole vielä lähetetty.',
  'console.distribution.kind': 'Tyyppi',
  'console.distribution.attempt': 'Yritys',
  'console.distribution.kind.invitation': 'Kutsu',
  'console.distribution.kind.reminder': 'Muistutus',
  'console.distribution.status.sent': 'Lähetetty',
  'console.distribution.status.failed': 'Epäonnistui',
  'console.distribution.status.refused': 'Sähköpostipalvelin hylkäsi osoitteen; ei yritetä uudelleen',
  'console.distribution.status.closed': 'Ei lähetetty: kysely oli sulkeutunut',
  'console.distribution.status.skipped': 'Ei lähetetty: vastannut tai peruuttanut tilauksen',
  'console.contacts.unreadable':
    'Tiedosto ei ole CSV-tiedosto (UTF-8) eikä XLSX-tiedosto. Tallenna se taulukkolaskentaohjelmassa muodossa ”CSV UTF-8” tai Excel-työkirjana (.xlsx).',
  'console.contacts.tooLarge':
    'Tiedosto on liian suuri luettavaksi: purettuna yli {detail} tai leveämpi kuin taulukko. Jätä vain sarakkeet email, language, instrument ja country tai jaa luettelo osiin.',
  'console.contacts.empty': 'Luettelossa ei ole yhteystietoja.',
  'console.contacts.missingColumn': 'Sarake puuttuu.',
  'console.contacts.duplicateColumn': 'Sarake on mukana useammin kuin kerran; jätä yksi.',
  'console.contacts.tooMany': 'Luettelossa on yli {detail} yhteystietoa; jaa se osiin.',
  'console.contacts.badEmail': '”{detail}” ei ole sähköpostiosoite.',
  'console.contacts.badLanguage': 'Kyselyä ei ole saatavilla kielellä ”{detail}”.',
  'console.contacts.badInstrument': 'Tutkimuksessa ei ole kyselyä ”{detail}”.',
  'console.contacts.badCountry': '”{detail}” ei ole kaksikirjaiminen maatunnus.',
  'console.contacts.duplicate': 'Sama osoite samaan kyselyyn on jo rivillä {detail}.',

  'console.api.invalid': 'Pyyntö ei ole kelvollinen: {problems}',
  'console.api.notPublished': 'Luonnosta ei voi vielä julkaista: {problems}',
  'console.api.unstorable':
    'Kohdan {path} tekstissä on merkki, jota ei voi tallentaa: NUL (\\u0000) tai pariton korvausmerkki.',
  'console.api.tooDeep': 'Pyynnössä on taulukoita ja objekteja sisäkkäin yli {max} tasoa.',
  'console.api.notJson':
    'Lähetä sisältö JSON-muodossa UTF-8-merkistöllä ja otsakkeella Content-Type: application/json.',
  'console.api.badJson': 'Sisältö ei ole kelvollista JSONia UTF-8-merkistöllä.',
  'console.api.methodNotAllowed': 'Tämä osoite ei hyväksy menetelmää {method}, vain nämä: {allowed}.',

  'console.audit.title': 'Tapahtumaloki',
  'console.audit.none': 'Mitään ei ole vielä kirjattu.',
  'console.audit.when': 'Milloin',
  'console.audit.who': 'Kuka',
  'console.audit.what': 'Mitä',
  'console.audit.detail': 'Tiedot',
  'console.audit.older': 'Vanhemmat merkinnät',

  // Fieldwork monitor (monitor.ts)
  'console.monitor.title': 'Tiedonkeruun seuranta',
  'console.monitor.intro':
    'Vastaukset kunkin kyselyn kaikkiin versioihin. Päivät ja kellonajat ovat tutkimuksen aikavyöhykkeellä {zone}.',
  'console.monitor.instruments': 'Vastaukset kyselyittäin',
  'console.monitor.instrument': 'Kysely',
  'console.monitor.started': 'Aloitetut',
  'console.monitor.completed': 'Valmiit',
  'console.monitor.partial': 'Keskeneräiset',
  'console.monitor.invited': 'Kutsutut',
  'console.monitor.responseRate': 'Vastausaste (valmiit / kutsutut)',
  'console.monitor.completionRate': 'Valmiiden osuus (valmiit / aloitetut)',
  'console.monitor.median': 'Vastaamisajan mediaani',
  'console.monitor.minutes': '{minutes} min',
  'console.monitor.excluded': 'Poissuljetut',
  'console.monitor.closes': 'Sulkeutuu',
  'console.monitor.noClosing': 'Ei sulkeutumispäivää',
  'console.monitor.notYet': 'ei vielä',
  'console.monitor.noResponses': 'Ei vielä vastauksia.',
  'console.monitor.details': 'Luvut ja aineiston laatu: {questionnaire}',

  'console.monitor.byGroup': 'Vastaukset kohderyhmittäin',
  'console.monitor.byCountry': 'Vastaukset maittain',
  'console.monitor.byLanguage': 'Vastaukset kielittäin',
  'console.monitor.cross': 'Vastaukset kohderyhmän, maan ja kielen mukaan',
  'console.monitor.targetGroup': 'Kohderyhmä',
  'console.monitor.country': 'Maa',
  'console.monitor.language': 'Kieli',
  'console.monitor.unknown': 'Ei (vielä) vastattu',
  'console.monitor.chartNote':
    'Pylväskaavio valmiista vastauksista; kaavion jälkeisessä taulukossa ovat samat luvut.',

  'console.monitor.dropOff': 'Mihin keskeneräiset vastaukset jäivät',
  'console.monitor.dropOffIntro':
    'Jokainen keskeneräinen vastaus lasketaan viimeiselle tallennetulle sivulleen: vastaaja lopetti sitä seuraavalla sivulla tai tällä sivulla itse, jos hän tallensi sen kysymys vielä vastaamatta jatkaakseen myöhemmin.',
  'console.monitor.page': 'Viimeinen tallennettu sivu',
  'console.monitor.noPartial': 'Ei keskeneräisiä vastauksia.',

  'console.monitor.perDay': 'Vastaukset päivittäin',
  'console.monitor.day': 'Päivä',
  'console.monitor.closingMarker': 'Sulkeutuu {date}',
  'console.monitor.closingNote': 'Tiedonkeruu päättyy {date}.',
  'console.monitor.dayChartNote':
    'Pylväskaavio valmiista vastauksista päivittäin; katkoviiva merkitsee sulkeutumispäivää, kun se osuu kaavioon. Kaavion jälkeisessä taulukossa ovat samat luvut.',

  'console.monitor.flags': 'Aineiston laatuhuomiot',
  'console.monitor.flagsIntro':
    'Valmiit vastaukset, jotka eivät ehkä ole aitoja, näytetään vain kuittauskoodilla. Huomio on syy tarkistaa, ei tuomio: sulje vastaus pois analyysista vain, kun olet varma, ja kerro syy.',
  'console.monitor.flag.speeder': 'Liian nopea',
  'console.monitor.flag.speederHint': 'valmis alle kolmanneksessa vastaamisajan mediaanista ({minutes} min)',
  // Finnish survey researchers usually keep the English term “straightlining”; the hint explains it.
  'console.monitor.flag.straightlining': 'Straightlining',
  'console.monitor.flag.straightliningHint': 'matriisikysymyksen jokaiselle riville sama vastausvaihtoehto',
  'console.monitor.flag.duplicate': 'Kaksoiskappale',
  'console.monitor.flag.duplicateHint': 'samat vastaukset kuin aiemmin valmistuneessa vastauksessa',
  'console.monitor.flag.honeypot': 'Ansakenttä',
  'console.monitor.flag.honeypotHint': 'lomakkeessa oli täytetty kenttä, jonka vain botit täyttävät',
  'console.monitor.flagCount': 'Vastaukset, joissa on huomioita',
  'console.monitor.noFlags': 'Yhdessäkään valmiissa vastauksessa ei ole huomioita.',
  'console.monitor.listLimited': 'Luettelossa näytetään vain {count} ensimmäistä.',
  'console.monitor.receipt': 'Kuittauskoodi',
  'console.monitor.duration': 'Vastaamisaika',
  'console.monitor.flagsColumn': 'Huomiot',
  'console.monitor.status': 'Tila',
  'console.monitor.inAnalysis': 'Mukana analyysissa',
  'console.monitor.excludedBecause': 'Poissuljettu: {reason}',
  'console.monitor.excludedBy': '{who}, {when}',
  'console.monitor.actions': 'Toiminto',

  'console.monitor.reason': 'Syy',
  'console.monitor.reason.speeder': 'Liian nopea',
  'console.monitor.reason.straightlining': 'Straightlining',
  'console.monitor.reason.duplicate': 'Kaksoiskappale',
  'console.monitor.reason.honeypot': 'Ansakenttä',
  'console.monitor.reason.other': 'Muu syy',
  'console.monitor.note': 'Huomautus (valinnainen)',
  'console.monitor.exclude': 'Sulje pois analyysista',
  'console.monitor.include': 'Ota takaisin analyysiin',
  'console.monitor.saved.excluded': 'Vastaus {receipt} on suljettu pois analyysista.',
  'console.monitor.saved.included': 'Vastaus {receipt} on otettu takaisin analyysiin.',
  'console.monitor.receiptUnknown': 'Tämän kyselyn valmiissa vastauksissa ei ole tätä kuittauskoodia.',
  'console.monitor.reasonInvalid': 'Valitse syy.',
  'console.monitor.noteTooLong': 'Huomautuksessa voi olla enintään {max} merkkiä.',

  'console.monitor.live.note':
    'Kun JavaScript on käytössä, ensimmäisen taulukon luvut päivittyvät 30 sekunnin välein; muut taulukot ja kaaviot, kun sivu ladataan uudelleen.',
  'console.monitor.live.pause': 'Keskeytä päivitykset',
  'console.monitor.live.resume': 'Jatka päivityksiä',
  'console.monitor.live.updated': 'Luvut päivitetty klo {time}.',
  'console.results.title': 'Tulokset',
  'console.results.intro':
    'Valmiit vastaukset, joita ei ole suljettu analyysin ulkopuolelle. Lukuja, jotka perustuvat alle {k} vastaajaan, ei näytetä, eikä lukuja, joista ne voisi päätellä.',
  'console.results.allQuestionnaires': 'Kaikki kyselyt (yhdistettynä)',
  'console.results.question': 'Kysymys',
  'console.results.by': 'Jaoteltuna',
  'console.results.noGrouping': 'Ei jaottelua',
  'console.results.language': 'Vastauksen kieli',
  'console.results.show': 'Näytä',
  'console.results.answer': 'Vastaus',
  'console.results.total': 'Yhteensä',
  'console.results.noAnswer': 'Ei vastausta',
  'console.results.dontKnow': 'En osaa sanoa',
  'console.results.preferNot': 'En halua sanoa',
  'console.results.base': 'Vastanneet (prosenttien perusta)',
  'console.results.unitRespondents': 'vastaajaa',
  'console.results.unitItems': 'kuvattua mikrotutkintoa, kukin kerran laskettuna',
  'console.results.suppressed': 'ei näytetä: liian vähän vastaajia, tai se paljastaisi piilotetun luvun',
  'console.results.mean': 'Keskiarvo',
  'console.results.q1': 'Alakvartiili',
  'console.results.median': 'Mediaani',
  'console.results.q3': 'Yläkvartiili',
  'console.results.link': 'Tulokset',
  'console.results.public': 'Julkinen tulossivu',
  'console.results.notPublished': 'Tuloksia ei ole julkaistu.',
  'console.results.published': 'Julkaistu {date}, julkaisija {name}.',
  'console.results.publicLink': 'Avaa julkinen sivu',
  'console.results.releaseHint':
    'Laskee ja suojaa nyt jokaisen taulukon tähän mennessä valmistuneista vastauksista ja näyttää ne julkisella sivulla kaikilla kielillä. Myöhemmät vastaukset näkyvät vasta seuraavassa julkaisussa.',
  'console.results.release': 'Julkaise tulokset nyt',
  'console.results.withdraw': 'Poista tulokset julkisesta näkymästä',
  'console.results.textsNote':
    'Avoimet vastaukset sellaisinaan. Niitä ei koskaan julkaista; ryhmää, jossa on alle {k} vastausta, ei näytetä. Älä kopioi niitä raportteihin poistamatta kaikkea, mistä joku voitaisiin tunnistaa.',
  'console.results.textsHidden': 'Tässä ryhmässä on liian vähän vastauksia näytettäväksi.',
  'console.weights.title': 'Painotus',
  'console.weights.none': 'Vastauksia ei ole painotettu.',
  'console.weights.current':
    'Painot laskettu {date}, laskija {name}, {count} valmiille vastaukselle. Myöhemmin valmistuneilla vastauksilla ei ole painoa ennen kuin painot lasketaan uudelleen.',
  'console.weights.margins': 'Käytetyt perusjoukon reunajakaumat',
  'console.weights.hint':
    'CSV-tiedosto, jossa sarakkeet variable, category ja total: yksi muuttuja on jälkiositus, useampi painotetaan reunajakaumiin (raking). Käytettävissä olevat muuttujat: {variables}.',
  'console.weights.upload': 'Perusjoukon reunajakaumat (CSV)',
  'console.weights.compute': 'Laske painot',
  'console.weights.header': 'Tiedostossa on oltava sarakkeet variable, category ja total.',
  'console.weights.unreadable':
    'Tiedosto ei ole UTF-8-muotoinen CSV-tiedosto. Tallenna se taulukkolaskentaohjelmassa muodossa ”CSV UTF-8”.',
  'console.weights.tooManyRows':
    'Tiedostossa on yli {max} riviä; reunajakaumissa on yksi rivi kutakin luokkaa kohden.',
  'console.weights.missingValue': 'Rivi {row}, sarake {column}: solu on tyhjä.',
  'console.weights.badTotal': 'Rivi {row}, sarake total: ”{value}” ei ole nollaa suurempi luku.',
  'console.weights.duplicate': 'Rivi {row}: {variable} = {category} on myös aiemmalla rivillä.',
  'console.weights.unequalTotals':
    'Muuttujan {variable} summat ovat yhteensä {sum}, muuttujan {first} summat {firstSum}: jokaisen muuttujan summien on oltava sama perusjoukko.',
  'console.weights.unknownVariable': 'Ei tämän tutkimuksen muuttuja: {variables}.',
  'console.weights.noRespondents': 'Painotettavia valmiita vastauksia ei ole.',
  'console.weights.noValue': '{count} vastauksella ei ole arvoa muuttujalle {variable}.',
  'console.weights.emptyCategory':
    'Yhdelläkään vastauksella ei ole {variable} = {category}: tätä reunajakaumaa ei voida saavuttaa.',
  'console.weights.unknownCategory':
    '{count} vastauksella on {variable} = {category}, jota reunajakaumissa ei ole.',
  'console.weights.link': 'Painotus',
  'console.exports.title': 'Tutkimusaineiston vienti',
  'console.exports.link': 'Tutkimusaineiston vienti',
  'console.exports.intro':
    'Yksi paketti (.zip), jossa ovat valmiit vastaukset, joita ei ole suljettu pois: tiedosto, jossa on yksi rivi vastaajaa kohden, tiedosto, jossa on yksi rivi kunkin toistuvan ryhmän kohdetta kohden (esimerkiksi jokainen kuvattu mikrotutkinto), koodikirja, syntaksi, joka lukee CSV-tiedostot nimiöineen, sekä README, jossa kerrotaan kyselylomakkeiden versiot, päivämäärät, painot ja se, mitä jätettiin pois. Yhteystietoja ei koskaan sisällytetä.',
  'console.exports.confidential':
    'Nämä tiedostot ovat mikroaineistoa, jota tulosten tietosuojakäsittely ei suojaa: käsittele niitä luottamuksellisina ja poista ne, kun analyysisi ei enää tarvitse niitä. Jokainen lataus kirjataan tarkastuslokiin.',
  'console.exports.language': 'Nimiöiden kieli',
  'console.exports.formats': 'Tiedostomuodot CSV:n lisäksi',
  'console.exports.download': 'Lataa paketti',
  'console.exports.badLanguage': 'Valitse jokin tutkimuksen kielistä.',
  'console.results.weighted': 'Painotetut prosenttiosuudet 95 %:n luottamusväleineen',
  'console.results.effectiveBase': 'Efektiivinen perusta (Kish)',
  'console.results.unit': 'Toistuvien ryhmien vastausten laskeminen',
  'console.results.unitHint':
    'Jokaisesta kuvatusta mikrotutkinnosta (tai muun toistuvan ryhmän kohteesta) kysytyt kysymykset lasketaan kohteittain tai vastaajittain, jos vastaaja antoi vastauksen ainakin kerran. Muut kysymykset lasketaan aina vastaajittain.',
  'console.results.releasing':
    'Julkaisua valmistellaan (pyydetty {date}); se näkyy tässä, kun jokainen taulukko on suojattu.',
  'console.results.weightedMean': 'Painotettu keskiarvo [95 %:n luottamusväli]',
};
