import { describe, expect, it } from 'vitest';
import { REMINDER_BATCH, groupReminderText, mayRemind, planReminders, reminderMessage, reusesLink } from '../../functions/domain/reminders';
import { WIB, WITA } from '../../functions/domain/zone';

const now = new Date('2026-12-08T08:00:00.000Z');
const member = (nip: string, email: string | null, lastRemindedAt: string | null = null) => ({ nip, email, lastRemindedAt });

describe('mayRemind (one reminder per person per week)', () => {
  it.each([
    [null, true],
    ['2026-12-01T08:00:00.000Z', true], // exactly seven days ago
    ['2026-12-01T08:00:00.001Z', false], // a millisecond short of a week
    ['2026-12-07T23:00:00.000Z', false],
    ['2026-11-20T00:00:00.000Z', true],
  ])('last reminded %s → %s', (last, expected) => {
    expect(mayRemind(last, now)).toBe(expected);
  });
});

describe('reusesLink (a reminder resends the link the member holds while it outlasts the next reminder)', () => {
  it.each([
    [null, false], // no usable link: a new one
    ['2027-01-30T00:00:00.000Z', true], // weeks left
    ['2026-12-15T08:00:00.000Z', true], // exactly a week left
    ['2026-12-15T07:59:59.999Z', false], // a millisecond short: renewed
    ['2026-12-09T00:00:00.000Z', false],
    ['not a date', false],
  ])('link expiring %s → %s', (expiresAt, expected) => {
    expect(reusesLink(expiresAt, now)).toBe(expected);
  });
});

describe('planReminders', () => {
  it('skips members without an address or reminded this week, in the order given', () => {
    const plan = planReminders(
      [
        member('1', 'a@x.go.id'),
        member('2', null),
        member('3', '  '),
        member('4', 'd@x.go.id', '2026-12-05T00:00:00.000Z'),
        member('5', 'e@x.go.id', '2026-11-01T00:00:00.000Z'),
      ],
      now,
    );
    expect(plan.send.map((m) => m.nip)).toEqual(['1', '5']);
    expect(plan).toMatchObject({ noEmail: 2, remindedThisWeek: 1, remaining: 0 });
  });

  it(`sends at most ${REMINDER_BATCH} a request and says how many remain`, () => {
    const many = Array.from({ length: REMINDER_BATCH + 7 }, (_, i) => member(String(i), `p${i}@x.go.id`));
    const plan = planReminders(many, now);
    expect(plan.send).toHaveLength(REMINDER_BATCH);
    expect(plan.remaining).toBe(7);
    expect(planReminders(many, now, 3).send.map((m) => m.nip)).toEqual(['0', '1', '2']);
  });
});

describe('reminderMessage', () => {
  const url = { id: 'https://netral.test/kuis#t=AAAAAAAAAAAAAAAAAAAAAA', en: 'https://netral.test/en/quiz#t=AAAAAAAAAAAAAAAAAAAAAA' };
  const input = {
    memberName: 'Siti Nur’aini',
    agencyName: 'Pemerintah Kabupaten Bantul',
    url,
    dueAt: '2028-12-31T17:00:00.000Z',
    zone: WIB,
  };

  it('carries the member’s own link, name, agency and due date, Indonesian first and English below', () => {
    const message = reminderMessage(input);
    expect(message.subject).toContain('Pemerintah Kabupaten Bantul');
    expect(message.text).toContain(url.id);
    expect(message.text).toContain(url.en);
    expect(message.text).toContain('Yth. Siti Nur’aini');
    // The due date is the agency's local day: 17:00 UTC on 31 December is 1 January in WIB.
    expect(message.text).toContain('paling lambat 1 Januari 2029');
    expect(message.text).toContain('by 1 January 2029');
    expect(message.text.indexOf('Yth.')).toBeLessThan(message.text.indexOf('Dear'));
    expect(message.html).toContain(`<a href="${url.id}">`);
    expect(message.html).toContain('lang="en"');
  });

  it('names nobody else: only the inputs appear', () => {
    const message = reminderMessage(input);
    const nips = `${message.text}${message.html}`.match(/\d{18}/g);
    expect(nips).toBeNull();
    expect(message.text.match(/https?:\/\/\S+/g)).toEqual([url.id, url.en]);
  });

  it('leaves out the due date when there is no cycle, and uses the agency’s zone when there is', () => {
    expect(reminderMessage({ ...input, dueAt: null }).text).not.toContain('paling lambat');
    expect(reminderMessage({ ...input, dueAt: '2028-12-31T15:30:00.000Z', zone: WITA }).text).toContain('31 Desember 2028');
  });

  it('escapes roster text in the HTML and keeps the subject on one line', () => {
    const message = reminderMessage({ ...input, memberName: '<b>Eve</b> & "co"', agencyName: 'Dinas\r\nBcc: x@evil.test' });
    expect(message.html).toContain('&lt;b&gt;Eve&lt;/b&gt; &amp; &quot;co&quot;');
    expect(message.html).not.toContain('<b>Eve');
    expect(message.subject).not.toMatch(/[\r\n]/);
  });
});

describe('groupReminderText (for a WhatsApp group: a count and the public quiz page, no one named)', () => {
  const input = {
    agencyName: 'Pemerintah Kabupaten Bantul',
    unitName: 'Dinas Pendidikan',
    pending: 1234,
    quizUrl: 'https://netral-asn.example.id/kuis',
    dueAt: '2026-12-20T16:59:59.000Z',
    zone: WIB,
    now,
  };

  it('names the unit and agency, the count, the due date in the agency’s zone and the public quiz page', () => {
    const text = groupReminderText(input);
    expect(text).toContain('Pemerintah Kabupaten Bantul');
    expect(text).toContain('1.234 pegawai Dinas Pendidikan, Pemerintah Kabupaten Bantul');
    expect(text).toContain('paling lambat 20 Desember 2026'); // 23:59:59 WIB
    expect(text).toContain('https://netral-asn.example.id/kuis');
    expect(text).not.toMatch(/#t=|\d{18}/);
  });

  it('speaks of the whole agency without a unit, asks for it as soon as possible once the date has passed, and keeps names on one line', () => {
    const text = groupReminderText({ ...input, unitName: null, agencyName: 'Pemkab\nBantul', dueAt: '2026-12-01T00:00:00.000Z' });
    expect(text).toContain('1.234 pegawai Pemkab Bantul yang belum lulus');
    expect(text).toContain('kerjakan kuisnya secepatnya di');
    expect(text).not.toContain('paling lambat');
    expect(groupReminderText({ ...input, dueAt: null })).toContain('kerjakan kuisnya di https://');
  });
});
