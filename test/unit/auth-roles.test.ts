import { describe, expect, it } from 'vitest';
import { ROLES, can, grantableRoles, rolesWith, type Permission } from '../../functions/auth/roles';
import { assertScope, scopeOf, type AgencyScope } from '../../functions/auth/scope';

describe('roles', () => {
  it('grant exactly these permissions', () => {
    const table = Object.fromEntries(ROLES.map((role) => [role, (['agency.report', 'agency.revoke', 'agency.users', 'agency.audit', 'national.report', 'operations'] as Permission[]).filter((p) => can(role, p))]));
    expect(table).toEqual({
      agency_hr: ['agency.report'],
      agency_admin: ['agency.report', 'agency.revoke', 'agency.users', 'agency.audit'],
      national_viewer: ['national.report'],
      super_admin: ['national.report', 'operations'],
    });
    expect(rolesWith('agency.audit')).toEqual(['agency_admin']);
  });

  it('an agency admin grants agency roles only; nobody else grants anything in the app', () => {
    expect(grantableRoles('agency_admin')).toEqual(['agency_hr', 'agency_admin']);
    expect(grantableRoles('agency_hr')).toEqual([]);
    expect(grantableRoles('national_viewer')).toEqual([]);
    expect(grantableRoles('super_admin')).toEqual([]);
  });
});

describe('AgencyScope', () => {
  const user = { id: 'u1', email: 'a@b.id', name: null, agencyId: 'kab-34.02' };

  it('comes from an agency user’s session, frozen', () => {
    const scope = scopeOf({ user: { ...user, role: 'agency_hr' } })!;
    expect(scope).toEqual({ agencyId: 'kab-34.02', userId: 'u1', role: 'agency_hr' });
    expect(Object.isFrozen(scope)).toBe(true);
    expect(() => assertScope(scope)).not.toThrow();
  });

  it('does not exist for national and super roles', () => {
    expect(scopeOf({ user: { ...user, agencyId: null, role: 'national_viewer' } })).toBeNull();
    expect(scopeOf({ user: { ...user, agencyId: null, role: 'super_admin' } })).toBeNull();
  });

  it('cannot be forged by building the object by hand', () => {
    const forged = { agencyId: 'kota-64.71', userId: 'u1', role: 'agency_admin' } as unknown as AgencyScope;
    expect(() => assertScope(forged)).toThrow(TypeError);
  });
});
