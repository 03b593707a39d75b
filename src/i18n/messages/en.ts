/**
 * UI strings in English, the source language. Keys are `component.feature.type`. Parameters in
 * braces ({minutes}) must stay as they are in every language. A comment above a key is for
 * translators.
 */
export const en = {
  // The first link on every page, visible when focused; jumps past the header.
  'layout.skipLink': 'Skip to main content',
  // Accessible name of the list of languages in the header.
  'layout.languages': 'Choose a language',
  // Prefix of the browser tab title when a page shows errors. Keep the colon.
  'layout.errorPrefix': 'Error:',
  'layout.footer.label': 'Support links',
  'layout.footer.privacy': 'Privacy statement',
  'layout.footer.contact': 'Contact',

  'home.title': 'Studies and questionnaires',
  'home.intro': 'Choose a study to see its questionnaires.',
  'home.empty': 'There are no studies open at the moment.',

  'study.questionnaires': 'Questionnaires',
  // Followed by a list of questionnaires, one per group of people.
  'study.choose': 'Choose the questionnaire that fits you best.',
  'study.minutes': 'About {minutes} minutes',

  'landing.audience': 'Who this questionnaire is for',
  'landing.about': 'What it asks about',
  'landing.time': 'It takes about {minutes} minutes.',
  // {date} is a date and time with its time zone, e.g. "31 March 2027, 23:59 (CEST)".
  'landing.closes': 'You can answer until {date}.',
  'landing.confidential': 'Your answers are confidential',
  'landing.saving':
    'Your answers are saved page by page. You can stop and continue later, on this or another device, with a resume code. You do not need to give your name.',
  'landing.start': 'Start now',
  'landing.continue': 'Continue where you left off',
  'landing.resume': 'Continue with a resume code',
  // {receipt} is a code like K7M2-9QXD.
  'landing.completed': 'You have completed this questionnaire. Your receipt code is {receipt}.',
  'landing.startAgain': 'Start a new response',
  'landing.privacy': 'How we handle your answers: privacy statement',
  // {name} is an organisation or team, {email} an e-mail address.
  'landing.contact': 'Questions? Write to {name} at {email}.',

  'status.notOpen.title': 'This questionnaire is not open yet',
  'status.notOpen.body': 'It opens on {date}.',
  'status.closed.title': 'This questionnaire is closed',
  'status.closed.body': 'It closed on {date}. Thank you for your interest.',
  'status.closed.bodyNoDate': 'It is no longer accepting answers. Thank you for your interest.',

  // {current} and {total} are numbers; the total can change with the answers given.
  'page.progress': 'Page {current} of about {total}',
  'page.continue': 'Continue',
  'page.save': 'Save and continue later',
  'page.back': 'Back',
  // After a question label when the question may be left out.
  'page.optional': '(optional)',
  // First entry of a drop-down list, before anything is chosen.
  'page.choose': 'Choose',
  'page.other': 'Please specify',
  'page.missing.dont_know': "Don't know",
  'page.missing.prefer_not_to_say': 'Prefer not to say',
  // Separates the real options from "don't know" and "prefer not to say".
  'page.or': 'or',
  'page.multiple.hint': 'Select all that apply.',
  'page.text.limit': 'You can enter up to {max} characters.',
  'page.date.day': 'Day',
  'page.date.month': 'Month',
  'page.date.year': 'Year',
  'page.date.hint': 'For example, 27 3 2024',
  'page.ranking.hint': 'Give each option a different number, from 1 (first) to {count}.',
  'page.ranking.rank': 'Rank',
  'page.consent.yes': 'Yes, I agree to take part',
  'page.consent.no': 'No, I do not want to take part',

  'errors.title': 'There is a problem',

  'issue.required': 'Answer this question',
  'issue.choice.unknown': 'Choose one of the options shown',
  'issue.choice.tooFew': 'Select at least {min} options',
  'issue.choice.tooMany': 'Select no more than {max} options',
  'issue.choice.exclusive': 'This option cannot be combined with the others you selected',
  'issue.other.required': 'Say what "other" is',
  'issue.text.tooLong': 'Enter {max} characters or fewer',
  'issue.text.invalid': 'Enter the answer as text',
  // Write the example 7.5 with your language's decimal mark (7,5 in most of Europe): answers are read with it.
  'issue.number.invalid': 'Enter a number, like 12 or 7.5',
  'issue.number.notInteger': 'Enter a whole number',
  'issue.number.min': 'Enter a number of {min} or more',
  'issue.number.max': 'Enter a number of {max} or less',
  'issue.date.invalid': 'Enter a real date, with day, month and year',
  'issue.date.min': 'Enter a date on or after {min}',
  'issue.date.max': 'Enter a date on or before {max}',
  'issue.country.unknown': 'Choose a country from the list',
  'issue.ranking.incomplete': 'Give every option a number from 1 to {count}',
  'issue.ranking.duplicate': 'Give each option a different number',
  'issue.consent.required': 'Say whether you agree to take part',
  'issue.constraint': 'Check this answer',
  'issue.missing.withAnswer': 'Either give an answer or choose one of the other options, not both',
  'issue.repeat.addAnother': 'Say whether you want to add another',
  'issue.repeat.min': 'Add at least {min}',
  'issue.resume.empty': 'Enter your resume code',
  'issue.resume.unknown': 'We found no answers with this code. Check the code and try again',
  'issue.email.invalid': 'Enter an e-mail address, like name@example.org',

  'repeat.none': 'You have not added any yet.',
  'repeat.change': 'Change',
  'repeat.remove': 'Remove',
  'repeat.yes': 'Yes',
  'repeat.no': 'No',
  'repeat.max': 'You have added the most that can be described here ({max}).',
  // {n} is the number of an item in a list, used when it has no name yet.
  'repeat.item': 'Item {n}',
  'repeat.remove.title': 'Do you want to remove {item}?',
  'repeat.remove.confirm': 'Yes, remove it',
  'repeat.remove.cancel': 'No, keep it',
  // A page of a repeat item was sent after the item was removed in another tab; nothing was saved.
  'repeat.gone.title': 'This item has been removed',
  'repeat.gone.body':
    'It was removed in another window or tab, so what you entered on this page has not been saved.',
  // The first page of a new item was sent after other tabs filled the list; nothing was saved.
  'repeat.full.title': 'No more can be added',
  'repeat.full.body':
    'The most that can be described here ({max}) have already been added in another window or tab, so what you entered on this page has not been saved.',
  'repeat.toList': 'Go to the list',

  'check.title': 'Check your answers before sending them',
  'check.change': 'Change',
  'check.notAnswered': 'Not answered',
  'check.send.title': 'Now send your answers',
  'check.send.body': 'Once sent, your answers cannot be changed.',
  'check.send': 'Send answers',

  'done.title': 'Thank you, your answers have been sent',
  'done.receipt': 'Your receipt code',
  'done.receiptHint': 'Quote it if you contact us about your answers. It does not identify you.',
  'done.next.title': 'What happens next',
  'done.next.body':
    'Answers are analysed together with everyone else’s and published only in aggregate, so that no person or organisation can be recognised.',

  'save.title': 'Your answers are saved',
  'save.code': 'Your resume code',
  'save.codeHint':
    'Write the code down or copy it. With it, you can continue on any device. Keep it to yourself: anyone with the code can see your answers.',
  'save.until': 'You can continue until {date}.',
  'save.email.title': 'Send me the link by e-mail',
  'save.email.label': 'E-mail address',
  'save.email.hint':
    'We only use it to send you this link. It is not stored with your answers or anywhere else.',
  'save.email.send': 'Send link',
  'save.email.sent': 'We have sent the link. If it does not arrive, use the resume code.',
  'save.continue': 'Continue answering',

  'resume.title': 'Continue with your resume code',
  'resume.hint': 'The code you got when you saved, like ABCD-EFGH-JKMN-PQRS-TVWX.',
  'resume.submit': 'Continue',

  'declined.title': 'You have chosen not to take part',
  'declined.body': 'Nothing you entered has been stored. If you change your mind, you can start again.',
  'declined.again': 'Start again',

  'error.notFound.title': 'Page not found',
  'error.notFound.body': 'Check the address, or start from the list of questionnaires.',
  'error.badRequest.title': 'We could not read what was sent',
  'error.badRequest.body': 'The form sent does not match this page. Go back to the page and try again.',
  'error.expired.title': 'This page has expired',
  'error.expired.body':
    'For your security, forms can only be sent from the page they were shown on. Go back, reload the page and try again.',
  'error.completed.title': 'Your answers have already been sent',
  'error.completed.body': 'Sent answers cannot be changed.',
  'error.tooLarge.title': 'Too much was sent',
  'error.tooLarge.body': 'An answer is longer than we can accept. Shorten it and try again.',
  'error.tooMany.title': 'Too many attempts',
  'error.tooMany.body': 'Wait {minutes} minutes and try again.',
  'error.unavailable.title': 'The service is unavailable for a moment',
  'error.unavailable.body': 'Your saved answers are safe. Try again in a few minutes.',
  'error.server.title': 'Sorry, something went wrong',
  'error.server.body': 'Your answers up to the last page you saved are kept. Try again in a few minutes.',
  'error.language.title': 'Not available in this language',
  'error.language.body': 'Choose one of these languages:',
  'error.start': 'Go to the list of questionnaires',
  // The link on an error page of the register, in place of the link to the questionnaires.
  'error.start.register': 'Go to the register of microcredentials',
  // The link on an error page of the credential check; quotes the page's title (verify.title).
  'error.start.verify': 'Go to “Check a digital credential”',
  // Page not found, on a page whose link below leads elsewhere than to the questionnaires.
  'error.notFound.bodyLink': 'Check the address, or start again from the link below.',

  'email.resume.subject': 'Your link to continue: {title}',
  // Plain-text e-mail. {link} is a web address on a line of its own; {deadline} is email.resume.deadline.
  'email.resume.body':
    'Hello,\n\nyou asked for a link to continue the questionnaire "{title}". Open it to pick up where you left off:\n\n{link}\n\n{deadline}Anyone with this link can see your answers, so keep it to yourself.\n\nYou receive this e-mail once because you typed this address; it has not been stored.',
  // Starts the paragraph after the link in email.resume.body, with a space after it; left out when
  // the questionnaire has no closing date. {date} is the closing date.
  'email.resume.deadline': 'You can continue until {date}. ',

  'page.honeypot': 'Leave this field empty',
  'invitation.used.title': 'This invitation has been used',
  'invitation.used.body':
    'The questionnaire has already been answered with this personal link. Thank you for taking part.',
  'invitation.invalid.title': 'This link does not work',
  'invitation.invalid.body':
    'The personal link is not valid. Check that you copied all of it, or start from the study page.',
  'unsubscribe.title': 'Stop e-mails about this questionnaire',
  'unsubscribe.body':
    'We will send no more invitations or reminders for this questionnaire to the address that received this link. You can still answer with your personal link.',
  'unsubscribe.submit': 'Stop the e-mails',
  'unsubscribe.done.title': 'You will get no more e-mails',
  'unsubscribe.done.body': 'We will not send you more invitations or reminders for this questionnaire.',
  'mail.invitation.subject': 'Invitation to a questionnaire: {title}',
  'mail.invitation.body':
    'Hello,\n\nyou are invited to answer the questionnaire "{title}". It takes about {minutes} minutes.{deadline}\n\n{organisation}\n\nYour personal link (please do not pass it on):\n{link}\n\nYour answers are confidential and are published only in aggregate. How your data is handled: {privacy}\n\nTo receive no more e-mails about this questionnaire: {unsubscribe}\n',
  'mail.deadline': ' You can answer until {closes}.',
  'mail.reminder.subject': 'Reminder: {title}',
  'mail.reminder.body':
    'Hello,\n\nthis is a reminder of the questionnaire "{title}". It takes about {minutes} minutes.{deadline} If you have already started, continue on the same device or with your resume code.\n\n{organisation}\n\nYour personal link:\n{link}\n\nHow your data is handled: {privacy}\n\nTo receive no more e-mails about this questionnaire: {unsubscribe}\n',

  'erase.title': 'Delete your answers',
  'erase.intro':
    'Enter the receipt code you got when you sent your answers. Your answers are then deleted at once and for good, and will not be part of any later results.',
  'erase.receipt': 'Receipt code',
  'erase.receiptHint': 'Eight letters and digits, like K7M2-9QXD.',
  'erase.submit': 'Delete my answers',
  'erase.empty': 'Enter the receipt code from the thank-you page.',
  'erase.notFound':
    'No answers with this receipt code were found in this study. Check the code and try again.',
  'erase.done.title': 'Your answers have been deleted',
  'erase.done.body': 'Nothing of what you answered is kept.',
  'home.verify': 'Check a digital credential (Open Badges or Europass)',
  // The public page that checks a digital credential (/{lang}/verify): Open Badges 3.0 or Europass.
  'verify.title': 'Check a digital credential',
  'verify.intro':
    'Find out whether an Open Badges 3.0 credential or a Europass digital credential is intact, who signed or sealed it, and whether it was valid on a given date. Nothing you paste or upload is stored.',
  'verify.text.label': 'Paste the credential',
  'verify.text.hint':
    'The credential as JSON, or as a signed token (a compact JWS: three parts separated by dots).',
  'verify.file.label': 'Or upload the credential file',
  // {megabytes} is a whole number.
  'verify.file.hint': 'A .json, .jsonld, .jwt or .txt file of at most {megabytes} MB.',
  'verify.date.label': 'Validation date',
  'verify.date.hint':
    'The credential is checked as it stood on this date: today, unless you choose another. A Europass seal stays genuine after its certificate expires, so for an older credential choose a date when the certificate was still valid, such as the day the credential was issued.',
  'verify.submit': 'Check the credential',
  'verify.another': 'Check another credential',
  'verify.error.empty': 'Paste a credential or choose a file',
  'verify.error.both': 'Paste a credential or choose a file, not both',
  'verify.error.notUtf8':
    'The file could not be read as text. Choose the credential file as you received it (JSON or a signed token, in UTF-8).',
  'verify.error.emptyFile': 'The file you chose is empty',
  'verify.error.date':
    'Enter the validation date as a real date, for example 2024-01-31, then paste or choose the credential again',
  'verify.tooLarge.title': 'The file is too large',
  'verify.tooLarge.body':
    'A credential to check can be at most {megabytes} MB. Check that you chose the credential itself, then go back and try again.',
  'verify.result.title': 'Result of the check',
  'verify.verdict.valid': 'Valid',
  'verify.verdict.validBody': 'Every check that applies to this credential passed.',
  'verify.verdict.invalid': 'Not valid',
  'verify.verdict.invalidBody':
    'At least one check failed. Do not rely on this credential; the checks below say why.',
  'verify.verdict.unknown': 'Could not be fully checked',
  'verify.verdict.unknownBody':
    'No check failed, but some could not be made here. The credential has not been shown to be valid; the checks below say what is missing.',
  'verify.facts.heading': 'About the credential',
  'verify.facts.format': 'Format',
  'verify.facts.title': 'Title',
  'verify.facts.achievement': 'Achievement',
  'verify.facts.issuer': 'Issued by',
  'verify.facts.issued': 'Issued on',
  'verify.facts.validFrom': 'Valid from',
  'verify.facts.validUntil': 'Valid until',
  'verify.facts.note':
    'The learner’s personal data (name, contact details, date of birth, identifiers) are not shown.',
  'verify.format.openBadges': 'Open Badges 3.0',
  'verify.format.europass': 'Europass digital credential (European Learning Model 3)',
  'verify.format.unknown': 'Not recognised',
  'verify.checks.heading': 'Checks',
  // {date} is a date and time with its time zone.
  'verify.checks.at': 'Checked as on {date}.',
  'verify.checks.check': 'Check',
  'verify.checks.result': 'Result',
  'verify.checks.meaning': 'What it means',
  'verify.check.format': 'Format',
  'verify.check.schema': 'Required content',
  'verify.check.signature': 'Signature or seal',
  'verify.check.certificate': 'Seal certificate',
  'verify.check.issuer': 'Issuer',
  'verify.check.validity': 'Validity period',
  'verify.check.status': 'Revocation',
  'verify.check.unknown': 'Other check',
  'verify.status.ok': 'Passed',
  'verify.status.failed': 'Failed',
  // The result of one check that needed something not available offline.
  'verify.status.unknown': 'Could not be checked',
  'verify.status.skipped': 'Does not apply',
  'verify.details': 'Technical details',
  'verify.proves.heading': 'What this proves, and what it does not',
  'verify.proves.seal':
    'A signature or seal that passes shows that the credential has not been changed since it was signed, and which key or certificate signed it.',
  'verify.proves.not':
    'It does not show that the learning took place, that the person who gave you the credential is the learner, or that the awarding body is accredited or recognised.',
  'verify.proves.offline':
    'The check is made here, without going online: revocation lists, issuers’ keys and trusted lists are not fetched. Whatever needs them is shown as “could not be checked”, never as passed. If it matters, ask the issuer.',
  'verify.proves.timestamps':
    'Time stamps inside a Europass seal are not verified: the certificate is judged on the validation date you chose, not on a proven date of sealing.',
  'verify.proves.stored': 'Nothing of the credential you checked is stored or recorded.',
  // Plain-language meaning of each result code of the checks.
  'verify.code.format.openBadges3': 'The file is an Open Badges 3.0 credential.',
  'verify.code.format.elm3': 'The file is a Europass digital credential.',
  'verify.code.format.preReleaseContext':
    'The credential follows a draft of Open Badges 3.0 from before the standard was final, so it cannot be fully checked.',
  'verify.code.format.unreadable':
    'The text could not be read as a credential: it is neither JSON nor a signed token.',
  'verify.code.format.payloadNotJson': 'The sealed file does not contain a credential in JSON.',
  'verify.code.format.tooLarge': 'The credential is larger than this page can check.',
  'verify.code.format.notCredential':
    'The file can be read, but it is not an Open Badges 3.0 or Europass credential.',
  'verify.code.error': 'An unexpected problem stopped this check, so it could not be made.',
  'verify.code.notRun': 'Not checked, because the file could not be read as a credential.',
  'verify.code.schema.ok': 'The credential has all the content its standard requires.',
  'verify.code.schema.failed': 'Content that the standard requires is missing or in the wrong form.',
  'verify.code.signature.ok':
    'The signature or seal matches the content: the credential has not been changed since it was signed.',
  'verify.code.signature.bad':
    'The signature does not match the content: the credential was changed after it was signed, or the signature is not genuine.',
  'verify.code.signature.undefinedTerms':
    'The credential contains data that its vocabulary does not define, so the signature would not cover it.',
  'verify.code.signature.none':
    'The credential is not signed or sealed, so nothing shows who issued it or that it is unchanged.',
  'verify.code.signature.keyUnavailable':
    'The key needed to check the signature cannot be obtained without going online.',
  'verify.code.signature.unsupported': 'The signature uses a method this page cannot check.',
  'verify.code.signature.wrongPurpose': 'The signature was not made for issuing credentials.',
  'verify.code.signature.malformed': 'The signature is incomplete or not made as the standard requires.',
  'verify.code.signature.claims':
    'The signed token and the credential inside it do not agree (issuer, identifier, holder or dates).',
  'verify.code.signature.certificate':
    'The seal’s certificate is missing, unreadable or not the one the seal names.',
  'verify.code.signature.noCertificate': 'The seal carries no certificate, so it cannot be checked here.',
  'verify.code.context.notBundled':
    'The credential refers to a vocabulary that is not available without going online, so its signature could not be checked.',
  'verify.code.certificate.valid': 'The seal certificate was valid on the validation date.',
  'verify.code.certificate.expired':
    'The seal certificate had expired by the validation date. If the credential was sealed earlier, choose a validation date when the certificate was still valid.',
  'verify.code.certificate.notYetValid': 'The seal certificate was not yet valid on the validation date.',
  'verify.code.certificate.keyUsage': 'The seal certificate may not be used for seals or signatures.',
  'verify.code.certificate.chainTrusted': 'The seal certificate leads to a trusted certification authority.',
  'verify.code.certificate.noTrustAnchor':
    'Whether the certification authority is trusted cannot be confirmed here: no EU trusted list is consulted.',
  'verify.code.certificate.chainBroken':
    'The chain of certificates is broken: an issuing certificate is missing, is not an authority, or was not valid.',
  'verify.code.certificate.notRevoked':
    'The revocation information inside the seal shows that the certificate had not been revoked.',
  'verify.code.certificate.revocationUnknown':
    'Whether the certificate had been revoked cannot be confirmed: the revocation information inside the seal is missing or out of date for the validation date.',
  'verify.code.certificate.revoked': 'The seal certificate has been revoked.',
  'verify.code.certificate.none': 'There is no seal, so there is no certificate to check.',
  'verify.code.issuer.ok': 'The key or certificate that signed belongs to the issuer the credential names.',
  'verify.code.issuer.unconfirmed':
    'It could not be confirmed here that the signing key belongs to the issuer the credential names.',
  'verify.code.issuer.noVerifiedKey': 'This cannot be checked without a signature that passed.',
  'verify.code.issuer.missing': 'The credential does not name its issuer.',
  'verify.code.issuer.mismatch':
    'The seal belongs to a different organisation than the issuer the credential names.',
  'verify.code.issuer.partialMatch':
    'The sealing organisation only partly matches the issuer the credential names.',
  'verify.code.issuer.noIdentifier':
    'The credential or the seal certificate lacks the organisation identifier needed to compare them.',
  'verify.code.issuer.noSeal':
    'There is no seal, so there is no sealing organisation to compare with the issuer.',
  'verify.code.validity.ok': 'The credential was valid on the validation date.',
  'verify.code.validity.expired': 'The credential had expired by the validation date.',
  'verify.code.validity.notYetValid': 'The credential was not yet valid on the validation date.',
  'verify.code.validity.badDate': 'A date in the credential is not written as a valid date.',
  'verify.code.validity.noDates': 'The credential gives no dates from which its validity could be judged.',
  'verify.code.validity.noValidationTime': 'No validation date was given, so the dates could not be judged.',
  'verify.code.status.current':
    'The issuer’s status list shows that the credential is neither revoked nor suspended.',
  'verify.code.status.revoked': 'The issuer has revoked the credential.',
  'verify.code.status.suspended': 'The issuer has suspended the credential.',
  'verify.code.status.none': 'The credential has no revocation status to check.',
  'verify.code.status.listUnreachable':
    'The issuer publishes the revocation status online; this page does not fetch it, so whether the credential has been revoked is not known.',
  'verify.code.status.listProblem': 'The issuer’s status list could not be read or trusted.',
  'verify.code.status.malformedEntry': 'The credential’s status information is malformed.',
  'verify.code.status.listIssuerMismatch':
    'The status list this credential points to was issued by someone other than the credential’s issuer, so it cannot show whether the credential has been revoked.',
  'verify.code.status.unsupportedType': 'The credential uses a status method this page cannot check.',
  'verify.fallback.ok': 'This check passed.',
  'verify.fallback.failed': 'This check failed.',
  'verify.fallback.unknown': 'This check could not be made here.',
  'verify.fallback.skipped': 'This check does not apply to this credential.',
  // The result page's block on Annex I of the Council Recommendation of 16 June 2022 on micro-credentials.
  'verify.annex.heading': 'Described with the EU standard elements?',
  'verify.annex.about':
    'This is about how the credential describes the microcredential, by the European standard elements of Annex I to the Council Recommendation of 16 June 2022 on micro-credentials, not about whether the credential is genuine.',
  // {present} and {total} are numbers, e.g. "9 of 10 mandatory elements present".
  'verify.annex.score': '{present} of {total} mandatory elements present',
  'verify.annex.number': 'No.',
  'verify.annex.element': 'Element',
  'verify.annex.kind': 'Mandatory or optional',
  'verify.annex.result': 'Status',
  'verify.annex.mandatory': 'Mandatory',
  'verify.annex.optional': 'Optional',
  'verify.annex.status.present': 'Present',
  'verify.annex.status.missing': 'Missing',
  'verify.annex.status.vague': 'Vague',
  'verify.annex.status.notApplicable': 'Not applicable',
  // The elements' names, as in Annex I (the official wording where known).
  'verify.annex.element.learner': 'Identification of the learner',
  'verify.annex.element.title': 'Title of the micro-credential',
  'verify.annex.element.issuerCountry': 'Country(ies)/Region(s) of the issuer',
  'verify.annex.element.awardingBody': 'Awarding body(ies)',
  'verify.annex.element.dateOfIssuing': 'Date of issuing',
  'verify.annex.element.learningOutcomes': 'Learning outcomes',
  'verify.annex.element.workload': 'Notional workload needed to achieve the learning outcomes',
  'verify.annex.element.level':
    'Level (and cycle, if applicable) of the learning experience leading to the micro-credential (EQF, QF-EHEA), if applicable',
  'verify.annex.element.assessmentType': 'Type of assessment',
  'verify.annex.element.participationForm': 'Form of participation in the learning activity',
  'verify.annex.element.qualityAssurance': 'Type of quality assurance used to underpin the micro-credential',
  'verify.annex.element.prerequisites': 'Prerequisites needed to enrol in the learning activity',
  'verify.annex.element.supervision': 'Supervision and identity verification during assessment',
  'verify.annex.element.grade': 'Grade achieved',
  'verify.annex.element.stackability': 'Integration/stackability options',
  'verify.annex.element.furtherInformation': 'Further information',
  'verify.annex.reason.absent': 'The credential does not give this element.',
  'verify.annex.reason.invalid': 'The credential gives this element in a form that could not be read.',
  'verify.annex.reason.noAssessment':
    'The credential says there is no assessment, but the learning outcomes of a micro-credential are assessed.',
  'verify.annex.reason.noQualityAssurance':
    'The credential says there is no quality assurance, but micro-credentials are underpinned by quality assurance.',
  'verify.annex.reason.learner':
    'This page does not show personal data of the learner, so this element is not assessed here.',
  'verify.annex.reason.notIssued': 'This element applies only to a credential that has been issued.',
  'verify.annex.reason.noLevel':
    'The credential says the learning has no level in a qualifications framework.',
  'verify.annex.reason.outcomesTooShort':
    'The learning outcomes are too brief to say what a holder knows and can do, and link no ESCO skill.',
  'verify.annex.reason.outcomesNotVerbLed':
    'The learning outcomes are not written as what the learner can do (none starts with an action verb).',
  'verify.annex.reason.noEctsOrHours':
    'The workload is given in credits of another or unnamed system, not in ECTS or hours.',
  'verify.annex.reason.nqfWithoutEqf':
    'Only a national level is given, not the level of the European Qualifications Framework (EQF).',
  'verify.annex.reason.assessmentFreeTextOnly':
    'The assessment is described in words, but its type is not given.',
  'verify.annex.reason.otherWithoutDescription': 'The type of assessment is “other”, with no description.',
  'verify.annex.reason.qaFreeTextOnly': 'Quality assurance is mentioned, but its type is not given.',
  'done.erase': 'Changed your mind? Delete your answers with your receipt code',
  'privacy.erase': 'Delete your answers yourself with your receipt code',
  'privacy.contacts':
    'If you were invited by e-mail, your address, language and country are kept apart from your answers, used only to send the invitation and reminders, and deleted {days} days after the questionnaire closes. When you send your answers, the link between your address and your answers is removed.',

  'results.title': 'Results',
  'results.intro':
    'Answers of the questionnaires completed by {date}, counted together. To keep every answer confidential, no figure resting on fewer than {k} people is shown, nor any figure from which one could be worked out.',
  'results.by': 'Break down by',
  'results.byNone': 'No breakdown',
  'results.byTargetGroup': 'Group of respondents',
  'results.byLanguage': 'Language of the answers',
  'results.show': 'Show',
  'results.answer': 'Answer',
  'results.total': 'All',
  'results.noAnswer': 'Not stated',
  'results.base': 'Answered (base of percentages)',
  'results.unitRespondents': 'number of people',
  'results.unitItems': 'number of microcredentials described',
  'results.suppressed': 'not shown, to keep answers confidential',
  'results.csv': 'Download these tables (CSV)',
  'results.mean': 'Mean',
  'results.q1': 'First quartile',
  'results.median': 'Median',
  'results.q3': 'Third quartile',
  'results.byCountry': 'Country',
  'results.filter': 'Show one group only',
  'results.filterHint':
    'A group can be shown on its own only when the group and the rest of the respondents are both large enough.',
  'results.filterAll': 'All respondents',
  // Title and heading of the results of one group. {group} is e.g. "Germany", {grouping} e.g. "Country".
  'results.titleFiltered': 'Results for one group: {group} ({grouping})',
  // A page saying a group's results cannot be shown alone (too small, or too few people outside it).
  'results.refused.title': 'This group cannot be shown on its own',
  'results.refused.body':
    'Results are shown for a single group only when the group and the rest of the respondents are both large enough that nobody can be recognised. Choose one of the groups offered on the results page.',
  'results.refused.back': 'Back to the results',
  'study.results': 'Results of the study',

  'results.chartDescription': 'Percentages of all who answered, as in the table below.',
  'results.chartHidden': 'Answers not shown, to keep answers confidential: {count}.',

  'privacy.title': 'Specific privacy statement',
  // {date} is a date, e.g. "23 November 2026".
  'privacy.updated': 'Last updated: {date}',
  // {operation} is the name of the processing operation, e.g. "Online survey: …".
  'privacy.operation': 'Processing operation: {operation}',
  // {reference} is a code in the data protection officer's register.
  'privacy.reference': 'Record reference: {reference}',
  'privacy.introduction.heading': 'Introduction',
  // {controller} is an organisation or team. Regulation (EU) 2018/1725 is the EU data protection regulation for EU institutions and bodies.
  'privacy.introduction.body':
    '{controller} is responsible for this study and for your personal data in it (the controller). As Article 15 of Regulation (EU) 2018/1725 requires, this statement tells you which data we collect, why, how long we keep them, and what your rights are.',
  'privacy.purpose.heading': 'Why and how we process your data',
  // {study} is the title of the study.
  'privacy.purpose.default':
    'We collect your answers to the questionnaires of the study "{study}" to understand the subject of the study and to publish its results. Answers are analysed and published only in aggregate, in groups large enough that nobody can be recognised. They are not used for any other purpose.',
  'privacy.legalBasis.heading': 'On what legal basis',
  'privacy.legalBasis.default':
    'We process your answers to perform a task carried out in the public interest (Article 5(1)(a) of Regulation (EU) 2018/1725) and with your consent to take part (Article 5(1)(d)), which you give on the first page of the questionnaire. You can withdraw your consent at any time; this does not affect what was done before.',
  'privacy.dataCollected.heading': 'Which data we collect',
  'privacy.dataCollected.default':
    'Your answers; the language you answered in; when you started and finished, and how long each page took. We do not ask for your name, and we do not record your IP address or your browser. If you ask for a link by e-mail to continue later, your address is used once to send it and is not stored. Please do not write in open answers anything that could identify you or someone else.',
  'privacy.retention.heading': 'How long we keep your data',
  // {months} is a number of months.
  'privacy.retention.default':
    'We keep your answers for {months} months after the study closes. Then we delete them, or keep only data from which nobody can be identified.',
  'privacy.security.heading': 'How we protect your data',
  'privacy.security.default':
    'Answers travel only over encrypted connections and are stored apart from any contact details, on servers in the European Union. Only the study team can see them, each person with their own account.',
  'privacy.recipients.heading': 'Who can see your data',
  // {controller} is an organisation or team.
  'privacy.recipients.default':
    'Only the study team of {controller}. Published results contain aggregate figures only. Bodies in charge of audit and supervision under EU law, such as the European Data Protection Supervisor, may have access where the law requires it.',
  // {processors} names who processes the data on the controller's behalf.
  'privacy.processors': 'On our behalf and under contract: {processors}',
  'privacy.transfers.heading': 'Transfers outside the European Union',
  'privacy.transfers.default':
    'Your data are not transferred to countries outside the European Union and the European Economic Area, nor to international organisations.',
  'privacy.rights.heading': 'Your rights and how to use them',
  // {email} is an e-mail address.
  'privacy.rights.default':
    'You have the right to access your data, to have them corrected or erased, to restrict their processing, to object to it and to data portability, and to withdraw your consent at any time. Write to {email} and quote the receipt code you got at the end of the questionnaire, so that we can find your answers without knowing who you are. We reply within one month.',
  'privacy.voluntary.heading': 'Do you have to answer?',
  'privacy.voluntary.default':
    'No. Taking part is voluntary. You can skip any question that is not required and stop at any time. Not taking part has no consequences for you.',
  'privacy.automatedDecisions.heading': 'Automated decisions',
  'privacy.automatedDecisions.default':
    'No decision about you is taken automatically, and you are not profiled.',
  'privacy.contact.heading': 'Contact information',
  // Followed by the controller's name, address and e-mail.
  'privacy.contact.controller': 'The controller',
  // Followed by an e-mail address.
  'privacy.contact.dpo': 'The data protection officer',
  // The official name of the European Data Protection Supervisor in the language.
  'privacy.contact.edps': 'The European Data Protection Supervisor',
  'privacy.contact.complaint':
    'You have the right to lodge a complaint with the European Data Protection Supervisor at any time if you think your rights have been infringed.',
  'privacy.moreInformation.heading': 'More information',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Readonly<Record<MessageKey, string>>;
