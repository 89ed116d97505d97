// The admin routes whose access is proven in roster-access.test.ts; access-matrix.test.ts covers the rest.
export const ROSTER_ACCESS_ROUTES = [
  'POST /api/admin/roster/imports',
  'GET /api/admin/roster/imports/{importId}',
  'POST /api/admin/roster/imports/{importId}/apply',
  'DELETE /api/admin/roster/imports/{importId}',
  'POST /api/admin/roster/links',
  'GET /api/admin/roster/links.csv',
  'POST /api/admin/roster/members/{nip}/link',
  'GET /api/admin/report',
  'GET /api/admin/pending',
  'GET /api/admin/national',
  'POST /api/admin/certificates/{code}/revoke',
  'GET /api/admin/exports',
  'GET /api/admin/exports/certificates.csv',
  'GET /api/admin/exports/pending.csv',
  'GET /api/admin/exports/certificates.zip',
  'GET /api/admin/exports/certificates.pdf',
];
