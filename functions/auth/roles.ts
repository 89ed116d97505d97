/**
 * Who may do what. Agency roles act inside one agency; national roles see across agencies but never an
 * agency's personal data (names, NIPs), in line with UU 27/2022 on personal data protection.
 */

export const ROLES = ['agency_hr', 'agency_admin', 'national_viewer', 'super_admin'] as const;
export type Role = (typeof ROLES)[number];

export const AGENCY_ROLES = ['agency_hr', 'agency_admin'] as const satisfies readonly Role[];
export type AgencyRole = (typeof AGENCY_ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isAgencyRole(role: Role): role is AgencyRole {
  return (AGENCY_ROLES as readonly string[]).includes(role);
}

export type Permission =
  | 'agency.report' // own agency's report, roster and personal quiz links
  | 'agency.revoke' // revoke own agency's certificates
  | 'agency.users' // invite, disable and change the role of own agency's users
  | 'agency.audit' // read own agency's audit log
  | 'national.report' // aggregates of every agency, counts only
  | 'operations'; // run the service (accounts of any agency via the command line)

const PERMISSIONS: Record<Role, readonly Permission[]> = {
  agency_hr: ['agency.report'],
  agency_admin: ['agency.report', 'agency.revoke', 'agency.users', 'agency.audit'],
  national_viewer: ['national.report'],
  super_admin: ['national.report', 'operations'],
};

/**
 * @example can('agency_hr', 'agency.audit') // false
 */
export function can(role: Role, permission: Permission): boolean {
  return PERMISSIONS[role].includes(permission);
}

/** The roles that hold a permission, for `requireRole(...rolesWith('agency.users'))`. */
export function rolesWith(permission: Permission): Role[] {
  return ROLES.filter((role) => can(role, permission));
}

/**
 * The roles a user may give others in their own agency: an agency admin makes agency staff only, never a
 * national role (no escalation out of the agency).
 */
export function grantableRoles(role: Role): readonly AgencyRole[] {
  return can(role, 'agency.users') ? AGENCY_ROLES : [];
}
