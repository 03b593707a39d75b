import type { MembershipRow, Role } from '../store/index.ts';

/**
 * Who may do what. Every console route and API endpoint names one of these rules when it is
 * registered (kit.tsx), and console-access.test.ts tries every route with every role.
 */
export const roles = [
  'owner',
  'researcher',
  'analyst',
  'translator',
  'viewer',
] as const satisfies readonly Role[];

export const permissions = [
  'study.view',
  'study.schedule',
  'questionnaire.view',
  'questionnaire.edit',
  'questionnaire.publish',
  'translation.view',
  'translation.edit',
  'members.manage',
  'audit.view',
  'monitor.view',
  'distribution.manage',
  'results.view',
  'results.publish',
  'export.run',
] as const;
export type Permission = (typeof permissions)[number];

const everything: readonly Permission[] = permissions;

export const grants: Readonly<Record<Role, readonly Permission[]>> = {
  owner: everything,
  // Publishing results is the owner's decision (and so are members and the audit log).
  researcher: everything.filter(
    (p) => p !== 'members.manage' && p !== 'audit.view' && p !== 'results.publish',
  ),
  analyst: ['study.view', 'results.view', 'export.run'],
  // Language-bound: a translator's translation rights hold for their languages only.
  translator: ['study.view', 'questionnaire.view', 'translation.view', 'translation.edit'],
  viewer: ['study.view', 'questionnaire.view', 'translation.view', 'monitor.view'],
};

/** Permissions whose routes carry a `:lang` that translators must hold. */
export const languageBound: ReadonlySet<Permission> = new Set(['translation.edit']);

/** The role an account holds in a study: a role in the study itself wins over an installation-wide one. */
export function roleIn(memberships: readonly MembershipRow[], studyId: number): MembershipRow | undefined {
  return memberships.find((m) => m.study_id === studyId) ?? memberships.find((m) => m.study_id === null);
}

export function allows(
  membership: MembershipRow | undefined,
  permission: Permission,
  language?: string,
): boolean {
  if (membership === undefined || !grants[membership.role].includes(permission)) return false;
  if (membership.role !== 'translator' || !languageBound.has(permission)) return true;
  return language !== undefined && membership.languages.split(',').includes(language);
}

/** Languages a member may edit texts of: all for roles that edit, the assigned ones for translators. */
export function editableLanguages(membership: MembershipRow | undefined, all: readonly string[]): string[] {
  if (membership === undefined || !grants[membership.role].includes('translation.edit')) return [];
  if (membership.role !== 'translator') return [...all];
  const mine = membership.languages.split(',');
  return all.filter((l) => mine.includes(l));
}

/** Owners of the installation (a role in every study) may add studies' members and see its log. */
export const isInstallationOwner = (memberships: readonly MembershipRow[]) =>
  memberships.some((m) => m.study_id === null && m.role === 'owner');

/**
 * The register's curators: whoever may publish or research a study may review what the study and
 * providers feed the register. The register is one for the installation, so a role in any study
 * (or in every study) counts.
 */
export const isCurator = (memberships: readonly MembershipRow[]) =>
  memberships.some((m) => m.role === 'owner' || m.role === 'researcher');
