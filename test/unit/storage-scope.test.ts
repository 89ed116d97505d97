// Static guard of tenant isolation: every SQL statement in the roster and report storage modules that
// touches tenant data binds the signed-in user's agency as ?1. The few that cannot are listed with why.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const MODULES = ['roster', 'report', 'quiz-links', 'agency-certificates', 'reminders', 'exports'];
const TENANT_TABLES =
  /\b(roster_members|units|roster_imports|roster_import_rows|unit_stats|unit_cycle_stats|agency_headcount|agency_totals|agency_daily_stats|certificate_holders|certificates|quiz_links|reminders)\b/;
const scoped = /agency_id = \?1\b/;
/** Statements that may not bind an agency, by a phrase they contain, and why. */
const EXEMPT: Record<string, string> = {
  'WHERE l.token_hash = ?1': 'the public side of a personal link: the token is the capability, and it names one member of one agency',
  'FROM agencies a LEFT JOIN agency_headcount hc': 'national viewers: counts of every agency, no personal data',
};

/** The module's SQL template literals, with `${NAME}` of the module's own string constants filled in. */
function statements(source: string): string[] {
  const constants = new Map([...source.matchAll(/const (\w+) = `([^`]*)`;/g)].map((m) => [m[1]!, m[2]!]));
  // A condition list built in code counts as its first element, which must be the agency condition.
  const conditionLists = [...source.matchAll(/const conditions = \[(['`])([^'`]*)\1/g)].map((m) => m[2]!);
  return [...source.matchAll(/`((?:\s*(?:SELECT|INSERT|UPDATE|DELETE|WITH)\b|\$\{\w+\} )[^`]*)`/g)]
    .map((m) => m[1]!)
    .filter((sql) => ![...constants.values()].includes(sql)) // a constant is checked where it is used
    .map((sql) =>
      sql
        .replace(/\$\{(\w+)\}/g, (whole, name: string) => constants.get(name) ?? whole)
        .replace(/\$\{conditions\.join\([^)]*\)\}/g, () => (conditionLists.every((c) => scoped.test(c)) ? conditionLists[0]! : 'UNSCOPED')),
    );
}

/** An INSERT that writes ?1 into agency_id. */
const insertsScope = (sql: string) => /^\s*INSERT INTO \w+ \(agency_id,/.test(sql) && /(VALUES \(\?1,|SELECT \?1,)/.test(sql);

describe('storage binds the agency scope', () => {
  for (const module of MODULES) {
    it(`every tenant statement in storage/${module}.ts has agency_id = ?1`, () => {
      const sqls = statements(readFileSync(new URL(`../../functions/storage/${module}.ts`, import.meta.url), 'utf8')).filter((sql) =>
        TENANT_TABLES.test(sql),
      );
      expect(sqls.length).toBeGreaterThan(1);
      const unscoped = sqls.filter(
        (sql) => !scoped.test(sql) && !insertsScope(sql) && !Object.keys(EXEMPT).some((phrase) => sql.includes(phrase)),
      );
      expect(unscoped).toEqual([]);
    });
  }
});
