// Where the verify pages send a certificate code as people type it (the code rules themselves: functions/domain/certificate.ts).
import { describe, expect, it } from 'vitest';
import { certificateOutcome, verifyFormOutcome } from '../../src/components/verify/outcome';

describe('verifyFormOutcome', () => {
  const form = (query: string) => new URL(`https://netral-asn.example.id/verifikasi${query}`);

  it('shows the empty form without a code', () => {
    expect(verifyFormOutcome(form(''), 'id')).toEqual({ kind: 'form', status: 200 });
    expect(verifyFormOutcome(form('?code=+'), 'id')).toEqual({ kind: 'form', status: 200 });
  });

  it("redirects a typed code to its canonical page in the page's language", () => {
    expect(verifyFormOutcome(form('?code=na7k3mq9xd2f4h'), 'id')).toEqual({
      kind: 'redirect',
      location: '/verifikasi/NA-7K3M-Q9XD-2F4H',
      status: 303,
    });
    expect(verifyFormOutcome(form('?code=NA-7K3M-Q9XD-2F4H'), 'en')).toMatchObject({ location: '/en/verify/NA-7K3M-Q9XD-2F4H' });
  });

  it('keeps a malformed code on the form, shortened', () => {
    expect(verifyFormOutcome(form(`?code=${'x'.repeat(500)}`), 'id')).toEqual({ kind: 'form', status: 400, typed: 'x'.repeat(40) });
  });
});

describe('certificateOutcome', () => {
  const none = async () => null;

  it('redirects a loosely written code before looking it up', async () => {
    let looked = false;
    const outcome = await certificateOutcome('na-7k3m-q9xd-2f4h', 'en', async () => {
      looked = true;
      return null;
    });
    expect(outcome).toEqual({ kind: 'redirect', location: '/en/verify/NA-7K3M-Q9XD-2F4H', status: 301 });
    expect(looked).toBe(false);
  });

  it('is a 404 for an unknown code', async () => {
    expect(await certificateOutcome('NA-7K3M-Q9XD-2F4H', 'id', none)).toEqual({
      kind: 'certificate',
      status: 404,
      code: 'NA-7K3M-Q9XD-2F4H',
      view: null,
    });
  });

  it('answers a path that is no code with the form and a 404, keeping none of its text', async () => {
    let looked = false;
    const outcome = await certificateOutcome('SAH - diverifikasi Bawaslu', 'id', async () => {
      looked = true;
      return null;
    });
    expect(outcome).toEqual({ kind: 'form', status: 404 });
    expect(JSON.stringify(outcome)).not.toContain('Bawaslu');
    expect(looked).toBe(false);
  });
});
