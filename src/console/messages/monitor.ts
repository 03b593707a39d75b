/** The fieldwork monitor's words in English (merged into en.ts). */
export const monitorMessages = {
  'console.monitor.title': 'Fieldwork monitor',
  'console.monitor.intro':
    'Responses to every version of each questionnaire. Days and times are in the study’s time zone, {zone}.',
  'console.monitor.instruments': 'Responses per questionnaire',
  'console.monitor.instrument': 'Questionnaire',
  'console.monitor.started': 'Started',
  'console.monitor.completed': 'Completed',
  'console.monitor.partial': 'Partial',
  'console.monitor.invited': 'Invited',
  // Invited people whose response is completed, as a share of everyone invited.
  'console.monitor.responseRate': 'Completed of invited',
  'console.monitor.completionRate': 'Completed of started',
  'console.monitor.median': 'Median time to complete',
  'console.monitor.minutes': '{minutes} min',
  'console.monitor.excluded': 'Excluded',
  'console.monitor.closes': 'Closes',
  'console.monitor.noClosing': 'No closing date',
  // Shown where a figure cannot be computed yet, such as a rate without invitations.
  'console.monitor.notYet': 'not yet',
  'console.monitor.noResponses': 'No responses yet.',
  'console.monitor.details': 'Figures and data quality of {questionnaire}',

  'console.monitor.byGroup': 'Responses by target group',
  'console.monitor.byCountry': 'Responses by country',
  'console.monitor.byLanguage': 'Responses by language',
  'console.monitor.cross': 'Responses by target group, country and language',
  'console.monitor.targetGroup': 'Target group',
  'console.monitor.country': 'Country',
  'console.monitor.language': 'Language',
  // A response that has not reached the question yet, or skipped it.
  'console.monitor.unknown': 'Not answered (yet)',
  'console.monitor.chartNote': 'Bar chart of completed responses; the table after it has the same figures.',

  'console.monitor.dropOff': 'Where partial responses stopped',
  'console.monitor.dropOffIntro':
    'Each response that is not completed is counted at the last page it saved: the respondent left on the page after it, or on that page itself if they saved it with a question still open, to come back later.',
  'console.monitor.page': 'Last page saved',
  'console.monitor.noPartial': 'No partial responses.',

  'console.monitor.perDay': 'Responses per day',
  'console.monitor.day': 'Day',
  'console.monitor.closingMarker': 'Closes {date}',
  'console.monitor.closingNote': 'Fieldwork closes on {date}.',
  'console.monitor.dayChartNote':
    'Column chart of completed responses per day; a dashed line marks the closing date when it is on the chart. The table after it has the same figures.',

  'console.monitor.flags': 'Data quality flags',
  'console.monitor.flagsIntro':
    'Completed responses that may not be genuine, shown by receipt only. A flag is a reason to look, not a verdict: exclude a response from analysis only when you are sure, and say why.',
  'console.monitor.flag.speeder': 'Speeder',
  'console.monitor.flag.speederHint': 'completed in less than a third of the median time ({minutes} min)',
  'console.monitor.flag.straightlining': 'Straight-lining',
  'console.monitor.flag.straightliningHint': 'every row of a grid question answered with the same choice',
  'console.monitor.flag.duplicate': 'Duplicate',
  'console.monitor.flag.duplicateHint': 'the same answers as a response completed before it',
  'console.monitor.flag.honeypot': 'Honeypot',
  'console.monitor.flag.honeypotHint': 'a form came back with the field that only robots fill in',
  'console.monitor.flagCount': 'Responses flagged',
  'console.monitor.noFlags': 'No completed response is flagged.',
  'console.monitor.listLimited': 'Only the first {count} are listed.',
  'console.monitor.receipt': 'Receipt',
  'console.monitor.duration': 'Time to complete',
  'console.monitor.flagsColumn': 'Flags',
  'console.monitor.status': 'Status',
  'console.monitor.inAnalysis': 'In analysis',
  'console.monitor.excludedBecause': 'Excluded: {reason}',
  'console.monitor.excludedBy': '{who}, {when}',
  'console.monitor.actions': 'Action',

  'console.monitor.reason': 'Reason',
  'console.monitor.reason.speeder': 'Speeder',
  'console.monitor.reason.straightlining': 'Straight-lining',
  'console.monitor.reason.duplicate': 'Duplicate',
  'console.monitor.reason.honeypot': 'Honeypot',
  'console.monitor.reason.other': 'Other reason',
  'console.monitor.note': 'Note (optional)',
  'console.monitor.exclude': 'Exclude from analysis',
  'console.monitor.include': 'Include in analysis again',
  'console.monitor.saved.excluded': 'The response {receipt} is excluded from analysis.',
  'console.monitor.saved.included': 'The response {receipt} is included in analysis again.',
  'console.monitor.receiptUnknown': 'No completed response of this questionnaire has this receipt.',
  'console.monitor.reasonInvalid': 'Choose a reason.',
  'console.monitor.noteTooLong': 'The note can have at most {max} characters.',

  // Added by the script when JavaScript is on; {time} is the time of the last update.
  'console.monitor.live.note':
    'With JavaScript on, the numbers of the first table update every 30 seconds; the other tables and the charts when the page is reloaded.',
  'console.monitor.live.pause': 'Pause updates',
  'console.monitor.live.resume': 'Resume updates',
  'console.monitor.live.updated': 'Numbers updated at {time}.',
} as const;
