import { describe, expect, it } from 'vitest';
import { generateTestSigningKey } from '../../scripts/signing-key.mjs';
import {
  canonicalCertificate,
  certificateCode,
  importSigningKey,
  normalizeCertificateCode,
  publicJwkOf,
  signCertificate,
  verifyCertificate,
} from '../../functions/domain/certificate';
import { cryptoRandomInt } from '../../functions/domain/random';
import { certificateContent, signFacts } from '../../functions/certificates/content';

const content = {
  code: 'NA-7K3M-Q9TZ-2HFA',
  name: 'Ni Luh Putu Āyu',
  nip: '198503**********01',
  agency: 'Pemerintah Kabupaten Bantul',
  score: 9,
  total: 10,
  issuedAt: '2026-11-25T03:00:00.000Z',
};

describe('certificate codes', () => {
  it('are NA- plus three groups of four Crockford base32 characters', () => {
    expect(certificateCode(cryptoRandomInt)).toMatch(/^NA-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('carry 60 bits: no repeats in 20,000 draws and every symbol used in every position', () => {
    const codes = Array.from({ length: 20_000 }, () => certificateCode(cryptoRandomInt));
    expect(new Set(codes).size).toBe(codes.length);
    const bodies = codes.map((c) => c.replace(/^NA-|-/g, ''));
    for (let position = 0; position < 12; position++) expect(new Set(bodies.map((b) => b[position])).size).toBe(32);
  });

  it("spell the source's draws in order, one base32 symbol per draw (so a seeded source gives a known code)", () => {
    const draws = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 31];
    const asked: number[] = [];
    const source = (maxExclusive: number) => {
      asked.push(maxExclusive);
      return draws[asked.length - 1]!;
    };
    expect(certificateCode(source)).toBe('NA-0123-4567-89AZ');
    expect(asked).toEqual(Array(12).fill(32));
  });

  it.each([
    ['NA-7K3M-Q9TZ-2HFA', 'NA-7K3M-Q9TZ-2HFA'],
    ['na-7k3m-q9tz-2hfa', 'NA-7K3M-Q9TZ-2HFA'],
    ['na 7k3m q9tz 2hfa', 'NA-7K3M-Q9TZ-2HFA'],
    ['7K3MQ9TZ2HFA', 'NA-7K3M-Q9TZ-2HFA'],
    ['NA-7K3M-Q9TZ-2HFO', 'NA-7K3M-Q9TZ-2HF0'], // O read as zero
    ['NA-7K3M-Q9TZ-2HFL', 'NA-7K3M-Q9TZ-2HF1'], // L read as one
    ['NA-7K3M-Q9TZ-2HF', null],
    ['NA-7K3M-Q9TZ-2HFU', null], // U is not in the alphabet
    ["'; DROP TABLE certificates;--", null],
  ])('normalises %s to %s', (input, expected) => {
    expect(normalizeCertificateCode(input)).toBe(expected);
  });
});

describe('signatures', () => {
  it('the canonical content is stable JSON in a fixed order', () => {
    expect(canonicalCertificate({ ...content })).toBe(
      '{"v":1,"code":"NA-7K3M-Q9TZ-2HFA","name":"Ni Luh Putu Āyu","nip":"198503**********01","agency":"Pemerintah Kabupaten Bantul","score":9,"total":10,"issuedAt":"2026-11-25T03:00:00.000Z"}',
    );
  });

  it('signs a roster-confirmed identity as version 2, and version 1 stays as it was', () => {
    expect(canonicalCertificate({ ...content, identity: 'roster' })).toBe(
      '{"v":2,"code":"NA-7K3M-Q9TZ-2HFA","name":"Ni Luh Putu Āyu","nip":"198503**********01","agency":"Pemerintah Kabupaten Bantul","identity":"roster","score":9,"total":10,"issuedAt":"2026-11-25T03:00:00.000Z"}',
    );
    expect(canonicalCertificate({ ...content, identity: 'self_declared' })).toBe(canonicalCertificate(content));
  });

  it('verify with the published public key, and fail for any change', async () => {
    const secret = await generateTestSigningKey();
    const signature = await signCertificate(content, await importSigningKey(secret));
    const publicKey = publicJwkOf(secret);
    expect(publicKey).not.toHaveProperty('d');
    expect(await verifyCertificate(content, signature, publicKey)).toBe(true);
    expect(await verifyCertificate({ ...content, score: 10 }, signature, publicKey)).toBe(false);
    expect(await verifyCertificate({ ...content, name: 'Ni Luh Putu Ayu' }, signature, publicKey)).toBe(false);
    expect(await verifyCertificate(content, signature, publicJwkOf(await generateTestSigningKey()))).toBe(false);
    expect(await verifyCertificate(content, 'not base64url!', publicKey)).toBe(false);
    expect(await verifyCertificate(content, signature.slice(0, 85), publicKey)).toBe(false); // 85 characters: 1 mod 4
    expect(await verifyCertificate(content, signature.slice(1), publicKey)).toBe(false);
  });
});

describe('the issued content (functions/certificates/content.ts)', () => {
  const facts = {
    code: 'NA-7K3M-Q9TZ-2HFA',
    name: 'Ni Luh Putu Āyu',
    nip: '198503152010121001',
    agencyName: 'Pemerintah Kabupaten Bantul',
    score: 9,
    total: 10,
    issuedAt: '2026-11-25T03:00:00.000Z',
  };

  it('shows and signs the NIP masked, never the full NIP', () => {
    expect(certificateContent(facts)).toEqual({ ...content, identity: 'self_declared' });
    expect(canonicalCertificate(certificateContent(facts))).not.toContain(facts.nip);
  });

  it('is what signFacts signs, so a verifier rebuilding it from the public view succeeds', async () => {
    const secret = await generateTestSigningKey();
    const signature = await signFacts(facts, await importSigningKey(secret));
    expect(await verifyCertificate(content, signature, publicJwkOf(secret))).toBe(true);
  });
});
