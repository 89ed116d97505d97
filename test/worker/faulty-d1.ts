/**
 * A D1 binding that misbehaves on purpose, for fault tests: it counts every statement the app runs
 * (alone or in a batch) and fails, times out or slows down as told. Errors look like D1's own
 * (`D1_ERROR: …`). A failing batch runs none of its statements, as D1 rolls a batch back as a whole.
 *
 * @example
 * const db = faultyD1(env.DB, { failAt: 2 });
 * await app.fetch(request, { ...env, DB: db }, ctx);
 */

export interface Faults {
  /** The 1-based number of the statement that fails (a batch containing it fails as a whole). */
  failAt?: number;
  /** What the failing statement does: throw at once, or hang `timeoutMs` and then throw D1's timeout. */
  mode?: 'error' | 'timeout';
  timeoutMs?: number;
  /** Delay before every statement answers (a slow database that still works). */
  delayMs?: number;
}

export interface FaultyD1 extends D1Database {
  /** Statements run so far (a batch counts each of its statements). */
  readonly statements: number;
}

const ORIGINAL = Symbol('original statement');
type Wrapped = D1PreparedStatement & { [ORIGINAL]: D1PreparedStatement };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function faultyD1(db: D1Database, faults: Faults): FaultyD1 {
  let count = 0;
  const { failAt, mode = 'error', timeoutMs = 50, delayMs = 0 } = faults;

  /** Counts `n` statements and fails if the failing one is among them. */
  async function gate(n: number): Promise<void> {
    const first = count + 1;
    count += n;
    if (delayMs) await sleep(delayMs);
    if (failAt === undefined || failAt < first || failAt > count) return;
    if (mode === 'timeout') {
      await sleep(timeoutMs);
      throw new Error('D1_ERROR: D1 DB storage operation exceeded timeout which caused object to be reset.');
    }
    throw new Error('D1_ERROR: Network connection lost.');
  }

  function wrap(statement: D1PreparedStatement): Wrapped {
    const wrapped = {
      [ORIGINAL]: statement,
      bind: (...values: unknown[]) => wrap(statement.bind(...values)),
      first: async (column?: string) => {
        await gate(1);
        return column === undefined ? statement.first() : statement.first(column);
      },
      run: async () => {
        await gate(1);
        return statement.run();
      },
      all: async () => {
        await gate(1);
        return statement.all();
      },
      raw: async (options?: { columnNames?: boolean }) => {
        await gate(1);
        return statement.raw(options as { columnNames: true });
      },
    };
    return wrapped as unknown as Wrapped;
  }

  const faulty = {
    get statements() {
      return count;
    },
    prepare: (query: string) => wrap(db.prepare(query)),
    batch: async (statements: D1PreparedStatement[]) => {
      await gate(statements.length);
      return db.batch(statements.map((s) => (s as Wrapped)[ORIGINAL] ?? s));
    },
    exec: async (query: string) => {
      await gate(1);
      return db.exec(query);
    },
    withSession: () => faulty,
    dump: () => db.dump(),
  };
  return faulty as unknown as FaultyD1;
}
