/**
 * /api/admin/reminders: email the pending list a reminder with each member's own quiz link, at most once
 * a week per person, through the optional EMAIL (send_email) binding. Where email is not configured the
 * answer points to the mail-merge CSV of the links instead. Agency HR and admins; the agency is the
 * session's.
 */
import { createRoute } from '@hono/zod-openapi';
import { apiRouter } from '../../env';
import { problems } from '../../openapi';
import { ApiProblem } from '../../problem';
import { enforceLimit } from '../../middleware/rate-limit';
import { requireRole, sessionAuditEvent } from '../../middleware/session';
import { agencyScope } from './scope';
import { rolesWith } from '../../../auth/roles';
import { tokenHash } from '../../../auth/tokens';
import { currentCycle } from '../../../domain/cycles';
import { quizLinkExpiry, quizLinkKey, quizLinkToken, quizLinkUrl } from '../../../domain/quiz-link';
import { planReminders, reminderMessage, reusesLink } from '../../../domain/reminders';
import { zoneOfAgency } from '../../../domain/zone';
import { remindersRequestSchema, remindersResponseSchema, type RemindersResult } from '../../../schemas/reminders';
import { findAgency } from '../../../storage/agencies';
import { auditStatement } from '../../../storage/audit';
import { insertLinks, membersNeedingLinks, settleLinks } from '../../../storage/quiz-links';
import { pendingForReminders, reminderStatements } from '../../../storage/reminders';
import { listCycles } from '../../../storage/campaigns';
import { siteOrigin } from '../../../certificates/urls';

const json = <T>(schema: T) => ({ 'application/json': { schema } });
/** Sends in flight at once: quick enough for 500, gentle on the binding. */
const SEND_CONCURRENCY = 10;
const LINKS_CSV_PATH = '/api/admin/roster/links.csv';

const sendRoute = createRoute({
  method: 'post',
  path: '/',
  summary:
    'Email a reminder to pending members (active, no valid certificate), optionally in one unit or only the given NIPs: each gets their usable personal quiz link, or a new one where they have none or it expires within 7 days (it replaces the old one once delivered) in a message in Indonesian and English. Members without an email address, or reminded in the last 7 days, are skipped; at most 500 are emailed per request (`remaining` says how many are left). One audit event per request, with counts. Without the EMAIL binding nothing is sent: `mode: "csv"` and the mail-merge CSV’s address (links are made for those who had none). 429 after 10 requests a minute per agency.',
  middleware: [requireRole(...rolesWith('agency.report'))],
  request: { body: { required: true, content: json(remindersRequestSchema) } },
  responses: {
    200: { description: 'What was sent and skipped', content: json(remindersResponseSchema) },
    ...problems(400, 401, 403, 413, 415, 429, 503),
  },
});

/** Runs `task` over `items`, `limit` at a time, keeping each outcome. */
async function settleInBatches<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<PromiseSettledResult<R>[]> {
  const outcomes: PromiseSettledResult<R>[] = [];
  for (let i = 0; i < items.length; i += limit) outcomes.push(...(await Promise.allSettled(items.slice(i, i + limit).map(task))));
  return outcomes;
}

export const reminderRoutes = apiRouter().openapi(sendRoute, async (c) => {
  const scope = agencyScope(c);
  const { unitId, nips, dryRun = false } = c.req.valid('json');
  await enforceLimit(c.env.REMINDER_LIMITER, 'REMINDER_LIMITER', `agency:${scope.agencyId}`);
  if (!c.env.CERT_SIGNING_KEY) throw new ApiProblem(503, 'detail.notConfigured');
  const db = c.env.DB;
  const now = new Date();
  const at = now.toISOString();
  const members = await pendingForReminders(db, scope, { unitId, nips, now });
  const plan = planReminders(members, now);
  const counts = { skipped: { noEmail: plan.noEmail, remindedThisWeek: plan.remindedThisWeek }, remaining: plan.remaining };
  const key = await quizLinkKey(c.env.CERT_SIGNING_KEY);
  const expiresAt = quizLinkExpiry(now);

  if (!c.env.EMAIL) {
    // The mail merge needs a usable link for everyone pending: make the missing ones (as POST /roster/links does).
    let linksCreated = 0;
    if (!dryRun) {
      const missing = await membersNeedingLinks(db, scope, { unitId, renew: false, pendingOnly: true, now });
      const links = await Promise.all(
        missing.map(async (nip) => {
          const id = crypto.randomUUID();
          return { id, nip, tokenHash: await tokenHash(await quizLinkToken(key, id)) };
        }),
      );
      linksCreated = await insertLinks(db, scope, links, { now, expiresAt }, [
        auditStatement(db, sessionAuditEvent(c, 'links.create', null, { count: links.length, unitId: unitId ?? null, renew: false }, at)),
      ]);
    }
    const query = new URLSearchParams({ pending: 'true', ...(unitId !== undefined ? { unitId: String(unitId) } : {}) });
    const body: RemindersResult = {
      mode: 'csv',
      dryRun,
      sent: 0,
      failed: 0,
      ...counts,
      linksCreated,
      csvUrl: `${LINKS_CSV_PATH}?${query}`,
    };
    return c.json(body, 200);
  }

  if (dryRun || plan.send.length === 0) {
    return c.json({ mode: 'email' as const, dryRun, sent: dryRun ? plan.send.length : 0, failed: 0, ...counts }, 200);
  }

  // Each message carries the member's usable link, or a new one stored before any email goes out. A new link
  // replaces the old one only once delivered (settleLinks below).
  const links = await Promise.all(
    plan.send.map(async (member) => {
      const reused = reusesLink(member.liveLinkExpiresAt, now) ? member.liveLinkId : null;
      const id = reused ?? crypto.randomUUID();
      const token = await quizLinkToken(key, id);
      return { id, nip: member.nip, token, tokenHash: await tokenHash(token), member, isNew: reused === null };
    }),
  );
  await insertLinks(
    db,
    scope,
    links.filter((l) => l.isNew),
    { now, expiresAt, replace: false },
  );

  const agency = await findAgency(db, scope.agencyId);
  const agencyName = agency?.name ?? scope.agencyId;
  const zone = zoneOfAgency(scope.agencyId);
  const dueAt = currentCycle(await listCycles(db), now)?.dueAt ?? null;
  const origin = siteOrigin(c.env);
  const from = c.env.EMAIL_FROM ?? `noreply@${new URL(origin).hostname}`;
  const email = c.env.EMAIL;
  const outcomes = await settleInBatches(links, SEND_CONCURRENCY, async (link) => {
    const message = reminderMessage({
      memberName: link.member.name,
      agencyName,
      url: { id: quizLinkUrl(origin, link.token, 'id'), en: quizLinkUrl(origin, link.token, 'en') },
      dueAt,
      zone,
    });
    await email.send({ from, to: link.member.email!, ...message });
  });
  const sent = links.filter((_, i) => outcomes[i]!.status === 'fulfilled');
  const unsent = links.filter((_, i) => outcomes[i]!.status === 'rejected');
  const failed = unsent.length;
  if (failed > 0) {
    const reason = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult | undefined;
    // Neither the address nor the link: the error's kind is enough to look into it.
    console.error(`Reminder emails not sent: ${failed}`, reason?.reason instanceof Error ? reason.reason.name : 'error');
  }
  await db.batch([
    ...settleLinks(db, scope, { delivered: sent.filter((l) => l.isNew), undelivered: unsent.filter((l) => l.isNew).map((l) => l.id) }, at),
    ...reminderStatements(
      db,
      scope,
      sent.map((l) => ({ nip: l.nip, linkId: l.id })),
      at,
    ),
    auditStatement(
      db,
      sessionAuditEvent(
        c,
        'reminders.send',
        null,
        { sent: sent.length, failed, ...counts.skipped, remaining: plan.remaining, unitId: unitId ?? null },
        at,
      ),
    ),
  ]);
  return c.json({ mode: 'email' as const, dryRun, sent: sent.length, failed, ...counts }, 200);
});
