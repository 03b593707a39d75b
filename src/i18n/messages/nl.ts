import type { Messages } from './en.ts';

/** UI strings in Dutch. */
export const nl: Messages = {
  'layout.skipLink': 'Ga direct naar de hoofdinhoud',
  'layout.languages': 'Kies een taal',
  'layout.errorPrefix': 'Fout:',
  'layout.footer.label': 'Servicelinks',
  'layout.footer.privacy': 'Privacyverklaring',
  'layout.footer.contact': 'Contact',

  'home.title': 'Onderzoeken en vragenlijsten',
  'home.intro': 'Kies een onderzoek om de vragenlijsten te zien.',
  'home.empty': 'Er zijn op dit moment geen open onderzoeken.',

  'study.questionnaires': 'Vragenlijsten',
  'study.choose': 'Kies de vragenlijst die het best bij u past.',
  'study.minutes': 'Ongeveer {minutes} minuten',

  'landing.audience': 'Voor wie is deze vragenlijst?',
  'landing.about': 'Waar gaan de vragen over?',
  'landing.time': 'Het invullen duurt ongeveer {minutes} minuten.',
  'landing.closes': 'U kunt de vragenlijst invullen tot {date}.',
  'landing.confidential': 'Uw antwoorden zijn vertrouwelijk',
  'landing.saving':
    'Uw antwoorden worden per pagina opgeslagen. U kunt stoppen en later verdergaan, op dit of een ander apparaat, met een hervattingscode. U hoeft uw naam niet te geven.',
  'landing.start': 'Nu beginnen',
  'landing.continue': 'Verdergaan waar u was gebleven',
  'landing.resume': 'Verdergaan met een hervattingscode',
  'landing.completed': 'U hebt deze vragenlijst ingevuld. Uw bevestigingscode is {receipt}.',
  'landing.startAgain': 'De vragenlijst opnieuw invullen',
  'landing.privacy': 'Hoe wij met uw antwoorden omgaan: privacyverklaring',
  'landing.contact': 'Vragen? Stuur een e-mail naar {name} via {email}.',

  'status.notOpen.title': 'Deze vragenlijst is nog niet open',
  'status.notOpen.body': 'De vragenlijst opent op {date}.',
  'status.closed.title': 'Deze vragenlijst is gesloten',
  'status.closed.body': 'De vragenlijst is gesloten op {date}. Bedankt voor uw interesse.',
  'status.closed.bodyNoDate': 'U kunt geen antwoorden meer insturen. Bedankt voor uw interesse.',

  'page.progress': 'Pagina {current} van ongeveer {total}',
  'page.continue': 'Doorgaan',
  'page.save': 'Opslaan en later verdergaan',
  'page.back': 'Terug',
  'page.optional': '(niet verplicht)',
  'page.choose': 'Maak een keuze',
  'page.other': 'Namelijk',
  'page.missing.dont_know': 'Weet ik niet',
  'page.missing.prefer_not_to_say': 'Zeg ik liever niet',
  'page.or': 'of',
  'page.multiple.hint': 'Selecteer alles wat van toepassing is.',
  'page.text.limit': 'U kunt maximaal {max} tekens invullen.',
  'page.date.day': 'Dag',
  'page.date.month': 'Maand',
  'page.date.year': 'Jaar',
  'page.date.hint': 'Bijvoorbeeld 27 3 2024',
  'page.ranking.hint': 'Geef elke optie een ander nummer, van 1 (eerste keuze) tot en met {count}.',
  'page.ranking.rank': 'Plaats',
  'page.consent.yes': 'Ja, ik wil meedoen',
  'page.consent.no': 'Nee, ik wil niet meedoen',

  'errors.title': 'Er is een probleem',

  'issue.required': 'Beantwoord deze vraag',
  'issue.choice.unknown': 'Kies een van de getoonde opties',
  'issue.choice.tooFew': 'Selecteer minstens {min} opties',
  'issue.choice.tooMany': 'Selecteer niet meer dan {max} opties',
  'issue.choice.exclusive': 'U kunt deze optie niet combineren met de andere opties die u hebt gekozen',
  'issue.other.required': 'Geef aan wat u bedoelt met “anders”',
  'issue.text.tooLong': 'Vul maximaal {max} tekens in',
  'issue.text.invalid': 'Vul het antwoord in als tekst',
  'issue.number.invalid': 'Vul een getal in, zoals 12 of 7,5',
  'issue.number.notInteger': 'Vul een geheel getal in',
  'issue.number.min': 'Vul een getal in van {min} of meer',
  'issue.number.max': 'Vul een getal in van {max} of minder',
  'issue.date.invalid': 'Vul een bestaande datum in, met dag, maand en jaar',
  'issue.date.min': 'Vul een datum in op of na {min}',
  'issue.date.max': 'Vul een datum in op of vóór {max}',
  'issue.country.unknown': 'Kies een land uit de lijst',
  'issue.ranking.incomplete': 'Geef elke optie een nummer van 1 tot en met {count}',
  'issue.ranking.duplicate': 'Geef elke optie een ander nummer',
  'issue.consent.required': 'Geef aan of u wilt meedoen',
  'issue.constraint': 'Controleer dit antwoord',
  'issue.missing.withAnswer': 'Geef een antwoord of kies een van de andere opties, niet allebei',
  'issue.repeat.addAnother': 'Geef aan of u er nog een wilt toevoegen',
  'issue.repeat.min': 'Voeg er minstens {min} toe',
  'issue.resume.empty': 'Vul uw hervattingscode in',
  'issue.resume.unknown':
    'Met deze code hebben we geen antwoorden gevonden. Controleer de code en probeer het opnieuw',
  'issue.email.invalid': 'Vul een e-mailadres in, zoals name@example.org',

  'repeat.none': 'U hebt nog niets toegevoegd.',
  'repeat.change': 'Wijzigen',
  'repeat.remove': 'Verwijderen',
  'repeat.yes': 'Ja',
  'repeat.no': 'Nee',
  'repeat.max': 'U hebt het maximale aantal toegevoegd dat u hier kunt beschrijven ({max}).',
  'repeat.item': 'Item {n}',
  'repeat.remove.title': 'Wilt u “{item}” verwijderen?',
  'repeat.remove.confirm': 'Ja, verwijderen',
  'repeat.remove.cancel': 'Nee, niet verwijderen',
  'repeat.gone.title': 'Dit item is verwijderd',
  'repeat.gone.body':
    'Het is in een ander venster of tabblad verwijderd. Wat u op deze pagina hebt ingevuld, is daarom niet opgeslagen.',
  'repeat.full.title': 'Er kan niets meer worden toegevoegd',
  'repeat.full.body':
    'In een ander venster of tabblad is het maximale aantal dat u hier kunt beschrijven ({max}) al toegevoegd. Wat u op deze pagina hebt ingevuld, is daarom niet opgeslagen.',
  'repeat.toList': 'Naar de lijst',

  'check.title': 'Controleer uw antwoorden voordat u ze verstuurt',
  'check.change': 'Wijzigen',
  'check.notAnswered': 'Niet beantwoord',
  'check.send.title': 'Verstuur nu uw antwoorden',
  'check.send.body': 'Na het versturen kunt u uw antwoorden niet meer wijzigen.',
  'check.send': 'Antwoorden versturen',

  'done.title': 'Bedankt, uw antwoorden zijn verstuurd',
  'done.receipt': 'Uw bevestigingscode',
  'done.receiptHint':
    'Noem deze code als u contact met ons opneemt over uw antwoorden. Aan de code is niet te zien wie u bent.',
  'done.next.title': 'Wat gebeurt er nu?',
  'done.next.body':
    'Alle antwoorden worden samen geanalyseerd en alleen als totalen gepubliceerd. Zo is geen enkele persoon of organisatie te herkennen.',

  'save.title': 'Uw antwoorden zijn opgeslagen',
  'save.code': 'Uw hervattingscode',
  'save.codeHint':
    'Schrijf de code op of kopieer hem. Met de code kunt u op elk apparaat verdergaan. Houd de code voor uzelf: iedereen met de code kan uw antwoorden zien.',
  'save.until': 'U kunt verdergaan tot {date}.',
  'save.email.title': 'Stuur mij de link per e-mail',
  'save.email.label': 'E-mailadres',
  'save.email.hint':
    'We gebruiken het alleen om u deze link te sturen. We bewaren het niet bij uw antwoorden en ook nergens anders.',
  'save.email.send': 'Link versturen',
  'save.email.sent': 'We hebben de link verstuurd. Komt hij niet aan? Gebruik dan de hervattingscode.',
  'save.continue': 'Verdergaan met invullen',

  'resume.title': 'Verdergaan met uw hervattingscode',
  'resume.hint': 'De code die u kreeg toen u uw antwoorden opsloeg, zoals ABCD-EFGH-JKMN-PQRS-TVWX.',
  'resume.submit': 'Doorgaan',

  'declined.title': 'U hebt ervoor gekozen niet mee te doen',
  'declined.body':
    'Niets van wat u hebt ingevuld, is opgeslagen. Als u van gedachten verandert, kunt u opnieuw beginnen.',
  'declined.again': 'Opnieuw beginnen',

  'error.notFound.title': 'Pagina niet gevonden',
  'error.notFound.body': 'Controleer het adres of begin bij de lijst met vragenlijsten.',
  'error.badRequest.title': 'We konden niet lezen wat er is verstuurd',
  'error.badRequest.body':
    'Het verstuurde formulier hoort niet bij deze pagina. Ga terug naar de pagina en probeer het opnieuw.',
  'error.expired.title': 'Deze pagina is verlopen',
  'error.expired.body':
    'Voor uw veiligheid kunt u een formulier alleen versturen vanaf de pagina waarop het werd getoond. Ga terug, laad de pagina opnieuw en probeer het nog een keer.',
  'error.completed.title': 'Uw antwoorden zijn al verstuurd',
  'error.completed.body': 'Verstuurde antwoorden kunnen niet meer worden gewijzigd.',
  'error.tooLarge.title': 'Er is te veel verstuurd',
  'error.tooLarge.body':
    'Een antwoord is langer dan we kunnen accepteren. Maak het korter en probeer het opnieuw.',
  'error.tooMany.title': 'Te veel pogingen',
  'error.tooMany.body': 'Wacht {minutes} minuten en probeer het opnieuw.',
  'error.unavailable.title': 'De dienst is even niet beschikbaar',
  'error.unavailable.body':
    'Uw opgeslagen antwoorden zijn veilig. Probeer het over een paar minuten opnieuw.',
  'error.server.title': 'Sorry, er is iets misgegaan',
  'error.server.body':
    'Uw antwoorden tot en met de laatste pagina die u hebt opgeslagen, zijn bewaard. Probeer het over een paar minuten opnieuw.',
  'error.language.title': 'Niet beschikbaar in deze taal',
  'error.language.body': 'Kies een van deze talen:',
  'error.start': 'Naar de lijst met vragenlijsten',
  'error.start.register': 'Naar het register van microcredentials',
  'error.start.verify': 'Naar “Een digitaal certificaat controleren”',
  'error.notFound.bodyLink': 'Controleer het adres of begin opnieuw via de link hieronder.',

  'email.resume.subject': 'Uw link om verder te gaan: {title}',
  'email.resume.body':
    'Beste deelnemer,\n\nU hebt gevraagd om een link om verder te gaan met de vragenlijst “{title}”. Open de link om verder te gaan waar u was gebleven:\n\n{link}\n\n{deadline}Iedereen met deze link kan uw antwoorden zien. Houd de link dus voor uzelf.\n\nU krijgt deze e-mail één keer, omdat u dit adres hebt ingevuld. Het adres is niet opgeslagen.',
  'email.resume.deadline': 'U kunt verdergaan tot {date}. ',

  'page.honeypot': 'Laat dit veld leeg',
  'invitation.used.title': 'Deze uitnodiging is al gebruikt',
  'invitation.used.body':
    'De vragenlijst is met deze persoonlijke link al ingevuld. Dank u wel voor uw deelname.',
  'invitation.invalid.title': 'Deze link werkt niet',
  'invitation.invalid.body':
    'De persoonlijke link is niet geldig. Controleer of u de hele link hebt gekopieerd, of begin op de pagina van het onderzoek.',
  'unsubscribe.title': 'Geen e-mails meer over deze vragenlijst',
  'unsubscribe.body':
    'We sturen geen uitnodigingen of herinneringen voor deze vragenlijst meer naar het adres dat deze link heeft ontvangen. U kunt de vragenlijst nog steeds invullen met uw persoonlijke link.',
  'unsubscribe.submit': 'Stop de e-mails',
  'unsubscribe.done.title': 'U krijgt geen e-mails meer',
  'unsubscribe.done.body': 'We sturen u geen uitnodigingen of herinneringen meer voor deze vragenlijst.',
  'mail.invitation.subject': 'Uitnodiging voor een vragenlijst: {title}',
  'mail.invitation.body':
    'Beste heer, mevrouw,\n\nwij nodigen u uit om de vragenlijst "{title}" in te vullen. Dat duurt ongeveer {minutes} minuten.{deadline}\n\n{organisation}\n\nUw persoonlijke link (geef die niet door aan anderen):\n{link}\n\nUw antwoorden zijn vertrouwelijk en worden alleen geaggregeerd gepubliceerd. Hoe we met uw gegevens omgaan: {privacy}\n\nGeen e-mails meer over deze vragenlijst ontvangen: {unsubscribe}\n',
  'mail.deadline': ' U kunt antwoorden tot {closes}.',
  'mail.reminder.subject': 'Herinnering: {title}',
  'mail.reminder.body':
    'Beste heer, mevrouw,\n\ndit is een herinnering aan de vragenlijst "{title}". Invullen duurt ongeveer {minutes} minuten.{deadline} Bent u al begonnen? Ga dan verder op hetzelfde apparaat of met uw hervattingscode.\n\n{organisation}\n\nUw persoonlijke link:\n{link}\n\nHoe we met uw gegevens omgaan: {privacy}\n\nGeen e-mails meer over deze vragenlijst ontvangen: {unsubscribe}\n',

  'erase.title': 'Uw antwoorden verwijderen',
  'erase.intro':
    'Vul de bevestigingscode in die u kreeg toen u uw antwoorden verstuurde. Uw antwoorden worden dan meteen en definitief verwijderd en tellen niet mee in latere resultaten.',
  'erase.receipt': 'Bevestigingscode',
  'erase.receiptHint': 'Acht letters en cijfers, zoals K7M2-9QXD.',
  'erase.submit': 'Mijn antwoorden verwijderen',
  'erase.empty': 'Vul de bevestigingscode van de bedankpagina in.',
  'erase.notFound':
    'Er zijn in dit onderzoek geen antwoorden met deze bevestigingscode gevonden. Controleer de code en probeer het opnieuw.',
  'erase.done.title': 'Uw antwoorden zijn verwijderd',
  'erase.done.body': 'Er wordt niets van uw antwoorden bewaard.',
  'home.verify': 'Een digitaal certificaat controleren (Open Badges of Europass)',
  'verify.title': 'Een digitaal certificaat controleren',
  'verify.intro':
    'Ga na of een Open Badges 3.0-certificaat of een digitaal Europass-certificaat ongewijzigd is, wie het heeft ondertekend of verzegeld en of het op een bepaalde datum geldig was. Niets van wat u plakt of uploadt, wordt bewaard.',
  'verify.text.label': 'Plak het certificaat',
  'verify.text.hint':
    'Het certificaat als JSON, of als ondertekend token (een compacte JWS: drie delen gescheiden door punten).',
  'verify.file.label': 'Of upload het certificaatbestand',
  'verify.file.hint': 'Een .json-, .jsonld-, .jwt- of .txt-bestand van maximaal {megabytes} MB.',
  'verify.date.label': 'Controledatum',
  'verify.date.hint':
    'Het certificaat wordt gecontroleerd zoals het op deze datum was: vandaag, tenzij u een andere datum kiest. Een Europass-zegel blijft echt nadat het certificaat ervan is verlopen. Kies voor een ouder certificaat daarom een datum waarop het zegelcertificaat nog geldig was, bijvoorbeeld de dag van uitgifte.',
  'verify.submit': 'Certificaat controleren',
  'verify.another': 'Nog een certificaat controleren',
  'verify.error.empty': 'Plak een certificaat of kies een bestand',
  'verify.error.both': 'Plak een certificaat of kies een bestand, niet allebei',
  'verify.error.notUtf8':
    'Het bestand kon niet als tekst worden gelezen. Kies het certificaatbestand zoals u het hebt ontvangen (JSON of een ondertekend token, in UTF-8).',
  'verify.error.emptyFile': 'Het gekozen bestand is leeg',
  'verify.error.date':
    'Vul als controledatum een bestaande datum in, bijvoorbeeld 2024-01-31, en plak of kies het certificaat opnieuw',
  'verify.tooLarge.title': 'Het bestand is te groot',
  'verify.tooLarge.body':
    'Een te controleren certificaat mag maximaal {megabytes} MB zijn. Controleer of u het certificaat zelf hebt gekozen, ga dan terug en probeer het opnieuw.',
  'verify.result.title': 'Resultaat van de controle',
  'verify.verdict.valid': 'Geldig',
  'verify.verdict.validBody': 'Alle controles die voor dit certificaat gelden, zijn geslaagd.',
  'verify.verdict.invalid': 'Niet geldig',
  'verify.verdict.invalidBody':
    'Ten minste één controle is mislukt. Vertrouw niet op dit certificaat; de controles hieronder zeggen waarom.',
  'verify.verdict.unknown': 'Kon niet volledig worden gecontroleerd',
  'verify.verdict.unknownBody':
    'Geen controle is mislukt, maar sommige konden hier niet worden uitgevoerd. Niet is aangetoond dat het certificaat geldig is; de controles hieronder zeggen wat ontbreekt.',
  'verify.facts.heading': 'Over het certificaat',
  'verify.facts.format': 'Formaat',
  'verify.facts.title': 'Titel',
  'verify.facts.achievement': 'Leerresultaat',
  'verify.facts.issuer': 'Uitgegeven door',
  'verify.facts.issued': 'Uitgegeven op',
  'verify.facts.validFrom': 'Geldig vanaf',
  'verify.facts.validUntil': 'Geldig tot',
  'verify.facts.note':
    'Persoonsgegevens van de lerende (naam, contactgegevens, geboortedatum, identificatienummers) worden niet getoond.',
  'verify.format.openBadges': 'Open Badges 3.0',
  'verify.format.europass': 'Digitaal Europass-certificaat (European Learning Model 3)',
  'verify.format.unknown': 'Niet herkend',
  'verify.checks.heading': 'Controles',
  'verify.checks.at': 'Gecontroleerd naar de stand van {date}.',
  'verify.checks.check': 'Controle',
  'verify.checks.result': 'Resultaat',
  'verify.checks.meaning': 'Wat het betekent',
  'verify.check.format': 'Formaat',
  'verify.check.schema': 'Verplichte inhoud',
  'verify.check.signature': 'Handtekening of zegel',
  'verify.check.certificate': 'Zegelcertificaat',
  'verify.check.issuer': 'Uitgever',
  'verify.check.validity': 'Geldigheidsperiode',
  'verify.check.status': 'Intrekking',
  'verify.check.unknown': 'Andere controle',
  'verify.status.ok': 'Geslaagd',
  'verify.status.failed': 'Mislukt',
  'verify.status.unknown': 'Kon niet worden gecontroleerd',
  'verify.status.skipped': 'Niet van toepassing',
  'verify.details': 'Technische gegevens',
  'verify.proves.heading': 'Wat dit bewijst, en wat niet',
  'verify.proves.seal':
    'Een geslaagde controle van handtekening of zegel laat zien dat het certificaat sinds de ondertekening niet is gewijzigd, en met welke sleutel of welk certificaat het is ondertekend.',
  'verify.proves.not':
    'Zij laat niet zien dat het leren heeft plaatsgevonden, dat wie u het certificaat gaf de lerende is, of dat de uitgevende instelling geaccrediteerd of erkend is.',
  'verify.proves.offline':
    'De controle gebeurt hier, zonder internet: intrekkingslijsten, sleutels van uitgevers en vertrouwenslijsten worden niet opgehaald. Wat die nodig heeft, staat als ‘kon niet worden gecontroleerd’, nooit als geslaagd. Vraag het de uitgever als het ertoe doet.',
  'verify.proves.timestamps':
    'Tijdstempels in een Europass-zegel worden niet geverifieerd: het certificaat wordt beoordeeld op de gekozen controledatum, niet op een bewezen moment van verzegelen.',
  'verify.proves.stored': 'Niets van het gecontroleerde certificaat wordt bewaard of vastgelegd.',
  'verify.code.format.openBadges3': 'Het bestand is een Open Badges 3.0-certificaat.',
  'verify.code.format.elm3': 'Het bestand is een digitaal Europass-certificaat.',
  'verify.code.format.preReleaseContext':
    'Het certificaat volgt een ontwerpversie van Open Badges 3.0 van vóór de definitieve standaard, en kan daarom niet volledig worden gecontroleerd.',
  'verify.code.format.unreadable':
    'De tekst kon niet als certificaat worden gelezen: het is geen JSON en geen ondertekend token.',
  'verify.code.format.payloadNotJson': 'Het verzegelde bestand bevat geen certificaat in JSON.',
  'verify.code.format.tooLarge': 'Het certificaat is groter dan deze pagina kan controleren.',
  'verify.code.format.notCredential':
    'Het bestand is leesbaar, maar het is geen Open Badges 3.0- of Europass-certificaat.',
  'verify.code.error':
    'Een onverwacht probleem heeft deze controle onderbroken; ze kon niet worden uitgevoerd.',
  'verify.code.notRun': 'Niet gecontroleerd, omdat het bestand niet als certificaat kon worden gelezen.',
  'verify.code.schema.ok': 'Het certificaat bevat alle inhoud die de standaard vereist.',
  'verify.code.schema.failed': 'Inhoud die de standaard vereist, ontbreekt of heeft niet de juiste vorm.',
  'verify.code.signature.ok':
    'De handtekening of het zegel past bij de inhoud: het certificaat is sinds de ondertekening niet gewijzigd.',
  'verify.code.signature.bad':
    'De handtekening past niet bij de inhoud: het certificaat is na ondertekening gewijzigd, of de handtekening is niet echt.',
  'verify.code.signature.undefinedTerms':
    'Het certificaat bevat gegevens die de woordenlijst ervan niet definieert, zodat de handtekening ze niet zou dekken.',
  'verify.code.signature.none':
    'Het certificaat is niet ondertekend of verzegeld; niets laat zien wie het heeft uitgegeven of dat het ongewijzigd is.',
  'verify.code.signature.keyUnavailable':
    'De sleutel om de handtekening te controleren is zonder internet niet beschikbaar.',
  'verify.code.signature.unsupported':
    'De handtekening gebruikt een methode die deze pagina niet kan controleren.',
  'verify.code.signature.wrongPurpose': 'De handtekening is niet gemaakt voor het uitgeven van certificaten.',
  'verify.code.signature.malformed':
    'De handtekening is onvolledig of niet gemaakt zoals de standaard vereist.',
  'verify.code.signature.claims':
    'Het ondertekende token en het certificaat erin komen niet overeen (uitgever, kenmerk, houder of datums).',
  'verify.code.signature.certificate':
    'Het certificaat van het zegel ontbreekt, is onleesbaar of is niet het certificaat dat het zegel noemt.',
  'verify.code.signature.noCertificate':
    'Het zegel bevat geen certificaat en kan hier dus niet worden gecontroleerd.',
  'verify.code.context.notBundled':
    'Het certificaat verwijst naar een woordenlijst die zonder internet niet beschikbaar is, dus de handtekening kon niet worden gecontroleerd.',
  'verify.code.certificate.valid': 'Het zegelcertificaat was geldig op de controledatum.',
  'verify.code.certificate.expired':
    'Het zegelcertificaat was op de controledatum verlopen. Is het certificaat eerder verzegeld, kies dan een controledatum waarop het zegelcertificaat nog geldig was.',
  'verify.code.certificate.notYetValid': 'Het zegelcertificaat was op de controledatum nog niet geldig.',
  'verify.code.certificate.keyUsage':
    'Het zegelcertificaat mag niet worden gebruikt voor zegels of handtekeningen.',
  'verify.code.certificate.chainTrusted':
    'Het zegelcertificaat leidt naar een vertrouwde certificeringsautoriteit.',
  'verify.code.certificate.noTrustAnchor':
    'Of de certificeringsautoriteit te vertrouwen is, kan hier niet worden bevestigd: er wordt geen EU-vertrouwenslijst geraadpleegd.',
  'verify.code.certificate.chainBroken':
    'De keten van certificaten is onderbroken: een uitgevend certificaat ontbreekt, is geen autoriteit of was niet geldig.',
  'verify.code.certificate.notRevoked':
    'De intrekkingsgegevens in het zegel laten zien dat het certificaat niet was ingetrokken.',
  'verify.code.certificate.revocationUnknown':
    'Of het certificaat was ingetrokken, kan niet worden bevestigd: de intrekkingsgegevens in het zegel ontbreken of zijn niet actueel voor de controledatum.',
  'verify.code.certificate.revoked': 'Het zegelcertificaat is ingetrokken.',
  'verify.code.certificate.none': 'Er is geen zegel, dus ook geen certificaat om te controleren.',
  'verify.code.issuer.ok':
    'De sleutel of het certificaat waarmee is ondertekend, hoort bij de uitgever die het certificaat noemt.',
  'verify.code.issuer.unconfirmed':
    'Hier kon niet worden bevestigd dat de ondertekeningssleutel hoort bij de uitgever die het certificaat noemt.',
  'verify.code.issuer.noVerifiedKey':
    'Dit kan niet worden gecontroleerd zonder een geslaagde handtekeningcontrole.',
  'verify.code.issuer.missing': 'Het certificaat noemt geen uitgever.',
  'verify.code.issuer.mismatch':
    'Het zegel hoort bij een andere organisatie dan de uitgever die het certificaat noemt.',
  'verify.code.issuer.partialMatch':
    'De verzegelende organisatie komt maar gedeeltelijk overeen met de uitgever die het certificaat noemt.',
  'verify.code.issuer.noIdentifier':
    'Het certificaat of het zegelcertificaat mist het organisatiekenmerk dat nodig is om ze te vergelijken.',
  'verify.code.issuer.noSeal':
    'Er is geen zegel, dus ook geen verzegelende organisatie om met de uitgever te vergelijken.',
  'verify.code.validity.ok': 'Het certificaat was geldig op de controledatum.',
  'verify.code.validity.expired': 'Het certificaat was op de controledatum verlopen.',
  'verify.code.validity.notYetValid': 'Het certificaat was op de controledatum nog niet geldig.',
  'verify.code.validity.badDate': 'Een datum in het certificaat is niet als geldige datum geschreven.',
  'verify.code.validity.noDates':
    'Het certificaat bevat geen datums waaraan de geldigheid kan worden afgemeten.',
  'verify.code.validity.noValidationTime':
    'Er is geen controledatum opgegeven, dus de datums konden niet worden beoordeeld.',
  'verify.code.status.current':
    'De statuslijst van de uitgever laat zien dat het certificaat niet is ingetrokken of geschorst.',
  'verify.code.status.revoked': 'De uitgever heeft het certificaat ingetrokken.',
  'verify.code.status.suspended': 'De uitgever heeft het certificaat geschorst.',
  'verify.code.status.none': 'Het certificaat heeft geen intrekkingsstatus om te controleren.',
  'verify.code.status.listUnreachable':
    'De uitgever publiceert de intrekkingsstatus online; deze pagina haalt die niet op, dus het is niet bekend of het certificaat is ingetrokken.',
  'verify.code.status.listProblem':
    'De statuslijst van de uitgever kon niet worden gelezen of is niet betrouwbaar.',
  'verify.code.status.malformedEntry': 'De statusgegevens van het certificaat zijn onjuist opgesteld.',
  'verify.code.status.listIssuerMismatch':
    'De statuslijst waarnaar dit certificaat verwijst, is uitgegeven door een ander dan de uitgever van het certificaat; daarom kan die lijst niet laten zien of het certificaat is ingetrokken.',
  'verify.code.status.unsupportedType':
    'Het certificaat gebruikt een statusmethode die deze pagina niet kan controleren.',
  'verify.fallback.ok': 'Deze controle is geslaagd.',
  'verify.fallback.failed': 'Deze controle is mislukt.',
  'verify.fallback.unknown': 'Deze controle kon hier niet worden uitgevoerd.',
  'verify.fallback.skipped': 'Deze controle is niet van toepassing op dit certificaat.',
  'verify.annex.heading': 'Beschreven met de Europese standaardelementen?',
  'verify.annex.about':
    'Dit gaat over hoe het certificaat de microcredential beschrijft, volgens de Europese standaardelementen van bijlage I bij de aanbeveling van de Raad van 16 juni 2022 over microcredentials, niet over de vraag of het certificaat echt is.',
  'verify.annex.score': '{present} van {total} verplichte elementen aanwezig',
  'verify.annex.number': 'Nr.',
  'verify.annex.element': 'Element',
  'verify.annex.kind': 'Verplicht of facultatief',
  'verify.annex.result': 'Status',
  'verify.annex.mandatory': 'Verplicht',
  'verify.annex.optional': 'Facultatief',
  'verify.annex.status.present': 'Aanwezig',
  'verify.annex.status.missing': 'Ontbreekt',
  'verify.annex.status.vague': 'Vaag',
  'verify.annex.status.notApplicable': 'Niet van toepassing',
  'verify.annex.element.learner': 'Identificatie van de lerende',
  'verify.annex.element.title': 'Titel van de microcredential',
  'verify.annex.element.issuerCountry': 'Land(en)/regio(’s) van de uitgever',
  'verify.annex.element.awardingBody': 'Toekennende instantie(s)',
  'verify.annex.element.dateOfIssuing': 'Datum van afgifte',
  'verify.annex.element.learningOutcomes': 'Leerresultaten',
  'verify.annex.element.workload':
    'Theoretische studiebelasting die nodig is om de leerresultaten te behalen',
  'verify.annex.element.level':
    'Niveau (en cyclus, indien van toepassing) van de leerervaring die tot de microcredential leidt (EKK, kwalificatiekader van de EHEA), indien van toepassing',
  'verify.annex.element.assessmentType': 'Soort beoordeling',
  'verify.annex.element.participationForm': 'Vorm van deelname aan de leeractiviteit',
  'verify.annex.element.qualityAssurance': 'Soort kwaliteitsborging waarop de microcredential berust',
  'verify.annex.element.prerequisites': 'Vereisten om in te schrijven voor de leeractiviteit',
  'verify.annex.element.supervision': 'Toezicht en identiteitscontrole tijdens de beoordeling',
  'verify.annex.element.grade': 'Behaald cijfer',
  'verify.annex.element.stackability': 'Integratie-/stapelmogelijkheden',
  'verify.annex.element.furtherInformation': 'Meer informatie',
  'verify.annex.reason.absent': 'Het certificaat vermeldt dit element niet.',
  'verify.annex.reason.invalid':
    'Het certificaat vermeldt dit element in een vorm die niet kon worden gelezen.',
  'verify.annex.reason.noAssessment':
    'Volgens het certificaat is er geen beoordeling, maar de leerresultaten van een microcredential worden beoordeeld.',
  'verify.annex.reason.noQualityAssurance':
    'Volgens het certificaat is er geen kwaliteitsborging, maar microcredentials berusten op kwaliteitsborging.',
  'verify.annex.reason.learner':
    'Deze pagina toont geen persoonsgegevens van de lerende, dus dit element wordt hier niet beoordeeld.',
  'verify.annex.reason.notIssued': 'Dit element geldt alleen voor een certificaat dat is uitgereikt.',
  'verify.annex.reason.noLevel':
    'Volgens het certificaat heeft het leren geen niveau in een kwalificatiekader.',
  'verify.annex.reason.outcomesTooShort':
    'De leerresultaten zijn te beknopt om te zeggen wat een houder weet en kan, en verwijzen naar geen ESCO-vaardigheid.',
  'verify.annex.reason.outcomesNotVerbLed':
    'De leerresultaten zijn niet geschreven als wat de lerende kan (geen enkel begint met een handelingswerkwoord).',
  'verify.annex.reason.noEctsOrHours':
    'De studiebelasting staat in punten van een ander of onbekend systeem, niet in ECTS of uren.',
  'verify.annex.reason.nqfWithoutEqf':
    'Alleen een nationaal niveau is vermeld, niet het niveau van het Europees kwalificatiekader (EKK).',
  'verify.annex.reason.assessmentFreeTextOnly':
    'De beoordeling wordt in woorden beschreven, maar de soort ervan is niet vermeld.',
  'verify.annex.reason.otherWithoutDescription': 'De soort beoordeling is „anders”, zonder beschrijving.',
  'verify.annex.reason.qaFreeTextOnly':
    'Kwaliteitsborging wordt genoemd, maar de soort ervan is niet vermeld.',
  'done.erase': 'Toch liever niet? Verwijder uw antwoorden met uw bevestigingscode',
  'privacy.erase': 'Verwijder uw antwoorden zelf met uw bevestigingscode',
  'privacy.contacts':
    'Als u per e-mail bent uitgenodigd, worden uw adres, taal en land apart van uw antwoorden bewaard, alleen gebruikt voor de uitnodiging en herinneringen, en {days} dagen na het sluiten van de vragenlijst verwijderd. Zodra u uw antwoorden verstuurt, wordt de koppeling tussen uw adres en uw antwoorden verwijderd.',

  'results.title': 'Resultaten',
  'results.intro':
    'Antwoorden op de vragenlijsten die vóór {date} zijn ingevuld, samen geteld. Om elk antwoord vertrouwelijk te houden, wordt geen cijfer getoond dat op minder dan {k} personen berust, en ook geen cijfer waaruit zo’n cijfer kan worden afgeleid.',
  'results.by': 'Uitsplitsen naar',
  'results.byNone': 'Geen uitsplitsing',
  'results.byTargetGroup': 'Groep respondenten',
  'results.byLanguage': 'Taal van de antwoorden',
  'results.show': 'Tonen',
  'results.answer': 'Antwoord',
  'results.total': 'Alle',
  'results.noAnswer': 'Niet vermeld',
  'results.base': 'Beantwoord (basis van de percentages)',
  'results.unitRespondents': 'aantal personen',
  'results.unitItems': 'aantal beschreven microcredentials',
  'results.suppressed': 'niet getoond, om de antwoorden vertrouwelijk te houden',
  'results.csv': 'Download deze tabellen (CSV)',
  'results.mean': 'Gemiddelde',
  'results.q1': 'Eerste kwartiel',
  'results.median': 'Mediaan',
  'results.q3': 'Derde kwartiel',
  'results.byCountry': 'Land',
  'results.filter': 'Alleen één groep tonen',
  'results.filterHint':
    'Een groep kan alleen apart worden getoond als zowel de groep als de overige respondenten groot genoeg zijn.',
  'results.filterAll': 'Alle respondenten',
  'results.titleFiltered': 'Resultaten voor één groep: {group} ({grouping})',
  'results.refused.title': 'Deze groep kan niet apart worden getoond',
  'results.refused.body':
    'Resultaten worden alleen voor één groep afzonderlijk getoond als de groep en de overige respondenten allebei zo groot zijn dat niemand herkenbaar is. Kies een van de groepen die op de resultatenpagina worden aangeboden.',
  'results.refused.back': 'Terug naar de resultaten',
  'study.results': 'Resultaten van het onderzoek',

  'results.chartDescription': 'Percentages van allen die antwoordden, zoals in de tabel hieronder.',
  'results.chartHidden': 'Niet getoonde antwoorden, om de antwoorden vertrouwelijk te houden: {count}.',

  'privacy.title': 'Specifieke privacyverklaring',
  'privacy.updated': 'Laatst bijgewerkt: {date}',
  'privacy.operation': 'Verwerking: {operation}',
  'privacy.reference': 'Referentie in het register: {reference}',
  'privacy.introduction.heading': 'Inleiding',
  'privacy.introduction.body':
    '{controller} is verantwoordelijk voor dit onderzoek en voor uw persoonsgegevens daarin (de verwerkingsverantwoordelijke). Zoals artikel 15 van Verordening (EU) 2018/1725 vereist, leest u hier welke gegevens wij verzamelen, waarom, hoe lang wij ze bewaren en wat uw rechten zijn.',
  'privacy.purpose.heading': 'Waarom en hoe wij uw gegevens verwerken',
  'privacy.purpose.default':
    'Wij verzamelen uw antwoorden op de vragenlijsten van het onderzoek "{study}" om het onderwerp van het onderzoek te begrijpen en de resultaten te publiceren. De antwoorden worden alleen in geaggregeerde vorm geanalyseerd en gepubliceerd, in groepen die zo groot zijn dat niemand herkenbaar is. Ze worden niet voor andere doeleinden gebruikt.',
  'privacy.legalBasis.heading': 'Op welke rechtsgrond',
  'privacy.legalBasis.default':
    'Wij verwerken uw antwoorden voor de vervulling van een taak van algemeen belang (artikel 5, lid 1, punt a), van Verordening (EU) 2018/1725) en met uw toestemming om deel te nemen (artikel 5, lid 1, punt d)), die u op de eerste pagina van de vragenlijst geeft. U kunt uw toestemming op elk moment intrekken; dat heeft geen gevolgen voor wat daarvóór is gebeurd.',
  'privacy.dataCollected.heading': 'Welke gegevens wij verzamelen',
  'privacy.dataCollected.default':
    'Uw antwoorden; de taal waarin u hebt geantwoord; wanneer u begon en klaar was, en hoe lang elke pagina duurde. Wij vragen niet naar uw naam en leggen uw IP-adres en uw browser niet vast. Als u per e-mail een link vraagt om later verder te gaan, wordt uw adres één keer gebruikt om die te versturen en niet bewaard. Schrijf in open antwoorden niets waardoor u of iemand anders herkenbaar is.',
  'privacy.retention.heading': 'Hoe lang wij uw gegevens bewaren',
  'privacy.retention.default':
    'Wij bewaren uw antwoorden {months} maanden na het sluiten van het onderzoek. Daarna verwijderen wij ze, of bewaren wij alleen gegevens waaruit niemand te herkennen is.',
  'privacy.security.heading': 'Hoe wij uw gegevens beschermen',
  'privacy.security.default':
    'Antwoorden worden alleen via versleutelde verbindingen verzonden en apart van eventuele contactgegevens opgeslagen, op servers in de Europese Unie. Alleen het onderzoeksteam kan ze inzien, ieder met een eigen account.',
  'privacy.recipients.heading': 'Wie uw gegevens kan inzien',
  'privacy.recipients.default':
    'Alleen het onderzoeksteam van {controller}. Gepubliceerde resultaten bevatten alleen geaggregeerde cijfers. Instanties die volgens het EU-recht belast zijn met audit en toezicht, zoals de Europese Toezichthouder voor gegevensbescherming, kunnen toegang krijgen als de wet dat vereist.',
  'privacy.processors': 'In onze opdracht en op basis van een overeenkomst: {processors}',
  'privacy.transfers.heading': 'Doorgifte buiten de Europese Unie',
  'privacy.transfers.default':
    'Uw gegevens worden niet doorgegeven aan landen buiten de Europese Unie en de Europese Economische Ruimte, en ook niet aan internationale organisaties.',
  'privacy.rights.heading': 'Uw rechten en hoe u ze uitoefent',
  'privacy.rights.default':
    'U hebt het recht op inzage in uw gegevens, op rectificatie of wissing ervan, op beperking van de verwerking, op bezwaar daartegen en op overdraagbaarheid van gegevens, en u kunt uw toestemming op elk moment intrekken. Schrijf naar {email} en vermeld de bevestigingscode die u aan het einde van de vragenlijst kreeg, zodat wij uw antwoorden kunnen vinden zonder te weten wie u bent. Wij antwoorden binnen een maand.',
  'privacy.voluntary.heading': 'Bent u verplicht te antwoorden?',
  'privacy.voluntary.default':
    'Nee. Deelname is vrijwillig. U kunt elke vraag overslaan die niet verplicht is en op elk moment stoppen. Niet deelnemen heeft voor u geen gevolgen.',
  'privacy.automatedDecisions.heading': 'Geautomatiseerde besluiten',
  'privacy.automatedDecisions.default':
    'Er worden geen geautomatiseerde besluiten over u genomen en er vindt geen profilering plaats.',
  'privacy.contact.heading': 'Contactgegevens',
  'privacy.contact.controller': 'De verwerkingsverantwoordelijke',
  'privacy.contact.dpo': 'De functionaris voor gegevensbescherming',
  'privacy.contact.edps': 'De Europese Toezichthouder voor gegevensbescherming',
  'privacy.contact.complaint':
    'U hebt het recht om op elk moment een klacht in te dienen bij de Europese Toezichthouder voor gegevensbescherming als u vindt dat uw rechten zijn geschonden.',
  'privacy.moreInformation.heading': 'Meer informatie',
};
