import type { ConsoleMessages } from './en.ts';
import { registerMessagesNl } from './register.nl.ts';

/** The console's words in Dutch. */
export const nl: ConsoleMessages = {
  ...registerMessagesNl,
  'console.name': 'credmap-console',
  'console.skipLink': 'Ga direct naar de hoofdinhoud',
  'console.accountNav': 'Uw account',
  'console.breadcrumbs': 'U bent hier',
  'console.logout': 'Uitloggen',
  'console.errorPrefix': 'Fout:',
  'console.issues.title': 'Er is een probleem',

  'console.problem.notFound': 'Deze pagina bestaat niet, of uw account heeft er geen toegang toe.',
  'console.problem.forbidden': 'Uw rol in dit onderzoek staat dit niet toe.',
  'console.problem.unauthorized': 'Log eerst in.',
  'console.problem.expired':
    'Dit formulier is verlopen. Ga terug, laad de pagina opnieuw en probeer het nog eens.',
  'console.problem.badRequest':
    'Wat er is verstuurd, kon niet worden gelezen. Ga terug en probeer het nog eens.',
  'console.problem.tooLarge': 'Het verzoek is groter dan {max} MB.',
  'console.problem.unavailable': 'De dienst kan nu niet antwoorden. Probeer het over een minuut opnieuw.',
  'console.problem.title': 'Dit verzoek is niet uitgevoerd',
  'console.problem.back': 'Terug naar de console',
  'console.form.unstorable':
    'Het veld “{field}” bevat een teken dat niet kan worden opgeslagen (NUL, een onzichtbaar stuurteken). Ga terug, verwijder het en probeer het nog eens.',
  'console.form.unstorableField':
    'Deze tekst bevat een onzichtbaar stuurteken (NUL) dat niet kan worden opgeslagen. Verwijder het en probeer het nog eens.',

  'console.login.title': 'Inloggen',
  'console.login.email': 'E-mailadres',
  'console.login.password': 'Wachtwoord',
  'console.login.submit': 'Inloggen',
  'console.login.wrong': 'Het e-mailadres of het wachtwoord klopt niet.',
  'console.login.locked':
    'Te veel mislukte pogingen met dit adres. Probeer het over {minutes} minuten opnieuw.',

  'console.setup.title': 'credmap instellen',
  'console.setup.intro':
    'Met deze link maakt u het eerste account aan. Dat account wordt eigenaar van alle onderzoeken en kan anderen hun rol geven.',
  'console.link.title': 'Kies uw wachtwoord',
  'console.link.intro': 'Kies een wachtwoord voor het account {email}.',
  'console.link.submit': 'Opslaan en inloggen',
  'console.link.invalid':
    'Deze link is verlopen of al gebruikt. Vraag een eigenaar van het onderzoek om een nieuwe link.',

  'console.account.title': 'Uw account',
  'console.account.name': 'Naam',
  'console.account.newPassword': 'Nieuw wachtwoord',
  'console.account.currentPassword': 'Huidig wachtwoord',
  'console.account.passwordHint':
    'Minstens {min} tekens. Een zin van een paar woorden is makkelijk te onthouden.',
  'console.account.password.tooShort': 'Het wachtwoord moet minstens {min} tekens hebben.',
  'console.account.password.tooLong': 'Het wachtwoord mag hoogstens {max} tekens hebben.',
  'console.account.password.isEmail': 'Het wachtwoord mag niet uw e-mailadres zijn.',
  'console.account.passwordWrong': 'Het huidige wachtwoord klopt niet.',
  'console.account.passwordChanged': 'Uw wachtwoord is gewijzigd. Andere sessies zijn uitgelogd.',
  'console.account.nameMissing': 'Vul een naam in.',
  'console.account.emailInvalid': 'Vul een e-mailadres in, zoals name@example.org.',
  'console.account.language': 'Taal van de console',
  'console.account.languageSave': 'Taal opslaan',
  'console.account.passwordSave': 'Wachtwoord wijzigen',
  'console.account.tokens': 'API-tokens',
  'console.account.tokensIntro':
    'Met een token kan een script de API op /api/v1 gebruiken met uw rollen. Het token wordt één keer getoond: bewaar het als een wachtwoord.',
  'console.account.tokenName': 'Waarvoor het token dient',
  'console.account.tokenCreate': 'Token aanmaken',
  'console.account.tokenCreated': 'Uw nieuwe token (alleen nu zichtbaar):',
  'console.account.tokenRevoke': 'Intrekken',
  'console.account.tokenNone': 'U hebt geen API-tokens.',
  'console.account.tokenLastUsed': 'Laatst gebruikt',
  'console.account.tokenNever': 'nooit',

  'console.role.owner': 'Eigenaar',
  'console.role.researcher': 'Onderzoeker',
  'console.role.analyst': 'Analist',
  'console.role.translator': 'Vertaler',
  'console.role.viewer': 'Lezer',

  'console.studies.title': 'Onderzoeken',
  'console.studies.none':
    'Uw account heeft nog geen rol in een onderzoek. Vraag een eigenaar van een onderzoek om u toe te voegen.',
  'console.study.yourRole': 'Uw rol: {role}',
  'console.study.timeZone': 'Tijdzone: {zone}',
  'console.study.questionnaires': 'Vragenlijsten',
  'console.study.questionnaire': 'Vragenlijst',
  'console.study.status': 'Status',
  'console.study.started': 'Gestart',
  'console.study.completed': 'Voltooid',
  'console.study.newQuestionnaire': 'Vragenlijst toevoegen',
  'console.study.newHint':
    'Een XLSForm-spreadsheet (.xlsx) of een credmap-definitie (.yaml, .json). Het wordt een concept; respondenten zien er niets van tot het gepubliceerd en geopend is.',

  'console.status.notOpen': 'Nog niet open',
  'console.status.open': 'Open',
  'console.status.closed': 'Gesloten',

  'console.schedule.title': 'Veldwerk',
  'console.schedule.opens': 'Opent',
  'console.schedule.closes': 'Sluit',
  'console.schedule.date': 'Datum',
  'console.schedule.time': 'Tijd',
  'console.schedule.zone': 'Tijdzone',
  'console.schedule.zoneHint':
    'De naam van een tijdzone, zoals Europe/Brussels. Laat een datum leeg als er geen grens is.',
  'console.schedule.save': 'Veldwerkdata opslaan',
  'console.schedule.closeNow': 'Nu sluiten',
  'console.schedule.none': 'Geen datum ingesteld',
  'console.schedule.badDate':
    'Vul een datum in als YYYY-MM-DD en een tijd als HH:MM die in deze tijdzone bestaan.',
  'console.schedule.badZone': 'Vul de naam van een tijdzone in, zoals Europe/Brussels.',
  'console.schedule.closesBeforeOpens': 'De sluitingsdatum moet na de openingsdatum liggen.',
  'console.schedule.outOfRange': 'Vul een datum in tussen de jaren {from} en {to}.',

  'console.saved.schedule':
    'De veldwerkdata zijn opgeslagen. De pagina’s voor respondenten volgen ze vanaf nu.',
  'console.saved.closed':
    'De vragenlijst is gesloten. Respondenten zien nu de pagina die meldt dat ze gesloten is.',
  'console.saved.draft': 'Het concept is opgeslagen.',
  'console.saved.published':
    'De nieuwe versie is gepubliceerd. Nieuwe respondenten krijgen deze versie; gestarte antwoorden blijven bij hun eigen versie.',
  'console.saved.translation': 'De vertaling is opgeslagen in het concept.',

  'console.versions.title': 'Gepubliceerde versies',
  'console.versions.number': 'Versie',
  'console.versions.published': 'Gepubliceerd',
  'console.versions.responses': 'Antwoorden',
  'console.versions.files': 'Bestanden en wijzigingen',
  'console.versions.changes': 'Wijzigingen sinds versie {from}',

  'console.draft.title': 'Concept',
  'console.draft.none': 'Er is geen concept. Upload een vragenlijst om een concept te beginnen.',
  'console.draft.updated': 'Laatst gewijzigd op {date} door {name}.',
  'console.draft.valid': 'Het concept heeft geen problemen.',
  'console.draft.problems':
    'Het concept heeft {count} problemen die opgelost moeten worden voordat het gepubliceerd kan worden',
  'console.draft.changes': 'Wijzigingen ten opzichte van de gepubliceerde versie',
  'console.draft.download': 'Concept downloaden als XLSForm',
  'console.draft.downloadJson': 'Concept downloaden als JSON',
  'console.draft.notWritable':
    'Dit concept heeft problemen die een XLSForm-werkmap niet kan bevatten. Los ze op, of download het concept als JSON.',
  'console.draft.publish': 'Concept publiceren als nieuwe versie',
  'console.draft.discard': 'Concept verwijderen',
  'console.draft.upload': 'Nieuw concept uploaden',
  'console.draft.uploadHint': 'Een XLSForm-spreadsheet (.xlsx) of een credmap-definitie (.yaml, .json).',
  'console.draft.uploadSubmit': 'Uploaden',
  'console.draft.noFile': 'Kies een bestand om te uploaden.',
  'console.draft.otherId': 'Het bestand is voor de vragenlijst “{id}”, niet voor “{expected}”.',
  'console.draft.badId': 'Het bestand geeft de vragenlijst geen id (kleine letters, cijfers en -).',
  'console.draft.exists':
    'Het onderzoek heeft al een vragenlijst “{id}”. Upload een concept op de pagina van die vragenlijst.',
  'console.draft.unreadable': 'Het bestand kon niet worden gebruikt: {problems}',
  'console.draft.notSpreadsheet': 'Het bestand is geen .xlsx-spreadsheet, geen .yaml- en geen .json-bestand.',
  'console.draft.badYaml': 'Het bestand kon niet als YAML of JSON worden gelezen: {detail}',
  'console.draft.tooLarge': 'Het bestand is groter dan {size}.',
  'console.draft.includes':
    'Een definitie die u hier uploadt, moet volledig zijn: “include”-regels worden alleen uit de map van het onderzoek gelezen.',
  'console.draft.unstorable':
    'Het bestand heeft bij {path} een tekst die niet kan worden opgeslagen: er staat een NUL-teken of een half surrogaatpaar in.',
  'console.draft.tooDeep': 'Het bestand nest lijsten en objecten meer dan {max} niveaus diep.',
  'console.xlsform.where.column': 'Blad {sheet}, rij {row}, kolom {column}: {message}',
  'console.xlsform.where.row': 'Blad {sheet}, rij {row}: {message}',
  'console.xlsform.where.sheet': 'Blad {sheet}: {message}',
  'console.xlsform.where.cell': 'Blad {sheet}, cel {cell}: {message}',
  'console.xlsform.notXlsx': 'Het bestand is geen .xlsx-werkmap die kan worden geopend.',
  'console.xlsform.unreadable':
    'De werkmap bevat iets wat niet kan worden gelezen. Sla haar in een spreadsheetprogramma opnieuw op als .xlsx en upload haar nog een keer.',
  'console.xlsform.tooLarge': 'De werkmap is uitgepakt groter dan {detail}.',
  'console.xlsform.tooManyCells':
    'Een blad heeft rijen die zich over meer cellen uitstrekken dan kunnen worden gelezen. Verwijder de lege kolommen ver naar rechts, of kopieer het blad naar een nieuwe werkmap.',
  'console.xlsform.missingSheet': 'De werkmap heeft geen blad “{sheet}”.',
  'console.xlsform.missingColumn': 'het blad heeft geen kolom “{column}”.',
  'console.xlsform.duplicateColumn': 'het blad heeft deze kolom twee keer.',
  'console.xlsform.unknownLanguage':
    '“{detail}” is geen taalcode; schrijf een taal bijvoorbeeld als English (en).',
  'console.xlsform.unexpectedLanguage':
    'deze kolom wordt niet vertaald, dus er hoort geen taal bij (“{detail}”).',
  'console.xlsform.noDefaultLanguage':
    'de kolom noemt geen taal, en het blad settings heeft er geen default_language voor.',
  'console.xlsform.unknownColumn':
    'XLSForm en credmap kennen deze kolom geen van beide; laat haar leeg of verwijder haar.',
  'console.xlsform.unsupportedColumn': 'credmap ondersteunt deze XLSForm-kolom niet; laat haar leeg.',
  'console.xlsform.unnamedColumn': 'er staat een waarde in een kolom zonder kop.',
  'console.xlsform.columnNotApplicable': 'deze kolom geldt niet voor het type van deze rij; laat haar leeg.',
  'console.xlsform.badCell': 'de cel toont “{detail}”, geen waarde die kan worden gelezen.',
  'console.xlsform.missingValue': 'deze rij heeft in deze kolom een waarde nodig.',
  'console.xlsform.badValue': '“{detail}” is geen waarde die deze kolom kan hebben.',
  'console.xlsform.unsupportedType': 'credmap stelt geen vragen van het type “{detail}”.',
  'console.xlsform.unsupportedAppearance': 'credmap ondersteunt de appearance “{detail}” hier niet.',
  'console.xlsform.unsupportedValue': 'credmap ondersteunt de waarde “{detail}” in deze kolom niet.',
  'console.xlsform.unknownList': 'het blad choices heeft geen lijst “{detail}”.',
  'console.xlsform.badExpression':
    'de expressie “{detail}” kan niet worden gelezen, of gebruikt XPath die credmap niet ondersteunt (paden, predicaten, |).',
  'console.xlsform.unsupportedFunction': 'credmap ondersteunt de functie “{detail}” niet.',
  'console.xlsform.unsupportedOperator': 'credmap ondersteunt de operator “{detail}” niet.',
  'console.xlsform.badNumber': 'het getal “{detail}” is te groot.',
  'console.xlsform.unclosedGroup': 'de groep die hier begint, heeft geen rij end_group.',
  'console.xlsform.unclosedRepeat': 'de herhaling die hier begint, heeft geen rij end_repeat.',
  'console.xlsform.unmatchedEnd': '“{detail}” sluit een groep of herhaling af die niet is begonnen.',
  'console.xlsform.unsupportedNesting':
    'credmap zet geen groep in een groep, en geen herhaling in een groep of herhaling (“{detail}”).',
  'console.xlsform.tooDeep':
    'met deze “{detail}” zouden meer dan 32 groepen en herhalingen tegelijk open zijn.',
  'console.xlsform.extraSettingsRow':
    'het blad settings heeft één rij waarden onder de kop; dit is een tweede.',
  'console.definition.where': '{path}: {message}',
  'console.definition.list.unknown': 'er is geen keuzelijst “{detail}”.',
  'console.definition.language.fallbackNotDeclared': 'de terugvaltaal is niet een van de opgegeven talen.',
  'console.definition.language.duplicate': 'een taal staat twee keer in de lijst.',
  'console.definition.text.missingLanguage': 'er is geen tekst in {language}.',
  'console.definition.text.undeclaredLanguage':
    'er is een tekst in {language}, en dat is niet een van de opgegeven talen.',
  'console.definition.text.placeholdersDiffer':
    'de tekst in {language} neemt niet dezelfde antwoorden over als de brontekst.',
  'console.definition.id.duplicate':
    'de id “{detail}” wordt twee keer gebruikt; pagina’s, groepen en vragen hebben elk een eigen id nodig.',
  'console.definition.variable.duplicate': 'de variabele “{detail}” is al de naam van “{other}”.',
  'console.definition.expression.unknownReference':
    '“{detail}” is niet de id van een vraag waarnaar hier kan worden verwezen.',
  'console.definition.expression.forwardReference':
    '“{detail}” wordt pas later gevraagd, dus het antwoord kan hier niet worden gelezen.',
  'console.definition.expression.cycle': 'de berekeningen lezen elkaar in een kringloop: {detail}.',
  'console.definition.repeat.minAboveMax': 'het minimumaantal items is groter dan het maximum.',
  'console.definition.repeat.firstPageConditional':
    'de eerste pagina van een herhaalgroep kan geen voorwaarde hebben.',
  'console.definition.multiple.minAboveMax': 'het minimumaantal keuzes is groter dan het maximum.',
  'console.definition.multiple.maxAboveChoices':
    'het maximumaantal keuzes is groter dan het aantal aangeboden keuzes.',
  'console.definition.number.minAboveMax': 'het minimum is groter dan het maximum.',
  'console.definition.country.unknown': '“{detail}” is geen landcode en geen groep landen.',
  'console.definition.consent.notOnFirstPage': 'een toestemmingsvraag moet op de eerste pagina staan.',
  'console.definition.consent.conditional': 'een toestemmingsvraag kan geen voorwaarde hebben.',
  'console.definition.choice.exclusiveOnlyInMultiple':
    'alleen een vraag met meerdere antwoorden kan een exclusieve keuze (“geen van deze”) hebben.',
  'console.definition.choice.otherOnlyInChoice':
    'alleen een vraag met één of meerdere antwoorden kan vragen om “anders” toe te lichten.',
  'console.definition.choice.duplicateCode': 'de code “{detail}” komt twee keer voor in één lijst.',
  'console.definition.include.unknownKey': 'een include neemt alleen include en relevant, niet {detail}.',
  'console.definition.include.unknownModule': 'er is geen module “{detail}” om op te nemen.',
  'console.definition.include.cycle': 'de modules nemen elkaar op in een kringloop: {detail}.',
  'console.definition.include.listConflict':
    'een keuzelijst is op twee plaatsen verschillend gedefinieerd: {detail}.',
  'console.definition.timeZone.unknown': '“{detail}” is geen naam van een tijdzone zoals Europe/Amsterdam.',
  'console.definition.expr.unexpectedToken':
    'de expressie heeft “{detail}” op een plaats waar dat niet kan (teken {position}).',
  'console.definition.expr.unexpectedEnd': 'de expressie houdt op voordat ze compleet is (teken {position}).',
  'console.definition.expr.unterminatedString':
    'de tekst tussen aanhalingstekens die bij teken {position} begint, wordt niet afgesloten.',
  'console.definition.expr.badEscape':
    '“{detail}” bij teken {position} is geen escape die de expressietaal kent.',
  'console.definition.expr.badNumber': 'het getal “{detail}” bij teken {position} is te groot.',
  'console.definition.expr.badReference':
    'de verwijzing bij teken {position} wordt niet met een accolade afgesloten, of noemt geen geldige id.',
  'console.definition.expr.bareIdentifier':
    '“{detail}” bij teken {position} is geen functieaanroep en geen verwijzing naar een antwoord.',
  'console.definition.expr.unknownFunction': 'er is geen functie “{detail}” (bij teken {position}).',
  'console.definition.expr.arity':
    'de functie “{detail}” bij teken {position} krijgt het verkeerde aantal waarden.',
  'console.definition.expr.tooLong': 'de expressie is langer dan {max} tekens.',
  'console.definition.expr.tooDeep':
    'de expressie nest haakjes, functies en operatoren te diep (bij teken {position}).',

  'console.publish.missing': '{language}: de tekst {key} is niet vertaald.',
  'console.publish.outdated': '{language}: de tekst {key} is gewijzigd nadat hij is vertaald.',
  'console.publish.placeholders':
    '{language}: de tekst {key} heeft niet dezelfde ${…}-verwijzingen als de brontekst.',
  'console.publish.notHarmonised': 'De variabele {variable} wordt in de vragenlijst {other} anders gevraagd.',

  'console.diff.title': 'Wijzigingen van {from} naar {to}',
  'console.diff.none': 'Er zijn geen wijzigingen.',
  'console.diff.where': 'Waar',
  'console.diff.change': 'Wijziging',
  'console.diff.before': 'Voor',
  'console.diff.after': 'Na',
  'console.diff.added': 'Toegevoegd',
  'console.diff.removed': 'Verwijderd',
  'console.diff.changed': 'Gewijzigd',
  'console.diff.moved': 'Verplaatst',

  'console.preview.title': 'Voorbeeld: {language} ({source})',
  'console.preview.intro':
    'Elke pagina zoals respondenten die zien, met de voorwaarden waaronder die wordt getoond of verborgen. Vanaf hier kan niets worden verstuurd.',
  'console.preview.shownWhen': 'Getoond als',
  'console.preview.calculated': 'Berekende waarde {id}:',
  'console.preview.inGroup': 'herhaald in {group}',
  'console.preview.invalid': 'De vragenlijst heeft problemen; los ze op om een voorbeeld te zien.',

  'console.translations.notWritable':
    'Het concept heeft problemen die een XLSForm-werkmap niet kan bevatten; het onderzoeksteam lost ze op. Download tot dan de teksten als XLIFF of als spreadsheet.',
  'console.translations.title': 'Talen',
  'console.translations.language': 'Taal',
  'console.translations.complete': 'Volledig',
  'console.translations.missing': 'Ontbrekend',
  'console.translations.outdated': 'Verouderd',
  'console.translations.preview': 'Voorbeeld',
  'console.translations.source': 'Brontekst ({language})',
  'console.translations.text': 'Vertaling',
  'console.translations.state': 'Stand',
  'console.translations.key': 'Tekst',
  'console.translations.export': 'Teksten downloaden om te vertalen',
  'console.translations.import': 'Vertaalde teksten uploaden',
  'console.translations.importHint':
    'Een XLIFF-bestand (1.2, 2.0 of 2.1) of de spreadsheet die u hier hebt gedownload, met de vertalingen ingevuld.',
  'console.translations.importSubmit': 'Vertaling uploaden',
  'console.translations.report': 'Wat de upload heeft gewijzigd',
  'console.translations.changed': '{count} teksten gewijzigd',
  'console.translations.unchanged': '{count} teksten ongewijzigd',
  'console.translations.unknown': 'Niet in de vragenlijst, genegeerd: {keys}',
  'console.translations.mismatch':
    'Niet overgenomen, de ${…}-verwijzingen wijken af van de brontekst: {keys}',
  'console.translations.wrongLanguage': 'Het bestand bevat teksten in de taal {found}, niet {expected}.',
  'console.translations.unreadable': 'Het bestand kon niet worden gelezen: {detail}',
  'console.translations.badCell':
    'Rij {row}, kolom {column}: de cel toont de fout {error} in plaats van een tekst.',
  'console.translations.noFormulaValue':
    'Rij {row}, kolom {column}: de cel bevat een formule die zonder resultaat is opgeslagen. Sla het bestand opnieuw op in een spreadsheetprogramma, of typ de tekst in.',
  'console.translations.encoding': 'Het bestand is geen UTF-8- of UTF-16-tekst.',
  'console.translations.doctype':
    'Regel {line}: het bestand declareert een DOCTYPE; een XLIFF-bestand heeft dat niet nodig en het wordt niet geaccepteerd.',
  'console.translations.notXliff':
    'Het bestand is geen XLIFF 1.2, 2.0 of 2.1 ({detail}). Exporteer een van deze versies uit uw vertaalprogramma, of vul een bestand in dat u hier hebt gedownload.',
  'console.translations.notXml': 'Regel {line}: het bestand is geen welgevormde XML ({detail}).',
  'console.translations.xliffIssue':
    'Regel {line}: het XLIFF-bestand bevat iets dat hier niet kan worden gelezen ({detail}).',
  'console.translations.xmlLimit':
    'Het bestand is groter of dieper genest dan een XLIFF-bestand hier mag zijn ({detail}).',
  'console.translations.noTargetLanguage':
    'Regel {line}: het bestand vermeldt niet naar welke taal het is vertaald. Stel de doeltaal in uw vertaalprogramma in (target-language in XLIFF 1.2, trgLang in XLIFF 2) en exporteer het bestand opnieuw.',
  'console.translations.inlineCode':
    'Regel {line}: het bestand bevat een opmaakcode (<{element}>) die niet terug in platte tekst kan worden omgezet. Verwijder de code uit de tekst, of exporteer het bestand zonder codes, en upload het opnieuw.',
  'console.translations.sourceLanguage':
    'Dit is de brontaal: de teksten ervan wijzigt u door een concept te uploaden.',
  'console.translations.state.complete': 'Volledig',
  'console.translations.state.missing': 'Ontbrekend',
  'console.translations.state.outdated': 'Verouderd',

  'console.members.title': 'Leden en rollen',
  'console.members.role': 'Rol',
  'console.members.languages': 'Talen (vertalers)',
  'console.members.languagesHint': 'Een vertaler mag alleen de teksten in deze talen wijzigen.',
  'console.members.languagesMissing': 'Kies de talen waaraan deze vertaler werkt.',
  'console.members.actions': 'Acties',
  'console.members.remove': 'Verwijderen',
  'console.members.pending': 'heeft nog geen wachtwoord gekozen',
  'console.members.everyStudy': 'in alle onderzoeken',
  'console.members.add': 'Persoon toevoegen of rol wijzigen',
  'console.members.addHint':
    'Wie nieuw is in credmap, krijgt een account en een link, 7 dagen geldig, om een wachtwoord te kiezen. Geef de link zelf door als e-mail niet is ingesteld.',
  'console.members.addSubmit': 'Rol opslaan',
  'console.members.roleInvalid': 'Kies een rol.',
  'console.members.linkCreated': 'Stuur deze link naar de persoon, zodat die een wachtwoord kan kiezen:',
  'console.members.lastOwner':
    'Een onderzoek heeft minstens één eigenaar nodig: geef eerst iemand anders de rol van eigenaar.',
  'console.members.mailSubject': 'Uw credmap-account',
  'console.members.mailBody':
    'Beste {name},\n\nU hebt een rol gekregen in een onderzoek in credmap. Kies hier uw wachtwoord (de link werkt één keer en is 7 dagen geldig):\n\n{url}\n',

  'console.distribution.title': 'Verspreiding',
  'console.distribution.openLinks': 'Open links',
  'console.distribution.openLinksHint':
    'Iedereen met een open link kan antwoorden. Gebruik de links op webpagina’s, in nieuwsbrieven en, met de QR-code, in drukwerk.',
  'console.distribution.qr': 'QR-code (SVG)',
  'console.distribution.invitations': 'Persoonlijke uitnodigingen',
  'console.distribution.contacts': 'Contacten',
  'console.distribution.invited': 'Uitgenodigd',
  'console.distribution.unsubscribed': 'Afgemeld',
  'console.distribution.sent': 'E-mails verstuurd',
  'console.distribution.failed': 'E-mails mislukt',
  'console.distribution.log': 'bekijk het overzicht van de e-mails',
  'console.distribution.reminders': 'Herinneringen (dagen voor sluiting)',
  'console.distribution.remindersLabel': 'Herinneringen voor {questionnaire}, in dagen voor sluiting',
  'console.distribution.remindersSave': 'Opslaan',
  'console.distribution.remindersHint':
    'Herinneringen gaan naar uitgenodigde contacten die niet hebben voltooid en zich niet hebben afgemeld, bijvoorbeeld “7, 1”: een week en een dag voor sluiting.',
  'console.distribution.remindersInvalid':
    'Vul hele dagen van 0 tot 90 in, gescheiden door komma’s, hoogstens 10.',
  'console.distribution.send': 'Uitnodigingen versturen',
  'console.distribution.closed': 'De vragenlijst is gesloten: er worden geen uitnodigingen verstuurd.',
  'console.distribution.queued': 'Uitnodigingen in de wachtrij: {count}.',
  'console.distribution.noSmtp':
    'Er is geen mailserver ingesteld (SMTP_URL): uitnodigingen blijven in de wachtrij tot er een is.',
  'console.distribution.upload': 'Contacten toevoegen',
  'console.distribution.uploadHint':
    'Een CSV- of XLSX-bestand met de kolommen email, language, instrument en eventueel country. Contactgegevens worden apart van de antwoorden bewaard en komen nooit in resultaten of exports.',
  'console.distribution.file': 'Contactenlijst',
  'console.distribution.imported': 'Contacten toegevoegd: {added}. Al op de lijst: {skipped}.',
  'console.distribution.issue': 'Rij {row} {column}: {message}',
  'console.distribution.logTitle': 'E-mails voor {questionnaire}',
  'console.distribution.logEmpty': 'Er is nog geen e-mail verstuurd.',
  'console.distribution.kind': 'Soort',
  'console.distribution.attempt': 'Poging',
  'console.distribution.kind.invitation': 'Uitnodiging',
  'console.distribution.kind.reminder': 'Herinnering',
  'console.distribution.status.sent': 'Verstuurd',
  'console.distribution.status.failed': 'Mislukt',
  'console.distribution.status.refused': 'Adres geweigerd door de mailserver; niet opnieuw geprobeerd',
  'console.distribution.status.closed': 'Niet verstuurd: de vragenlijst was gesloten',
  'console.distribution.status.skipped': 'Niet verstuurd: ingevuld of afgemeld',
  'console.contacts.unreadable':
    'Het bestand is geen CSV-bestand (UTF-8) of XLSX-bestand. Sla het in een spreadsheetprogramma op als “CSV UTF-8” of als Excel-werkmap (.xlsx).',
  'console.contacts.tooLarge':
    'Het bestand is te groot om te lezen: uitgepakt meer dan {detail}, of breder dan een spreadsheet. Houd alleen de kolommen email, language, instrument en country over, of splits de lijst.',
  'console.contacts.empty': 'De lijst bevat geen contacten.',
  'console.contacts.missingColumn': 'De kolom ontbreekt.',
  'console.contacts.duplicateColumn': 'De kolom komt meer dan één keer voor; houd er één.',
  'console.contacts.tooMany': 'De lijst bevat meer dan {detail} contacten; splits hem op.',
  'console.contacts.badEmail': '“{detail}” is geen e-mailadres.',
  'console.contacts.badLanguage': 'De vragenlijst is niet beschikbaar in “{detail}”.',
  'console.contacts.badInstrument': 'Het onderzoek heeft geen vragenlijst “{detail}”.',
  'console.contacts.badCountry': '“{detail}” is geen landcode van twee letters.',
  'console.contacts.duplicate': 'Hetzelfde adres voor dezelfde vragenlijst staat al in rij {detail}.',

  'console.api.invalid': 'Het verzoek is niet geldig: {problems}',
  'console.api.invalidMore': 'Het verzoek is niet geldig: {problems}; en nog {more}.',
  'console.api.notPublished': 'Het concept kan nog niet worden gepubliceerd: {problems}',
  'console.api.unstorable':
    'De tekst bij {path} bevat een teken dat niet kan worden opgeslagen: NUL (\\u0000) of een los surrogaat.',
  'console.api.tooDeep': 'Het verzoek nest arrays en objecten meer dan {max} niveaus diep.',
  'console.api.notJson': 'Stuur de inhoud als JSON in UTF-8, met de header Content-Type: application/json.',
  'console.api.badJson': 'De inhoud is geen geldige JSON in UTF-8.',
  'console.api.methodNotAllowed': 'Dit adres accepteert {method} niet, alleen {allowed}.',

  'console.audit.title': 'Auditlog',
  'console.audit.none': 'Er is nog niets vastgelegd.',
  'console.audit.when': 'Wanneer',
  'console.audit.who': 'Wie',
  'console.audit.what': 'Wat',
  'console.audit.detail': 'Details',
  'console.audit.older': 'Oudere vermeldingen',

  // Fieldwork monitor (monitor.ts)
  'console.monitor.title': 'Veldwerkmonitor',
  'console.monitor.intro':
    'Antwoorden op alle versies van elke vragenlijst. Dagen en tijden staan in de tijdzone van het onderzoek, {zone}.',
  'console.monitor.instruments': 'Antwoorden per vragenlijst',
  'console.monitor.instrument': 'Vragenlijst',
  'console.monitor.started': 'Gestart',
  'console.monitor.completed': 'Voltooid',
  'console.monitor.partial': 'Onvolledig',
  'console.monitor.invited': 'Uitgenodigd',
  'console.monitor.responseRate': 'Responspercentage (voltooid / uitgenodigd)',
  'console.monitor.completionRate': 'Voltooiingspercentage (voltooid / gestart)',
  'console.monitor.median': 'Mediane invultijd',
  'console.monitor.minutes': '{minutes} min',
  'console.monitor.excluded': 'Uitgesloten',
  'console.monitor.closes': 'Sluit',
  'console.monitor.noClosing': 'Geen sluitingsdatum',
  'console.monitor.notYet': 'nog niet',
  'console.monitor.noResponses': 'Nog geen antwoorden.',
  'console.monitor.details': 'Cijfers en datakwaliteit van {questionnaire}',

  'console.monitor.byGroup': 'Antwoorden per doelgroep',
  'console.monitor.byCountry': 'Antwoorden per land',
  'console.monitor.byLanguage': 'Antwoorden per taal',
  'console.monitor.cross': 'Antwoorden per doelgroep, land en taal',
  'console.monitor.targetGroup': 'Doelgroep',
  'console.monitor.country': 'Land',
  'console.monitor.language': 'Taal',
  'console.monitor.unknown': '(Nog) niet beantwoord',
  'console.monitor.chartNote':
    'Staafdiagram van de voltooide antwoorden; de tabel erna bevat dezelfde cijfers.',

  'console.monitor.dropOff': 'Waar onvolledige antwoorden zijn afgebroken',
  'console.monitor.dropOffIntro':
    'Elk antwoord dat niet is voltooid, wordt geteld bij de laatste pagina die het heeft opgeslagen: de respondent is gestopt op de pagina daarna, of op die pagina zelf als hij die met een nog open vraag heeft opgeslagen om later verder te gaan.',
  'console.monitor.page': 'Laatst opgeslagen pagina',
  'console.monitor.noPartial': 'Geen onvolledige antwoorden.',

  'console.monitor.perDay': 'Antwoorden per dag',
  'console.monitor.day': 'Dag',
  'console.monitor.closingMarker': 'Sluit op {date}',
  'console.monitor.closingNote': 'Het veldwerk sluit op {date}.',
  'console.monitor.dayChartNote':
    'Kolomdiagram van de voltooide antwoorden per dag; een stippellijn markeert de sluitingsdatum als die in het diagram valt. De tabel erna bevat dezelfde cijfers.',

  'console.monitor.flags': 'Signalen over de datakwaliteit',
  'console.monitor.flagsIntro':
    'Voltooide antwoorden die misschien niet echt zijn, alleen getoond met hun bevestigingscode. Een signaal is een reden om te kijken, geen oordeel: sluit een antwoord alleen uit van de analyse als u het zeker weet, en vermeld waarom.',
  // Dutch survey researchers use the English terms “speeder” and “straightlining”.
  'console.monitor.flag.speeder': 'Speeder',
  'console.monitor.flag.speederHint':
    'voltooid in minder dan een derde van de mediane invultijd ({minutes} min)',
  'console.monitor.flag.straightlining': 'Straightlining',
  'console.monitor.flag.straightliningHint': 'elke rij van een matrixvraag beantwoord met dezelfde keuze',
  'console.monitor.flag.duplicate': 'Duplicaat',
  'console.monitor.flag.duplicateHint': 'dezelfde antwoorden als een eerder voltooid antwoord',
  // “Honeypot” is the usual term among Dutch web developers; the hint explains it.
  'console.monitor.flag.honeypot': 'Honeypot',
  'console.monitor.flag.honeypotHint': 'een formulier kwam terug met het veld dat alleen bots invullen',
  'console.monitor.flagCount': 'Antwoorden met een signaal',
  'console.monitor.noFlags': 'Geen enkel voltooid antwoord heeft een signaal.',
  'console.monitor.listLimited': 'Alleen de eerste {count} staan in de lijst.',
  'console.monitor.receipt': 'Bevestigingscode',
  'console.monitor.duration': 'Invultijd',
  'console.monitor.flagsColumn': 'Signalen',
  'console.monitor.status': 'Status',
  'console.monitor.inAnalysis': 'In de analyse',
  'console.monitor.excludedBecause': 'Uitgesloten: {reason}',
  'console.monitor.excludedBy': '{who}, {when}',
  'console.monitor.actions': 'Actie',

  'console.monitor.reason': 'Reden',
  'console.monitor.reason.speeder': 'Speeder',
  'console.monitor.reason.straightlining': 'Straightlining',
  'console.monitor.reason.duplicate': 'Duplicaat',
  'console.monitor.reason.honeypot': 'Honeypot',
  'console.monitor.reason.other': 'Andere reden',
  'console.monitor.note': 'Opmerking (optioneel)',
  'console.monitor.exclude': 'Uitsluiten van de analyse',
  'console.monitor.include': 'Weer opnemen in de analyse',
  'console.monitor.saved.excluded': 'Het antwoord {receipt} is uitgesloten van de analyse.',
  'console.monitor.saved.included': 'Het antwoord {receipt} is weer opgenomen in de analyse.',
  'console.monitor.receiptUnknown': 'Geen voltooid antwoord op deze vragenlijst heeft deze bevestigingscode.',
  'console.monitor.reasonInvalid': 'Kies een reden.',
  'console.monitor.noteTooLong': 'De opmerking mag hoogstens {max} tekens hebben.',

  'console.monitor.live.note':
    'Met JavaScript aan worden de cijfers van de eerste tabel elke 30 seconden bijgewerkt; de andere tabellen en de diagrammen wanneer de pagina opnieuw wordt geladen.',
  'console.monitor.live.pause': 'Bijwerken pauzeren',
  'console.monitor.live.resume': 'Bijwerken hervatten',
  'console.monitor.live.updated': 'Cijfers bijgewerkt om {time}.',
  'console.results.title': 'Resultaten',
  'console.results.intro':
    'Aantallen voltooide antwoorden die niet van de analyse zijn uitgesloten. Cijfers die op minder dan {k} respondenten berusten worden niet getoond, en evenmin cijfers waaruit ze kunnen worden afgeleid.',
  'console.results.allQuestionnaires': 'Alle vragenlijsten (samengevoegd)',
  'console.results.question': 'Vraag',
  'console.results.by': 'Uitgesplitst naar',
  'console.results.noGrouping': 'Geen uitsplitsing',
  'console.results.language': 'Taal van het antwoord',
  'console.results.show': 'Tonen',
  'console.results.answer': 'Antwoord',
  'console.results.total': 'Totaal',
  'console.results.noAnswer': 'Geen antwoord',
  'console.results.dontKnow': 'Weet niet',
  'console.results.preferNot': 'Zeg ik liever niet',
  'console.results.base': 'Beantwoord (basis van de percentages)',
  'console.results.unitRespondents': 'respondenten',
  'console.results.unitItems': 'beschreven microcredentials, elk één keer geteld',
  'console.results.suppressed':
    'niet getoond: te weinig respondenten, of het zou een verborgen cijfer prijsgeven',
  'console.results.mean': 'Gemiddelde',
  'console.results.q1': 'Eerste kwartiel',
  'console.results.median': 'Mediaan',
  'console.results.q3': 'Derde kwartiel',
  'console.results.link': 'Resultaten',
  'console.results.public': 'Openbare resultatenpagina',
  'console.results.notPublished': 'De resultaten zijn niet gepubliceerd.',
  'console.results.published': 'Gepubliceerd op {date} door {name}.',
  'console.results.publicLink': 'Open de openbare pagina',
  'console.results.releaseHint':
    'Berekent en beschermt nu elke tabel op basis van de tot nu toe voltooide antwoorden en toont ze in elke taal op de openbare pagina. Latere antwoorden verschijnen pas bij de volgende publicatie.',
  'console.results.release': 'Publiceer de resultaten nu',
  'console.results.withdraw': 'Haal de resultaten offline',
  'console.results.textsNote':
    'Open antwoorden, zoals geschreven. Ze worden nooit gepubliceerd; een groep met minder dan {k} antwoorden wordt niet getoond. Neem ze niet over in rapporten zonder alles te verwijderen waaraan iemand herkend kan worden.',
  'console.results.textsHidden': 'Te weinig antwoorden in deze groep om ze te tonen.',
  'console.weights.title': 'Weging',
  'console.weights.none': 'De antwoorden zijn niet gewogen.',
  'console.weights.current':
    'Gewichten berekend op {date} door {name} voor {count} voltooide antwoorden. Later voltooide antwoorden hebben geen gewicht tot de gewichten opnieuw worden berekend.',
  'console.weights.margins': 'Gebruikte populatiemarges',
  'console.weights.hint':
    'Een CSV-bestand met de kolommen variable, category en total: één variabele is poststratificatie, meerdere worden geraked. Bruikbare variabelen: {variables}.',
  'console.weights.upload': 'Populatiemarges (CSV)',
  'console.weights.compute': 'Gewichten berekenen',
  'console.weights.header': 'Het bestand heeft de kolommen variable, category en total nodig.',
  'console.weights.unreadable':
    'Het bestand is geen CSV-bestand in UTF-8. Sla het in een spreadsheetprogramma op als “CSV UTF-8”.',
  'console.weights.tooManyRows':
    'Het bestand heeft meer dan {max} rijen; marges hebben één rij per categorie.',
  'console.weights.missingValue': 'Rij {row}, kolom {column}: de cel is leeg.',
  'console.weights.badTotal': 'Rij {row}, kolom total: “{value}” is geen getal groter dan 0.',
  'console.weights.duplicate': 'Rij {row}: {variable} = {category} staat ook op een eerdere rij.',
  'console.weights.unequalTotals':
    'De totalen van {variable} tellen op tot {sum}, die van {first} tot {firstSum}: elke variabele moet optellen tot dezelfde populatie.',
  'console.weights.unknownVariable': 'Geen variabele van dit onderzoek: {variables}.',
  'console.weights.noRespondents': 'Er zijn geen voltooide antwoorden om te wegen.',
  'console.weights.noValue': '{count} antwoorden hebben geen waarde voor {variable}.',
  'console.weights.emptyCategory':
    'Geen antwoord heeft {variable} = {category}: die marge kan niet worden bereikt.',
  'console.weights.unknownCategory':
    '{count} antwoorden hebben {variable} = {category}, wat niet in de marges staat.',
  'console.weights.link': 'Weging',
  'console.exports.title': 'Onderzoeksexport',
  'console.exports.link': 'Onderzoeksexport',
  'console.exports.intro':
    'Eén pakket (.zip) met de voltooide antwoorden die niet zijn uitgesloten: een bestand met één rij per respondent, een bestand met één rij per item van elke herhaalde groep (zoals elke beschreven microcredential), een codeboek, syntaxis die de CSV-bestanden met hun labels inleest, en een README met de vragenlijstversies, data, gewichten en wat is weggelaten. Contactgegevens worden nooit meegenomen.',
  'console.exports.confidential':
    'Deze bestanden zijn microdata zonder onthullingscontrole: behandel ze vertrouwelijk en verwijder ze wanneer uw analyse ze niet meer nodig heeft. Elke download wordt vastgelegd in het auditlogboek.',
  'console.exports.language': 'Labels in',
  'console.exports.formats': 'Gegevensformaten naast CSV',
  'console.exports.download': 'Pakket downloaden',
  'console.exports.badLanguage': 'Kies een van de talen van het onderzoek.',
  'console.results.weighted': 'Gewogen percentages met 95 %-betrouwbaarheidsintervallen',
  'console.results.effectiveBase': 'Effectieve basis (Kish)',
  'console.results.unit': 'Antwoorden in herhaalde groepen tellen',
  'console.results.unitHint':
    'Vragen die voor elke beschreven microcredential (of elk item van een andere herhaalde groep) worden gesteld, worden per item geteld, of per respondent die het antwoord minstens één keer gaf. Andere vragen altijd per respondent.',
  'console.results.releasing':
    'Er wordt een publicatie voorbereid (aangevraagd om {date}); die verschijnt hier zodra elke tabel beschermd is.',
  'console.results.weightedMean': 'Gewogen gemiddelde [95%-interval]',
};
