import type { Messages } from './en.ts';

/** UI strings in Finnish. */
export const fi: Messages = {
  'layout.skipLink': 'Siirry pääsisältöön',
  'layout.languages': 'Valitse kieli',
  'layout.errorPrefix': 'Virhe:',
  'layout.footer.label': 'Hyödyllisiä linkkejä',
  'layout.footer.privacy': 'Tietosuojaseloste',
  'layout.footer.contact': 'Yhteystiedot',

  'home.title': 'Tutkimukset ja kyselyt',
  'home.intro': 'Valitse tutkimus, niin näet sen kyselyt.',
  'home.empty': 'Tällä hetkellä ei ole avoimia tutkimuksia.',

  'study.questionnaires': 'Kyselyt',
  'study.choose': 'Valitse kysely, joka sopii sinulle parhaiten.',
  'study.minutes': 'Noin {minutes} minuuttia',

  'landing.audience': 'Kenelle kysely on tarkoitettu',
  'landing.about': 'Mitä kyselyssä kysytään',
  'landing.time': 'Vastaaminen kestää noin {minutes} minuuttia.',
  'landing.closes': 'Voit vastata viimeistään {date}.',
  'landing.confidential': 'Vastauksesi ovat luottamuksellisia',
  'landing.saving':
    'Vastauksesi tallentuvat sivu kerrallaan. Voit keskeyttää ja jatkaa myöhemmin tällä tai toisella laitteella jatkamiskoodin avulla. Sinun ei tarvitse kertoa nimeäsi.',
  'landing.start': 'Aloita',
  'landing.continue': 'Jatka siitä, mihin jäit',
  'landing.resume': 'Jatka vastaamista jatkamiskoodilla',
  'landing.completed': 'Olet vastannut tähän kyselyyn. Kuittauskoodisi on {receipt}.',
  'landing.startAgain': 'Aloita uusi vastaus',
  'landing.privacy': 'Näin käsittelemme vastauksiasi: tietosuojaseloste',
  'landing.contact': 'Kysyttävää? Ota yhteyttä: {name}, {email}.',

  'status.notOpen.title': 'Kysely ei ole vielä avoinna',
  'status.notOpen.body': 'Kysely avautuu {date}.',
  'status.closed.title': 'Kysely on suljettu',
  'status.closed.body': 'Kysely sulkeutui {date}. Kiitos kiinnostuksestasi.',
  'status.closed.bodyNoDate': 'Kyselyyn ei voi enää vastata. Kiitos kiinnostuksestasi.',

  'page.progress': 'Sivu {current}, yhteensä noin {total} sivua',
  'page.continue': 'Jatka',
  'page.save': 'Tallenna ja jatka myöhemmin',
  'page.back': 'Takaisin',
  'page.optional': '(vapaaehtoinen)',
  'page.choose': 'Valitse',
  'page.other': 'Tarkenna',
  'page.missing.dont_know': 'En osaa sanoa',
  'page.missing.prefer_not_to_say': 'En halua vastata',
  'page.or': 'tai',
  'page.multiple.hint': 'Valitse kaikki sopivat vaihtoehdot.',
  'page.text.limit': 'Voit kirjoittaa enintään {max} merkkiä.',
  'page.date.day': 'Päivä',
  'page.date.month': 'Kuukausi',
  'page.date.year': 'Vuosi',
  'page.date.hint': 'Esimerkiksi 27 3 2024',
  'page.ranking.hint': 'Anna jokaiselle vaihtoehdolle eri numero väliltä 1–{count}. Numero 1 on ensimmäinen.',
  'page.ranking.rank': 'Sija',
  'page.consent.yes': 'Kyllä, suostun osallistumaan',
  'page.consent.no': 'Ei, en halua osallistua',

  'errors.title': 'Korjaa seuraavat kohdat',

  'issue.required': 'Vastaa tähän kysymykseen',
  'issue.choice.unknown': 'Valitse jokin näytetyistä vaihtoehdoista',
  'issue.choice.tooFew': 'Valitse vähintään {min} vaihtoehtoa',
  'issue.choice.tooMany': 'Valitse enintään {max} vaihtoehtoa',
  'issue.choice.exclusive': 'Tätä vaihtoehtoa ei voi valita yhdessä muiden valitsemiesi vaihtoehtojen kanssa',
  'issue.other.required': 'Tarkenna, mitä tarkoitat vaihtoehdolla ”muu”',
  'issue.text.tooLong': 'Kirjoita enintään {max} merkkiä',
  'issue.text.invalid': 'Kirjoita vastaus tekstinä',
  'issue.number.invalid': 'Kirjoita luku, esimerkiksi 12 tai 7,5',
  'issue.number.notInteger': 'Kirjoita kokonaisluku',
  'issue.number.min': 'Kirjoita luku, joka on vähintään {min}',
  'issue.number.max': 'Kirjoita luku, joka on enintään {max}',
  'issue.date.invalid': 'Kirjoita oikea päivämäärä: päivä, kuukausi ja vuosi',
  'issue.date.min': 'Kirjoita päivämäärä, joka on {min} tai myöhemmin',
  'issue.date.max': 'Kirjoita päivämäärä, joka on {max} tai aiemmin',
  'issue.country.unknown': 'Valitse maa luettelosta',
  'issue.ranking.incomplete': 'Anna jokaiselle vaihtoehdolle numero väliltä 1–{count}',
  'issue.ranking.duplicate': 'Anna jokaiselle vaihtoehdolle eri numero',
  'issue.consent.required': 'Kerro, suostutko osallistumaan',
  'issue.constraint': 'Tarkista tämä vastaus',
  'issue.missing.withAnswer': 'Anna joko vastaus tai valitse jokin muista vaihtoehdoista, älä molempia',
  'issue.repeat.addAnother': 'Kerro, haluatko lisätä vielä yhden',
  'issue.repeat.min': 'Lisää vähintään {min}',
  'issue.resume.empty': 'Kirjoita jatkamiskoodisi',
  'issue.resume.unknown': 'Tällä koodilla ei löytynyt vastauksia. Tarkista koodi ja yritä uudelleen',
  'issue.email.invalid': 'Kirjoita sähköpostiosoite, esimerkiksi name@example.org',

  'repeat.none': 'Et ole vielä lisännyt yhtään.',
  'repeat.change': 'Muuta',
  'repeat.remove': 'Poista',
  'repeat.yes': 'Kyllä',
  'repeat.no': 'Ei',
  'repeat.max': 'Olet lisännyt enimmäismäärän, jonka voi kuvata tässä ({max}).',
  'repeat.item': 'Kohde {n}',
  'repeat.remove.title': 'Poistetaanko ”{item}”?',
  'repeat.remove.confirm': 'Kyllä, poista',
  'repeat.remove.cancel': 'Ei, säilytä',
  'repeat.gone.title': 'Tämä kohde on poistettu',
  'repeat.gone.body':
    'Se poistettiin toisessa ikkunassa tai välilehdessä, joten tälle sivulle syöttämiäsi tietoja ei tallennettu.',
  'repeat.full.title': 'Enempää ei voi lisätä',
  'repeat.full.body':
    'Toisessa ikkunassa tai välilehdessä on jo lisätty enimmäismäärä, jonka voi kuvata tässä ({max}), joten tälle sivulle syöttämiäsi tietoja ei tallennettu.',
  'repeat.toList': 'Siirry luetteloon',

  'check.title': 'Tarkista vastauksesi ennen lähettämistä',
  'check.change': 'Muuta',
  'check.notAnswered': 'Ei vastattu',
  'check.send.title': 'Lähetä nyt vastauksesi',
  'check.send.body': 'Kun olet lähettänyt vastauksesi, et voi enää muuttaa niitä.',
  'check.send': 'Lähetä vastaukset',

  'done.title': 'Kiitos, vastauksesi on lähetetty',
  'done.receipt': 'Kuittauskoodisi',
  'done.receiptHint':
    'Mainitse koodi, jos otat meihin yhteyttä vastauksistasi. Koodista ei voi tunnistaa sinua.',
  'done.next.title': 'Mitä seuraavaksi tapahtuu',
  'done.next.body':
    'Vastaukset analysoidaan yhdessä muiden vastausten kanssa ja julkaistaan vain yhteenvetoina, joista ei voi tunnistaa ketään henkilöä tai organisaatiota.',

  'save.title': 'Vastauksesi on tallennettu',
  'save.code': 'Jatkamiskoodisi',
  'save.codeHint':
    'Kirjoita koodi muistiin tai kopioi se. Koodilla voit jatkaa millä tahansa laitteella. Älä kerro koodia muille: kuka tahansa, jolla on koodi, voi nähdä vastauksesi.',
  'save.until': 'Voit jatkaa viimeistään {date}.',
  'save.email.title': 'Lähetä linkki minulle sähköpostitse',
  'save.email.label': 'Sähköpostiosoite',
  'save.email.hint':
    'Käytämme osoitetta vain tämän linkin lähettämiseen. Sitä ei tallenneta vastaustesi yhteyteen eikä mihinkään muualle.',
  'save.email.send': 'Lähetä linkki',
  'save.email.sent': 'Lähetimme linkin. Jos se ei tule perille, käytä jatkamiskoodia.',
  'save.continue': 'Jatka vastaamista',

  'resume.title': 'Jatka vastaamista jatkamiskoodilla',
  'resume.hint': 'Koodi, jonka sait tallentaessasi, esimerkiksi ABCD-EFGH-JKMN-PQRS-TVWX.',
  'resume.submit': 'Jatka',

  'declined.title': 'Olet päättänyt olla osallistumatta',
  'declined.body': 'Mitään antamiasi tietoja ei ole tallennettu. Jos muutat mielesi, voit aloittaa alusta.',
  'declined.again': 'Aloita alusta',

  'error.notFound.title': 'Sivua ei löytynyt',
  'error.notFound.body': 'Tarkista osoite tai siirry kyselyjen luetteloon.',
  'error.badRequest.title': 'Lähetettyjä tietoja ei voitu lukea',
  'error.badRequest.body': 'Lähetetty lomake ei vastaa tätä sivua. Palaa sivulle ja yritä uudelleen.',
  'error.expired.title': 'Sivu on vanhentunut',
  'error.expired.body':
    'Turvallisuussyistä lomakkeen voi lähettää vain sivulta, jolla se näytettiin. Palaa takaisin, päivitä sivu ja yritä uudelleen.',
  'error.completed.title': 'Vastauksesi on jo lähetetty',
  'error.completed.body': 'Lähetettyjä vastauksia ei voi muuttaa.',
  'error.tooLarge.title': 'Lähetetty tietomäärä on liian suuri',
  'error.tooLarge.body': 'Jokin vastaus on liian pitkä. Lyhennä sitä ja yritä uudelleen.',
  'error.tooMany.title': 'Liian monta yritystä',
  'error.tooMany.body': 'Odota {minutes} minuuttia ja yritä uudelleen.',
  'error.unavailable.title': 'Palvelu ei ole hetkellisesti käytettävissä',
  'error.unavailable.body':
    'Tallennetut vastauksesi ovat tallessa. Yritä uudelleen muutaman minuutin kuluttua.',
  'error.server.title': 'Valitettavasti jokin meni vikaan',
  'error.server.body':
    'Vastauksesi ovat tallessa viimeiseen tallentamaasi sivuun asti. Yritä uudelleen muutaman minuutin kuluttua.',
  'error.language.title': 'Ei saatavilla tällä kielellä',
  'error.language.body': 'Valitse jokin näistä kielistä:',
  'error.start': 'Siirry kyselyjen luetteloon',
  'error.start.register': 'Siirry mikrotutkintorekisteriin',
  'error.start.verify': 'Siirry sivulle ”Tarkista digitaalinen osaamistodiste”',
  'error.notFound.bodyLink': 'Tarkista osoite tai aloita alusta alla olevasta linkistä.',

  'email.resume.subject': 'Linkki vastaamisen jatkamiseen: {title}',
  'email.resume.body':
    'Hei,\n\nPyysit linkkiä, jolla voit jatkaa vastaamista kyselyyn ”{title}”. Avaa linkki ja jatka siitä, mihin jäit:\n\n{link}\n\n{deadline}Kuka tahansa, jolla on tämä linkki, voi nähdä vastauksesi, joten älä jaa sitä muille.\n\nSaat tämän viestin vain kerran, koska kirjoitit tämän osoitteen. Osoitetta ei ole tallennettu.',
  'email.resume.deadline': 'Voit jatkaa viimeistään {date}. ',

  'page.honeypot': 'Jätä tämä kenttä tyhjäksi',
  'invitation.used.title': 'Tämä kutsu on jo käytetty',
  'invitation.used.body':
    'Kyselyyn on jo vastattu tällä henkilökohtaisella linkillä. Kiitos osallistumisestasi.',
  'invitation.invalid.title': 'Linkki ei toimi',
  'invitation.invalid.body':
    'Henkilökohtainen linkki ei ole kelvollinen. Tarkista, että kopioit koko linkin, tai aloita tutkimuksen sivulta.',
  'unsubscribe.title': 'Lopeta tätä kyselyä koskevat sähköpostit',
  'unsubscribe.body':
    'Emme lähetä enää kutsuja tai muistutuksia tästä kyselystä osoitteeseen, johon tämä linkki lähetettiin. Voit silti vastata henkilökohtaisella linkilläsi.',
  'unsubscribe.submit': 'Lopeta sähköpostit',
  'unsubscribe.done.title': 'Et saa enää sähköposteja',
  'unsubscribe.done.body': 'Emme lähetä sinulle enää kutsuja tai muistutuksia tästä kyselystä.',
  'mail.invitation.subject': 'Kutsu kyselyyn: {title}',
  'mail.invitation.body':
    'Hei,\n\nsinut kutsutaan vastaamaan kyselyyn ”{title}”. Vastaaminen vie noin {minutes} minuuttia.{deadline}\n\n{organisation}\n\nHenkilökohtainen linkkisi (älä jaa sitä muille):\n{link}\n\nVastauksesi ovat luottamuksellisia, ja ne julkaistaan vain koottuina. Näin käsittelemme tietojasi: {privacy}\n\nJos et halua enää sähköposteja tästä kyselystä: {unsubscribe}\n',
  'mail.deadline': ' Voit vastata {closes} asti.',
  'mail.reminder.subject': 'Muistutus: {title}',
  'mail.reminder.body':
    'Hei,\n\ntämä on muistutus kyselystä ”{title}”. Vastaaminen vie noin {minutes} minuuttia.{deadline} Jos olet jo aloittanut, jatka samalla laitteella tai jatkamiskoodillasi.\n\n{organisation}\n\nHenkilökohtainen linkkisi:\n{link}\n\nNäin käsittelemme tietojasi: {privacy}\n\nJos et halua enää sähköposteja tästä kyselystä: {unsubscribe}\n',

  'erase.title': 'Poista vastauksesi',
  'erase.intro':
    'Kirjoita kuittauskoodi, jonka sait lähettäessäsi vastauksesi. Vastauksesi poistetaan heti ja pysyvästi, eivätkä ne ole mukana myöhemmissä tuloksissa.',
  'erase.receipt': 'Kuittauskoodi',
  'erase.receiptHint': 'Kahdeksan kirjainta ja numeroa, esimerkiksi K7M2-9QXD.',
  'erase.submit': 'Poista vastaukseni',
  'erase.empty': 'Kirjoita kiitossivulla näkynyt kuittauskoodi.',
  'erase.notFound':
    'Tästä tutkimuksesta ei löytynyt vastauksia tällä kuittauskoodilla. Tarkista koodi ja yritä uudelleen.',
  'erase.done.title': 'Vastauksesi on poistettu',
  'erase.done.body': 'Vastauksistasi ei säilytetä mitään.',
  'home.verify': 'Tarkista digitaalinen osaamistodiste (Open Badges tai Europass)',
  'verify.title': 'Tarkista digitaalinen osaamistodiste',
  'verify.intro':
    'Tarkista, onko Open Badges 3.0 -todiste tai digitaalinen Europass-todiste muuttumaton, kuka sen on allekirjoittanut tai sinetöinyt ja oliko se voimassa tiettynä päivänä. Mitään liittämääsi tai lataamaasi ei tallenneta.',
  'verify.text.label': 'Liitä todiste',
  'verify.text.hint':
    'Todiste JSON-muodossa tai allekirjoitettuna tunnisteena (tiivis JWS: kolme pisteillä erotettua osaa).',
  'verify.file.label': 'Tai lataa todistetiedosto',
  'verify.file.hint': '.json-, .jsonld-, .jwt- tai .txt-tiedosto, enintään {megabytes} Mt.',
  'verify.date.label': 'Tarkistuspäivä',
  'verify.date.hint':
    'Todiste tarkistetaan sellaisena kuin se oli tänä päivänä: tänään, ellet valitse muuta päivää. Europass-sinetti pysyy aitona, vaikka sen varmenne myöhemmin vanhenee. Valitse vanhemmalle todisteelle päivä, jolloin varmenne oli vielä voimassa, esimerkiksi todisteen myöntämispäivä.',
  'verify.submit': 'Tarkista todiste',
  'verify.another': 'Tarkista toinen todiste',
  'verify.error.empty': 'Liitä todiste tai valitse tiedosto',
  'verify.error.both': 'Liitä todiste tai valitse tiedosto, ei molempia',
  'verify.error.notUtf8':
    'Tiedostoa ei voitu lukea tekstinä. Valitse todistetiedosto sellaisena kuin sait sen (JSON tai allekirjoitettu tunniste, UTF-8-muodossa).',
  'verify.error.emptyFile': 'Valitsemasi tiedosto on tyhjä',
  'verify.error.date':
    'Anna tarkistuspäiväksi oikea päivämäärä, esimerkiksi 2024-01-31, ja liitä tai valitse todiste uudelleen',
  'verify.tooLarge.title': 'Tiedosto on liian suuri',
  'verify.tooLarge.body':
    'Tarkistettava todiste voi olla enintään {megabytes} Mt. Varmista, että valitsit itse todisteen, palaa sitten takaisin ja yritä uudelleen.',
  'verify.result.title': 'Tarkistuksen tulos',
  'verify.verdict.valid': 'Kelvollinen',
  'verify.verdict.validBody': 'Kaikki tähän todisteeseen sovellettavat tarkistukset menivät läpi.',
  'verify.verdict.invalid': 'Ei kelvollinen',
  'verify.verdict.invalidBody':
    'Ainakin yksi tarkistus epäonnistui. Älä luota tähän todisteeseen; alla olevat tarkistukset kertovat syyn.',
  'verify.verdict.unknown': 'Ei voitu tarkistaa kokonaan',
  'verify.verdict.unknownBody':
    'Mikään tarkistus ei epäonnistunut, mutta joitakin ei voitu tehdä täällä. Todisteen kelvollisuutta ei ole osoitettu; alla olevat tarkistukset kertovat, mitä puuttuu.',
  'verify.facts.heading': 'Tietoja todisteesta',
  'verify.facts.format': 'Muoto',
  'verify.facts.title': 'Nimi',
  'verify.facts.achievement': 'Osaaminen',
  'verify.facts.issuer': 'Myöntäjä',
  'verify.facts.issued': 'Myönnetty',
  'verify.facts.validFrom': 'Voimassa alkaen',
  'verify.facts.validUntil': 'Voimassa asti',
  'verify.facts.note': 'Oppijan henkilötietoja (nimi, yhteystiedot, syntymäaika, tunnisteet) ei näytetä.',
  'verify.format.openBadges': 'Open Badges 3.0',
  'verify.format.europass': 'Digitaalinen Europass-todiste (European Learning Model 3)',
  'verify.format.unknown': 'Ei tunnistettu',
  'verify.checks.heading': 'Tarkistukset',
  'verify.checks.at': 'Tarkistettu tilanteen {date} mukaan.',
  'verify.checks.check': 'Tarkistus',
  'verify.checks.result': 'Tulos',
  'verify.checks.meaning': 'Mitä se tarkoittaa',
  'verify.check.format': 'Muoto',
  'verify.check.schema': 'Pakolliset tiedot',
  'verify.check.signature': 'Allekirjoitus tai sinetti',
  'verify.check.certificate': 'Sinetin varmenne',
  'verify.check.issuer': 'Myöntäjä',
  'verify.check.validity': 'Voimassaoloaika',
  'verify.check.status': 'Peruutus',
  'verify.check.unknown': 'Muu tarkistus',
  'verify.status.ok': 'Kunnossa',
  'verify.status.failed': 'Epäonnistui',
  'verify.status.unknown': 'Ei voitu tarkistaa',
  'verify.status.skipped': 'Ei koske tätä',
  'verify.details': 'Tekniset tiedot',
  'verify.proves.heading': 'Mitä tämä todistaa ja mitä ei',
  'verify.proves.seal':
    'Hyväksytty allekirjoitus tai sinetti osoittaa, ettei todistetta ole muutettu allekirjoittamisen jälkeen, ja millä avaimella tai varmenteella se on allekirjoitettu.',
  'verify.proves.not':
    'Se ei osoita, että oppiminen on tapahtunut, että todisteen sinulle antanut henkilö on oppija, eikä sitä, että myöntävä taho on akkreditoitu tai tunnustettu.',
  'verify.proves.offline':
    'Tarkistus tehdään täällä ilman verkkoyhteyttä: peruutuslistoja, myöntäjien avaimia tai luotettujen tahojen listoja ei haeta. Niitä vaativat kohdat näytetään tuloksella ”ei voitu tarkistaa”, ei koskaan hyväksyttyinä. Jos asialla on merkitystä, kysy myöntäjältä.',
  'verify.proves.timestamps':
    'Europass-sinetin aikaleimoja ei tarkisteta: varmennetta arvioidaan valitsemanasi tarkistuspäivänä, ei todistettuna sinetöintihetkenä.',
  'verify.proves.stored': 'Tarkistamastasi todisteesta ei tallenneta eikä kirjata mitään.',
  'verify.code.format.openBadges3': 'Tiedosto on Open Badges 3.0 -todiste.',
  'verify.code.format.elm3': 'Tiedosto on digitaalinen Europass-todiste.',
  'verify.code.format.preReleaseContext':
    'Todiste noudattaa Open Badges 3.0:n luonnosta ajalta ennen standardin valmistumista, joten sitä ei voi tarkistaa kokonaan.',
  'verify.code.format.unreadable':
    'Tekstiä ei voitu lukea todisteena: se ei ole JSONia eikä allekirjoitettu tunniste.',
  'verify.code.format.payloadNotJson': 'Sinetöity tiedosto ei sisällä JSON-muotoista todistetta.',
  'verify.code.format.tooLarge': 'Todiste on suurempi kuin tällä sivulla voidaan tarkistaa.',
  'verify.code.format.notCredential':
    'Tiedosto on luettavissa, mutta se ei ole Open Badges 3.0- eikä Europass-todiste.',
  'verify.code.error': 'Odottamaton ongelma keskeytti tämän tarkistuksen, joten sitä ei voitu tehdä.',
  'verify.code.notRun': 'Ei tarkistettu, koska tiedostoa ei voitu lukea todisteena.',
  'verify.code.schema.ok': 'Todisteessa on kaikki standardin vaatimat tiedot.',
  'verify.code.schema.failed': 'Standardin vaatimia tietoja puuttuu tai ne ovat väärässä muodossa.',
  'verify.code.signature.ok':
    'Allekirjoitus tai sinetti vastaa sisältöä: todistetta ei ole muutettu allekirjoittamisen jälkeen.',
  'verify.code.signature.bad':
    'Allekirjoitus ei vastaa sisältöä: todistetta on muutettu allekirjoittamisen jälkeen, tai allekirjoitus ei ole aito.',
  'verify.code.signature.undefinedTerms':
    'Todisteessa on tietoja, joita sen sanasto ei määrittele, joten allekirjoitus ei kattaisi niitä.',
  'verify.code.signature.none':
    'Todistetta ei ole allekirjoitettu eikä sinetöity, joten mikään ei osoita, kuka sen myönsi tai että se on muuttumaton.',
  'verify.code.signature.keyUnavailable':
    'Allekirjoituksen tarkistamiseen tarvittavaa avainta ei saa ilman verkkoyhteyttä.',
  'verify.code.signature.unsupported':
    'Allekirjoituksessa käytetään menetelmää, jota tämä sivu ei osaa tarkistaa.',
  'verify.code.signature.wrongPurpose': 'Allekirjoitusta ei ole tehty todisteiden myöntämistä varten.',
  'verify.code.signature.malformed':
    'Allekirjoitus on puutteellinen tai sitä ei ole tehty standardin mukaisesti.',
  'verify.code.signature.claims':
    'Allekirjoitettu tunniste ja sen sisältämä todiste eivät vastaa toisiaan (myöntäjä, tunnus, haltija tai päivämäärät).',
  'verify.code.signature.certificate':
    'Sinetin varmenne puuttuu, sitä ei voi lukea tai se ei ole sinetissä mainittu varmenne.',
  'verify.code.signature.noCertificate': 'Sinetissä ei ole varmennetta, joten sitä ei voi tarkistaa täällä.',
  'verify.code.context.notBundled':
    'Todiste viittaa sanastoon, joka ei ole saatavilla ilman verkkoyhteyttä, joten sen allekirjoitusta ei voitu tarkistaa.',
  'verify.code.certificate.valid': 'Sinetin varmenne oli voimassa tarkistuspäivänä.',
  'verify.code.certificate.expired':
    'Sinetin varmenne oli vanhentunut tarkistuspäivään mennessä. Jos todiste sinetöitiin aiemmin, valitse tarkistuspäivä, jolloin varmenne oli vielä voimassa.',
  'verify.code.certificate.notYetValid': 'Sinetin varmenne ei ollut vielä voimassa tarkistuspäivänä.',
  'verify.code.certificate.keyUsage': 'Sinetin varmennetta ei saa käyttää sinetteihin tai allekirjoituksiin.',
  'verify.code.certificate.chainTrusted': 'Sinetin varmenne johtaa luotettuun varmentajaan.',
  'verify.code.certificate.noTrustAnchor':
    'Varmentajan luotettavuutta ei voi vahvistaa täällä: EU:n luotettujen palveluntarjoajien listaa ei tarkisteta.',
  'verify.code.certificate.chainBroken':
    'Varmenneketju on katki: myöntävä varmenne puuttuu, ei ole varmentaja tai ei ollut voimassa.',
  'verify.code.certificate.notRevoked':
    'Sinetin sisältämät sulkutiedot osoittavat, ettei varmennetta ollut suljettu.',
  'verify.code.certificate.revocationUnknown':
    'Ei voida vahvistaa, oliko varmenne suljettu: sinetin sulkutiedot puuttuvat tai eivät ole ajan tasalla tarkistuspäivänä.',
  'verify.code.certificate.revoked': 'Sinetin varmenne on suljettu.',
  'verify.code.certificate.none': 'Sinettiä ei ole, joten ei ole myöskään varmennetta tarkistettavaksi.',
  'verify.code.issuer.ok': 'Allekirjoittanut avain tai varmenne kuuluu todisteessa mainitulle myöntäjälle.',
  'verify.code.issuer.unconfirmed':
    'Täällä ei voitu vahvistaa, että allekirjoitusavain kuuluu todisteessa mainitulle myöntäjälle.',
  'verify.code.issuer.noVerifiedKey': 'Tätä ei voi tarkistaa ilman hyväksyttyä allekirjoitusta.',
  'verify.code.issuer.missing': 'Todisteessa ei mainita myöntäjää.',
  'verify.code.issuer.mismatch': 'Sinetti kuuluu eri organisaatiolle kuin todisteessa mainittu myöntäjä.',
  'verify.code.issuer.partialMatch':
    'Sinetöinyt organisaatio vastaa vain osittain todisteessa mainittua myöntäjää.',
  'verify.code.issuer.noIdentifier':
    'Todisteesta tai sinetin varmenteesta puuttuu organisaation tunniste, jota vertailu edellyttää.',
  'verify.code.issuer.noSeal': 'Sinettiä ei ole, joten ei ole sinetöijää, jota verrata myöntäjään.',
  'verify.code.validity.ok': 'Todiste oli voimassa tarkistuspäivänä.',
  'verify.code.validity.expired': 'Todiste oli vanhentunut tarkistuspäivään mennessä.',
  'verify.code.validity.notYetValid': 'Todiste ei ollut vielä voimassa tarkistuspäivänä.',
  'verify.code.validity.badDate': 'Todisteen päivämäärää ei ole kirjoitettu kelvollisena päivämääränä.',
  'verify.code.validity.noDates':
    'Todisteessa ei ole päivämääriä, joiden perusteella sen voimassaoloa voisi arvioida.',
  'verify.code.validity.noValidationTime': 'Tarkistuspäivää ei annettu, joten päivämääriä ei voitu arvioida.',
  'verify.code.status.current':
    'Myöntäjän tilalista osoittaa, ettei todistetta ole peruutettu eikä keskeytetty.',
  'verify.code.status.revoked': 'Myöntäjä on peruuttanut todisteen.',
  'verify.code.status.suspended': 'Myöntäjä on keskeyttänyt todisteen voimassaolon.',
  'verify.code.status.none': 'Todisteella ei ole tarkistettavaa peruutustilaa.',
  'verify.code.status.listUnreachable':
    'Myöntäjä julkaisee peruutustilan verkossa; tämä sivu ei hae sitä, joten ei tiedetä, onko todiste peruutettu.',
  'verify.code.status.listProblem': 'Myöntäjän tilalistaa ei voitu lukea tai siihen ei voi luottaa.',
  'verify.code.status.malformedEntry': 'Todisteen tilatiedot ovat virheellisiä.',
  'verify.code.status.listIssuerMismatch':
    'Tilalistan, johon todiste viittaa, on myöntänyt joku muu kuin todisteen myöntäjä, joten siitä ei voi nähdä, onko todiste peruutettu.',
  'verify.code.status.unsupportedType':
    'Todisteessa käytetään tilamenetelmää, jota tämä sivu ei osaa tarkistaa.',
  'verify.fallback.ok': 'Tämä tarkistus meni läpi.',
  'verify.fallback.failed': 'Tämä tarkistus epäonnistui.',
  'verify.fallback.unknown': 'Tätä tarkistusta ei voitu tehdä täällä.',
  'verify.fallback.skipped': 'Tämä tarkistus ei koske tätä todistetta.',
  'verify.annex.heading': 'Kuvattu EU:n vakioelementeillä?',
  'verify.annex.about':
    'Kyse on siitä, miten todiste kuvaa mikrotutkinnon mikrotutkinnoista 16. kesäkuuta 2022 annetun neuvoston suosituksen liitteen I eurooppalaisilla vakioelementeillä, ei siitä, onko todiste aito.',
  'verify.annex.score': 'Pakollisista elementeistä mukana {present}/{total}',
  'verify.annex.number': 'Nro',
  'verify.annex.element': 'Elementti',
  'verify.annex.kind': 'Pakollinen vai valinnainen',
  'verify.annex.result': 'Tila',
  'verify.annex.mandatory': 'Pakollinen',
  'verify.annex.optional': 'Valinnainen',
  'verify.annex.status.present': 'Mukana',
  'verify.annex.status.missing': 'Puuttuu',
  'verify.annex.status.vague': 'Epämääräinen',
  'verify.annex.status.notApplicable': 'Ei koske tätä',
  'verify.annex.element.learner': 'Oppijan tunnistetiedot',
  'verify.annex.element.title': 'Mikrotutkinnon nimi',
  'verify.annex.element.issuerCountry': 'Myöntäjän maa/maat/alue(et)',
  'verify.annex.element.awardingBody': 'Myöntävä(t) elin/elimet',
  'verify.annex.element.dateOfIssuing': 'Myöntämispäivä',
  'verify.annex.element.learningOutcomes': 'Oppimistulokset',
  'verify.annex.element.workload': 'Oppimistulosten saavuttamiseen tarvittava laskennallinen työmäärä',
  'verify.annex.element.level':
    'Mikrotutkintoon johtavan oppimiskokemuksen taso (ja tarvittaessa sykli) (EQF, QF-EHEA), tarvittaessa',
  'verify.annex.element.assessmentType': 'Arvioinnin tyyppi',
  'verify.annex.element.participationForm': 'Oppimistoimintaan osallistumisen muoto',
  'verify.annex.element.qualityAssurance': 'Mikrotutkinnon perustana olevan laadunvarmistuksen tyyppi',
  'verify.annex.element.prerequisites': 'Oppimistoimintaan ilmoittautumisen edellytykset',
  'verify.annex.element.supervision': 'Valvonta ja henkilöllisyyden todentaminen arvioinnin aikana',
  'verify.annex.element.grade': 'Saavutettu arvosana',
  'verify.annex.element.stackability': 'Integrointi-/yhdistämismahdollisuudet',
  'verify.annex.element.furtherInformation': 'Lisätietoja',
  'verify.annex.reason.absent': 'Todisteessa ei ole tätä elementtiä.',
  'verify.annex.reason.invalid': 'Todisteessa on tämä elementti muodossa, jota ei voitu lukea.',
  'verify.annex.reason.noAssessment':
    'Todisteen mukaan arviointia ei ole, vaikka mikrotutkinnon oppimistulokset arvioidaan.',
  'verify.annex.reason.noQualityAssurance':
    'Todisteen mukaan laadunvarmistusta ei ole, vaikka mikrotutkinnot perustuvat laadunvarmistukseen.',
  'verify.annex.reason.learner':
    'Tällä sivulla ei näytetä oppijan henkilötietoja, joten tätä elementtiä ei arvioida tässä.',
  'verify.annex.reason.notIssued': 'Tämä elementti koskee vain myönnettyä todistetta.',
  'verify.annex.reason.noLevel':
    'Todisteen mukaan oppimisella ei ole tasoa missään tutkintojen viitekehyksessä.',
  'verify.annex.reason.outcomesTooShort':
    'Oppimistulokset ovat liian suppeita kertomaan, mitä haltija tietää ja osaa, eikä niissä viitata yhteenkään ESCO-taitoon.',
  'verify.annex.reason.outcomesNotVerbLed':
    'Oppimistuloksia ei ole kirjoitettu sen mukaan, mitä oppija osaa tehdä (yksikään ei ala toimintaa kuvaavalla verbillä).',
  'verify.annex.reason.noEctsOrHours':
    'Työmäärä on ilmoitettu jonkin muun tai nimeämättömän järjestelmän pisteinä, ei ECTS-pisteinä tai tunteina.',
  'verify.annex.reason.nqfWithoutEqf':
    'Vain kansallinen taso on ilmoitettu, ei eurooppalaisen tutkintojen viitekehyksen (EQF) tasoa.',
  'verify.annex.reason.assessmentFreeTextOnly':
    'Arviointi on kuvattu sanallisesti, mutta sen tyyppiä ei ole ilmoitettu.',
  'verify.annex.reason.otherWithoutDescription': 'Arvioinnin tyyppi on ”muu”, eikä sitä ole kuvattu.',
  'verify.annex.reason.qaFreeTextOnly': 'Laadunvarmistus mainitaan, mutta sen tyyppiä ei ole ilmoitettu.',
  'done.erase': 'Muutitko mielesi? Poista vastauksesi kuittauskoodillasi',
  'privacy.erase': 'Poista vastauksesi itse kuittauskoodillasi',
  'privacy.contacts':
    'Jos sinut kutsuttiin sähköpostilla, osoitettasi, kieltäsi ja maatasi säilytetään erillään vastauksistasi, niitä käytetään vain kutsun ja muistutusten lähettämiseen, ja ne poistetaan {days} päivän kuluttua kyselyn sulkeutumisesta. Kun lähetät vastauksesi, osoitteesi ja vastaustesi välinen yhteys poistetaan.',

  'results.title': 'Tulokset',
  'results.intro':
    'Kyselyihin {date} mennessä annetut vastaukset yhdessä laskettuina. Jotta jokainen vastaus pysyy luottamuksellisena, lukua, joka perustuu alle {k} henkilöön, ei näytetä, eikä lukua, josta sellaisen voisi päätellä.',
  'results.by': 'Jaottele',
  'results.byNone': 'Ei jaottelua',
  'results.byTargetGroup': 'Vastaajaryhmä',
  'results.byLanguage': 'Vastausten kieli',
  'results.show': 'Näytä',
  'results.answer': 'Vastaus',
  'results.total': 'Kaikki',
  'results.noAnswer': 'Ei ilmoitettu',
  'results.base': 'Vastanneet (prosenttien perusta)',
  'results.unitRespondents': 'henkilöiden määrä',
  'results.unitItems': 'kuvattujen mikrotutkintojen määrä',
  'results.suppressed': 'ei näytetä, jotta vastaukset pysyvät luottamuksellisina',
  'results.csv': 'Lataa nämä taulukot (CSV)',
  'results.mean': 'Keskiarvo',
  'results.q1': 'Alakvartiili',
  'results.median': 'Mediaani',
  'results.q3': 'Yläkvartiili',
  'results.byCountry': 'Maa',
  'results.filter': 'Näytä vain yksi ryhmä',
  'results.filterHint':
    'Ryhmän tulokset voi näyttää erikseen vain, jos sekä ryhmään että sen ulkopuolelle jää riittävästi vastaajia.',
  'results.filterAll': 'Kaikki vastaajat',
  'results.titleFiltered': 'Yhden ryhmän tulokset: {group} ({grouping})',
  'results.refused.title': 'Tätä ryhmää ei voi näyttää erikseen',
  'results.refused.body':
    'Yksittäisen ryhmän tulokset näytetään vain, jos sekä ryhmään että sen ulkopuolelle jää niin paljon vastaajia, ettei ketään voi tunnistaa. Valitse jokin tulossivulla tarjotuista ryhmistä.',
  'results.refused.back': 'Takaisin tuloksiin',
  'study.results': 'Tutkimuksen tulokset',

  'results.chartDescription': 'Prosenttiosuudet kaikista vastanneista, kuten alla olevassa taulukossa.',
  'results.chartHidden': 'Vastauksia, joita ei näytetä luottamuksellisuuden vuoksi: {count}.',

  'privacy.title': 'Erityinen tietosuojaseloste',
  'privacy.updated': 'Päivitetty viimeksi: {date}',
  'privacy.operation': 'Käsittely: {operation}',
  'privacy.reference': 'Rekisteriviite: {reference}',
  'privacy.introduction.heading': 'Johdanto',
  'privacy.introduction.body':
    '{controller} vastaa tästä tutkimuksesta ja siinä käsiteltävistä henkilötiedoistasi (rekisterinpitäjä). Asetuksen (EU) 2018/1725 15 artiklan mukaisesti tässä selosteessa kerrotaan, mitä tietoja keräämme, miksi, kuinka kauan säilytämme niitä ja mitkä ovat oikeutesi.',
  'privacy.purpose.heading': 'Miksi ja miten käsittelemme tietojasi',
  'privacy.purpose.default':
    'Keräämme vastauksesi tutkimuksen ”{study}” kyselyihin, jotta voimme ymmärtää tutkimuksen aihetta ja julkaista sen tulokset. Vastaukset analysoidaan ja julkaistaan vain yhteenvetoina niin suurista ryhmistä, ettei ketään voi tunnistaa. Niitä ei käytetä muuhun tarkoitukseen.',
  'privacy.legalBasis.heading': 'Millä oikeusperusteella',
  'privacy.legalBasis.default':
    'Käsittelemme vastauksiasi yleisen edun mukaisen tehtävän suorittamiseksi (asetuksen (EU) 2018/1725 5 artiklan 1 kohdan a alakohta) ja osallistumissuostumuksesi perusteella (5 artiklan 1 kohdan d alakohta), jonka annat kyselyn ensimmäisellä sivulla. Voit peruuttaa suostumuksesi milloin tahansa; se ei vaikuta sitä ennen tehtyyn käsittelyyn.',
  'privacy.dataCollected.heading': 'Mitä tietoja keräämme',
  'privacy.dataCollected.default':
    'Vastauksesi; kieli, jolla vastasit; milloin aloitit ja lopetit sekä kuinka kauan kuhunkin sivuun kului. Emme kysy nimeäsi emmekä tallenna IP-osoitettasi tai selaintasi. Jos pyydät sähköpostiin linkin jatkaaksesi myöhemmin, osoitettasi käytetään kerran linkin lähettämiseen eikä sitä tallenneta. Älä kirjoita avoimiin vastauksiin mitään, mistä sinut tai joku muu voitaisiin tunnistaa.',
  'privacy.retention.heading': 'Kuinka kauan säilytämme tietojasi',
  'privacy.retention.default':
    'Säilytämme vastauksesi {months} kuukautta tutkimuksen päättymisen jälkeen. Sen jälkeen poistamme ne tai säilytämme vain tietoja, joista ketään ei voi tunnistaa.',
  'privacy.security.heading': 'Miten suojaamme tietojasi',
  'privacy.security.default':
    'Vastaukset siirretään vain salattuja yhteyksiä pitkin, ja ne tallennetaan erillään mahdollisista yhteystiedoista Euroopan unionissa sijaitseville palvelimille. Vain tutkimusryhmä näkee ne, jokainen omalla käyttäjätunnuksellaan.',
  'privacy.recipients.heading': 'Kuka näkee tietosi',
  'privacy.recipients.default':
    'Vain rekisterinpitäjän {controller} tutkimusryhmä. Julkaistut tulokset sisältävät vain yhteenvetolukuja. EU:n oikeuden nojalla tarkastuksesta ja valvonnasta vastaavat elimet, kuten Euroopan tietosuojavaltuutettu, voivat saada tiedot nähtäväkseen, jos laki sitä edellyttää.',
  'privacy.processors': 'Puolestamme ja sopimuksen perusteella: {processors}',
  'privacy.transfers.heading': 'Siirrot Euroopan unionin ulkopuolelle',
  'privacy.transfers.default':
    'Tietojasi ei siirretä Euroopan unionin ja Euroopan talousalueen ulkopuolisiin maihin eikä kansainvälisille järjestöille.',
  'privacy.rights.heading': 'Oikeutesi ja niiden käyttäminen',
  'privacy.rights.default':
    'Sinulla on oikeus saada pääsy tietoihisi, oikaista tai poistaa ne, rajoittaa niiden käsittelyä, vastustaa käsittelyä ja siirtää tiedot järjestelmästä toiseen sekä peruuttaa suostumuksesi milloin tahansa. Kirjoita osoitteeseen {email} ja mainitse kuittauskoodi, jonka sait kyselyn lopussa, jotta löydämme vastauksesi tietämättä, kuka olet. Vastaamme kuukauden kuluessa.',
  'privacy.voluntary.heading': 'Onko sinun pakko vastata?',
  'privacy.voluntary.default':
    'Ei. Osallistuminen on vapaaehtoista. Voit ohittaa minkä tahansa kysymyksen, joka ei ole pakollinen, ja lopettaa milloin tahansa. Osallistumatta jättämisestä ei seuraa sinulle mitään.',
  'privacy.automatedDecisions.heading': 'Automaattiset päätökset',
  'privacy.automatedDecisions.default': 'Sinusta ei tehdä automaattisia päätöksiä eikä sinua profiloida.',
  'privacy.contact.heading': 'Yhteystiedot',
  'privacy.contact.controller': 'Rekisterinpitäjä',
  'privacy.contact.dpo': 'Tietosuojavastaava',
  'privacy.contact.edps': 'Euroopan tietosuojavaltuutettu',
  'privacy.contact.complaint':
    'Sinulla on oikeus tehdä milloin tahansa valitus Euroopan tietosuojavaltuutetulle, jos katsot, että oikeuksiasi on loukattu.',
  'privacy.moreInformation.heading': 'Lisätietoja',
};
