import type { Messages } from './en.ts';

/** UI strings in German. */
export const de: Messages = {
  'layout.skipLink': 'Zum Hauptinhalt springen',
  'layout.languages': 'Sprache wählen',
  'layout.errorPrefix': 'Fehler:',
  'layout.footer.label': 'Service-Links',
  'layout.footer.privacy': 'Datenschutzerklärung',
  'layout.footer.contact': 'Kontakt',

  'home.title': 'Studien und Fragebögen',
  'home.intro': 'Wählen Sie eine Studie aus, um die zugehörigen Fragebögen zu sehen.',
  'home.empty': 'Derzeit ist keine Studie geöffnet.',

  'study.questionnaires': 'Fragebögen',
  'study.choose': 'Wählen Sie den Fragebogen, der am besten zu Ihnen passt.',
  'study.minutes': 'Etwa {minutes} Minuten',

  'landing.audience': 'Für wen ist dieser Fragebogen?',
  'landing.about': 'Worum es geht',
  'landing.time': 'Das Ausfüllen dauert etwa {minutes} Minuten.',
  'landing.closes': 'Sie können bis zum {date} teilnehmen.',
  'landing.confidential': 'Ihre Antworten sind vertraulich',
  'landing.saving':
    'Ihre Antworten werden nach jeder Seite gespeichert. Sie können unterbrechen und später mit einem Fortsetzungscode weitermachen, auch auf einem anderen Gerät. Sie müssen Ihren Namen nicht angeben.',
  'landing.start': 'Jetzt starten',
  'landing.continue': 'Dort weitermachen, wo Sie aufgehört haben',
  'landing.resume': 'Mit einem Fortsetzungscode weitermachen',
  'landing.completed': 'Sie haben diesen Fragebogen ausgefüllt. Ihr Bestätigungscode lautet {receipt}.',
  'landing.startAgain': 'Den Fragebogen erneut ausfüllen',
  'landing.privacy': 'Wie wir mit Ihren Antworten umgehen: Datenschutzerklärung',
  'landing.contact': 'Fragen? Schreiben Sie an {name}: {email}.',

  'status.notOpen.title': 'Dieser Fragebogen ist noch nicht geöffnet',
  'status.notOpen.body': 'Er wird am {date} geöffnet.',
  'status.closed.title': 'Dieser Fragebogen ist geschlossen',
  'status.closed.body': 'Er wurde am {date} geschlossen. Vielen Dank für Ihr Interesse.',
  'status.closed.bodyNoDate':
    'Es können keine Antworten mehr abgegeben werden. Vielen Dank für Ihr Interesse.',

  'page.progress': 'Seite {current} von etwa {total}',
  'page.continue': 'Weiter',
  'page.save': 'Speichern und später fortsetzen',
  'page.back': 'Zurück',
  'page.optional': '(optional)',
  'page.choose': 'Bitte auswählen',
  'page.other': 'Bitte angeben',
  'page.missing.dont_know': 'Weiß nicht',
  'page.missing.prefer_not_to_say': 'Keine Angabe',
  'page.or': 'oder',
  'page.multiple.hint': 'Wählen Sie alles Zutreffende aus.',
  'page.text.limit': 'Sie können bis zu {max} Zeichen eingeben.',
  'page.date.day': 'Tag',
  'page.date.month': 'Monat',
  'page.date.year': 'Jahr',
  'page.date.hint': 'Zum Beispiel 27 3 2024',
  'page.ranking.hint': 'Vergeben Sie für jede Option eine andere Zahl, von 1 (erster Rang) bis {count}.',
  'page.ranking.rank': 'Rang',
  'page.consent.yes': 'Ja, ich bin mit der Teilnahme einverstanden',
  'page.consent.no': 'Nein, ich möchte nicht teilnehmen',

  'errors.title': 'Es gibt ein Problem',

  'issue.required': 'Beantworten Sie diese Frage',
  'issue.choice.unknown': 'Wählen Sie eine der angezeigten Optionen',
  'issue.choice.tooFew': 'Wählen Sie mindestens {min} Optionen aus',
  'issue.choice.tooMany': 'Wählen Sie höchstens {max} Optionen aus',
  'issue.choice.exclusive': 'Diese Option kann nicht mit den anderen gewählten Optionen kombiniert werden',
  'issue.other.required': 'Geben Sie an, was Sie mit „Sonstiges“ meinen',
  'issue.text.tooLong': 'Geben Sie höchstens {max} Zeichen ein',
  'issue.text.invalid': 'Geben Sie die Antwort als Text ein',
  'issue.number.invalid': 'Geben Sie eine Zahl ein, zum Beispiel 12 oder 7,5',
  'issue.number.notInteger': 'Geben Sie eine ganze Zahl ein',
  'issue.number.min': 'Geben Sie eine Zahl von {min} oder mehr ein',
  'issue.number.max': 'Geben Sie eine Zahl von {max} oder weniger ein',
  'issue.date.invalid': 'Geben Sie ein gültiges Datum mit Tag, Monat und Jahr ein',
  'issue.date.min': 'Geben Sie ein Datum ab dem {min} ein',
  'issue.date.max': 'Geben Sie ein Datum bis zum {max} ein',
  'issue.country.unknown': 'Wählen Sie ein Land aus der Liste',
  'issue.ranking.incomplete': 'Geben Sie jeder Option eine Zahl von 1 bis {count}',
  'issue.ranking.duplicate': 'Geben Sie jeder Option eine andere Zahl',
  'issue.consent.required': 'Geben Sie an, ob Sie mit der Teilnahme einverstanden sind',
  'issue.constraint': 'Prüfen Sie diese Antwort',
  'issue.missing.withAnswer':
    'Geben Sie entweder eine Antwort oder wählen Sie eine der anderen Optionen, nicht beides',
  'issue.repeat.addAnother': 'Geben Sie an, ob Sie einen weiteren Eintrag hinzufügen möchten',
  'issue.repeat.min': 'Fügen Sie mindestens {min} hinzu',
  'issue.resume.empty': 'Geben Sie Ihren Fortsetzungscode ein',
  'issue.resume.unknown':
    'Zu diesem Code haben wir keine Antworten gefunden. Prüfen Sie den Code und versuchen Sie es erneut',
  'issue.email.invalid': 'Geben Sie eine E-Mail-Adresse ein, zum Beispiel name@example.org',

  'repeat.none': 'Sie haben noch nichts hinzugefügt.',
  'repeat.change': 'Ändern',
  'repeat.remove': 'Entfernen',
  'repeat.yes': 'Ja',
  'repeat.no': 'Nein',
  'repeat.max': 'Sie haben die Höchstzahl an Einträgen erreicht, die hier beschrieben werden können ({max}).',
  'repeat.item': 'Eintrag {n}',
  'repeat.remove.title': 'Möchten Sie „{item}“ entfernen?',
  'repeat.remove.confirm': 'Ja, entfernen',
  'repeat.remove.cancel': 'Nein, behalten',
  'repeat.gone.title': 'Dieser Eintrag wurde entfernt',
  'repeat.gone.body':
    'Er wurde in einem anderen Fenster oder Tab entfernt. Was Sie auf dieser Seite eingegeben haben, wurde daher nicht gespeichert.',
  'repeat.full.title': 'Es können keine weiteren Einträge hinzugefügt werden',
  'repeat.full.body':
    'In einem anderen Fenster oder Tab wurde bereits die Höchstzahl an Einträgen hinzugefügt, die hier beschrieben werden können ({max}). Was Sie auf dieser Seite eingegeben haben, wurde daher nicht gespeichert.',
  'repeat.toList': 'Zur Liste',

  'check.title': 'Prüfen Sie Ihre Antworten, bevor Sie sie absenden',
  'check.change': 'Ändern',
  'check.notAnswered': 'Nicht beantwortet',
  'check.send.title': 'Senden Sie jetzt Ihre Antworten',
  'check.send.body': 'Nach dem Absenden können Sie Ihre Antworten nicht mehr ändern.',
  'check.send': 'Antworten absenden',

  'done.title': 'Vielen Dank, Ihre Antworten wurden gesendet',
  'done.receipt': 'Ihr Bestätigungscode',
  'done.receiptHint':
    'Geben Sie ihn an, wenn Sie uns wegen Ihrer Antworten kontaktieren. Er lässt keine Rückschlüsse auf Ihre Person zu.',
  'done.next.title': 'Wie es weitergeht',
  'done.next.body':
    'Die Antworten werden zusammen mit denen aller anderen ausgewertet und nur zusammengefasst veröffentlicht, sodass keine Person und keine Organisation erkennbar ist.',

  'save.title': 'Ihre Antworten sind gespeichert',
  'save.code': 'Ihr Fortsetzungscode',
  'save.codeHint':
    'Notieren oder kopieren Sie den Code. Damit können Sie auf jedem Gerät weitermachen. Geben Sie ihn nicht weiter: Wer den Code hat, kann Ihre Antworten sehen.',
  'save.until': 'Sie können bis zum {date} weitermachen.',
  'save.email.title': 'Link per E-Mail an mich senden',
  'save.email.label': 'E-Mail-Adresse',
  'save.email.hint':
    'Wir verwenden sie nur, um Ihnen diesen Link zu senden. Sie wird weder mit Ihren Antworten noch anderswo gespeichert.',
  'save.email.send': 'Link senden',
  'save.email.sent':
    'Wir haben den Link gesendet. Falls er nicht ankommt, verwenden Sie den Fortsetzungscode.',
  'save.continue': 'Weiter ausfüllen',

  'resume.title': 'Mit Ihrem Fortsetzungscode weitermachen',
  'resume.hint': 'Der Code, den Sie beim Speichern erhalten haben, zum Beispiel ABCD-EFGH-JKMN-PQRS-TVWX.',
  'resume.submit': 'Weiter',

  'declined.title': 'Sie haben sich gegen eine Teilnahme entschieden',
  'declined.body':
    'Ihre Eingaben wurden nicht gespeichert. Wenn Sie es sich anders überlegen, können Sie neu beginnen.',
  'declined.again': 'Neu beginnen',

  'error.notFound.title': 'Seite nicht gefunden',
  'error.notFound.body': 'Prüfen Sie die Adresse oder beginnen Sie bei der Liste der Fragebögen.',
  'error.badRequest.title': 'Die gesendeten Daten konnten nicht gelesen werden',
  'error.badRequest.body':
    'Das gesendete Formular passt nicht zu dieser Seite. Gehen Sie zurück zur Seite und versuchen Sie es erneut.',
  'error.expired.title': 'Diese Seite ist abgelaufen',
  'error.expired.body':
    'Zu Ihrer Sicherheit können Formulare nur von der Seite gesendet werden, auf der sie angezeigt wurden. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.',
  'error.completed.title': 'Ihre Antworten wurden bereits gesendet',
  'error.completed.body': 'Gesendete Antworten können nicht mehr geändert werden.',
  'error.tooLarge.title': 'Es wurden zu viele Daten gesendet',
  'error.tooLarge.body': 'Eine Antwort ist länger als erlaubt. Kürzen Sie sie und versuchen Sie es erneut.',
  'error.tooMany.title': 'Zu viele Versuche',
  'error.tooMany.body': 'Warten Sie {minutes} Minuten und versuchen Sie es dann erneut.',
  'error.unavailable.title': 'Der Dienst ist vorübergehend nicht verfügbar',
  'error.unavailable.body':
    'Ihre gespeicherten Antworten sind sicher. Versuchen Sie es in ein paar Minuten erneut.',
  'error.server.title': 'Leider ist etwas schiefgegangen',
  'error.server.body':
    'Ihre Antworten bis zur zuletzt gespeicherten Seite bleiben erhalten. Versuchen Sie es in ein paar Minuten erneut.',
  'error.language.title': 'In dieser Sprache nicht verfügbar',
  'error.language.body': 'Wählen Sie eine dieser Sprachen:',
  'error.start': 'Zur Liste der Fragebögen',
  'error.start.register': 'Zum Register der Microcredentials',
  'error.start.verify': 'Zu „Einen digitalen Nachweis prüfen“',
  'error.notFound.bodyLink': 'Prüfen Sie die Adresse oder beginnen Sie über den Link unten neu.',

  'email.resume.subject': 'Ihr Link zum Fortsetzen: {title}',
  'email.resume.body':
    'Guten Tag,\n\nSie haben einen Link angefordert, um den Fragebogen „{title}“ fortzusetzen. Öffnen Sie ihn, um dort weiterzumachen, wo Sie aufgehört haben:\n\n{link}\n\n{deadline}Wer diesen Link hat, kann Ihre Antworten sehen. Geben Sie ihn deshalb nicht weiter.\n\nSie erhalten diese E-Mail einmalig, weil Sie diese Adresse eingegeben haben. Die Adresse wurde nicht gespeichert.',
  'email.resume.deadline': 'Sie können bis zum {date} weitermachen. ',

  'page.honeypot': 'Lassen Sie dieses Feld leer',
  'invitation.used.title': 'Diese Einladung wurde bereits verwendet',
  'invitation.used.body':
    'Der Fragebogen wurde mit diesem persönlichen Link bereits beantwortet. Vielen Dank für Ihre Teilnahme.',
  'invitation.invalid.title': 'Dieser Link funktioniert nicht',
  'invitation.invalid.body':
    'Der persönliche Link ist ungültig. Prüfen Sie, ob Sie ihn vollständig kopiert haben, oder beginnen Sie auf der Seite der Studie.',
  'unsubscribe.title': 'Keine E-Mails mehr zu diesem Fragebogen',
  'unsubscribe.body':
    'Wir senden keine Einladungen oder Erinnerungen zu diesem Fragebogen mehr an die Adresse, die diesen Link erhalten hat. Sie können mit Ihrem persönlichen Link weiterhin antworten.',
  'unsubscribe.submit': 'E-Mails abbestellen',
  'unsubscribe.done.title': 'Sie erhalten keine E-Mails mehr',
  'unsubscribe.done.body': 'Wir senden Ihnen keine Einladungen oder Erinnerungen zu diesem Fragebogen mehr.',
  'mail.invitation.subject': 'Einladung zu einem Fragebogen: {title}',
  'mail.invitation.body':
    'Guten Tag,\n\nwir laden Sie ein, den Fragebogen „{title}“ zu beantworten. Das dauert etwa {minutes} Minuten.{deadline}\n\n{organisation}\n\nIhr persönlicher Link (bitte nicht weitergeben):\n{link}\n\nIhre Antworten sind vertraulich und werden nur zusammengefasst veröffentlicht. Wie wir mit Ihren Daten umgehen: {privacy}\n\nKeine weiteren E-Mails zu diesem Fragebogen erhalten: {unsubscribe}\n',
  'mail.deadline': ' Sie können bis {closes} antworten.',
  'mail.reminder.subject': 'Erinnerung: {title}',
  'mail.reminder.body':
    'Guten Tag,\n\nwir möchten Sie an den Fragebogen „{title}“ erinnern. Das Ausfüllen dauert etwa {minutes} Minuten.{deadline} Wenn Sie bereits begonnen haben, machen Sie auf demselben Gerät oder mit Ihrem Fortsetzungscode weiter.\n\n{organisation}\n\nIhr persönlicher Link:\n{link}\n\nWie wir mit Ihren Daten umgehen: {privacy}\n\nKeine weiteren E-Mails zu diesem Fragebogen erhalten: {unsubscribe}\n',

  'erase.title': 'Ihre Antworten löschen',
  'erase.intro':
    'Geben Sie den Bestätigungscode ein, den Sie beim Absenden Ihrer Antworten erhalten haben. Ihre Antworten werden dann sofort und endgültig gelöscht und gehen in keine späteren Ergebnisse ein.',
  'erase.receipt': 'Bestätigungscode',
  'erase.receiptHint': 'Acht Buchstaben und Ziffern, zum Beispiel K7M2-9QXD.',
  'erase.submit': 'Meine Antworten löschen',
  'erase.empty': 'Geben Sie den Bestätigungscode von der Dankesseite ein.',
  'erase.notFound':
    'In dieser Studie wurden keine Antworten mit diesem Bestätigungscode gefunden. Prüfen Sie den Code und versuchen Sie es erneut.',
  'erase.done.title': 'Ihre Antworten wurden gelöscht',
  'erase.done.body': 'Von Ihren Antworten wird nichts aufbewahrt.',
  'home.verify': 'Einen digitalen Nachweis prüfen (Open Badges oder Europass)',
  'verify.title': 'Einen digitalen Nachweis prüfen',
  'verify.intro':
    'Prüfen Sie, ob ein Open-Badges-3.0-Nachweis oder ein digitaler Europass-Nachweis unverändert ist, wer ihn signiert oder versiegelt hat und ob er an einem bestimmten Datum gültig war. Nichts, was Sie einfügen oder hochladen, wird gespeichert.',
  'verify.text.label': 'Nachweis einfügen',
  'verify.text.hint':
    'Der Nachweis als JSON oder als signiertes Token (ein kompaktes JWS: drei durch Punkte getrennte Teile).',
  'verify.file.label': 'Oder die Nachweisdatei hochladen',
  'verify.file.hint': 'Eine .json-, .jsonld-, .jwt- oder .txt-Datei mit höchstens {megabytes} MB.',
  'verify.date.label': 'Prüfdatum',
  'verify.date.hint':
    'Der Nachweis wird so geprüft, wie er an diesem Tag stand: heute, sofern Sie kein anderes Datum wählen. Ein Europass-Siegel bleibt echt, auch wenn sein Zertifikat später abläuft. Wählen Sie für einen älteren Nachweis daher ein Datum, an dem das Zertifikat noch gültig war, etwa den Ausstellungstag.',
  'verify.submit': 'Nachweis prüfen',
  'verify.another': 'Einen weiteren Nachweis prüfen',
  'verify.error.empty': 'Fügen Sie einen Nachweis ein oder wählen Sie eine Datei',
  'verify.error.both': 'Fügen Sie einen Nachweis ein oder wählen Sie eine Datei, nicht beides',
  'verify.error.notUtf8':
    'Die Datei konnte nicht als Text gelesen werden. Wählen Sie die Nachweisdatei so, wie Sie sie erhalten haben (JSON oder signiertes Token, in UTF-8).',
  'verify.error.emptyFile': 'Die gewählte Datei ist leer',
  'verify.error.date':
    'Geben Sie als Prüfdatum ein gültiges Datum ein, zum Beispiel 2024-01-31, und fügen Sie den Nachweis erneut ein oder wählen Sie ihn erneut',
  'verify.tooLarge.title': 'Die Datei ist zu groß',
  'verify.tooLarge.body':
    'Ein zu prüfender Nachweis darf höchstens {megabytes} MB groß sein. Prüfen Sie, ob Sie den Nachweis selbst gewählt haben, gehen Sie dann zurück und versuchen Sie es erneut.',
  'verify.result.title': 'Ergebnis der Prüfung',
  'verify.verdict.valid': 'Gültig',
  'verify.verdict.validBody': 'Alle Prüfungen, die für diesen Nachweis gelten, waren erfolgreich.',
  'verify.verdict.invalid': 'Nicht gültig',
  'verify.verdict.invalidBody':
    'Mindestens eine Prüfung ist fehlgeschlagen. Verlassen Sie sich nicht auf diesen Nachweis; die Prüfungen unten nennen den Grund.',
  'verify.verdict.unknown': 'Konnte nicht vollständig geprüft werden',
  'verify.verdict.unknownBody':
    'Keine Prüfung ist fehlgeschlagen, aber einige konnten hier nicht vorgenommen werden. Die Gültigkeit des Nachweises ist nicht belegt; die Prüfungen unten nennen, was fehlt.',
  'verify.facts.heading': 'Über den Nachweis',
  'verify.facts.format': 'Format',
  'verify.facts.title': 'Titel',
  'verify.facts.achievement': 'Lernergebnis',
  'verify.facts.issuer': 'Ausgestellt von',
  'verify.facts.issued': 'Ausgestellt am',
  'verify.facts.validFrom': 'Gültig ab',
  'verify.facts.validUntil': 'Gültig bis',
  'verify.facts.note':
    'Personenbezogene Daten der lernenden Person (Name, Kontaktdaten, Geburtsdatum, Kennungen) werden nicht angezeigt.',
  'verify.format.openBadges': 'Open Badges 3.0',
  'verify.format.europass': 'Digitaler Europass-Nachweis (European Learning Model 3)',
  'verify.format.unknown': 'Nicht erkannt',
  'verify.checks.heading': 'Prüfungen',
  'verify.checks.at': 'Geprüft mit Stand {date}.',
  'verify.checks.check': 'Prüfung',
  'verify.checks.result': 'Ergebnis',
  'verify.checks.meaning': 'Was es bedeutet',
  'verify.check.format': 'Format',
  'verify.check.schema': 'Pflichtangaben',
  'verify.check.signature': 'Signatur oder Siegel',
  'verify.check.certificate': 'Siegelzertifikat',
  'verify.check.issuer': 'Aussteller',
  'verify.check.validity': 'Gültigkeitszeitraum',
  'verify.check.status': 'Widerruf',
  'verify.check.unknown': 'Weitere Prüfung',
  'verify.status.ok': 'Bestanden',
  'verify.status.failed': 'Fehlgeschlagen',
  'verify.status.unknown': 'Nicht prüfbar',
  'verify.status.skipped': 'Entfällt',
  'verify.details': 'Technische Angaben',
  'verify.proves.heading': 'Was dies belegt und was nicht',
  'verify.proves.seal':
    'Eine bestandene Signatur- oder Siegelprüfung zeigt, dass der Nachweis seit der Signatur nicht verändert wurde und mit welchem Schlüssel oder Zertifikat er signiert wurde.',
  'verify.proves.not':
    'Sie zeigt nicht, dass das Lernen stattgefunden hat, dass die Person, die Ihnen den Nachweis gegeben hat, die lernende Person ist, oder dass die vergebende Stelle akkreditiert oder anerkannt ist.',
  'verify.proves.offline':
    'Die Prüfung erfolgt hier, ohne Internetzugriff: Widerrufslisten, Schlüssel der Aussteller und Vertrauenslisten werden nicht abgerufen. Was diese braucht, wird als „nicht prüfbar“ angezeigt, nie als bestanden. Wenn es darauf ankommt, fragen Sie beim Aussteller nach.',
  'verify.proves.timestamps':
    'Zeitstempel in einem Europass-Siegel werden nicht geprüft: Das Zertifikat wird zum gewählten Prüfdatum beurteilt, nicht zu einem nachgewiesenen Zeitpunkt der Versiegelung.',
  'verify.proves.stored': 'Von dem geprüften Nachweis wird nichts gespeichert oder aufgezeichnet.',
  'verify.code.format.openBadges3': 'Die Datei ist ein Open-Badges-3.0-Nachweis.',
  'verify.code.format.elm3': 'Die Datei ist ein digitaler Europass-Nachweis.',
  'verify.code.format.preReleaseContext':
    'Der Nachweis folgt einem Entwurf von Open Badges 3.0 aus der Zeit vor der endgültigen Fassung und kann daher nicht vollständig geprüft werden.',
  'verify.code.format.unreadable':
    'Der Text konnte nicht als Nachweis gelesen werden: Er ist weder JSON noch ein signiertes Token.',
  'verify.code.format.payloadNotJson': 'Die versiegelte Datei enthält keinen Nachweis im JSON-Format.',
  'verify.code.format.tooLarge': 'Der Nachweis ist größer, als diese Seite prüfen kann.',
  'verify.code.format.notCredential':
    'Die Datei ist lesbar, aber kein Open-Badges-3.0- oder Europass-Nachweis.',
  'verify.code.error':
    'Ein unerwartetes Problem hat diese Prüfung abgebrochen; sie konnte nicht vorgenommen werden.',
  'verify.code.notRun': 'Nicht geprüft, weil die Datei nicht als Nachweis gelesen werden konnte.',
  'verify.code.schema.ok': 'Der Nachweis enthält alle Angaben, die sein Standard verlangt.',
  'verify.code.schema.failed':
    'Angaben, die der Standard verlangt, fehlen oder haben nicht die richtige Form.',
  'verify.code.signature.ok':
    'Die Signatur oder das Siegel passt zum Inhalt: Der Nachweis wurde seit der Signatur nicht verändert.',
  'verify.code.signature.bad':
    'Die Signatur passt nicht zum Inhalt: Der Nachweis wurde nach der Signatur verändert, oder die Signatur ist nicht echt.',
  'verify.code.signature.undefinedTerms':
    'Der Nachweis enthält Daten, die sein Vokabular nicht definiert; die Signatur würde sie nicht abdecken.',
  'verify.code.signature.none':
    'Der Nachweis ist weder signiert noch versiegelt; nichts zeigt, wer ihn ausgestellt hat oder dass er unverändert ist.',
  'verify.code.signature.keyUnavailable':
    'Der Schlüssel zur Prüfung der Signatur ist ohne Internetzugriff nicht erhältlich.',
  'verify.code.signature.unsupported':
    'Die Signatur verwendet ein Verfahren, das diese Seite nicht prüfen kann.',
  'verify.code.signature.wrongPurpose':
    'Die Signatur wurde nicht für das Ausstellen von Nachweisen erstellt.',
  'verify.code.signature.malformed':
    'Die Signatur ist unvollständig oder nicht so erstellt, wie der Standard es verlangt.',
  'verify.code.signature.claims':
    'Das signierte Token und der darin enthaltene Nachweis stimmen nicht überein (Aussteller, Kennung, Inhaber oder Daten).',
  'verify.code.signature.certificate':
    'Das Zertifikat des Siegels fehlt, ist unlesbar oder nicht das, welches das Siegel nennt.',
  'verify.code.signature.noCertificate':
    'Das Siegel enthält kein Zertifikat und kann hier daher nicht geprüft werden.',
  'verify.code.context.notBundled':
    'Der Nachweis verweist auf ein Vokabular, das ohne Internetzugriff nicht verfügbar ist; seine Signatur konnte daher nicht geprüft werden.',
  'verify.code.certificate.valid': 'Das Siegelzertifikat war am Prüfdatum gültig.',
  'verify.code.certificate.expired':
    'Das Siegelzertifikat war am Prüfdatum abgelaufen. Wurde der Nachweis früher versiegelt, wählen Sie ein Prüfdatum, an dem das Zertifikat noch gültig war.',
  'verify.code.certificate.notYetValid': 'Das Siegelzertifikat war am Prüfdatum noch nicht gültig.',
  'verify.code.certificate.keyUsage':
    'Das Siegelzertifikat darf nicht für Siegel oder Signaturen verwendet werden.',
  'verify.code.certificate.chainTrusted':
    'Das Siegelzertifikat führt zu einer vertrauenswürdigen Zertifizierungsstelle.',
  'verify.code.certificate.noTrustAnchor':
    'Ob die Zertifizierungsstelle vertrauenswürdig ist, kann hier nicht bestätigt werden: Es wird keine EU-Vertrauensliste abgefragt.',
  'verify.code.certificate.chainBroken':
    'Die Zertifikatskette ist unterbrochen: Ein ausstellendes Zertifikat fehlt, ist keine Zertifizierungsstelle oder war nicht gültig.',
  'verify.code.certificate.notRevoked':
    'Die Sperrinformationen im Siegel zeigen, dass das Zertifikat nicht widerrufen war.',
  'verify.code.certificate.revocationUnknown':
    'Ob das Zertifikat widerrufen war, kann nicht bestätigt werden: Die Sperrinformationen im Siegel fehlen oder sind für das Prüfdatum nicht aktuell.',
  'verify.code.certificate.revoked': 'Das Siegelzertifikat wurde widerrufen.',
  'verify.code.certificate.none': 'Es gibt kein Siegel und daher kein Zertifikat zu prüfen.',
  'verify.code.issuer.ok':
    'Der Schlüssel oder das Zertifikat, mit dem signiert wurde, gehört dem im Nachweis genannten Aussteller.',
  'verify.code.issuer.unconfirmed':
    'Hier konnte nicht bestätigt werden, dass der Signaturschlüssel dem im Nachweis genannten Aussteller gehört.',
  'verify.code.issuer.noVerifiedKey': 'Dies kann ohne bestandene Signaturprüfung nicht geprüft werden.',
  'verify.code.issuer.missing': 'Der Nachweis nennt keinen Aussteller.',
  'verify.code.issuer.mismatch':
    'Das Siegel gehört einer anderen Organisation als dem im Nachweis genannten Aussteller.',
  'verify.code.issuer.partialMatch':
    'Die siegelnde Organisation stimmt nur teilweise mit dem im Nachweis genannten Aussteller überein.',
  'verify.code.issuer.noIdentifier':
    'Dem Nachweis oder dem Siegelzertifikat fehlt die Organisationskennung, die für den Vergleich nötig ist.',
  'verify.code.issuer.noSeal':
    'Es gibt kein Siegel und daher keine siegelnde Organisation, die mit dem Aussteller verglichen werden könnte.',
  'verify.code.validity.ok': 'Der Nachweis war am Prüfdatum gültig.',
  'verify.code.validity.expired': 'Der Nachweis war am Prüfdatum abgelaufen.',
  'verify.code.validity.notYetValid': 'Der Nachweis war am Prüfdatum noch nicht gültig.',
  'verify.code.validity.badDate': 'Ein Datum im Nachweis ist nicht als gültiges Datum geschrieben.',
  'verify.code.validity.noDates':
    'Der Nachweis enthält keine Daten, nach denen seine Gültigkeit beurteilt werden könnte.',
  'verify.code.validity.noValidationTime':
    'Es wurde kein Prüfdatum angegeben; die Daten konnten nicht beurteilt werden.',
  'verify.code.status.current':
    'Die Statusliste des Ausstellers zeigt, dass der Nachweis weder widerrufen noch ausgesetzt ist.',
  'verify.code.status.revoked': 'Der Aussteller hat den Nachweis widerrufen.',
  'verify.code.status.suspended': 'Der Aussteller hat den Nachweis ausgesetzt.',
  'verify.code.status.none': 'Der Nachweis hat keinen Widerrufsstatus, der geprüft werden könnte.',
  'verify.code.status.listUnreachable':
    'Der Aussteller veröffentlicht den Widerrufsstatus online; diese Seite ruft ihn nicht ab, daher ist unbekannt, ob der Nachweis widerrufen wurde.',
  'verify.code.status.listProblem':
    'Die Statusliste des Ausstellers konnte nicht gelesen werden oder ist nicht vertrauenswürdig.',
  'verify.code.status.malformedEntry': 'Die Statusangaben des Nachweises sind fehlerhaft.',
  'verify.code.status.listIssuerMismatch':
    'Die Statusliste, auf die der Nachweis verweist, hat nicht der Aussteller des Nachweises ausgestellt, sondern jemand anderes; sie kann daher nicht zeigen, ob der Nachweis widerrufen wurde.',
  'verify.code.status.unsupportedType':
    'Der Nachweis verwendet ein Statusverfahren, das diese Seite nicht prüfen kann.',
  'verify.fallback.ok': 'Diese Prüfung war erfolgreich.',
  'verify.fallback.failed': 'Diese Prüfung ist fehlgeschlagen.',
  'verify.fallback.unknown': 'Diese Prüfung konnte hier nicht vorgenommen werden.',
  'verify.fallback.skipped': 'Diese Prüfung gilt für diesen Nachweis nicht.',
  'verify.annex.heading': 'Mit den EU-Standardelementen beschrieben?',
  'verify.annex.about':
    'Hier geht es darum, wie der Nachweis das Microcredential nach den europäischen Standardelementen aus Anhang I der Empfehlung des Rates vom 16. Juni 2022 zu Microcredentials beschreibt, nicht darum, ob der Nachweis echt ist.',
  'verify.annex.score': '{present} von {total} Pflichtelementen vorhanden',
  'verify.annex.number': 'Nr.',
  'verify.annex.element': 'Element',
  'verify.annex.kind': 'Pflicht oder optional',
  'verify.annex.result': 'Status',
  'verify.annex.mandatory': 'Pflicht',
  'verify.annex.optional': 'Optional',
  'verify.annex.status.present': 'Vorhanden',
  'verify.annex.status.missing': 'Fehlt',
  'verify.annex.status.vague': 'Unklar',
  'verify.annex.status.notApplicable': 'Entfällt',
  'verify.annex.element.learner': 'Identifizierung der Lernenden',
  'verify.annex.element.title': 'Bezeichnung des Microcredentials',
  'verify.annex.element.issuerCountry': 'Land/Länder/Region(en) des Ausstellers',
  'verify.annex.element.awardingBody': 'Vergabestelle(n)',
  'verify.annex.element.dateOfIssuing': 'Ausstellungsdatum',
  'verify.annex.element.learningOutcomes': 'Lernergebnisse',
  'verify.annex.element.workload': 'Nomineller Arbeitsaufwand zum Erreichen der Lernergebnisse',
  'verify.annex.element.level':
    'Niveau (und gegebenenfalls Zyklus) der Lernerfahrung, die zum Microcredential führt (EQR, QR-EHR), falls zutreffend',
  'verify.annex.element.assessmentType': 'Art der Bewertung',
  'verify.annex.element.participationForm': 'Form der Teilnahme an der Lernaktivität',
  'verify.annex.element.qualityAssurance': 'Art der Qualitätssicherung, auf der das Microcredential beruht',
  'verify.annex.element.prerequisites': 'Voraussetzungen für die Anmeldung zur Lernaktivität',
  'verify.annex.element.supervision': 'Aufsicht und Identitätsprüfung während der Bewertung',
  'verify.annex.element.grade': 'Erzielte Note',
  'verify.annex.element.stackability': 'Integrations-/Kombinationsmöglichkeiten',
  'verify.annex.element.furtherInformation': 'Weitere Informationen',
  'verify.annex.reason.absent': 'Der Nachweis enthält dieses Element nicht.',
  'verify.annex.reason.invalid':
    'Der Nachweis enthält dieses Element in einer Form, die nicht gelesen werden konnte.',
  'verify.annex.reason.noAssessment':
    'Laut Nachweis gibt es keine Bewertung, doch die Lernergebnisse eines Microcredentials werden bewertet.',
  'verify.annex.reason.noQualityAssurance':
    'Laut Nachweis gibt es keine Qualitätssicherung, doch Microcredentials beruhen auf Qualitätssicherung.',
  'verify.annex.reason.learner':
    'Diese Seite zeigt keine personenbezogenen Daten der Lernenden, daher wird dieses Element hier nicht bewertet.',
  'verify.annex.reason.notIssued': 'Dieses Element gilt nur für einen ausgestellten Nachweis.',
  'verify.annex.reason.noLevel': 'Laut Nachweis hat das Lernen kein Niveau in einem Qualifikationsrahmen.',
  'verify.annex.reason.outcomesTooShort':
    'Die Lernergebnisse sind zu knapp, um zu sagen, was jemand weiß und kann, und verweisen auf keine ESCO-Fertigkeit.',
  'verify.annex.reason.outcomesNotVerbLed':
    'Die Lernergebnisse sind nicht als das formuliert, was die Lernenden können (keines beginnt mit einem Handlungsverb).',
  'verify.annex.reason.noEctsOrHours':
    'Der Arbeitsaufwand ist in Punkten eines anderen oder ungenannten Systems angegeben, nicht in ECTS oder Stunden.',
  'verify.annex.reason.nqfWithoutEqf':
    'Nur ein nationales Niveau ist angegeben, nicht das Niveau des Europäischen Qualifikationsrahmens (EQR).',
  'verify.annex.reason.assessmentFreeTextOnly':
    'Die Bewertung ist in Worten beschrieben, ihre Art ist aber nicht angegeben.',
  'verify.annex.reason.otherWithoutDescription': 'Die Art der Bewertung ist „sonstige“, ohne Beschreibung.',
  'verify.annex.reason.qaFreeTextOnly': 'Qualitätssicherung wird erwähnt, ihre Art ist aber nicht angegeben.',
  'done.erase': 'Es sich anders überlegt? Löschen Sie Ihre Antworten mit Ihrem Bestätigungscode',
  'privacy.erase': 'Ihre Antworten selbst mit Ihrem Bestätigungscode löschen',
  'privacy.contacts':
    'Wenn Sie per E-Mail eingeladen wurden, werden Ihre Adresse, Sprache und Ihr Land getrennt von Ihren Antworten gespeichert, nur für die Einladung und Erinnerungen verwendet und {days} Tage nach dem Schließen des Fragebogens gelöscht. Sobald Sie Ihre Antworten absenden, wird die Verbindung zwischen Ihrer Adresse und Ihren Antworten entfernt.',

  'results.title': 'Ergebnisse',
  'results.intro':
    'Antworten der bis {date} ausgefüllten Fragebögen, zusammen gezählt. Damit jede Antwort vertraulich bleibt, wird keine Zahl gezeigt, die auf weniger als {k} Personen beruht, und auch keine, aus der sich eine solche errechnen ließe.',
  'results.by': 'Aufschlüsseln nach',
  'results.byNone': 'Keine Aufschlüsselung',
  'results.byTargetGroup': 'Gruppe der Befragten',
  'results.byLanguage': 'Sprache der Antworten',
  'results.show': 'Anzeigen',
  'results.answer': 'Antwort',
  'results.total': 'Alle',
  'results.noAnswer': 'Keine Angabe',
  'results.base': 'Beantwortet (Basis der Prozentwerte)',
  'results.unitRespondents': 'Anzahl Personen',
  'results.unitItems': 'Anzahl beschriebener Microcredentials',
  'results.suppressed': 'nicht gezeigt, damit die Antworten vertraulich bleiben',
  'results.csv': 'Diese Tabellen herunterladen (CSV)',
  'results.mean': 'Mittelwert',
  'results.q1': 'Erstes Quartil',
  'results.median': 'Median',
  'results.q3': 'Drittes Quartil',
  'results.byCountry': 'Land',
  'results.filter': 'Nur eine Gruppe anzeigen',
  'results.filterHint':
    'Eine Gruppe kann nur dann einzeln angezeigt werden, wenn sowohl die Gruppe als auch die übrigen Befragten groß genug sind.',
  'results.filterAll': 'Alle Befragten',
  'results.titleFiltered': 'Ergebnisse für eine Gruppe: {group} ({grouping})',
  'results.refused.title': 'Diese Gruppe kann nicht einzeln angezeigt werden',
  'results.refused.body':
    'Ergebnisse werden nur dann für eine einzelne Gruppe gezeigt, wenn die Gruppe und die übrigen Befragten beide so groß sind, dass niemand erkannt werden kann. Wählen Sie eine der Gruppen, die auf der Ergebnisseite angeboten werden.',
  'results.refused.back': 'Zurück zu den Ergebnissen',
  'study.results': 'Ergebnisse der Studie',

  'results.chartDescription': 'Prozentanteile aller, die geantwortet haben, wie in der Tabelle darunter.',
  'results.chartHidden': 'Nicht gezeigte Antworten, damit die Antworten vertraulich bleiben: {count}.',

  'privacy.title': 'Spezifische Datenschutzerklärung',
  'privacy.updated': 'Zuletzt aktualisiert: {date}',
  'privacy.operation': 'Verarbeitungsvorgang: {operation}',
  'privacy.reference': 'Aktenzeichen im Verzeichnis: {reference}',
  'privacy.introduction.heading': 'Einleitung',
  'privacy.introduction.body':
    '{controller} ist für diese Studie und für Ihre personenbezogenen Daten darin verantwortlich (der Verantwortliche). Wie Artikel 15 der Verordnung (EU) 2018/1725 es verlangt, erfahren Sie hier, welche Daten wir erheben, warum, wie lange wir sie speichern und welche Rechte Sie haben.',
  'privacy.purpose.heading': 'Warum und wie wir Ihre Daten verarbeiten',
  'privacy.purpose.default':
    'Wir erheben Ihre Antworten auf die Fragebögen der Studie „{study}“, um das Thema der Studie zu verstehen und ihre Ergebnisse zu veröffentlichen. Die Antworten werden nur zusammengefasst ausgewertet und veröffentlicht, in Gruppen, die so groß sind, dass niemand erkannt werden kann. Sie werden für keinen anderen Zweck verwendet.',
  'privacy.legalBasis.heading': 'Auf welcher Rechtsgrundlage',
  'privacy.legalBasis.default':
    'Wir verarbeiten Ihre Antworten zur Wahrnehmung einer Aufgabe im öffentlichen Interesse (Artikel 5 Absatz 1 Buchstabe a der Verordnung (EU) 2018/1725) und mit Ihrer Einwilligung zur Teilnahme (Artikel 5 Absatz 1 Buchstabe d), die Sie auf der ersten Seite des Fragebogens geben. Sie können Ihre Einwilligung jederzeit widerrufen; was vorher geschehen ist, bleibt davon unberührt.',
  'privacy.dataCollected.heading': 'Welche Daten wir erheben',
  'privacy.dataCollected.default':
    'Ihre Antworten; die Sprache, in der Sie geantwortet haben; wann Sie begonnen und abgeschlossen haben und wie lange jede Seite gedauert hat. Wir fragen nicht nach Ihrem Namen und erfassen weder Ihre IP-Adresse noch Ihren Browser. Wenn Sie sich einen Link zum späteren Weitermachen per E-Mail schicken lassen, wird Ihre Adresse einmal zum Versand verwendet und nicht gespeichert. Bitte schreiben Sie in offene Antworten nichts, woran man Sie oder andere erkennen könnte.',
  'privacy.retention.heading': 'Wie lange wir Ihre Daten speichern',
  'privacy.retention.default':
    'Wir speichern Ihre Antworten {months} Monate lang nach dem Ende der Studie. Danach löschen wir sie oder behalten nur Daten, aus denen niemand erkannt werden kann.',
  'privacy.security.heading': 'Wie wir Ihre Daten schützen',
  'privacy.security.default':
    'Antworten werden nur über verschlüsselte Verbindungen übertragen und getrennt von etwaigen Kontaktdaten auf Servern in der Europäischen Union gespeichert. Nur das Studienteam kann sie einsehen, jede Person mit einem eigenen Konto.',
  'privacy.recipients.heading': 'Wer Ihre Daten einsehen kann',
  'privacy.recipients.default':
    'Nur das Studienteam von {controller}. Veröffentlichte Ergebnisse enthalten nur zusammengefasste Zahlen. Stellen, die nach EU-Recht für Prüfung und Aufsicht zuständig sind, wie der Europäische Datenschutzbeauftragte, können Zugang erhalten, wenn das Gesetz es verlangt.',
  'privacy.processors': 'In unserem Auftrag und auf Grundlage eines Vertrags: {processors}',
  'privacy.transfers.heading': 'Übermittlung außerhalb der Europäischen Union',
  'privacy.transfers.default':
    'Ihre Daten werden weder an Länder außerhalb der Europäischen Union und des Europäischen Wirtschaftsraums noch an internationale Organisationen übermittelt.',
  'privacy.rights.heading': 'Ihre Rechte und wie Sie sie ausüben',
  'privacy.rights.default':
    'Sie haben das Recht auf Auskunft über Ihre Daten, auf Berichtigung oder Löschung, auf Einschränkung der Verarbeitung, auf Widerspruch dagegen und auf Datenübertragbarkeit sowie das Recht, Ihre Einwilligung jederzeit zu widerrufen. Schreiben Sie an {email} und nennen Sie den Bestätigungscode, den Sie am Ende des Fragebogens erhalten haben, damit wir Ihre Antworten finden, ohne zu wissen, wer Sie sind. Wir antworten innerhalb eines Monats.',
  'privacy.voluntary.heading': 'Müssen Sie antworten?',
  'privacy.voluntary.default':
    'Nein. Die Teilnahme ist freiwillig. Sie können jede Frage überspringen, die keine Pflichtfrage ist, und jederzeit aufhören. Wenn Sie nicht teilnehmen, hat das für Sie keine Folgen.',
  'privacy.automatedDecisions.heading': 'Automatisierte Entscheidungen',
  'privacy.automatedDecisions.default':
    'Es werden keine automatisierten Entscheidungen über Sie getroffen, und es findet kein Profiling statt.',
  'privacy.contact.heading': 'Kontakt',
  'privacy.contact.controller': 'Der Verantwortliche',
  'privacy.contact.dpo': 'Der Datenschutzbeauftragte',
  'privacy.contact.edps': 'Der Europäische Datenschutzbeauftragte',
  'privacy.contact.complaint':
    'Sie haben das Recht, jederzeit Beschwerde beim Europäischen Datenschutzbeauftragten einzulegen, wenn Sie meinen, dass Ihre Rechte verletzt wurden.',
  'privacy.moreInformation.heading': 'Weitere Informationen',
};
