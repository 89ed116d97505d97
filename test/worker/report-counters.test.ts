// The report's counters, kept in the submit batch and recounted on import and revoke, equal a raw
// recount from the tables after random sequences of issue, double submit, revoke and import.
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { revokeCertificate } from '../../functions/storage/agency-certificates';
import { recountStatements } from '../../functions/storage/stats';
import { insertCycle } from '../../functions/storage/campaigns';
import {
  counterFigures,
  importRoster,
  linkAttempt,
  personalLinkToken,
  rawFigures,
  scopeFor,
  seededRandom,
  syntheticNip,
  typedAttempt,
  type Member,
} from './roster-support';

const AGENCY = 'kota-91.71'; // Jayapura: WIT, so local days differ from UTC days
const UNITS = ['Dinas Pendidikan', 'Dinas Kesehatan', 'Sekretariat Daerah', 'Distrik Abepura'];
const OLD = 'pemilu-2029';
const NEW = 'uji-siklus-baru';

/** Every figure of both cycles, from the counters and from a raw recount. */
async function bothCycles() {
  return {
    counters: { [OLD]: await counterFigures(AGENCY, OLD), [NEW]: await counterFigures(AGENCY, NEW) },
    raw: { [OLD]: await rawFigures(AGENCY, OLD), [NEW]: await rawFigures(AGENCY, NEW) },
  };
}

describe('report counters', () => {
  it('equal a raw recount per cycle after random issues, double submits, revocations, imports and a new cycle', {
    timeout: 180_000,
  }, async () => {
    const scope = scopeFor(AGENCY);
    const random = seededRandom(20261201);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    const people = Array.from({ length: 24 }, (_, i) => ({
      nip: syntheticNip(1000 + i),
      name: `Pegawai Uji ${String.fromCharCode(65 + i)}`,
    }));
    const codes: string[] = [];
    const log: string[] = [];

    for (let step = 0; step < 64; step++) {
      if (step === 32) {
        // A new cycle starts now: from here on attempts and certificates count in it; revocations and
        // imports still change the old cycle's figures (revoked certificates, members who left).
        const start = new Date(Date.now() + 5);
        const outcome = await insertCycle(
          env.DB,
          { id: NEW, name: 'Siklus uji', startsAt: start.toISOString(), dueAt: '2031-01-01T00:00:00.000Z' },
          [],
        );
        expect(outcome).toBe('ok');
        while (Date.now() <= start.getTime()) await new Promise((resolve) => setTimeout(resolve, 2));
        log.push('new cycle');
      }
      const roll = random();
      if (step === 0 || roll < 0.12) {
        // A new roster: a random two thirds of the people, in random units (members move, leave, come back).
        const members: Member[] = people.filter(() => random() < 0.67).map((p) => ({ ...p, unit: pick(UNITS) }));
        await importRoster(scope, members);
        log.push(`import ${members.length}`);
      } else if (roll < 0.22 && codes.length) {
        const code = pick(codes);
        await revokeCertificate(env.DB, scope, code, 'uji', new Date());
        log.push(`revoke ${code}`);
      } else if (roll < 0.32) {
        // The same answers sent three times at once: one submission, counted once.
        const person = pick(people);
        const { result } = await typedAttempt({ ...person, agencyId: AGENCY }, pick([1, 4]), 3);
        if (result.certificate) codes.push(result.certificate.code);
        log.push(`double ${person.nip}`);
      } else if (roll < 0.55) {
        // Through a personal link: roster-confirmed when it passes (only active members get one).
        const person = pick(people);
        const token = await personalLinkToken(scope, person.nip);
        const result = token ? await linkAttempt(token, pick([0, 1, 4])) : null;
        if (result?.certificate) codes.push(result.certificate.code);
        log.push(`link ${person.nip} ${token ? (result?.passed ? 'passed' : 'failed') : 'not on roster'}`);
      } else {
        const person = pick(people);
        const wrong = pick([0, 1, 2, 3, 6]);
        const { result } = await typedAttempt({ ...person, agencyId: AGENCY, unit: pick(UNITS) }, wrong);
        if (result.certificate) codes.push(result.certificate.code);
        log.push(`issue ${person.nip} wrong=${wrong}`);
      }
      if (step % 8 === 7 || step === 32 || step === 63) {
        const { counters, raw } = await bothCycles();
        expect(counters, log.join('\n')).toEqual(raw);
      }
    }
    const { raw } = await bothCycles();
    // The sequence really exercised every counter, in both cycles.
    for (const figures of [raw[OLD], raw[NEW]]) {
      expect(figures.totals.certified).toBeGreaterThan(0);
      expect(figures.totals.confirmed).toBeGreaterThan(0);
      expect(figures.totals.attempts).toBeGreaterThan(figures.totals.passed);
    }
    const sum = (key: string) => raw[OLD].totals[key]! + raw[NEW].totals[key]!;
    expect(sum('certified')).toBeGreaterThan(sum('confirmed'));
    expect(sum('revoked')).toBeGreaterThan(0);
    expect(sum('holders')).toBeGreaterThan(sum('certified'));
    // Everyone certified in the new cycle was counted there only: the old cycle's holders are a different set.
    expect(raw[NEW].totals.certificates).toBeLessThan(sum('certificates'));
  });

  it('count a self-declared member once, and as roster-confirmed once a link confirms them', async () => {
    const scope = scopeFor(AGENCY);
    const rina = { nip: syntheticNip(2000), name: 'Rina Uji', unit: 'Dinas Kesehatan' };
    await importRoster(scope, [rina]);
    await typedAttempt({ ...rina, agencyId: AGENCY }, 0);
    expect((await counterFigures(AGENCY)).totals).toMatchObject({ headcount: 1, certified: 1, confirmed: 0 });
    await linkAttempt((await personalLinkToken(scope, rina.nip))!, 0);
    expect((await counterFigures(AGENCY)).totals).toMatchObject({ headcount: 1, certified: 1, confirmed: 1 });
    expect(await counterFigures(AGENCY)).toEqual(await rawFigures(AGENCY));
  });

  it('a full recount leaves correct counters unchanged and repairs broken ones', async () => {
    const scope = scopeFor(AGENCY);
    const before = await bothCycles();
    await env.DB.prepare('UPDATE agency_totals SET certified = 999, attempts = 0 WHERE agency_id = ?').bind(AGENCY).run();
    await env.DB.prepare('UPDATE agency_daily_stats SET s10 = 0 WHERE agency_id = ?').bind(AGENCY).run();
    await env.DB.prepare('DELETE FROM unit_cycle_stats WHERE agency_id = ?').bind(AGENCY).run();
    await env.DB.prepare("UPDATE certificates SET campaign_id = 'pemilu-2029' WHERE agency_id = ?").bind(AGENCY).run();
    await env.DB.batch(recountStatements(env.DB, scope, 'all'));
    expect(await bothCycles()).toEqual(before);
    expect(before.counters).toEqual(before.raw);
  });
});
