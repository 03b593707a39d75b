import type { ConsoleMessages } from './en.ts';
import { registerMessagesDe } from './register.de.ts';

/** The console's words in German. */
export const de: ConsoleMessages = {
  ...registerMessagesDe,
  'console.name': 'credmap-Konsole',
  'console.skipLink': 'Zum Hauptinhalt springen',
  'console.accountNav': 'Ihr Konto',
  'console.breadcrumbs': 'Sie sind hier',
  'console.logout': 'Abmelden',
  'console.errorPrefix': 'Fehler:',
  'console.issues.title': 'Es gibt ein Problem',

  'console.problem.notFound': 'Diese Seite gibt es nicht, oder Ihr Konto hat keinen Zugriff darauf.',
  'console.problem.forbidden': 'Ihre Rolle in dieser Studie erlaubt das nicht.',
  'console.problem.unauthorized': 'Melden Sie sich zuerst an.',
  'console.problem.expired':
    'Dieses Formular ist abgelaufen. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.',
  'console.problem.badRequest':
    'Die gesendeten Daten konnten nicht gelesen werden. Gehen Sie zurück und versuchen Sie es erneut.',
  'console.problem.tooLarge': 'Die Anfrage ist größer als {max} MB.',
  'console.problem.unavailable':
    'Der Dienst kann gerade nicht antworten. Versuchen Sie es in einer Minute erneut.',
  'console.problem.title': 'Diese Anfrage wurde nicht ausgeführt',
  'console.problem.back': 'Zurück zur Konsole',
  'console.form.unstorable':
    'Das Feld „{field}“ enthält ein Zeichen, das nicht gespeichert werden kann (NUL, ein unsichtbares Steuerzeichen). Gehen Sie zurück, entfernen Sie es und versuchen Sie es erneut.',
  'console.form.unstorableField':
    'Dieser Text enthält ein unsichtbares Steuerzeichen (NUL), das nicht gespeichert werden kann. Entfernen Sie es und versuchen Sie es erneut.',

  'console.login.title': 'Anmelden',
  'console.login.email': 'E-Mail-Adresse',
  'console.login.password': 'Passwort',
  'console.login.submit': 'Anmelden',
  'console.login.wrong': 'Die E-Mail-Adresse oder das Passwort ist nicht richtig.',
  'console.login.locked':
    'Zu viele fehlgeschlagene Versuche mit dieser Adresse. Versuchen Sie es in {minutes} Minuten erneut.',

  'console.setup.title': 'credmap einrichten',
  'console.setup.intro':
    'Mit diesem Link wird das erste Konto angelegt. Es wird Eigentümer aller Studien und kann anderen ihre Rollen zuweisen.',
  'console.link.title': 'Passwort festlegen',
  'console.link.intro': 'Legen Sie ein Passwort für das Konto {email} fest.',
  'console.link.submit': 'Speichern und anmelden',
  'console.link.invalid':
    'Dieser Link ist abgelaufen oder wurde bereits verwendet. Bitten Sie einen Eigentümer der Studie um einen neuen Link.',

  'console.account.title': 'Ihr Konto',
  'console.account.name': 'Name',
  'console.account.newPassword': 'Neues Passwort',
  'console.account.currentPassword': 'Aktuelles Passwort',
  'console.account.passwordHint':
    'Mindestens {min} Zeichen. Ein Satz aus mehreren Wörtern lässt sich leicht merken.',
  'console.account.password.tooShort': 'Das Passwort muss mindestens {min} Zeichen haben.',
  'console.account.password.tooLong': 'Das Passwort darf höchstens {max} Zeichen haben.',
  'console.account.password.isEmail': 'Das Passwort darf nicht Ihre E-Mail-Adresse sein.',
  'console.account.passwordWrong': 'Das aktuelle Passwort ist nicht richtig.',
  'console.account.passwordChanged': 'Ihr Passwort wurde geändert. Alle anderen Sitzungen wurden abgemeldet.',
  'console.account.nameMissing': 'Geben Sie einen Namen ein.',
  'console.account.emailInvalid': 'Geben Sie eine E-Mail-Adresse ein, zum Beispiel name@example.org.',
  'console.account.language': 'Sprache der Konsole',
  'console.account.languageSave': 'Sprache speichern',
  'console.account.passwordSave': 'Passwort ändern',
  'console.account.tokens': 'API-Tokens',
  'console.account.tokensIntro':
    'Mit einem Token kann ein Skript die API unter /api/v1 mit Ihren Rollen nutzen. Es wird nur einmal angezeigt: Bewahren Sie es wie ein Passwort auf.',
  'console.account.tokenName': 'Wofür das Token verwendet wird',
  'console.account.tokenCreate': 'Token erstellen',
  'console.account.tokenCreated': 'Ihr neues Token (wird nur jetzt angezeigt):',
  'console.account.tokenRevoke': 'Widerrufen',
  'console.account.tokenNone': 'Sie haben keine API-Tokens.',
  'console.account.tokenLastUsed': 'Zuletzt verwendet',
  'console.account.tokenNever': 'nie',

  'console.role.owner': 'Eigentümer',
  'console.role.researcher': 'Forscher',
  'console.role.analyst': 'Analyst',
  'console.role.translator': 'Übersetzer',
  'console.role.viewer': 'Betrachter',

  'console.studies.title': 'Studien',
  'console.studies.none':
    'Ihr Konto hat noch in keiner Studie eine Rolle. Bitten Sie einen Eigentümer einer Studie, Sie hinzuzufügen.',
  'console.study.yourRole': 'Ihre Rolle: {role}',
  'console.study.timeZone': 'Zeitzone: {zone}',
  'console.study.questionnaires': 'Fragebögen',
  'console.study.questionnaire': 'Fragebogen',
  'console.study.status': 'Status',
  'console.study.started': 'Begonnen',
  'console.study.completed': 'Abgeschlossen',
  'console.study.newQuestionnaire': 'Fragebogen hinzufügen',
  'console.study.newHint':
    'Eine XLSForm-Tabelle (.xlsx) oder eine credmap-Definition (.yaml, .json). Daraus wird ein Entwurf; Befragte sehen nichts davon, bevor er veröffentlicht und geöffnet ist.',

  'console.status.notOpen': 'Noch nicht geöffnet',
  'console.status.open': 'Geöffnet',
  'console.status.closed': 'Geschlossen',

  'console.schedule.title': 'Feldphase',
  'console.schedule.opens': 'Öffnet',
  'console.schedule.closes': 'Schließt',
  'console.schedule.date': 'Datum',
  'console.schedule.time': 'Uhrzeit',
  'console.schedule.zone': 'Zeitzone',
  'console.schedule.zoneHint':
    'Der Name einer Zeitzone wie Europe/Brussels. Lassen Sie ein Datum leer, wenn es keine Begrenzung geben soll.',
  'console.schedule.save': 'Daten der Feldphase speichern',
  'console.schedule.closeNow': 'Jetzt schließen',
  'console.schedule.none': 'Kein Datum festgelegt',
  'console.schedule.badDate':
    'Geben Sie ein Datum als YYYY-MM-DD und eine Uhrzeit als HH:MM ein, die es in dieser Zeitzone gibt.',
  'console.schedule.badZone': 'Geben Sie den Namen einer Zeitzone ein, zum Beispiel Europe/Brussels.',
  'console.schedule.closesBeforeOpens': 'Das Schließungsdatum muss nach dem Öffnungsdatum liegen.',
  'console.schedule.outOfRange': 'Geben Sie ein Datum zwischen den Jahren {from} und {to} ein.',

  'console.saved.schedule':
    'Die Daten der Feldphase sind gespeichert. Die Seiten für Befragte richten sich ab jetzt danach.',
  'console.saved.closed':
    'Der Fragebogen ist geschlossen. Befragte sehen jetzt den Hinweis, dass er geschlossen ist.',
  'console.saved.draft': 'Der Entwurf ist gespeichert.',
  'console.saved.published':
    'Die neue Version ist veröffentlicht. Neue Befragte erhalten sie; begonnene Antworten bleiben bei ihrer Version.',
  'console.saved.translation': 'Die Übersetzung ist im Entwurf gespeichert.',

  'console.versions.title': 'Veröffentlichte Versionen',
  'console.versions.number': 'Version',
  'console.versions.published': 'Veröffentlicht',
  'console.versions.responses': 'Antworten',
  'console.versions.files': 'Dateien und Änderungen',
  'console.versions.changes': 'Änderungen seit Version {from}',

  'console.draft.title': 'Entwurf',
  'console.draft.none':
    'Es gibt keinen Entwurf. Laden Sie einen Fragebogen hoch, um einen Entwurf anzulegen.',
  'console.draft.updated': 'Zuletzt geändert am {date} von {name}.',
  'console.draft.valid': 'Der Entwurf hat keine Probleme.',
  'console.draft.problems':
    'Der Entwurf hat {count} Probleme, die vor der Veröffentlichung behoben werden müssen',
  'console.draft.changes': 'Änderungen gegenüber der veröffentlichten Version',
  'console.draft.download': 'Entwurf als XLSForm herunterladen',
  'console.draft.downloadJson': 'Entwurf als JSON herunterladen',
  'console.draft.notWritable':
    'Dieser Entwurf hat Probleme, die eine XLSForm-Arbeitsmappe nicht aufnehmen kann. Beheben Sie sie, oder laden Sie den Entwurf als JSON herunter.',
  'console.draft.publish': 'Entwurf als neue Version veröffentlichen',
  'console.draft.discard': 'Entwurf verwerfen',
  'console.draft.upload': 'Neuen Entwurf hochladen',
  'console.draft.uploadHint': 'Eine XLSForm-Tabelle (.xlsx) oder eine credmap-Definition (.yaml, .json).',
  'console.draft.uploadSubmit': 'Hochladen',
  'console.draft.noFile': 'Wählen Sie eine Datei zum Hochladen aus.',
  'console.draft.otherId': 'Die Datei gehört zum Fragebogen „{id}“, nicht zu „{expected}“.',
  'console.draft.badId': 'Die Datei gibt dem Fragebogen keine ID (Kleinbuchstaben, Ziffern und -).',
  'console.draft.exists':
    'Die Studie hat bereits einen Fragebogen „{id}“. Laden Sie einen Entwurf auf dessen Seite hoch.',
  'console.draft.unreadable': 'Die Datei konnte nicht verwendet werden: {problems}',
  'console.draft.notSpreadsheet': 'Die Datei ist weder eine .xlsx-Tabelle noch eine .yaml- oder .json-Datei.',
  'console.draft.badYaml': 'Die Datei konnte nicht als YAML oder JSON gelesen werden: {detail}',
  'console.draft.tooLarge': 'Die Datei ist größer als {size}.',
  'console.draft.includes':
    'Eine hier hochgeladene Definition muss vollständig sein: „include“-Einträge werden nur aus dem Ordner der Studie gelesen.',
  'console.draft.unstorable':
    'Die Datei enthält bei {path} einen Text, der nicht gespeichert werden kann: Er enthält ein NUL-Zeichen oder ein halbes Surrogatpaar.',
  'console.draft.tooDeep': 'Die Datei verschachtelt Listen und Objekte mehr als {max} Ebenen tief.',
  'console.xlsform.where.column': 'Blatt {sheet}, Zeile {row}, Spalte {column}: {message}',
  'console.xlsform.where.row': 'Blatt {sheet}, Zeile {row}: {message}',
  'console.xlsform.where.sheet': 'Blatt {sheet}: {message}',
  'console.xlsform.where.cell': 'Blatt {sheet}, Zelle {cell}: {message}',
  'console.xlsform.notXlsx': 'Die Datei ist keine .xlsx-Arbeitsmappe, die sich öffnen lässt.',
  'console.xlsform.unreadable':
    'Die Arbeitsmappe enthält etwas, das nicht gelesen werden kann. Speichern Sie sie in einem Tabellenprogramm erneut als .xlsx und laden Sie sie noch einmal hoch.',
  'console.xlsform.tooLarge': 'Die Arbeitsmappe ist entpackt größer als {detail}.',
  'console.xlsform.tooManyCells':
    'Ein Blatt hat Zeilen, die sich über mehr Zellen erstrecken, als gelesen werden können. Löschen Sie die leeren Spalten weit rechts, oder kopieren Sie das Blatt in eine neue Arbeitsmappe.',
  'console.xlsform.missingSheet': 'Die Arbeitsmappe hat kein Blatt „{sheet}“.',
  'console.xlsform.missingColumn': 'Das Blatt hat keine Spalte „{column}“.',
  'console.xlsform.duplicateColumn': 'Das Blatt hat diese Spalte zweimal.',
  'console.xlsform.unknownLanguage':
    '„{detail}“ ist kein Sprachcode; geben Sie eine Sprache zum Beispiel als English (en) an.',
  'console.xlsform.unexpectedLanguage':
    'Diese Spalte wird nicht übersetzt; eine Sprachangabe („{detail}“) gehört nicht dazu.',
  'console.xlsform.noDefaultLanguage':
    'Die Spalte nennt keine Sprache, und das Blatt settings hat keine default_language für sie.',
  'console.xlsform.unknownColumn':
    'Weder XLSForm noch credmap kennt diese Spalte; lassen Sie sie leer, oder löschen Sie sie.',
  'console.xlsform.unsupportedColumn': 'credmap unterstützt diese XLSForm-Spalte nicht; lassen Sie sie leer.',
  'console.xlsform.unnamedColumn': 'In einer Spalte ohne Überschrift steht ein Wert.',
  'console.xlsform.columnNotApplicable':
    'Diese Spalte gilt nicht für den Typ dieser Zeile; lassen Sie sie leer.',
  'console.xlsform.badCell': 'Die Zelle zeigt „{detail}“ statt eines lesbaren Wertes.',
  'console.xlsform.missingValue': 'Diese Zeile braucht in dieser Spalte einen Wert.',
  'console.xlsform.badValue': '„{detail}“ ist kein Wert, den diese Spalte annehmen kann.',
  'console.xlsform.unsupportedType': 'credmap stellt keine Fragen vom Typ „{detail}“.',
  'console.xlsform.unsupportedAppearance': 'credmap unterstützt die Appearance „{detail}“ hier nicht.',
  'console.xlsform.unsupportedValue': 'credmap unterstützt den Wert „{detail}“ in dieser Spalte nicht.',
  'console.xlsform.unknownList': 'Das Blatt choices hat keine Liste „{detail}“.',
  'console.xlsform.badExpression':
    'Der Ausdruck „{detail}“ kann nicht gelesen werden oder verwendet XPath, das credmap nicht unterstützt (Pfade, Prädikate, |).',
  'console.xlsform.unsupportedFunction': 'credmap unterstützt die Funktion „{detail}“ nicht.',
  'console.xlsform.unsupportedOperator': 'credmap unterstützt den Operator „{detail}“ nicht.',
  'console.xlsform.badNumber': 'Die Zahl „{detail}“ ist zu groß.',
  'console.xlsform.unclosedGroup': 'Die Gruppe, die hier beginnt, hat keine Zeile end_group.',
  'console.xlsform.unclosedRepeat': 'Die Wiederholung, die hier beginnt, hat keine Zeile end_repeat.',
  'console.xlsform.unmatchedEnd': '„{detail}“ beendet eine Gruppe oder Wiederholung, die nicht begonnen hat.',
  'console.xlsform.unsupportedNesting':
    'credmap setzt keine Gruppe in eine Gruppe und keine Wiederholung in eine Gruppe oder Wiederholung („{detail}“).',
  'console.xlsform.tooDeep':
    'Mit diesem „{detail}“ wären mehr als 32 Gruppen und Wiederholungen zugleich offen.',
  'console.xlsform.extraSettingsRow':
    'Das Blatt settings hat unter der Überschrift eine Zeile mit Werten; dies ist eine zweite.',
  'console.definition.where': '{path}: {message}',
  'console.definition.list.unknown': 'Es gibt keine Auswahlliste „{detail}“.',
  'console.definition.language.fallbackNotDeclared': 'Die Ersatzsprache ist keine der angegebenen Sprachen.',
  'console.definition.language.duplicate': 'Eine Sprache steht zweimal in der Liste.',
  'console.definition.text.missingLanguage': 'Der Text fehlt in der Sprache {language}.',
  'console.definition.text.undeclaredLanguage':
    'Es gibt einen Text in der Sprache {language}, die keine der angegebenen Sprachen ist.',
  'console.definition.text.placeholdersDiffer':
    'Der Text in der Sprache {language} übernimmt nicht dieselben Antworten wie der Ausgangstext.',
  'console.definition.id.duplicate':
    'Die ID „{detail}“ wird zweimal verwendet; Seiten, Gruppen und Fragen brauchen jeweils eine eigene.',
  'console.definition.variable.duplicate': 'Die Variable „{detail}“ ist schon der Name von „{other}“.',
  'console.definition.expression.unknownReference':
    '„{detail}“ ist nicht die ID einer Frage, auf die hier verwiesen werden kann.',
  'console.definition.expression.forwardReference':
    '„{detail}“ wird erst später gefragt; die Antwort kann hier nicht gelesen werden.',
  'console.definition.expression.cycle': 'Die Berechnungen lesen einander im Kreis: {detail}.',
  'console.definition.repeat.minAboveMax': 'Die Mindestzahl der Einträge ist größer als die Höchstzahl.',
  'console.definition.repeat.firstPageConditional':
    'Die erste Seite einer Wiederholungsgruppe kann keine Bedingung haben.',
  'console.definition.multiple.minAboveMax': 'Die Mindestzahl der Auswahlen ist größer als die Höchstzahl.',
  'console.definition.multiple.maxAboveChoices':
    'Die Höchstzahl der Auswahlen ist größer als die Zahl der angebotenen Antworten.',
  'console.definition.number.minAboveMax': 'Das Minimum ist größer als das Maximum.',
  'console.definition.country.unknown': '„{detail}“ ist weder ein Ländercode noch eine Ländergruppe.',
  'console.definition.consent.notOnFirstPage': 'Eine Einwilligungsfrage muss auf der ersten Seite stehen.',
  'console.definition.consent.conditional': 'Eine Einwilligungsfrage kann keine Bedingung haben.',
  'console.definition.choice.exclusiveOnlyInMultiple':
    'Nur eine Frage mit Mehrfachauswahl kann eine ausschließende Antwort („nichts davon“) haben.',
  'console.definition.choice.otherOnlyInChoice':
    'Nur eine Frage mit Einfach- oder Mehrfachauswahl kann bei „Sonstiges“ um eine Angabe bitten.',
  'console.definition.choice.duplicateCode': 'Der Code „{detail}“ kommt in einer Liste zweimal vor.',
  'console.definition.include.unknownKey':
    'Ein include-Eintrag nimmt nur include und relevant, nicht {detail}.',
  'console.definition.include.unknownModule': 'Es gibt kein Modul „{detail}“ zum Einbinden.',
  'console.definition.include.cycle': 'Die Module binden einander im Kreis ein: {detail}.',
  'console.definition.include.listConflict':
    'Eine Auswahlliste ist an zwei Stellen unterschiedlich definiert: {detail}.',
  'console.definition.timeZone.unknown': '„{detail}“ ist kein Name einer Zeitzone wie Europe/Berlin.',
  'console.definition.expr.unexpectedToken':
    'Der Ausdruck enthält „{detail}“ an einer Stelle, an der es nicht stehen kann (Zeichen {position}).',
  'console.definition.expr.unexpectedEnd':
    'Der Ausdruck endet, bevor er vollständig ist (Zeichen {position}).',
  'console.definition.expr.unterminatedString':
    'Der Text in Anführungszeichen, der bei Zeichen {position} beginnt, wird nicht geschlossen.',
  'console.definition.expr.badEscape':
    '„{detail}“ bei Zeichen {position} ist keine Escape-Sequenz, die die Ausdruckssprache kennt.',
  'console.definition.expr.badNumber': 'Die Zahl „{detail}“ bei Zeichen {position} ist zu groß.',
  'console.definition.expr.badReference':
    'Der Verweis bei Zeichen {position} wird nicht mit einer geschweiften Klammer geschlossen oder nennt keine gültige ID.',
  'console.definition.expr.bareIdentifier':
    '„{detail}“ bei Zeichen {position} ist weder ein Funktionsaufruf noch ein Verweis auf eine Antwort.',
  'console.definition.expr.unknownFunction': 'Es gibt keine Funktion „{detail}“ (bei Zeichen {position}).',
  'console.definition.expr.arity':
    'Die Funktion „{detail}“ bei Zeichen {position} erhält die falsche Zahl von Werten.',
  'console.definition.expr.tooLong': 'Der Ausdruck ist länger als {max} Zeichen.',
  'console.definition.expr.tooDeep':
    'Der Ausdruck verschachtelt Klammern, Funktionen und Operatoren zu tief (bei Zeichen {position}).',

  'console.publish.missing': '{language}: Der Text {key} ist nicht übersetzt.',
  'console.publish.outdated': '{language}: Der Text {key} wurde nach der Übersetzung geändert.',
  'console.publish.placeholders':
    '{language}: Der Text {key} hat nicht dieselben ${…}-Verweise wie der Ausgangstext.',
  'console.publish.notHarmonised': 'Die Variable {variable} wird im Fragebogen {other} anders erfragt.',

  'console.diff.title': 'Änderungen von {from} zu {to}',
  'console.diff.none': 'Es gibt keine Änderungen.',
  'console.diff.where': 'Wo',
  'console.diff.change': 'Änderung',
  'console.diff.before': 'Vorher',
  'console.diff.after': 'Nachher',
  'console.diff.added': 'Hinzugefügt',
  'console.diff.removed': 'Entfernt',
  'console.diff.changed': 'Geändert',
  'console.diff.moved': 'Verschoben',

  'console.preview.title': 'Vorschau: {language} ({source})',
  'console.preview.intro':
    'Jede Seite so, wie Befragte sie sehen, mit den Bedingungen, unter denen sie angezeigt oder ausgeblendet wird. Von hier aus kann nichts gesendet werden.',
  'console.preview.shownWhen': 'Angezeigt, wenn',
  'console.preview.calculated': 'Berechneter Wert {id}:',
  'console.preview.inGroup': 'wiederholt in {group}',
  'console.preview.invalid': 'Der Fragebogen hat Probleme; beheben Sie diese, um eine Vorschau zu sehen.',

  'console.translations.notWritable':
    'Der Entwurf hat Probleme, die eine XLSForm-Arbeitsmappe nicht aufnehmen kann; das Studienteam behebt sie. Laden Sie die Texte bis dahin als XLIFF oder als Tabelle herunter.',
  'console.translations.title': 'Sprachen',
  'console.translations.language': 'Sprache',
  'console.translations.complete': 'Vollständig',
  'console.translations.missing': 'Fehlend',
  'console.translations.outdated': 'Veraltet',
  'console.translations.preview': 'Vorschau',
  'console.translations.source': 'Ausgangstext ({language})',
  'console.translations.text': 'Übersetzung',
  'console.translations.state': 'Stand',
  'console.translations.key': 'Text',
  'console.translations.export': 'Texte zum Übersetzen herunterladen',
  'console.translations.import': 'Übersetzte Texte hochladen',
  'console.translations.importHint':
    'Eine XLIFF-Datei (1.2, 2.0 oder 2.1) oder die Tabelle, die Sie hier heruntergeladen haben, mit den eingetragenen Übersetzungen.',
  'console.translations.importSubmit': 'Übersetzung hochladen',
  'console.translations.report': 'Was das Hochladen geändert hat',
  'console.translations.changed': '{count} Texte geändert',
  'console.translations.unchanged': '{count} Texte unverändert',
  'console.translations.unknown': 'Nicht im Fragebogen enthalten, ignoriert: {keys}',
  'console.translations.mismatch':
    'Nicht übernommen, weil die ${…}-Verweise vom Ausgangstext abweichen: {keys}',
  'console.translations.wrongLanguage': 'Die Datei enthält Texte in der Sprache {found}, nicht {expected}.',
  'console.translations.unreadable': 'Die Datei konnte nicht gelesen werden: {detail}',
  'console.translations.badCell':
    'Zeile {row}, Spalte {column}: Die Zelle zeigt statt eines Textes den Fehler {error}.',
  'console.translations.noFormulaValue':
    'Zeile {row}, Spalte {column}: Die Zelle enthält eine Formel, die ohne ihr Ergebnis gespeichert wurde. Speichern Sie die Datei in einem Tabellenprogramm erneut, oder geben Sie den Text ein.',
  'console.translations.encoding': 'Die Datei ist weder UTF-8- noch UTF-16-Text.',
  'console.translations.doctype':
    'Zeile {line}: Die Datei deklariert einen DOCTYPE; eine XLIFF-Datei braucht keinen, und er wird nicht angenommen.',
  'console.translations.notXliff':
    'Die Datei ist kein XLIFF 1.2, 2.0 oder 2.1 ({detail}). Exportieren Sie eine dieser Versionen aus Ihrem Übersetzungsprogramm, oder füllen Sie eine hier heruntergeladene Datei aus.',
  'console.translations.notXml': 'Zeile {line}: Die Datei ist kein wohlgeformtes XML ({detail}).',
  'console.translations.xliffIssue':
    'Zeile {line}: Die XLIFF-Datei enthält etwas, das hier nicht gelesen werden kann ({detail}).',
  'console.translations.xmlLimit':
    'Die Datei ist größer oder tiefer verschachtelt, als eine XLIFF-Datei hier sein darf ({detail}).',
  'console.translations.noTargetLanguage':
    'Zeile {line}: Die Datei gibt nicht an, in welche Sprache sie übersetzt ist. Stellen Sie die Zielsprache in Ihrem Übersetzungsprogramm ein (target-language in XLIFF 1.2, trgLang in XLIFF 2) und exportieren Sie die Datei erneut.',
  'console.translations.inlineCode':
    'Zeile {line}: Die Datei enthält einen Formatierungscode (<{element}>), der sich nicht in reinen Text zurückverwandeln lässt. Entfernen Sie ihn aus dem Text oder exportieren Sie die Datei ohne Codes, und laden Sie sie erneut hoch.',
  'console.translations.sourceLanguage':
    'Dies ist die Ausgangssprache: Ihre Texte werden durch das Hochladen eines Entwurfs geändert.',
  'console.translations.state.complete': 'Vollständig',
  'console.translations.state.missing': 'Fehlend',
  'console.translations.state.outdated': 'Veraltet',

  'console.members.title': 'Mitglieder und Rollen',
  'console.members.role': 'Rolle',
  'console.members.languages': 'Sprachen (Übersetzer)',
  'console.members.languagesHint': 'Übersetzer können nur die Texte dieser Sprachen ändern.',
  'console.members.languagesMissing': 'Wählen Sie die Sprachen aus, an denen dieser Übersetzer arbeitet.',
  'console.members.actions': 'Aktionen',
  'console.members.remove': 'Entfernen',
  'console.members.pending': 'hat noch kein Passwort festgelegt',
  'console.members.everyStudy': 'in allen Studien',
  'console.members.add': 'Person hinzufügen oder Rolle ändern',
  'console.members.addHint':
    'Wer neu bei credmap ist, erhält ein Konto und einen Link, der 7 Tage gültig ist, um ein Passwort festzulegen. Geben Sie den Link selbst weiter, wenn kein E-Mail-Versand eingerichtet ist.',
  'console.members.addSubmit': 'Rolle speichern',
  'console.members.roleInvalid': 'Wählen Sie eine Rolle aus.',
  'console.members.linkCreated':
    'Senden Sie diesen Link an die Person, damit sie ein Passwort festlegen kann:',
  'console.members.lastOwner':
    'Eine Studie braucht mindestens einen Eigentümer: Geben Sie zuerst einer anderen Person die Rolle Eigentümer.',
  'console.members.mailSubject': 'Ihr credmap-Konto',
  'console.members.mailBody':
    'Guten Tag {name},\n\nSie haben eine Rolle in einer Studie auf credmap erhalten. Legen Sie hier Ihr Passwort fest (der Link funktioniert einmal und ist 7 Tage gültig):\n\n{url}\n',

  'console.distribution.title': 'Verbreitung',
  'console.distribution.openLinks': 'Offene Links',
  'console.distribution.openLinksHint':
    'Alle, die einen offenen Link haben, können antworten. Verwenden Sie die Links auf Webseiten, in Newslettern und, mit dem QR-Code, in Druckmaterialien.',
  'console.distribution.qr': 'QR-Code (SVG)',
  'console.distribution.invitations': 'Persönliche Einladungen',
  'console.distribution.contacts': 'Kontakte',
  'console.distribution.invited': 'Eingeladen',
  'console.distribution.unsubscribed': 'Abgemeldet',
  'console.distribution.sent': 'E-Mails gesendet',
  'console.distribution.failed': 'E-Mails fehlgeschlagen',
  'console.distribution.log': 'Protokoll der E-Mails ansehen',
  'console.distribution.reminders': 'Erinnerungen (Tage vor Schließung)',
  'console.distribution.remindersLabel': 'Erinnerungen für {questionnaire}, in Tagen vor der Schließung',
  'console.distribution.remindersSave': 'Speichern',
  'console.distribution.remindersHint':
    'Erinnerungen gehen an eingeladene Kontakte, die nicht abgeschlossen und sich nicht abgemeldet haben, z. B. „7, 1“: eine Woche und einen Tag vor der Schließung.',
  'console.distribution.remindersInvalid':
    'Geben Sie ganze Tage von 0 bis 90 ein, durch Kommas getrennt, höchstens 10.',
  'console.distribution.send': 'Einladungen senden',
  'console.distribution.closed': 'Der Fragebogen ist geschlossen: Es werden keine Einladungen gesendet.',
  'console.distribution.queued': 'Einladungen in der Warteschlange: {count}.',
  'console.distribution.noSmtp':
    'Es ist kein Mailserver konfiguriert (SMTP_URL): Die Einladungen bleiben in der Warteschlange, bis einer eingerichtet ist.',
  'console.distribution.upload': 'Kontakte hinzufügen',
  'console.distribution.uploadHint':
    'Eine CSV- oder XLSX-Datei mit den Spalten email, language, instrument und optional country. Kontaktdaten werden getrennt von den Antworten gespeichert und sind nie Teil von Ergebnissen oder Exporten.',
  'console.distribution.file': 'Kontaktliste',
  'console.distribution.imported': 'Kontakte hinzugefügt: {added}. Bereits in der Liste: {skipped}.',
  'console.distribution.issue': 'Zeile {row} {column}: {message}',
  'console.distribution.logTitle': 'E-Mails für {questionnaire}',
  'console.distribution.logEmpty': 'Es wurde noch keine E-Mail gesendet.',
  'console.distribution.kind': 'Art',
  'console.distribution.attempt': 'Versuch',
  'console.distribution.kind.invitation': 'Einladung',
  'console.distribution.kind.reminder': 'Erinnerung',
  'console.distribution.status.sent': 'Gesendet',
  'console.distribution.status.failed': 'Fehlgeschlagen',
  'console.distribution.status.refused': 'Adresse vom Mailserver abgelehnt; kein weiterer Versuch',
  'console.distribution.status.closed': 'Nicht gesendet: Der Fragebogen war geschlossen',
  'console.distribution.status.skipped': 'Nicht gesendet: abgeschlossen oder abgemeldet',
  'console.contacts.unreadable':
    'Die Datei ist keine CSV-Datei (UTF-8) und keine XLSX-Datei. Speichern Sie sie in einem Tabellenprogramm als „CSV UTF-8“ oder als Excel-Arbeitsmappe (.xlsx).',
  'console.contacts.tooLarge':
    'Die Datei ist zu groß zum Lesen: entpackt über {detail} oder breiter als eine Tabelle. Behalten Sie nur die Spalten email, language, instrument und country oder teilen Sie die Liste auf.',
  'console.contacts.empty': 'Die Liste enthält keine Kontakte.',
  'console.contacts.missingColumn': 'Die Spalte fehlt.',
  'console.contacts.duplicateColumn': 'Die Spalte kommt mehr als einmal vor; behalten Sie eine.',
  'console.contacts.tooMany': 'Die Liste enthält mehr als {detail} Kontakte; teilen Sie sie auf.',
  'console.contacts.badEmail': '„{detail}“ ist keine E-Mail-Adresse.',
  'console.contacts.badLanguage': 'Der Fragebogen wird nicht auf „{detail}“ angeboten.',
  'console.contacts.badInstrument': 'Die Studie hat keinen Fragebogen „{detail}“.',
  'console.contacts.badCountry': '„{detail}“ ist kein zweistelliger Ländercode.',
  'console.contacts.duplicate': 'Dieselbe Adresse für denselben Fragebogen steht bereits in Zeile {detail}.',

  'console.api.invalid': 'Die Anfrage ist nicht gültig: {problems}',
  'console.api.invalidMore': 'Die Anfrage ist nicht gültig: {problems}; und {more} weitere.',
  'console.api.notPublished': 'Der Entwurf kann noch nicht veröffentlicht werden: {problems}',
  'console.api.unstorable':
    'Der Text bei {path} enthält ein Zeichen, das nicht gespeichert werden kann: NUL (\\u0000) oder ein einzelnes Surrogat.',
  'console.api.tooDeep': 'Die Anfrage verschachtelt Arrays und Objekte mehr als {max} Ebenen tief.',
  'console.api.notJson':
    'Senden Sie den Inhalt als JSON in UTF-8, mit dem Header Content-Type: application/json.',
  'console.api.badJson': 'Der Inhalt ist kein gültiges JSON in UTF-8.',
  'console.api.methodNotAllowed': 'Diese Adresse nimmt {method} nicht an, nur {allowed}.',

  'console.audit.title': 'Protokoll',
  'console.audit.none': 'Es wurde noch nichts protokolliert.',
  'console.audit.when': 'Wann',
  'console.audit.who': 'Wer',
  'console.audit.what': 'Was',
  'console.audit.detail': 'Details',
  'console.audit.older': 'Ältere Einträge',

  // Fieldwork monitor (monitor.ts)
  'console.monitor.title': 'Monitor der Feldphase',
  'console.monitor.intro':
    'Antworten auf alle Versionen jedes Fragebogens. Tage und Uhrzeiten sind in der Zeitzone der Studie angegeben, {zone}.',
  'console.monitor.instruments': 'Antworten je Fragebogen',
  'console.monitor.instrument': 'Fragebogen',
  'console.monitor.started': 'Begonnen',
  'console.monitor.completed': 'Abgeschlossen',
  'console.monitor.partial': 'Unvollständig',
  'console.monitor.invited': 'Eingeladen',
  'console.monitor.responseRate': 'Rücklaufquote (abgeschlossen / eingeladen)',
  'console.monitor.completionRate': 'Abschlussquote (abgeschlossen / begonnen)',
  'console.monitor.median': 'Median der Bearbeitungsdauer',
  'console.monitor.minutes': '{minutes} Min.',
  'console.monitor.excluded': 'Ausgeschlossen',
  'console.monitor.closes': 'Schließt',
  'console.monitor.noClosing': 'Kein Schließungsdatum',
  'console.monitor.notYet': 'noch nicht',
  'console.monitor.noResponses': 'Noch keine Antworten.',
  'console.monitor.details': 'Kennzahlen und Datenqualität von {questionnaire}',

  'console.monitor.byGroup': 'Antworten nach Zielgruppe',
  'console.monitor.byCountry': 'Antworten nach Land',
  'console.monitor.byLanguage': 'Antworten nach Sprache',
  'console.monitor.cross': 'Antworten nach Zielgruppe, Land und Sprache',
  'console.monitor.targetGroup': 'Zielgruppe',
  'console.monitor.country': 'Land',
  'console.monitor.language': 'Sprache',
  'console.monitor.unknown': '(Noch) nicht beantwortet',
  'console.monitor.chartNote':
    'Balkendiagramm der abgeschlossenen Antworten; die Tabelle danach enthält dieselben Zahlen.',

  'console.monitor.dropOff': 'Wo unvollständige Antworten abgebrochen wurden',
  'console.monitor.dropOffIntro':
    'Jede nicht abgeschlossene Antwort wird bei der letzten gespeicherten Seite gezählt: Die Person hat auf der darauffolgenden Seite abgebrochen oder auf dieser Seite selbst, wenn sie sie mit einer noch offenen Frage gespeichert hat, um später weiterzumachen.',
  'console.monitor.page': 'Zuletzt gespeicherte Seite',
  'console.monitor.noPartial': 'Keine unvollständigen Antworten.',

  'console.monitor.perDay': 'Antworten pro Tag',
  'console.monitor.day': 'Tag',
  'console.monitor.closingMarker': 'Schließt am {date}',
  'console.monitor.closingNote': 'Die Feldphase endet am {date}.',
  'console.monitor.dayChartNote':
    'Säulendiagramm der abgeschlossenen Antworten pro Tag; eine gestrichelte Linie markiert das Schließungsdatum, wenn es im Diagramm liegt. Die Tabelle danach enthält dieselben Zahlen.',

  'console.monitor.flags': 'Auffälligkeiten der Datenqualität',
  'console.monitor.flagsIntro':
    'Abgeschlossene Antworten, die möglicherweise nicht echt sind, nur mit ihrem Bestätigungscode angezeigt. Eine Auffälligkeit ist ein Anlass zum Prüfen, kein Urteil: Schließen Sie eine Antwort nur dann von der Analyse aus, wenn Sie sicher sind, und begründen Sie es.',
  // „Speeder“ and „Straightlining“ are the terms German survey methodologists use (e.g. GESIS).
  'console.monitor.flag.speeder': 'Speeder',
  'console.monitor.flag.speederHint':
    'in weniger als einem Drittel des Medians der Bearbeitungsdauer abgeschlossen ({minutes} Min.)',
  'console.monitor.flag.straightlining': 'Straightlining',
  'console.monitor.flag.straightliningHint': 'jede Zeile einer Matrixfrage mit derselben Option beantwortet',
  'console.monitor.flag.duplicate': 'Duplikat',
  'console.monitor.flag.duplicateHint': 'dieselben Antworten wie eine zuvor abgeschlossene Antwort',
  // „Honeypot“ is the usual loanword among German web developers; the hint explains it.
  'console.monitor.flag.honeypot': 'Honeypot',
  'console.monitor.flag.honeypotHint': 'ein Formular kam mit dem Feld zurück, das nur Bots ausfüllen',
  'console.monitor.flagCount': 'Auffällige Antworten',
  'console.monitor.noFlags': 'Keine abgeschlossene Antwort ist auffällig.',
  'console.monitor.listLimited': 'Nur die ersten {count} werden aufgeführt.',
  'console.monitor.receipt': 'Bestätigungscode',
  'console.monitor.duration': 'Bearbeitungsdauer',
  'console.monitor.flagsColumn': 'Auffälligkeiten',
  'console.monitor.status': 'Status',
  'console.monitor.inAnalysis': 'In der Analyse',
  'console.monitor.excludedBecause': 'Ausgeschlossen: {reason}',
  'console.monitor.excludedBy': '{who}, {when}',
  'console.monitor.actions': 'Aktion',

  'console.monitor.reason': 'Grund',
  'console.monitor.reason.speeder': 'Speeder',
  'console.monitor.reason.straightlining': 'Straightlining',
  'console.monitor.reason.duplicate': 'Duplikat',
  'console.monitor.reason.honeypot': 'Honeypot',
  'console.monitor.reason.other': 'Anderer Grund',
  'console.monitor.note': 'Anmerkung (optional)',
  'console.monitor.exclude': 'Von der Analyse ausschließen',
  'console.monitor.include': 'Wieder in die Analyse aufnehmen',
  'console.monitor.saved.excluded': 'Die Antwort {receipt} ist von der Analyse ausgeschlossen.',
  'console.monitor.saved.included': 'Die Antwort {receipt} ist wieder in die Analyse aufgenommen.',
  'console.monitor.receiptUnknown':
    'Keine abgeschlossene Antwort dieses Fragebogens hat diesen Bestätigungscode.',
  'console.monitor.reasonInvalid': 'Wählen Sie einen Grund aus.',
  'console.monitor.noteTooLong': 'Die Anmerkung darf höchstens {max} Zeichen haben.',

  'console.monitor.live.note':
    'Wenn JavaScript aktiviert ist, werden die Zahlen der ersten Tabelle alle 30 Sekunden aktualisiert; die anderen Tabellen und die Diagramme beim Neuladen der Seite.',
  'console.monitor.live.pause': 'Aktualisierung anhalten',
  'console.monitor.live.resume': 'Aktualisierung fortsetzen',
  'console.monitor.live.updated': 'Zahlen aktualisiert um {time}.',
  'console.results.title': 'Ergebnisse',
  'console.results.intro':
    'Anzahl abgeschlossener Antworten, die nicht von der Auswertung ausgeschlossen sind. Zahlen, die auf weniger als {k} Befragten beruhen, werden nicht gezeigt, ebenso wenig Zahlen, aus denen sie sich errechnen ließen.',
  'console.results.allQuestionnaires': 'Alle Fragebögen (zusammengefasst)',
  'console.results.question': 'Frage',
  'console.results.by': 'Aufgeschlüsselt nach',
  'console.results.noGrouping': 'Keine Aufschlüsselung',
  'console.results.language': 'Sprache der Antwort',
  'console.results.show': 'Anzeigen',
  'console.results.answer': 'Antwort',
  'console.results.total': 'Insgesamt',
  'console.results.noAnswer': 'Keine Angabe',
  'console.results.dontKnow': 'Weiß nicht',
  'console.results.preferNot': 'Möchte ich nicht sagen',
  'console.results.base': 'Beantwortet (Basis der Prozentwerte)',
  'console.results.unitRespondents': 'Befragte',
  'console.results.unitItems': 'beschriebene Microcredentials, jedes einmal gezählt',
  'console.results.suppressed':
    'nicht gezeigt: zu wenige Befragte, oder es würde eine verborgene Zahl verraten',
  'console.results.mean': 'Mittelwert',
  'console.results.q1': 'Erstes Quartil',
  'console.results.median': 'Median',
  'console.results.q3': 'Drittes Quartil',
  'console.results.link': 'Ergebnisse',
  'console.results.public': 'Öffentliche Ergebnisseite',
  'console.results.notPublished': 'Die Ergebnisse sind nicht veröffentlicht.',
  'console.results.published': 'Veröffentlicht am {date} von {name}.',
  'console.results.publicLink': 'Öffentliche Seite öffnen',
  'console.results.releaseHint':
    'Berechnet und schützt jetzt jede Tabelle aus den bisher abgeschlossenen Antworten und zeigt sie in jeder Sprache auf der öffentlichen Seite. Spätere Antworten erscheinen erst mit der nächsten Veröffentlichung.',
  'console.results.release': 'Ergebnisse jetzt veröffentlichen',
  'console.results.withdraw': 'Ergebnisse zurückziehen',
  'console.results.textsNote':
    'Offene Antworten, wie geschrieben. Sie werden nie veröffentlicht; eine Gruppe mit weniger als {k} Antworten wird nicht gezeigt. Übernehmen Sie sie nicht in Berichte, ohne alles zu entfernen, woran jemand erkannt werden könnte.',
  'console.results.textsHidden': 'Zu wenige Antworten in dieser Gruppe, um sie zu zeigen.',
  'console.weights.title': 'Gewichtung',
  'console.weights.none': 'Die Antworten sind nicht gewichtet.',
  'console.weights.current':
    'Gewichte berechnet am {date} von {name} für {count} abgeschlossene Antworten. Später abgeschlossene Antworten haben kein Gewicht, bis die Gewichte neu berechnet werden.',
  'console.weights.margins': 'Verwendete Randverteilungen der Grundgesamtheit',
  'console.weights.hint':
    'Eine CSV-Datei mit den Spalten variable, category und total: eine Variable ist Poststratifizierung, mehrere werden per Raking angepasst. Verwendbare Variablen: {variables}.',
  'console.weights.upload': 'Randverteilungen der Grundgesamtheit (CSV)',
  'console.weights.compute': 'Gewichte berechnen',
  'console.weights.header': 'Die Datei braucht die Spalten variable, category und total.',
  'console.weights.unreadable':
    'Die Datei ist keine CSV-Datei in UTF-8. Speichern Sie sie in einem Tabellenprogramm als „CSV UTF-8“.',
  'console.weights.tooManyRows':
    'Die Datei hat mehr als {max} Zeilen; Randverteilungen haben eine Zeile je Kategorie.',
  'console.weights.missingValue': 'Zeile {row}, Spalte {column}: Die Zelle ist leer.',
  'console.weights.badTotal': 'Zeile {row}, Spalte total: „{value}“ ist keine Zahl größer als 0.',
  'console.weights.duplicate': 'Zeile {row}: {variable} = {category} steht schon in einer früheren Zeile.',
  'console.weights.unequalTotals':
    'Die Summen von {variable} ergeben {sum}, die von {first} {firstSum}: Jede Variable muss dieselbe Grundgesamtheit ergeben.',
  'console.weights.unknownVariable': 'Keine Variable dieser Studie: {variables}.',
  'console.weights.noRespondents': 'Es gibt keine abgeschlossenen Antworten zum Gewichten.',
  'console.weights.noValue': '{count} Antworten haben keinen Wert für {variable}.',
  'console.weights.emptyCategory':
    'Keine Antwort hat {variable} = {category}: diese Randverteilung ist nicht erreichbar.',
  'console.weights.unknownCategory':
    '{count} Antworten haben {variable} = {category}, das in den Randverteilungen fehlt.',
  'console.weights.link': 'Gewichtung',
  'console.exports.title': 'Forschungsexport',
  'console.exports.link': 'Forschungsexport',
  'console.exports.intro':
    'Ein Paket (.zip) mit den abgeschlossenen, nicht ausgeschlossenen Antworten: eine Datei mit einer Zeile je befragter Person, eine Datei mit einer Zeile je Eintrag jeder Wiederholungsgruppe (etwa jedes beschriebenen Microcredentials), ein Codebuch, Syntax, die die CSV-Dateien mit ihren Labels einliest, und eine README mit den Fragebogenversionen, Daten, Gewichten und dem, was weggelassen wurde. Kontaktdaten sind nie enthalten.',
  'console.exports.confidential':
    'Diese Dateien sind Mikrodaten ohne Geheimhaltungsschutz: Behandeln Sie sie vertraulich und löschen Sie sie, wenn Ihre Auswertung sie nicht mehr braucht. Jeder Download wird im Prüfprotokoll festgehalten.',
  'console.exports.language': 'Labels auf',
  'console.exports.formats': 'Datenformate neben CSV',
  'console.exports.download': 'Paket herunterladen',
  'console.exports.badLanguage': 'Wählen Sie eine der Sprachen der Studie.',
  'console.results.weighted': 'Gewichtete Prozentwerte mit 95-%-Konfidenzintervallen',
  'console.results.effectiveBase': 'Effektive Basis (Kish)',
  'console.results.unit': 'Antworten in Wiederholungsgruppen zählen',
  'console.results.unitHint':
    'Fragen, die zu jedem beschriebenen Microcredential (oder jedem Eintrag einer anderen Wiederholungsgruppe) gestellt werden, werden je Eintrag gezählt oder je befragter Person, die die Antwort mindestens einmal gab. Andere Fragen immer je Person.',
  'console.results.releasing':
    'Eine Veröffentlichung wird vorbereitet (angefordert am {date}); sie erscheint hier, sobald jede Tabelle geschützt ist.',
  'console.results.weightedMean': 'Gewichteter Mittelwert [95-%-Intervall]',
};
