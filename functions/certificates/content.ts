/**
 * What a certificate states and signs, built in this one place: the API when issuing, the public view,
 * the verify page and the local seed all go through `certificateContent`.
 */
import { maskNip } from '../domain/nip';
import { signCertificate, type CertificateContent, type CertificateIdentity } from '../domain/certificate';

/** The stored facts a certificate's content is made of (the full NIP; it is masked here). */
export interface CertificateFacts {
  code: string;
  name: string;
  nip: string;
  agencyName: string;
  score: number;
  total: number;
  issuedAt: string;
  /** Absent on records from before rosters: self-declared. */
  identity?: CertificateIdentity;
}

/**
 * The public, signed content: the NIP masked to its first six and last two digits; a roster-confirmed
 * certificate is signed as content version 2 (see canonicalCertificate).
 * @example certificateContent(record).nip // '198503**********01'
 */
export function certificateContent(facts: CertificateFacts): CertificateContent & { identity: CertificateIdentity } {
  return {
    code: facts.code,
    name: facts.name,
    nip: maskNip(facts.nip),
    agency: facts.agencyName,
    score: facts.score,
    total: facts.total,
    issuedAt: facts.issuedAt,
    identity: facts.identity ?? 'self_declared',
  };
}

/**
 * The Ed25519 signature (base64url) over the certificate's content.
 * @example const signature = await signFacts({ code, name, nip, agencyName, score, total, issuedAt }, key)
 */
export function signFacts(facts: CertificateFacts, key: CryptoKey): Promise<string> {
  return signCertificate(certificateContent(facts), key);
}
