/**
 * Election cycles (campaigns; migration 0040): a handful of rows, not tenant data, set by a super admin.
 * The rules (which cycle is current, which one a certificate belongs to) are in domain/cycles.ts.
 */
import type { Cycle } from '../domain/cycles';

interface CampaignRow {
  id: string;
  name: string;
  starts_at: string;
  due_at: string;
}

const fromRow = (row: CampaignRow): Cycle => ({ id: row.id, name: row.name, startsAt: row.starts_at, dueAt: row.due_at });

/** Every cycle, oldest first. */
export async function listCycles(db: D1Database): Promise<Cycle[]> {
  const { results } = await db.prepare('SELECT id, name, starts_at, due_at FROM campaigns ORDER BY starts_at').all<CampaignRow>();
  return results.map(fromRow);
}

/**
 * SQL: nothing was submitted at or after ?3 (a start). A cycle may only start after the last submitted
 * attempt, so creating or moving one never moves an existing attempt or certificate to another cycle and
 * no counter has to be recounted. A scan of attempts, on a rare super-admin action.
 */
const QUIET_SINCE_START = `NOT EXISTS (SELECT 1 FROM attempts WHERE submitted_at >= ?3)`;

type Outcome = 'ok' | 'activity' | 'id' | 'start';

async function write(db: D1Database, statements: D1PreparedStatement[]): Promise<Outcome> {
  try {
    const [first] = await db.batch(statements);
    return first!.meta.changes === 1 ? 'ok' : 'activity';
  } catch (error) {
    // D1 reports constraint failures only as text naming the column.
    const text = String(error);
    if (text.includes('campaigns.id')) return 'id';
    if (text.includes('campaigns.starts_at')) return 'start';
    throw error;
  }
}

/**
 * Inserts the cycle unless something was submitted since its start ('activity'), or its id or start is
 * taken ('id', 'start'). `extra` (the audit event, conditional on the insert) runs in the same batch.
 */
export function insertCycle(db: D1Database, cycle: Cycle, extra: D1PreparedStatement[]): Promise<Outcome> {
  return write(db, [
    db
      .prepare(`INSERT INTO campaigns (id, name, starts_at, due_at) SELECT ?1, ?2, ?3, ?4 WHERE ${QUIET_SINCE_START}`)
      .bind(cycle.id, cycle.name, cycle.startsAt, cycle.dueAt),
    ...extra,
  ]);
}

/**
 * Changes a cycle's name and due date and, for one that has not started (the caller checks both starts
 * are ahead), its start; a new start is refused if something was submitted since it ('activity').
 */
export function updateCycle(db: D1Database, cycle: Cycle, extra: D1PreparedStatement[]): Promise<Outcome> {
  return write(db, [
    db
      .prepare(`UPDATE campaigns SET name = ?2, starts_at = ?3, due_at = ?4 WHERE id = ?1 AND (starts_at = ?3 OR ${QUIET_SINCE_START})`)
      .bind(cycle.id, cycle.name, cycle.startsAt, cycle.dueAt),
    ...extra,
  ]);
}

/** Deletes a cycle in which nothing was submitted yet (a mistaken or abandoned one); false otherwise. */
export async function deleteCycle(db: D1Database, cycle: Cycle, extra: D1PreparedStatement[]): Promise<boolean> {
  const [removed] = await db.batch([
    db
      .prepare(`DELETE FROM campaigns WHERE id = ?1 AND starts_at = ?2 AND ${QUIET_SINCE_START.replace('?3', '?2')}`)
      .bind(cycle.id, cycle.startsAt),
    ...extra,
  ]);
  return removed!.meta.changes === 1;
}
