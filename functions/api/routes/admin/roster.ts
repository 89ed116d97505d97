/**
 * /api/admin/roster: HR uploads the staff list as CSV (stage → preview → apply or discard), and makes and
 * exports each member's personal quiz link. Agency HR and admins; the agency is the session's.
 */
import { createRoute } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { apiRouter, type AppEnv } from '../../env';
import { problems } from '../../openapi';
import { ApiProblem } from '../../problem';
import { requireRole, sessionAuditEvent } from '../../middleware/session';
import { agencyScope } from './scope';
import { rolesWith } from '../../../auth/roles';
import { tokenHash } from '../../../auth/tokens';
import type { AgencyScope } from '../../../auth/scope';
import { ROSTER_MAX_BYTES, parseRoster, type RejectedLine } from '../../../domain/roster';
import { quizLinkExpiry, quizLinkKey, quizLinkToken, quizLinkUrl } from '../../../domain/quiz-link';
import { csvText } from '../../../exports/csv';
import { t, type MessageKey } from '../../../i18n/messages';
import type { Locale } from '../../../schemas/content';
import {
  applyRequestSchema,
  importParamsSchema,
  importPreviewSchema,
  importSummarySchema,
  linksCsvQuerySchema,
  linksRequestSchema,
  linksResponseSchema,
  memberLinkSchema,
  memberParamsSchema,
  type ImportPreview,
} from '../../../schemas/roster';
import {
  applyImport,
  discardImport,
  findImport,
  listLeavers,
  listRejectedLines,
  stageImport,
  type ImportRecord,
} from '../../../storage/roster';
import { insertLinks, listLiveLinks, membersNeedingLinks } from '../../../storage/quiz-links';
import { auditIfStatement, auditStatement } from '../../../storage/audit';
import { siteOrigin } from '../../../certificates/urls';

export const ROSTER_UPLOAD_PATH = '/api/admin/roster/imports';
const REJECTS_SHOWN = 200;
const LEAVERS_SHOWN = 20;
/** Marking more than this share of the active roster as left needs a second, explicit confirmation. */
const LEAVERS_CONFIRM_SHARE = 0.2;
const csvTypeRe = /^text\/csv\s*(;|$)/i;

const json = <T>(schema: T) => ({ 'application/json': { schema } });
const staff = requireRole(...rolesWith('agency.report'));

function needsLeaverConfirmation(record: Pick<ImportRecord, 'toLeave' | 'activeBefore'>): boolean {
  return record.activeBefore > 0 && record.toLeave > record.activeBefore * LEAVERS_CONFIRM_SHARE;
}

function summary(record: ImportRecord) {
  return { ...record, delimiter: record.delimiter as ';' | ',' | '\t', leaversNeedConfirmation: needsLeaverConfirmation(record) };
}

/** A rejected line with each problem worded in the request's language. */
function describeLine(line: RejectedLine, locale: Locale) {
  return {
    line: line.line,
    nip: line.nip,
    problems: line.problems.map((p) => ({
      field: p.field,
      code: p.error,
      message: t(locale, p.error as MessageKey, {
        lines: (p.lines ?? []).join(', ') + ((p.count ?? 0) > (p.lines?.length ?? 0) ? ', …' : ''),
        count: p.count ?? 0,
      }),
    })),
  };
}

async function preview(c: Context<AppEnv>, scope: AgencyScope, record: ImportRecord): Promise<ImportPreview> {
  const db = c.env.DB;
  const staged = record.status === 'staged';
  const [rejected, leaving] = staged
    ? await Promise.all([listRejectedLines(db, scope, record.id, REJECTS_SHOWN), listLeavers(db, scope, record.id, LEAVERS_SHOWN)])
    : [[], []];
  return { import: summary(record), rejected: rejected.map((line) => describeLine(line, c.var.locale)), leaving };
}

const importId = (c: { req: { valid: (target: 'param') => { importId: number } } }) => c.req.valid('param').importId;

const stageRoute = createRoute({
  method: 'post',
  path: '/imports',
  summary:
    'Upload a roster as CSV (UTF-8, with or without BOM; `;`, `,` or tab; headers such as NIP, Nama, Unit Kerja/OPD, Email; at most 5 MB and 50,000 rows). Every line is checked and the file staged: the answer previews what applying it would add, update and mark as left, and each rejected line with its reasons. A file that cannot be read changes nothing (400 saying why). Replaces any upload of the agency still waiting.',
  middleware: [
    staff,
    bodyLimit({
      maxSize: ROSTER_MAX_BYTES,
      onError: () => {
        throw new ApiProblem(413, 'detail.rosterTooLarge');
      },
    }),
  ],
  request: { body: { required: true, content: { 'text/csv': { schema: { type: 'string' } } } } },
  responses: { 201: { description: 'Staged; the preview', content: json(importPreviewSchema) }, ...problems(400, 401, 403, 413, 415) },
});

const getImportRoute = createRoute({
  method: 'get',
  path: '/imports/{importId}',
  summary: 'An upload of your agency and, while it waits, its preview',
  middleware: [staff],
  request: { params: importParamsSchema },
  responses: { 200: { description: 'The upload', content: json(importPreviewSchema) }, ...problems(401, 403, 404) },
});

const applyRoute = createRoute({
  method: 'post',
  path: '/imports/{importId}/apply',
  summary:
    'Apply a staged upload in one batch: valid rows added or updated, active members missing from the file marked as left (history kept), the report recounted. More than 20 % leaving needs `confirmLeavers: true` (409 otherwise); a file without a valid row changes nothing (409).',
  middleware: [staff],
  request: { params: importParamsSchema, body: { required: true, content: json(applyRequestSchema) } },
  responses: { 200: { description: 'Applied', content: json(importSummarySchema) }, ...problems(400, 401, 403, 404, 409, 413, 415) },
});

const discardRoute = createRoute({
  method: 'delete',
  path: '/imports/{importId}',
  summary: 'Discard a staged upload; the roster is unchanged',
  middleware: [staff],
  request: { params: importParamsSchema },
  responses: { 204: { description: 'Discarded' }, ...problems(401, 403, 404, 409) },
});

const createLinksRoute = createRoute({
  method: 'post',
  path: '/links',
  summary:
    'Make personal quiz links (valid 60 days) for active members who have no usable one (or for all with `renew`), by default only those still without a certificate; optionally in one unit',
  middleware: [staff],
  request: { body: { required: true, content: json(linksRequestSchema) } },
  responses: {
    200: { description: 'How many links were made', content: json(linksResponseSchema) },
    ...problems(400, 401, 403, 413, 415, 503),
  },
});

const exportLinksRoute = createRoute({
  method: 'get',
  path: '/links.csv',
  summary:
    'The usable personal links as CSV (UTF-8 with BOM) for a mail merge or messages: NIP, name, unit, email, link, valid until, last reminder emailed (date)',
  middleware: [staff],
  request: { query: linksCsvQuerySchema },
  responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } }, ...problems(400, 401, 403, 503) },
});

const memberLinkRoute = createRoute({
  method: 'post',
  path: '/members/{nip}/link',
  summary: 'A new personal quiz link for one active member (replacing their earlier unused link), e.g. to send by WhatsApp',
  middleware: [staff],
  request: { params: memberParamsSchema },
  responses: { 201: { description: 'The link', content: json(memberLinkSchema) }, ...problems(401, 403, 404, 503) },
});

function linkKey(c: Context<AppEnv>): Promise<CryptoKey> {
  if (!c.env.CERT_SIGNING_KEY) throw new ApiProblem(503, 'detail.notConfigured');
  return quizLinkKey(c.env.CERT_SIGNING_KEY);
}

async function newLinks(key: CryptoKey, nips: readonly string[]) {
  return Promise.all(
    nips.map(async (nip) => {
      const id = crypto.randomUUID();
      const token = await quizLinkToken(key, id);
      return { id, nip, token, tokenHash: await tokenHash(token) };
    }),
  );
}

export const rosterRoutes = apiRouter()
  .openapi(stageRoute, async (c) => {
    const scope = agencyScope(c);
    if (!csvTypeRe.test(c.req.header('content-type') ?? '')) throw new ApiProblem(415, 'detail.rosterContentType');
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const parsed = parseRoster(bytes);
    if (!parsed.ok) {
      const { code, missing, found } = parsed.error;
      const detail = (
        {
          'roster.encoding': 'detail.rosterEncoding',
          'roster.empty': 'detail.rosterEmpty',
          'roster.tooLarge': 'detail.rosterTooLarge',
          'roster.tooManyRows': 'detail.rosterTooManyRows',
          'roster.missingColumns': 'detail.rosterMissingColumns',
        } as const
      )[code];
      throw new ApiProblem(code === 'roster.tooLarge' ? 413 : 400, detail, {
        params: {
          missing: (missing ?? []).map((f) => ({ nip: 'NIP', name: 'Nama', unit: 'Unit Kerja', email: 'Email' })[f]).join(', '),
          found: (found ?? []).join(', ') || '—',
        },
      });
    }
    const now = new Date();
    const sha256 = await tokenHash(new TextDecoder().decode(bytes));
    const record = await stageImport(c.env.DB, scope, parsed.roster, { sha256, now });
    await auditStatement(
      c.env.DB,
      sessionAuditEvent(
        c,
        'roster.stage',
        `import:${record.id}`,
        { rows: record.rowsTotal, valid: record.rowsValid, rejected: record.rowsRejected },
        now.toISOString(),
      ),
    ).run();
    return c.json(await preview(c, scope, record), 201);
  })
  .openapi(getImportRoute, async (c) => {
    const scope = agencyScope(c);
    const record = await findImport(c.env.DB, scope, importId(c));
    if (!record) throw new ApiProblem(404, 'detail.importNotFound');
    return c.json(await preview(c, scope, record), 200);
  })
  .openapi(applyRoute, async (c) => {
    const scope = agencyScope(c);
    const id = importId(c);
    const { confirmLeavers } = c.req.valid('json');
    const db = c.env.DB;
    const record = await findImport(db, scope, id);
    if (!record) throw new ApiProblem(404, 'detail.importNotFound');
    if (record.status !== 'staged') throw new ApiProblem(409, 'detail.importNotStaged');
    if (record.rowsValid === 0) throw new ApiProblem(409, 'detail.importNothingValid');
    if (needsLeaverConfirmation(record) && !confirmLeavers) {
      throw new ApiProblem(409, 'detail.confirmLeavers', { params: { leaving: record.toLeave, active: record.activeBefore } });
    }
    const now = new Date();
    const at = now.toISOString();
    const event = sessionAuditEvent(
      c,
      'roster.apply',
      `import:${id}`,
      { added: record.toAdd, updated: record.toUpdate, left: record.toLeave },
      at,
    );
    const applied = await applyImport(db, scope, id, now, [
      auditIfStatement(db, event, "EXISTS (SELECT 1 FROM roster_imports WHERE id = ?9 AND status = 'staged')", [id]),
    ]);
    if (!applied) throw new ApiProblem(409, 'detail.importNotStaged');
    // From the batch's own values, not read back: once the batch ran, a failing read must not turn an
    // applied import into a 503 whose retry meets 409.
    return c.json(summary({ ...record, status: 'applied', decidedAt: at }), 200);
  })
  .openapi(discardRoute, async (c) => {
    const scope = agencyScope(c);
    const id = importId(c);
    const db = c.env.DB;
    const record = await findImport(db, scope, id);
    if (!record) throw new ApiProblem(404, 'detail.importNotFound');
    const at = new Date();
    const event = sessionAuditEvent(c, 'roster.discard', `import:${id}`, {}, at.toISOString());
    const discarded = await discardImport(db, scope, id, at, [
      auditIfStatement(db, event, "EXISTS (SELECT 1 FROM roster_imports WHERE id = ?9 AND status = 'discarded' AND decided_at = ?10)", [
        id,
        at.toISOString(),
      ]),
    ]);
    if (!discarded) throw new ApiProblem(409, 'detail.importNotStaged');
    return c.body(null, 204);
  })
  .openapi(createLinksRoute, async (c) => {
    const scope = agencyScope(c);
    const { unitId, renew = false, pendingOnly = true } = c.req.valid('json');
    const key = await linkKey(c);
    const now = new Date();
    const expiresAt = quizLinkExpiry(now);
    const nips = await membersNeedingLinks(c.env.DB, scope, { unitId, renew, pendingOnly, now });
    const links = await newLinks(key, nips);
    const created = await insertLinks(c.env.DB, scope, links, { now, expiresAt }, [
      auditStatement(
        c.env.DB,
        sessionAuditEvent(c, 'links.create', null, { count: links.length, unitId: unitId ?? null, renew }, now.toISOString()),
      ),
    ]);
    return c.json({ created, expiresAt }, 200);
  })
  .openapi(exportLinksRoute, async (c) => {
    const scope = agencyScope(c);
    const { unitId, pending = true } = c.req.valid('query');
    const key = await linkKey(c);
    const now = new Date();
    const links = await listLiveLinks(c.env.DB, scope, { unitId, pendingOnly: pending, now });
    const origin = siteOrigin(c.env);
    const locale = c.var.locale;
    const header =
      locale === 'en'
        ? ['NIP', 'Name', 'Work unit', 'Email', 'Quiz link', 'Valid until', 'Reminded at']
        : ['NIP', 'Nama', 'Unit Kerja', 'Email', 'Tautan kuis', 'Berlaku sampai', 'Diingatkan'];
    const rows = await Promise.all(
      links.map(async (l) => [
        l.nip,
        l.name,
        l.unit,
        l.email,
        quizLinkUrl(origin, await quizLinkToken(key, l.id), locale),
        l.expiresAt.slice(0, 10),
        l.remindedAt?.slice(0, 10) ?? '',
      ]),
    );
    await auditStatement(
      c.env.DB,
      sessionAuditEvent(c, 'links.export', null, { count: rows.length, unitId: unitId ?? null, pending }, now.toISOString()),
    ).run();
    const name = locale === 'en' ? 'quiz-links' : 'tautan-kuis';
    return c.body(csvText(header, rows), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}-${now.toISOString().slice(0, 10)}.csv"`,
      'cache-control': 'no-store',
    });
  })
  .openapi(memberLinkRoute, async (c) => {
    const scope = agencyScope(c);
    const { nip } = c.req.valid('param');
    const key = await linkKey(c);
    const now = new Date();
    const expiresAt = quizLinkExpiry(now);
    const [link] = await newLinks(key, [nip]);
    const created = await insertLinks(c.env.DB, scope, [link!], { now, expiresAt }, [
      auditIfStatement(
        c.env.DB,
        sessionAuditEvent(c, 'links.create', `member:${nip}`, { count: 1 }, now.toISOString()),
        'EXISTS (SELECT 1 FROM quiz_links WHERE id = ?9)',
        [link!.id],
      ),
    ]);
    if (created === 0) throw new ApiProblem(404, 'detail.memberNotFound');
    return c.json({ nip, url: quizLinkUrl(siteOrigin(c.env), link!.token, c.var.locale), expiresAt }, 201);
  });
