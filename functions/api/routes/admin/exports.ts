/**
 * Exports of the signed-in user's agency (/api/admin/exports/*): certificates and pending members as
 * CSV, certificates as a ZIP of PDFs (in parts of 1,000) or one merged PDF for printing. Streamed page
 * by page; the first page is read before the response starts, so a failing database is a 503 problem
 * and not a cut-off file, and the audit event (full NIPs leave the service) is written only then.
 */
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { apiRouter, type AppEnv } from '../../env';
import { problems } from '../../openapi';
import { ApiProblem } from '../../problem';
import { requireRole, sessionAuditEvent } from '../../middleware/session';
import { agencyScope } from './scope';
import { rolesWith } from '../../../auth/roles';
import type { AuditAction } from '../../../auth/audit';
import type { AgencyScope } from '../../../auth/scope';
import { exportRange, partsOf, type ExportRange } from '../../../domain/export-scope';
import { currentCycle, type Cycle } from '../../../domain/cycles';
import { localDay, zoneOfAgency } from '../../../domain/zone';
import { certificateColumns, pendingColumns } from '../../../exports/columns';
import { csvStream } from '../../../exports/csv';
import { downloadHeaders, type ExportKind } from '../../../exports/download';
import { MAX_MERGED_CERTIFICATES, mergePdfs } from '../../../exports/merged-pdf';
import { limited, pagesOf, primed } from '../../../exports/pages';
import { certificatesZip, MAX_CERTIFICATES_PER_ZIP } from '../../../exports/zip';
import { createCertificateRenderer } from '../../../certificates/pdf';
import { publicKeyUrl, siteOrigin } from '../../../certificates/urls';
import { certificateView } from '../../../certificates/view';
import { listCycles } from '../../../storage/campaigns';
import { exportQuerySchema, exportsInfoSchema, zipQuerySchema } from '../../../schemas/exports';
import { auditStatement } from '../../../storage/audit';
import { listUnits } from '../../../storage/report';
import {
  certificateExportPage,
  countExportCertificates,
  partCursor,
  pendingExportPage,
  type CertificateCursor,
  type ExportScope,
  type PendingExportCursor,
} from '../../../storage/exports';

const staff = requireRole(...rolesWith('agency.report'));
const CSV_PAGE = 1_000;
/** The first page is read before the response starts: a small one keeps the first byte as quick at 100,000 rows as at 100. */
const CSV_FIRST_PAGE = 100;
/** Small pages for PDFs: a page is rendered before the next is read, so fewer rows wait in memory. */
const PDF_PAGE = 100;
const file = (type: string, description: string) => ({ description, content: { [type]: { schema: { type: 'string' as const } } } });
const scopeNote = '`unit`, `from`/`to` (local days) and `cycle` (default the current one, or `all`) narrow it.';

const infoRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'What the export forms offer: cycles, units, and how many ZIP parts the current cycle’s certificates make',
  middleware: [staff],
  responses: { 200: { description: 'Choices', content: { 'application/json': { schema: exportsInfoSchema } } }, ...problems(401, 403) },
});

const certificatesCsvRoute = createRoute({
  method: 'get',
  path: '/certificates.csv',
  summary: `Certificates issued under your agency as CSV (UTF-8 with BOM, formula cells neutralised), streamed: full NIP, name, unit, score, local date, code, status, identity, verify link. ${scopeNote} Audited.`,
  middleware: [staff],
  request: { query: exportQuerySchema },
  responses: { 200: file('text/csv', 'CSV'), ...problems(400, 401, 403, 404, 503) },
});

const pendingCsvRoute = createRoute({
  method: 'get',
  path: '/pending.csv',
  summary:
    'Active roster members without a valid certificate issued in the cycle, as CSV: NIP, name, unit, email, status. `unit` and `cycle` narrow it. Audited.',
  middleware: [staff],
  request: { query: exportQuerySchema },
  responses: { 200: file('text/csv', 'CSV'), ...problems(400, 401, 403, 404, 503) },
});

const certificatesZipRoute = createRoute({
  method: 'get',
  path: '/certificates.zip',
  summary: `The certificates as PDFs in a ZIP, streamed, ${MAX_CERTIFICATES_PER_ZIP} a part (\`part\`, 1-based; GET /api/admin/exports tells how many). ${scopeNote} Audited.`,
  middleware: [staff],
  request: { query: zipQuerySchema },
  responses: { 200: file('application/zip', 'ZIP'), ...problems(400, 401, 403, 404, 503) },
});

const certificatesPdfRoute = createRoute({
  method: 'get',
  path: '/certificates.pdf',
  summary: `The certificates as one PDF for printing, at most ${MAX_MERGED_CERTIFICATES} (else 422: use the ZIP). ${scopeNote} Audited.`,
  middleware: [staff],
  request: { query: exportQuerySchema },
  responses: { 200: file('application/pdf', 'PDF'), ...problems(400, 401, 403, 404, 422, 503) },
});

/** The filter of an export from its query: the cycle (404 if unknown) cut to the local days asked; and every cycle. */
async function filterOf(c: Context<AppEnv>, scope: AgencyScope, query: { unit?: number; from?: string; to?: string; cycle?: string }) {
  const zone = zoneOfAgency(scope.agencyId);
  const cycles = await listCycles(c.env.DB);
  const range = exportRange(query, cycles, zone, new Date());
  if (!range) throw new ApiProblem(404, 'detail.cycleNotFound');
  const filter: ExportScope = { fromAt: range.fromAt, toAt: range.toAt, unitId: query.unit };
  return { zone, range, filter, cycles };
}

/** Records the export: who, which scope, how many when known. Full NIPs leave the service with it. */
function audit(
  c: Context<AppEnv>,
  action: AuditAction,
  query: Record<string, unknown>,
  range: ExportRange,
  extra: Record<string, unknown> = {},
) {
  const detail = { unitId: query.unit ?? null, from: query.from ?? null, to: query.to ?? null, cycle: range.cycle?.id ?? 'all', ...extra };
  return auditStatement(c.env.DB, sessionAuditEvent(c, action, null, detail)).run();
}

/** `sertifikat-kab-34.02-2026-12-03`: what, whose, the agency's local date. */
function fileName(scope: AgencyScope, what: { id: string; en: string }, locale: 'id' | 'en', suffix = ''): string {
  const today = localDay(new Date().toISOString(), zoneOfAgency(scope.agencyId));
  return `${what[locale]}-${scope.agencyId}-${today}${suffix}`;
}

const headersOf = (kind: ExportKind, name: string) => Object.fromEntries(downloadHeaders(kind, name));

async function renderer(c: Context<AppEnv>, cycles: Cycle[]) {
  const origin = siteOrigin(c.env);
  const { render } = await createCertificateRenderer({ publicKeyUrl: publicKeyUrl(origin) });
  const now = new Date();
  return (row: Parameters<typeof certificateView>[0]) => render(certificateView(row, origin, cycles, now));
}

export const exportRoutes = apiRouter()
  .openapi(infoRoute, async (c) => {
    const scope = agencyScope(c);
    const db = c.env.DB;
    const { filter, cycles } = await filterOf(c, scope, {});
    const current = currentCycle(cycles, new Date());
    const units = await listUnits(db, scope, current?.id ?? '');
    const certificates = await countExportCertificates(db, scope, filter);
    return c.json(
      {
        cycles: cycles.map((cycle) => ({ ...cycle, current: cycle.id === current?.id })),
        units: units.map((u) => ({ id: u.id, name: u.name })),
        certificates,
        partSize: MAX_CERTIFICATES_PER_ZIP,
        parts: partsOf(certificates, MAX_CERTIFICATES_PER_ZIP),
        maxMergedPdf: MAX_MERGED_CERTIFICATES,
      },
      200,
    );
  })
  .openapi(certificatesCsvRoute, async (c) => {
    const scope = agencyScope(c);
    const query = c.req.valid('query');
    const { zone, range, filter } = await filterOf(c, scope, query);
    const db = c.env.DB;
    const fetchPage = await primed((cursor: CertificateCursor | null) =>
      certificateExportPage(db, scope, filter, cursor, cursor ? CSV_PAGE : CSV_FIRST_PAGE),
    );
    await audit(c, 'export.certificates_csv', query, range);
    const locale = c.var.locale;
    const body = csvStream({ columns: certificateColumns(locale, zone, siteOrigin(c.env)), fetchPage });
    return c.body(body, 200, headersOf('csv', fileName(scope, { id: 'sertifikat', en: 'certificates' }, locale)));
  })
  .openapi(pendingCsvRoute, async (c) => {
    const scope = agencyScope(c);
    const query = c.req.valid('query');
    // Pending is about the cycle as a whole: a date range does not apply to people without a certificate.
    const { range, filter } = await filterOf(c, scope, { unit: query.unit, cycle: query.cycle });
    const db = c.env.DB;
    const fetchPage = await primed((cursor: PendingExportCursor | null) =>
      pendingExportPage(db, scope, filter, cursor, cursor ? CSV_PAGE : CSV_FIRST_PAGE),
    );
    await audit(c, 'export.pending_csv', query, range);
    const locale = c.var.locale;
    const body = csvStream({ columns: pendingColumns(locale), fetchPage });
    return c.body(body, 200, headersOf('csv', fileName(scope, { id: 'belum-lulus', en: 'pending' }, locale)));
  })
  .openapi(certificatesZipRoute, async (c) => {
    const scope = agencyScope(c);
    const { part = 1, ...query } = c.req.valid('query');
    const { range, filter, cycles } = await filterOf(c, scope, query);
    const db = c.env.DB;
    const count = await countExportCertificates(db, scope, filter);
    const parts = partsOf(count, MAX_CERTIFICATES_PER_ZIP);
    if (part > parts) throw new ApiProblem(404, 'detail.exportPartNotFound', { params: { parts } });
    const start = await partCursor(db, scope, filter, part, MAX_CERTIFICATES_PER_ZIP);
    const fetchPage = await primed(
      limited((cursor, limit) => certificateExportPage(db, scope, filter, cursor, limit), start, MAX_CERTIFICATES_PER_ZIP, PDF_PAGE),
    );
    const render = await renderer(c, cycles);
    const inPart = Math.min(MAX_CERTIFICATES_PER_ZIP, count - (part - 1) * MAX_CERTIFICATES_PER_ZIP);
    await audit(c, 'export.certificates_zip', query, range, { part, parts, count: inPart });
    const locale = c.var.locale;
    const suffix = parts > 1 ? (locale === 'en' ? `-part-${part}-of-${parts}` : `-bagian-${part}-dari-${parts}`) : '';
    return c.body(
      certificatesZip({ fetchPage, render }),
      200,
      headersOf('zip', fileName(scope, { id: 'sertifikat', en: 'certificates' }, locale, suffix)),
    );
  })
  .openapi(certificatesPdfRoute, async (c) => {
    const scope = agencyScope(c);
    const query = c.req.valid('query');
    const { range, filter, cycles } = await filterOf(c, scope, query);
    const db = c.env.DB;
    const count = await countExportCertificates(db, scope, filter);
    if (count > MAX_MERGED_CERTIFICATES)
      throw new ApiProblem(422, 'detail.exportTooManyForPdf', { params: { max: MAX_MERGED_CERTIFICATES, count } });
    const render = await renderer(c, cycles);
    const fetchPage = limited(
      (cursor: CertificateCursor | null, limit) => certificateExportPage(db, scope, filter, cursor, limit),
      null,
      MAX_MERGED_CERTIFICATES,
      PDF_PAGE,
    );
    async function* documents() {
      for await (const rows of pagesOf(fetchPage)) for (const row of rows) yield await render(row);
    }
    const bytes = await mergePdfs(documents(), `Sertifikat Netral ASN ${scope.agencyId}`);
    await audit(c, 'export.certificates_pdf', query, range, { count });
    const locale = c.var.locale;
    return c.body(new Uint8Array(bytes), 200, headersOf('pdf', fileName(scope, { id: 'sertifikat', en: 'certificates' }, locale)));
  });
