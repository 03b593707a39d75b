import type { ContactIssueCode } from '../distribution/index.ts';
import type { Role } from '../store/index.ts';
import type { ConsoleKey } from './messages/index.ts';

/** Message keys for values the console shows, spelled out so every key is findable in the code. */
export const roleKey: Readonly<Record<Role, ConsoleKey>> = {
  owner: 'console.role.owner',
  researcher: 'console.role.researcher',
  analyst: 'console.role.analyst',
  translator: 'console.role.translator',
  viewer: 'console.role.viewer',
};

export const statusKey: Readonly<Record<'notOpen' | 'open' | 'closed', ConsoleKey>> = {
  notOpen: 'console.status.notOpen',
  open: 'console.status.open',
  closed: 'console.status.closed',
};

export const savedKey: Readonly<Record<string, ConsoleKey>> = {
  schedule: 'console.saved.schedule',
  closed: 'console.saved.closed',
  draft: 'console.saved.draft',
  published: 'console.saved.published',
  translation: 'console.saved.translation',
};

export const diffKey: Readonly<Record<'added' | 'removed' | 'changed' | 'moved', ConsoleKey>> = {
  added: 'console.diff.added',
  removed: 'console.diff.removed',
  changed: 'console.diff.changed',
  moved: 'console.diff.moved',
};

export const unitStateKey: Readonly<Record<'complete' | 'missing' | 'outdated', ConsoleKey>> = {
  complete: 'console.translations.state.complete',
  missing: 'console.translations.state.missing',
  outdated: 'console.translations.state.outdated',
};

export const publishProblemKey: Readonly<Record<'missing' | 'outdated' | 'placeholders', ConsoleKey>> = {
  missing: 'console.publish.missing',
  outdated: 'console.publish.outdated',
  placeholders: 'console.publish.placeholders',
};

export const passwordProblemKey: Readonly<Record<'tooShort' | 'tooLong' | 'isEmail', ConsoleKey>> = {
  tooShort: 'console.account.password.tooShort',
  tooLong: 'console.account.password.tooLong',
  isEmail: 'console.account.password.isEmail',
};

export const contactIssueKey: Readonly<Record<ContactIssueCode, ConsoleKey>> = {
  'contacts.unreadable': 'console.contacts.unreadable',
  'contacts.tooLarge': 'console.contacts.tooLarge',
  'contacts.empty': 'console.contacts.empty',
  'contacts.missingColumn': 'console.contacts.missingColumn',
  'contacts.duplicateColumn': 'console.contacts.duplicateColumn',
  'contacts.tooMany': 'console.contacts.tooMany',
  'contacts.badEmail': 'console.contacts.badEmail',
  'contacts.badLanguage': 'console.contacts.badLanguage',
  'contacts.badInstrument': 'console.contacts.badInstrument',
  'contacts.badCountry': 'console.contacts.badCountry',
  'contacts.duplicate': 'console.contacts.duplicate',
};
