/** Audit events: the actions recorded and how a client address is reduced before it is stored. */

export type AuditAction =
  | 'login.ok'
  | 'login.fail'
  | 'logout'
  | 'logout.all'
  | 'password.set'
  | 'password.reset_requested'
  | 'user.invite'
  | 'user.update'
  | 'roster.stage'
  | 'roster.apply'
  | 'roster.discard'
  | 'links.create'
  | 'links.export'
  | 'reminders.send'
  | 'cert.revoke'
  | 'cycle.create'
  | 'cycle.update'
  | 'cycle.delete'
  | 'export.certificates_csv'
  | 'export.pending_csv'
  | 'export.certificates_zip'
  | 'export.certificates_pdf'
  | 'export.users_csv';

export interface AuditEvent {
  at: string;
  agencyId: string | null;
  actorUserId: string | null;
  actorRole: string | null;
  action: AuditAction;
  target: string | null;
  /** A small JSON object: counts, changed fields. Never a password, token or full IP. */
  detail: Record<string, unknown> | null;
  ipHint: string | null;
}

/**
 * The network a client came from, not the address: IPv4 to its /24, IPv6 to its /48. Enough to see a
 * pattern in the audit log without storing a personal address.
 * @example ipHint('203.0.113.57') // '203.0.113.0/24'
 */
export function ipHint(ip: string | undefined | null): string | null {
  if (!ip) return null;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.\d{1,3}$/.exec(ip);
  if (v4) return `${v4[1]}.${v4[2]}.${v4[3]}.0/24`;
  if (ip.includes(':')) {
    const [head] = ip.split('::');
    const groups = (head ?? '').split(':').filter(Boolean).slice(0, 3);
    while (groups.length < 3) groups.push('0');
    return `${groups.join(':')}::/48`;
  }
  return null;
}
