// The quiz form says what the API would say: its rules give the same message key as the server's schema.
import { describe, expect, it } from 'vitest';
import { participantSchema } from '../../functions/schemas/participant';
import { UNIT_MAX } from '../../functions/domain/name';
import { fieldError, fieldErrorsOf, participantOf, type Field, type Typed } from '../../src/components/quiz/participant';
import { retryAfterSeconds, failureText } from '../../src/components/quiz/api';

const valid: Typed = { nip: '198503152010121001', name: 'Siti Rahayu', agencyId: 'kota-bandung', unit: '' };
const pathOf: Record<Field, string> = { nip: 'nip', name: 'name', agency: 'agencyId', unit: 'unit' };

/** The message key the API's schema gives for a field, or null. */
function serverKey(field: Field, typed: Typed): string | null {
  const parsed = participantSchema.safeParse(participantOf(typed));
  if (parsed.success) return null;
  return parsed.error.issues.find((issue) => issue.path[0] === pathOf[field])?.message ?? null;
}

describe('the form rules', () => {
  const cases: [Field, Partial<Typed>][] = [
    ['nip', {}],
    ['nip', { nip: '1985 0315 2010 12 1 001' }],
    ['nip', { nip: '19850315201012100' }],
    ['nip', { nip: '198513152010121001' }],
    ['nip', { nip: '198503152010131001' }],
    ['nip', { nip: '198503151980121001' }],
    ['nip', { nip: '198503152010123001' }],
    ['nip', { nip: '198503152010121000' }],
    ['name', { name: 'A' }],
    ['name', { name: 'Budi 2' }],
    ['name', { name: 'x'.repeat(101) }],
    ['name', { name: "  Ni Luh Putu  D'Silva-Kusuma, S.Pd. " }],
    ['unit', { unit: 'u'.repeat(UNIT_MAX) }],
    ['unit', { unit: 'u'.repeat(UNIT_MAX + 1) }],
    ['unit', { unit: `  ${'u'.repeat(UNIT_MAX)}  ` }],
    ['unit', { unit: '=HYPERLINK("http://x","klik")' }],
    ['unit', { unit: 'Bidang <b>P2P</b>' }],
    ['unit', { unit: 'Bidang P2P (Pencegahan & Pengendalian)' }],
    ['unit', { unit: 'Dinas\u200bPendidikan' }],
    ['name', { name: 'Budi\u202eSantoso' }],
    ['name', { name: 'Sa\u0301\u0301\u0301ri' }],
    ['nip', { nip: '19850315.201012.1.001' }],
  ];

  it.each(cases)('%s %j: the same verdict as the API', (field, change) => {
    const typed = { ...valid, ...change };
    expect(fieldError(field, typed)).toBe(serverKey(field, typed));
  });

  it("asks for an empty field with the API's message for a missing one", () => {
    expect(fieldError('nip', { ...valid, nip: ' ' })).toBe('nip.required');
    expect(fieldError('name', { ...valid, name: '  ' })).toBe('name.required');
  });

  it('asks for an agency until one is picked', () => {
    expect(fieldError('agency', { ...valid, agencyId: '' })).toBe('agency.required');
    expect(fieldError('agency', valid)).toBeNull();
  });

  it('sends the NIP without spaces and no empty unit', () => {
    expect(participantOf({ ...valid, nip: '19850315 201012 1 001', unit: '   ' })).toEqual({ ...valid, unit: undefined });
    expect(JSON.stringify(participantOf(valid))).not.toContain('unit');
  });
});

describe('server errors on the form', () => {
  it('puts each message next to its field, the first per field, and the rest in the summary', () => {
    const problem = {
      type: 'urn:netral-asn:problem:validation',
      title: 'Permintaan tidak valid',
      status: 400,
      detail: 'Ada isian yang perlu diperbaiki.',
      errors: [
        { path: 'participant.name', message: 'Nama minimal 2 huruf.' },
        { path: 'participant.name', message: 'second' },
        { path: 'locale', message: 'Bahasa harus "id" atau "en".' },
      ],
    };
    expect(fieldErrorsOf(problem)).toEqual({ errors: { name: 'Nama minimal 2 huruf.' }, other: ['Bahasa harus "id" atau "en".'] });
    expect(fieldErrorsOf({ ...problem, errors: undefined })).toEqual({ errors: {}, other: [problem.detail] });
  });
});

describe('failed requests', () => {
  const t = { offline: 'offline', tooMany: 'again in {n} s', serverError: 'server' };

  it('reads Retry-After as seconds or as a date, at least one second', () => {
    expect(retryAfterSeconds('17')).toBe(17);
    expect(retryAfterSeconds('0')).toBe(1);
    expect(retryAfterSeconds(new Date(Date.parse('2026-12-02T10:00:00Z') + 30_000).toUTCString(), Date.parse('2026-12-02T10:00:00Z'))).toBe(
      30,
    );
    expect(retryAfterSeconds('soon')).toBeUndefined();
    expect(retryAfterSeconds(null)).toBeUndefined();
  });

  it("tells the person what happened, in the server's words when it sent any", () => {
    expect(failureText({ ok: false, status: 0 }, t)).toBe('offline');
    expect(failureText({ ok: false, status: 429, retryAfter: 17 }, t)).toBe('again in 17 s');
    expect(failureText({ ok: false, status: 429 }, t)).toBe('again in 60 s');
    expect(failureText({ ok: false, status: 503, problem: { type: 'x', title: 'x', status: 503, detail: 'down' } }, t)).toBe('server');
    expect(failureText({ ok: false, status: 409, problem: { type: 'x', title: 'x', status: 409, detail: 'Sudah dikirim.' } }, t)).toBe(
      'Sudah dikirim.',
    );
    expect(failureText({ ok: false, status: 404 }, t)).toBe('server');
  });
});
