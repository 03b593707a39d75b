/**
 * The console's words in English, the source language. Keys are `console.feature.item`; {names}
 * are parameters that stay as they are in every language.
 */
import { monitorMessages } from './monitor.ts';
import { registerMessages } from './register.ts';

export const en = {
  ...monitorMessages,
  ...registerMessages,
  'console.name': 'credmap console',
  'console.skipLink': 'Skip to main content',
  'console.accountNav': 'Your account',
  'console.breadcrumbs': 'You are here',
  'console.logout': 'Sign out',
  'console.errorPrefix': 'Error:',
  'console.issues.title': 'There is a problem',

  'console.problem.notFound': 'This page does not exist, or your account has no access to it.',
  'console.problem.forbidden': 'Your role in this study does not allow this.',
  'console.problem.unauthorized': 'Sign in first.',
  'console.problem.expired': 'This form has expired. Go back, reload the page and try again.',
  'console.problem.badRequest': 'What was sent could not be read. Go back and try again.',
  'console.problem.tooLarge': 'The request is larger than {max} MB.',
  'console.problem.unavailable': 'The service cannot answer just now. Try again in a minute.',
  'console.problem.title': 'Something stopped this request',
  'console.problem.back': 'Back to the console',
  // {field} is the field's name in the form (as the page sends it), not its label.
  'console.form.unstorable':
    'The field "{field}" contains a character that cannot be stored (NUL, an invisible control character). Go back, remove it and try again.',
  'console.form.unstorableField':
    'This text contains an invisible control character (NUL) that cannot be stored. Remove it and try again.',

  'console.login.title': 'Sign in',
  'console.login.email': 'E-mail address',
  'console.login.password': 'Password',
  'console.login.submit': 'Sign in',
  'console.login.wrong': 'The e-mail address or the password is not right.',
  // Shown for any address after several failed attempts, whether or not an account has it.
  'console.login.locked': 'Too many failed attempts with this address. Try again in {minutes} minutes.',

  'console.setup.title': 'Set up credmap',
  'console.setup.intro':
    'This link creates the first account. It becomes the owner of every study and can give others their roles.',
  'console.link.title': 'Choose your password',
  'console.link.intro': 'Choose a password for the account {email}.',
  'console.link.submit': 'Save and sign in',
  'console.link.invalid': 'This link has expired or has already been used. Ask a study owner for a new one.',

  'console.account.title': 'Your account',
  'console.account.name': 'Name',
  'console.account.newPassword': 'New password',
  'console.account.currentPassword': 'Current password',
  'console.account.passwordHint': 'At least {min} characters. A phrase of several words is easy to remember.',
  'console.account.password.tooShort': 'The password must have at least {min} characters.',
  'console.account.password.tooLong': 'The password can have at most {max} characters.',
  'console.account.password.isEmail': 'The password cannot be your e-mail address.',
  'console.account.passwordWrong': 'The current password is not right.',
  'console.account.passwordChanged': 'Your password has been changed. Other sessions have been signed out.',
  'console.account.nameMissing': 'Enter a name.',
  'console.account.emailInvalid': 'Enter an e-mail address like name@example.org.',
  'console.account.language': 'Language of the console',
  'console.account.languageSave': 'Save language',
  'console.account.passwordSave': 'Change password',
  'console.account.tokens': 'API tokens',
  'console.account.tokensIntro':
    'A token lets a script use the API at /api/v1 with your roles. It is shown once: keep it like a password.',
  'console.account.tokenName': 'What the token is for',
  'console.account.tokenCreate': 'Create a token',
  'console.account.tokenCreated': 'Your new token (shown only now):',
  'console.account.tokenRevoke': 'Revoke',
  'console.account.tokenNone': 'You have no API tokens.',
  'console.account.tokenLastUsed': 'Last used',
  'console.account.tokenNever': 'never',

  'console.role.owner': 'Owner',
  'console.role.researcher': 'Researcher',
  'console.role.analyst': 'Analyst',
  'console.role.translator': 'Translator',
  'console.role.viewer': 'Viewer',

  'console.studies.title': 'Studies',
  'console.studies.none': 'Your account has no role in any study yet. Ask a study owner to add you.',
  'console.study.yourRole': 'Your role: {role}',
  'console.study.timeZone': 'Time zone: {zone}',
  'console.study.questionnaires': 'Questionnaires',
  'console.study.questionnaire': 'Questionnaire',
  'console.study.status': 'Status',
  'console.study.started': 'Started',
  'console.study.completed': 'Completed',
  'console.study.newQuestionnaire': 'Add a questionnaire',
  'console.study.newHint':
    'An XLSForm spreadsheet (.xlsx) or a credmap definition (.yaml, .json). It becomes a draft; nothing is shown to respondents until it is published and opened.',

  'console.status.notOpen': 'Not open yet',
  'console.status.open': 'Open',
  'console.status.closed': 'Closed',

  'console.schedule.title': 'Fieldwork',
  'console.schedule.opens': 'Opens',
  'console.schedule.closes': 'Closes',
  'console.schedule.date': 'Date',
  'console.schedule.time': 'Time',
  'console.schedule.zone': 'Time zone',
  'console.schedule.zoneHint': 'A time zone name such as Europe/Brussels. Leave a date empty for no limit.',
  'console.schedule.save': 'Save fieldwork dates',
  'console.schedule.closeNow': 'Close now',
  'console.schedule.none': 'No date set',
  'console.schedule.badDate': 'Enter a date as YYYY-MM-DD and a time as HH:MM that exist in this time zone.',
  'console.schedule.badZone': 'Enter a time zone name such as Europe/Brussels.',
  'console.schedule.closesBeforeOpens': 'The closing date must be after the opening date.',
  'console.schedule.outOfRange': 'Enter a date between the years {from} and {to}.',

  'console.saved.schedule': 'The fieldwork dates are saved. Respondent pages follow them now.',
  'console.saved.closed': 'The questionnaire is closed. Respondents now see the closed page.',
  'console.saved.draft': 'The draft is saved.',
  'console.saved.published':
    'The new version is published. New respondents get it; started responses stay with theirs.',
  'console.saved.translation': 'The translation is saved in the draft.',

  'console.versions.title': 'Published versions',
  'console.versions.number': 'Version',
  'console.versions.published': 'Published',
  'console.versions.responses': 'Responses',
  'console.versions.files': 'Files and changes',
  'console.versions.changes': 'Changes since version {from}',

  'console.draft.title': 'Draft',
  'console.draft.none': 'There is no draft. Upload a questionnaire to start one.',
  'console.draft.updated': 'Last changed on {date} by {name}.',
  'console.draft.valid': 'The draft has no problems.',
  'console.draft.problems': 'The draft has {count} problems to fix before it can be published',
  'console.draft.changes': 'Changes from the published version',
  'console.draft.download': 'Download the draft as XLSForm',
  'console.draft.downloadJson': 'Download the draft as JSON',
  'console.draft.notWritable':
    'This draft has problems that an XLSForm workbook cannot hold. Fix them, or download the draft as JSON.',
  'console.draft.publish': 'Publish the draft as a new version',
  'console.draft.discard': 'Discard the draft',
  'console.draft.upload': 'Upload a new draft',
  'console.draft.uploadHint': 'An XLSForm spreadsheet (.xlsx) or a credmap definition (.yaml, .json).',
  'console.draft.uploadSubmit': 'Upload',
  'console.draft.noFile': 'Choose a file to upload.',
  'console.draft.otherId': 'The file is for the questionnaire "{id}", not "{expected}".',
  'console.draft.badId': 'The file does not give the questionnaire an id (lower-case letters, digits and -).',
  'console.draft.exists': 'The study already has a questionnaire "{id}". Upload a draft on its page.',
  'console.draft.unreadable': 'The file could not be used: {problems}',
  'console.draft.notSpreadsheet': 'The file is not an .xlsx spreadsheet, a .yaml or a .json file.',
  'console.draft.badYaml': 'The file could not be read as YAML or JSON: {detail}',
  'console.draft.tooLarge': 'The file is larger than {size}.',
  'console.draft.includes':
    'A definition uploaded here must be complete: "include" entries are only read from the study folder.',
  'console.draft.unstorable':
    'The file has a text at {path} that cannot be stored: it contains a NUL character or half of a surrogate pair.',
  'console.draft.tooDeep': 'The file nests lists and objects more than {max} levels deep.',
  // A problem of an uploaded XLSForm workbook (codes: src/xlsform/README.md), after where it is;
  // the code follows in brackets. Each message follows a colon, but those of the whole file stand
  // alone. {sheet}, {column}: a sheet's name and a column's header as written; {detail}: the value.
  'console.xlsform.where.column': 'Sheet {sheet}, row {row}, column {column}: {message}',
  'console.xlsform.where.row': 'Sheet {sheet}, row {row}: {message}',
  'console.xlsform.where.sheet': 'Sheet {sheet}: {message}',
  'console.xlsform.where.cell': 'Sheet {sheet}, cell {cell}: {message}',
  'console.xlsform.notXlsx': 'The file is not an .xlsx workbook that can be opened.',
  'console.xlsform.unreadable':
    'The workbook holds something that cannot be read. Save it again as .xlsx in a spreadsheet program and upload it once more.',
  'console.xlsform.tooLarge': 'The workbook is larger than {detail} unpacked.',
  'console.xlsform.tooManyCells':
    'A sheet has rows that span more cells than can be read. Delete the empty columns far to the right, or copy the sheet into a new workbook.',
  'console.xlsform.missingSheet': 'The workbook has no sheet “{sheet}”.',
  'console.xlsform.missingColumn': 'the sheet has no column “{column}”.',
  'console.xlsform.duplicateColumn': 'the sheet has this column twice.',
  'console.xlsform.unknownLanguage':
    '“{detail}” is not a language code; write a language as, for example, English (en).',
  'console.xlsform.unexpectedLanguage':
    'this column is not translated, so it takes no language (“{detail}”).',
  'console.xlsform.noDefaultLanguage':
    'the column names no language, and the settings sheet has no default_language for it.',
  'console.xlsform.unknownColumn':
    'neither XLSForm nor credmap knows this column; leave it empty or delete it.',
  'console.xlsform.unsupportedColumn': 'credmap does not support this XLSForm column; leave it empty.',
  'console.xlsform.unnamedColumn': 'there is a value in a column without a header.',
  'console.xlsform.columnNotApplicable': 'this column does not apply to the row’s type; leave it empty.',
  'console.xlsform.badCell': 'the cell shows “{detail}”, not a value that can be read.',
  'console.xlsform.missingValue': 'this row needs a value in this column.',
  'console.xlsform.badValue': '“{detail}” is not a value this column can take.',
  'console.xlsform.unsupportedType': 'credmap does not ask questions of the type “{detail}”.',
  'console.xlsform.unsupportedAppearance': 'credmap does not support the appearance “{detail}” here.',
  'console.xlsform.unsupportedValue': 'credmap does not support the value “{detail}” in this column.',
  'console.xlsform.unknownList': 'the choices sheet has no list “{detail}”.',
  'console.xlsform.badExpression':
    'the expression “{detail}” cannot be read, or uses XPath that credmap does not support (paths, predicates, |).',
  'console.xlsform.unsupportedFunction': 'credmap does not support the function “{detail}”.',
  'console.xlsform.unsupportedOperator': 'credmap does not support the operator “{detail}”.',
  'console.xlsform.badNumber': 'the number “{detail}” is too large.',
  'console.xlsform.unclosedGroup': 'the group that begins here has no end_group row.',
  'console.xlsform.unclosedRepeat': 'the repeat that begins here has no end_repeat row.',
  'console.xlsform.unmatchedEnd': '“{detail}” ends a group or repeat that has not begun.',
  'console.xlsform.unsupportedNesting':
    'credmap does not put a group in a group, nor a repeat in a group or repeat (“{detail}”).',
  'console.xlsform.tooDeep': 'this “{detail}” would leave more than 32 groups and repeats open at once.',
  'console.xlsform.extraSettingsRow':
    'the settings sheet takes one row of values under its header; this is a second.',
  // A problem of a questionnaire definition (codes: src/questionnaire), after its path; the code
  // follows in brackets. {language}: a language's name with its code, "Suomi (fi)"; {position}: the
  // character of the expression where the problem starts, counted from 1.
  'console.definition.where': '{path}: {message}',
  'console.definition.list.unknown': 'there is no choice list “{detail}”.',
  'console.definition.language.fallbackNotDeclared':
    'the fallback language is not one of the declared languages.',
  'console.definition.language.duplicate': 'a language is listed twice.',
  'console.definition.text.missingLanguage': 'there is no text in {language}.',
  'console.definition.text.undeclaredLanguage':
    'there is a text in {language}, which is not one of the declared languages.',
  'console.definition.text.placeholdersDiffer':
    'the text in {language} does not pipe in the same answers as the source text.',
  'console.definition.id.duplicate':
    'the id “{detail}” is used twice; pages, groups and questions each need their own.',
  'console.definition.variable.duplicate': 'the variable “{detail}” is already the name of “{other}”.',
  'console.definition.expression.unknownReference':
    '“{detail}” is not the id of a question that can be referred to here.',
  'console.definition.expression.forwardReference':
    '“{detail}” is asked later, so its answer cannot be read here.',
  'console.definition.expression.cycle': 'the calculations read each other in a loop: {detail}.',
  'console.definition.repeat.minAboveMax': 'the minimum number of items is larger than the maximum.',
  'console.definition.repeat.firstPageConditional':
    'the first page of a repeat group cannot have a condition.',
  'console.definition.multiple.minAboveMax': 'the minimum number of choices is larger than the maximum.',
  'console.definition.multiple.maxAboveChoices':
    'the maximum number of choices is larger than the number of choices offered.',
  'console.definition.number.minAboveMax': 'the minimum is larger than the maximum.',
  'console.definition.country.unknown': '“{detail}” is neither a country code nor a group of countries.',
  'console.definition.consent.notOnFirstPage': 'a consent question must be on the first page.',
  'console.definition.consent.conditional': 'a consent question cannot have a condition.',
  'console.definition.choice.exclusiveOnlyInMultiple':
    'only a multiple-choice question can have an exclusive choice (“none of these”).',
  'console.definition.choice.otherOnlyInChoice':
    'only a single- or multiple-choice question can ask to specify “other”.',
  'console.definition.choice.duplicateCode': 'the code “{detail}” is used twice in one list.',
  'console.definition.include.unknownKey': 'an include takes only include and relevant, not {detail}.',
  'console.definition.include.unknownModule': 'there is no module “{detail}” to include.',
  'console.definition.include.cycle': 'the modules include one another in a loop: {detail}.',
  'console.definition.include.listConflict': 'a choice list is defined differently in two places: {detail}.',
  'console.definition.timeZone.unknown': '“{detail}” is not a time zone name such as Europe/Brussels.',
  'console.definition.expr.unexpectedToken':
    'the expression has “{detail}” where it cannot be (character {position}).',
  'console.definition.expr.unexpectedEnd':
    'the expression ends before it is complete (character {position}).',
  'console.definition.expr.unterminatedString':
    'the quoted text that begins at character {position} is not closed.',
  'console.definition.expr.badEscape':
    '“{detail}” at character {position} is not an escape the expression language knows.',
  'console.definition.expr.badNumber': 'the number “{detail}” at character {position} is too large.',
  'console.definition.expr.badReference':
    'the reference at character {position} is not closed with a brace, or names no valid id.',
  'console.definition.expr.bareIdentifier':
    '“{detail}” at character {position} is neither a function call nor a reference to an answer.',
  'console.definition.expr.unknownFunction': 'there is no function “{detail}” (at character {position}).',
  'console.definition.expr.arity':
    'the function “{detail}” at character {position} is given the wrong number of values.',
  'console.definition.expr.tooLong': 'the expression is longer than {max} characters.',
  'console.definition.expr.tooDeep':
    'the expression nests brackets, functions and operators too deeply (at character {position}).',

  'console.publish.missing': '{language}: the text {key} is not translated.',
  'console.publish.outdated': '{language}: the text {key} changed after it was translated.',
  'console.publish.placeholders':
    '{language}: the text {key} does not have the same ${…} references as the source.',
  'console.publish.notHarmonised':
    'The variable {variable} is asked differently in the questionnaire {other}.',

  'console.diff.title': 'Changes from {from} to {to}',
  'console.diff.none': 'There are no changes.',
  'console.diff.where': 'Where',
  'console.diff.change': 'Change',
  'console.diff.before': 'Before',
  'console.diff.after': 'After',
  'console.diff.added': 'Added',
  'console.diff.removed': 'Removed',
  'console.diff.changed': 'Changed',
  'console.diff.moved': 'Moved',

  'console.preview.title': 'Preview in {language} ({source})',
  'console.preview.intro':
    'Every page as respondents see it, with the conditions that show or hide it. Nothing can be sent from here.',
  'console.preview.shownWhen': 'Shown when',
  'console.preview.calculated': 'Calculated value {id}:',
  'console.preview.inGroup': 'repeated in {group}',
  'console.preview.invalid': 'The questionnaire has problems; fix them to see a preview.',

  'console.translations.notWritable':
    'The draft has problems that an XLSForm workbook cannot hold, which the study team will fix. Until then, download the texts as XLIFF or as a spreadsheet.',
  'console.translations.title': 'Languages',
  'console.translations.language': 'Language',
  'console.translations.complete': 'Complete',
  'console.translations.missing': 'Missing',
  'console.translations.outdated': 'Outdated',
  'console.translations.preview': 'Preview',
  'console.translations.source': 'Source ({language})',
  'console.translations.text': 'Translation',
  'console.translations.state': 'State',
  'console.translations.key': 'Text',
  'console.translations.export': 'Download the texts for translation',
  'console.translations.import': 'Upload translated texts',
  'console.translations.importHint':
    'An XLIFF file (1.2, 2.0 or 2.1) or the spreadsheet you downloaded here, with the translations filled in.',
  'console.translations.importSubmit': 'Upload translation',
  'console.translations.report': 'What the upload changed',
  'console.translations.changed': '{count} texts changed',
  'console.translations.unchanged': '{count} texts unchanged',
  'console.translations.unknown': 'Not in the questionnaire, ignored: {keys}',
  'console.translations.mismatch': 'Not applied, the ${…} references differ from the source: {keys}',
  'console.translations.wrongLanguage': 'The file holds {found} texts, not {expected}.',
  'console.translations.unreadable': 'The file could not be read: {detail}',
  // {column} is the heading of the spreadsheet column as written (key, target); {error} is what
  // the cell shows, such as #REF!
  'console.translations.badCell':
    'Row {row}, column {column}: the cell shows the error {error} instead of a text.',
  'console.translations.noFormulaValue':
    'Row {row}, column {column}: the cell holds a formula saved without its result. Save the file again in a spreadsheet program, or type the text in.',
  // {detail} is the reader's code for the problem (xliff.unitId, say), for whoever helps the translator
  'console.translations.encoding': 'The file is neither UTF-8 nor UTF-16 text.',
  'console.translations.doctype':
    'Line {line}: the file declares a DOCTYPE, which an XLIFF file has no need of and which is not accepted.',
  'console.translations.notXliff':
    'The file is not XLIFF 1.2, 2.0 or 2.1 ({detail}). Export one of these from your translation tool, or fill in a file downloaded here.',
  'console.translations.notXml': 'Line {line}: the file is not well-formed XML ({detail}).',
  'console.translations.xliffIssue':
    'Line {line}: the XLIFF file holds something that cannot be read here ({detail}).',
  'console.translations.xmlLimit':
    'The file is larger or more deeply nested than an XLIFF file may be here ({detail}).',
  'console.translations.noTargetLanguage':
    'Line {line}: the file does not say which language it is translated into. Set the target language in your translation tool (target-language in XLIFF 1.2, trgLang in XLIFF 2) and export the file again.',
  // {element} is the name of the XLIFF element that holds the code, such as bx
  'console.translations.inlineCode':
    'Line {line}: the file holds a formatting code (<{element}>) that cannot be turned back into plain text. Remove it from the text, or export the file without codes, and upload it again.',
  'console.translations.sourceLanguage':
    'This is the source language: its texts are changed by uploading a draft.',
  'console.translations.state.complete': 'Complete',
  'console.translations.state.missing': 'Missing',
  'console.translations.state.outdated': 'Outdated',

  'console.members.title': 'Members and roles',
  'console.members.role': 'Role',
  'console.members.languages': 'Languages (translators)',
  'console.members.languagesHint': 'A translator may change the texts of these languages only.',
  'console.members.languagesMissing': 'Choose the languages this translator works on.',
  'console.members.actions': 'Actions',
  'console.members.remove': 'Remove',
  'console.members.pending': 'has not set a password yet',
  'console.members.everyStudy': 'in every study',
  'console.members.add': 'Add a person or change a role',
  'console.members.addHint':
    'A person new to credmap gets an account and a link, valid for 7 days, to choose a password. Pass the link on if e-mail is not set up.',
  'console.members.addSubmit': 'Save role',
  'console.members.roleInvalid': 'Choose a role.',
  'console.members.linkCreated': 'Send this link to the person so they can choose a password:',
  'console.members.lastOwner': 'A study needs at least one owner: give someone else the owner role first.',
  'console.members.mailSubject': 'Your credmap account',
  'console.members.mailBody':
    'Hello {name},\n\nYou have been given a role in a study on credmap. Choose your password here (the link works once, for 7 days):\n\n{url}\n',

  'console.distribution.title': 'Distribution',
  'console.distribution.openLinks': 'Open links',
  'console.distribution.openLinksHint':
    'Anyone with an open link can answer. Use them on web pages, in newsletters and, with the QR code, in print.',
  'console.distribution.qr': 'QR code (SVG)',
  'console.distribution.invitations': 'Personal invitations',
  'console.distribution.contacts': 'Contacts',
  'console.distribution.invited': 'Invited',
  'console.distribution.unsubscribed': 'Unsubscribed',
  'console.distribution.sent': 'E-mails sent',
  'console.distribution.failed': 'E-mails failed',
  'console.distribution.log': 'see the record of e-mails',
  'console.distribution.reminders': 'Reminders (days before closing)',
  'console.distribution.remindersLabel': 'Reminders for {questionnaire}, in days before closing',
  'console.distribution.remindersSave': 'Save',
  'console.distribution.remindersHint':
    'Reminders go to invited contacts who have not completed and have not unsubscribed, e.g. "7, 1": a week and a day before closing.',
  'console.distribution.remindersInvalid': 'Enter whole days from 0 to 90, separated by commas, at most 10.',
  'console.distribution.send': 'Send invitations',
  'console.distribution.closed': 'The questionnaire has closed: no invitations are sent.',
  'console.distribution.queued': 'Invitations queued: {count}.',
  'console.distribution.noSmtp':
    'No mail server is configured (SMTP_URL): invitations wait in the queue until one is.',
  'console.distribution.upload': 'Add contacts',
  'console.distribution.uploadHint':
    'A CSV or XLSX file with the columns email, language, instrument and, optionally, country. Contact details are kept apart from answers and are never part of results or exports.',
  'console.distribution.file': 'Contact list',
  'console.distribution.imported': 'Contacts added: {added}. Already on the list: {skipped}.',
  'console.distribution.issue': 'Row {row} {column}: {message}',
  'console.distribution.logTitle': 'E-mails for {questionnaire}',
  'console.distribution.logEmpty': 'No e-mail has been sent yet.',
  'console.distribution.kind': 'Kind',
  'console.distribution.attempt': 'Attempt',
  'console.distribution.kind.invitation': 'Invitation',
  'console.distribution.kind.reminder': 'Reminder',
  'console.distribution.status.sent': 'Sent',
  'console.distribution.status.failed': 'Failed',
  'console.distribution.status.refused': 'Address refused by the mail server; not tried again',
  'console.distribution.status.closed': 'Not sent: the questionnaire had closed',
  'console.distribution.status.skipped': 'Not sent: completed or unsubscribed',
  'console.contacts.unreadable':
    'The file is not a CSV (UTF-8) or XLSX file. In a spreadsheet program, save it as “CSV UTF-8” or as an Excel workbook (.xlsx).',
  'console.contacts.tooLarge':
    'The file is too large to read: over {detail} unpacked, or wider than a spreadsheet. Keep only the columns email, language, instrument and country, or split the list.',
  'console.contacts.empty': 'The list has no contacts.',
  'console.contacts.missingColumn': 'The column is missing.',
  'console.contacts.duplicateColumn': 'The column appears more than once; keep one.',
  'console.contacts.tooMany': 'The list has more than {detail} contacts; split it.',
  'console.contacts.badEmail': '"{detail}" is not an e-mail address.',
  'console.contacts.badLanguage': 'The questionnaire is not offered in "{detail}".',
  'console.contacts.badInstrument': 'The study has no questionnaire "{detail}".',
  'console.contacts.badCountry': '"{detail}" is not a two-letter country code.',
  'console.contacts.duplicate': 'The same address for the same questionnaire is already on row {detail}.',

  'console.api.invalid': 'The request is not valid: {problems}',
  'console.api.invalidMore': 'The request is not valid: {problems}; and {more} more.',
  'console.api.notPublished': 'The draft cannot be published yet: {problems}',
  // {path} is where in the JSON body, such as title.en; \u0000 is written as it is.
  'console.api.unstorable':
    'The text at {path} contains a character that cannot be stored: NUL (\\u0000) or an unpaired surrogate.',
  'console.api.tooDeep': 'The request nests arrays and objects more than {max} levels deep.',
  'console.api.notJson': 'Send the body as JSON in UTF-8, with the header Content-Type: application/json.',
  'console.api.badJson': 'The body is not valid JSON in UTF-8.',
  // {method} is an HTTP method such as DELETE; {allowed} lists the methods the address takes.
  'console.api.methodNotAllowed': 'This address does not take {method}; it takes {allowed}.',

  'console.results.title': 'Results',
  'console.results.intro':
    'Counts of completed responses that are not excluded from analysis. Figures resting on fewer than {k} respondents are not shown, nor any figure from which they could be worked out.',
  'console.results.allQuestionnaires': 'All questionnaires (pooled)',
  'console.results.question': 'Question',
  'console.results.by': 'Broken down by',
  'console.results.noGrouping': 'No breakdown',
  'console.results.language': 'Language of the response',
  'console.results.show': 'Show',
  'console.results.answer': 'Answer',
  'console.results.total': 'Total',
  'console.results.noAnswer': 'No answer',
  'console.results.dontKnow': "Don't know",
  'console.results.preferNot': 'Prefer not to say',
  'console.results.base': 'Answered (base of percentages)',
  'console.results.unitRespondents': 'respondents',
  'console.results.unitItems': 'microcredentials described, one count each',
  'console.results.suppressed': 'not shown: too few respondents, or it would reveal a figure that is',
  'console.results.mean': 'Mean',
  'console.results.q1': 'First quartile',
  'console.results.median': 'Median',
  'console.results.q3': 'Third quartile',
  'console.results.link': 'Results',

  'console.results.public': 'Public results page',
  'console.results.notPublished': 'The results are not published.',
  'console.results.published': 'Published on {date} by {name}.',
  'console.results.publicLink': 'Open the public page',
  'console.results.releaseHint':
    'Computes and protects every table now, from the responses completed so far, and shows them on the public page in every language. Later responses appear only with the next release.',
  'console.results.release': 'Publish the results now',
  'console.results.withdraw': 'Take the results off line',

  'console.results.textsNote':
    'Open answers, as written. They are never published; a group with fewer than {k} answers is not shown. Do not copy them into reports without removing anything that could identify someone.',
  'console.results.textsHidden': 'Too few answers in this group to show them.',

  'console.weights.title': 'Weights',
  'console.weights.none': 'The responses are not weighted.',
  'console.weights.current':
    'Weights computed on {date} by {name} for {count} completed responses. Responses completed later have no weight until the weights are computed again.',
  'console.weights.margins': 'Population margins used',
  'console.weights.hint':
    'A CSV file with the columns variable, category and total: one variable is post-stratification, several are raked. Variables you can use: {variables}.',
  'console.weights.upload': 'Population margins (CSV)',
  'console.weights.compute': 'Compute weights',
  'console.weights.header': 'The file needs the columns variable, category and total.',
  'console.weights.unreadable':
    'The file is not a CSV file in UTF-8. In a spreadsheet program, save it as “CSV UTF-8”.',
  'console.weights.tooManyRows': 'The file has more than {max} rows; margins take one row for each category.',
  // {column} is the heading as written (variable, category); {value} is the cell as written.
  'console.weights.missingValue': 'Row {row}, column {column}: the cell is empty.',
  'console.weights.badTotal': 'Row {row}, column total: “{value}” is not a number greater than 0.',
  'console.weights.duplicate': 'Row {row}: {variable} = {category} is on an earlier row too.',
  'console.weights.unequalTotals':
    'The totals of {variable} add up to {sum}, those of {first} to {firstSum}: every variable must add up to the same population.',
  'console.weights.unknownVariable': 'Not a variable of this study: {variables}.',
  'console.weights.noRespondents': 'There are no completed responses to weight.',
  'console.weights.noValue': '{count} responses have no value for {variable}.',
  'console.weights.emptyCategory': 'No response has {variable} = {category}: raking cannot meet that margin.',
  'console.weights.unknownCategory':
    '{count} responses have {variable} = {category}, which the margins do not list.',
  'console.weights.link': 'Weights',
  'console.exports.title': 'Research export',
  'console.exports.link': 'Research export',
  'console.exports.intro':
    'One package (.zip) with the completed responses that are not excluded: a file with one row per respondent, a file with one row per item of each repeat group (such as each microcredential described), a codebook, syntax that reads the CSV files with their labels, and a README with the questionnaire versions, dates, weights and what was left out. Contact details are never included.',
  'console.exports.confidential':
    'These files are microdata, not protected by disclosure control: keep them confidential and delete them when your analysis no longer needs them. Each download is recorded in the audit log.',
  'console.exports.language': 'Labels in',
  'console.exports.formats': 'Data formats besides CSV',
  'console.exports.download': 'Download the package',
  'console.exports.badLanguage': 'Choose one of the study’s languages.',
  'console.results.weighted': 'Weighted percentages with 95 % confidence intervals',
  'console.results.effectiveBase': 'Effective base (Kish)',
  'console.results.unit': 'Count answers in repeat groups',
  'console.results.unitHint':
    'Questions asked for each microcredential described (or each item of another repeat group) are counted per item, or per respondent who gave the answer at least once. Other questions are always per respondent.',
  'console.results.releasing':
    'A release is being prepared (asked for at {date}); it appears here when every table is protected.',
  'console.results.weightedMean': 'Weighted mean [95 % interval]',

  'console.audit.title': 'Audit log',
  'console.audit.none': 'Nothing has been recorded yet.',
  'console.audit.when': 'When',
  'console.audit.who': 'Who',
  'console.audit.what': 'What',
  'console.audit.detail': 'Details',
  'console.audit.older': 'Older entries',
} as const;

export type ConsoleKey = keyof typeof en;
export type ConsoleMessages = Readonly<Record<ConsoleKey, string>>;
