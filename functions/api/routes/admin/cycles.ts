/**
 * /api/admin/cycles: election cycles (campaigns). Every signed-in role reads the list (the report pages
 * offer it as a selector); only a super admin creates, changes or deletes one. A cycle may only start
 * after the last submitted attempt, so no existing certificate ever changes cycle (storage/campaigns.ts).
 */
import { createRoute } from '@hono/zod-openapi';
import { apiRouter } from '../../env';
import { problems } from '../../openapi';
import { ApiProblem } from '../../problem';
import { requireRole, sessionAuditEvent } from '../../middleware/session';
import { rolesWith } from '../../../auth/roles';
import { type Cycle, currentCycle, cycleStatus, hasStarted } from '../../../domain/cycles';
import {
  cycleCreateSchema,
  cycleListSchema,
  cycleParamsSchema,
  cyclePatchSchema,
  cycleSchema,
  type CycleView,
} from '../../../schemas/cycles';
import { deleteCycle, insertCycle, listCycles, updateCycle } from '../../../storage/campaigns';
import { auditIfStatement } from '../../../storage/audit';

const json = <T>(schema: T) => ({ 'application/json': { schema } });
const superAdmins = requireRole(...rolesWith('operations'));

function cycleView(cycle: Cycle, cycles: readonly Cycle[], now: Date): CycleView {
  return { ...cycle, ...cycleStatus(cycle, cycles, now) };
}

/**
 * The cycle a report asks for: `id`, or the current one when absent. 404 for an unknown id; with no
 * cycle at all (none started yet) the earliest one, whose figures are all zero.
 */
export async function resolveCycle(db: D1Database, id: string | undefined, now = new Date()): Promise<CycleView> {
  const cycles = await listCycles(db);
  const cycle = id === undefined ? (currentCycle(cycles, now) ?? cycles[0]) : cycles.find((k) => k.id === id);
  if (!cycle) throw new ApiProblem(404, 'detail.cycleNotFound');
  return cycleView(cycle, cycles, now);
}

const listRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'Election cycles, oldest first, with the current one (every signed-in role: the report pages offer them)',
  responses: { 200: { description: 'Cycles', content: json(cycleListSchema) }, ...problems(401) },
});

const createCycleRoute = createRoute({
  method: 'post',
  path: '/',
  summary:
    'Start a new election cycle (super admin): id, name, start and due date. The start must be after the last submitted attempt (409), so certificates already issued keep their cycle; certificates issued from the start on count for it.',
  middleware: [superAdmins],
  request: { body: { required: true, content: json(cycleCreateSchema) } },
  responses: { 201: { description: 'Created', content: json(cycleSchema) }, ...problems(400, 401, 403, 409, 413, 415) },
});

const patchRoute = createRoute({
  method: 'patch',
  path: '/{cycleId}',
  summary: "Change a cycle's name or due date (super admin); its start only while both the old and the new start are in the future",
  middleware: [superAdmins],
  request: { params: cycleParamsSchema, body: { required: true, content: json(cyclePatchSchema) } },
  responses: {
    200: { description: 'The cycle after the change', content: json(cycleSchema) },
    ...problems(400, 401, 403, 404, 409, 413, 415),
  },
});

const deleteRoute = createRoute({
  method: 'delete',
  path: '/{cycleId}',
  summary: 'Delete a cycle in which nothing was submitted yet (super admin), e.g. one created by mistake',
  middleware: [superAdmins],
  request: { params: cycleParamsSchema },
  responses: { 204: { description: 'Deleted' }, ...problems(401, 403, 404, 409) },
});

export const cycleRoutes = apiRouter()
  .openapi(listRoute, async (c) => {
    const now = new Date();
    const cycles = await listCycles(c.env.DB);
    return c.json({ cycles: cycles.map((k) => cycleView(k, cycles, now)), current: currentCycle(cycles, now)?.id ?? null }, 200);
  })
  .openapi(createCycleRoute, async (c) => {
    const input = c.req.valid('json');
    const db = c.env.DB;
    const at = new Date().toISOString();
    const audit = auditIfStatement(
      db,
      sessionAuditEvent(c, 'cycle.create', `cycle:${input.id}`, { name: input.name, startsAt: input.startsAt, dueAt: input.dueAt }, at),
      'EXISTS (SELECT 1 FROM campaigns WHERE id = ?9 AND starts_at = ?10)',
      [input.id, input.startsAt],
    );
    const outcome = await insertCycle(db, input, [audit]);
    if (outcome === 'id') throw new ApiProblem(409, 'detail.cycleIdTaken');
    if (outcome === 'start') throw new ApiProblem(409, 'detail.cycleStartTaken');
    if (outcome === 'activity') throw new ApiProblem(409, 'detail.cycleStartAfterActivity');
    const cycles = await listCycles(db);
    return c.json(cycleView(input, cycles, new Date()), 201);
  })
  .openapi(patchRoute, async (c) => {
    const { cycleId } = c.req.valid('param');
    const patch = c.req.valid('json');
    const db = c.env.DB;
    const now = new Date();
    const cycle = (await listCycles(db)).find((k) => k.id === cycleId);
    if (!cycle) throw new ApiProblem(404, 'detail.cycleNotFound');
    const next: Cycle = { ...cycle, ...patch };
    if (next.startsAt !== cycle.startsAt) {
      if (hasStarted(cycle, now)) throw new ApiProblem(409, 'detail.cycleStarted');
      if (hasStarted(next, now))
        throw new ApiProblem(400, 'detail.validation', { errors: [{ path: 'startsAt', message: 'cycle.startInPast' }] });
    }
    if (next.dueAt <= next.startsAt)
      throw new ApiProblem(400, 'detail.validation', { errors: [{ path: 'dueAt', message: 'cycle.dueBeforeStart' }] });
    const audit = auditIfStatement(
      db,
      sessionAuditEvent(c, 'cycle.update', `cycle:${cycleId}`, { from: cycle, to: next }, now.toISOString()),
      'EXISTS (SELECT 1 FROM campaigns WHERE id = ?9 AND name = ?10 AND starts_at = ?11 AND due_at = ?12)',
      [next.id, next.name, next.startsAt, next.dueAt],
    );
    const outcome = await updateCycle(db, next, [audit]);
    if (outcome === 'start') throw new ApiProblem(409, 'detail.cycleStartTaken');
    if (outcome !== 'ok') throw new ApiProblem(409, 'detail.cycleStartAfterActivity');
    const cycles = await listCycles(db);
    return c.json(cycleView(next, cycles, new Date()), 200);
  })
  .openapi(deleteRoute, async (c) => {
    const { cycleId } = c.req.valid('param');
    const db = c.env.DB;
    const cycles = await listCycles(db);
    const cycle = cycles.find((k) => k.id === cycleId);
    if (!cycle) throw new ApiProblem(404, 'detail.cycleNotFound');
    const audit = auditIfStatement(
      db,
      sessionAuditEvent(c, 'cycle.delete', `cycle:${cycleId}`, { ...cycle }),
      'NOT EXISTS (SELECT 1 FROM campaigns WHERE id = ?9)',
      [cycleId],
    );
    if (!(await deleteCycle(db, cycle, [audit]))) throw new ApiProblem(409, 'detail.cycleInUse');
    return c.body(null, 204);
  });
