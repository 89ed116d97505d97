// Ed25519 signing keys for certificates, as JWK JSON (the form the Worker secret CERT_SIGNING_KEY takes).
import { webcrypto } from 'node:crypto';

/** A fresh Ed25519 private key as a JWK JSON string (includes the public `x`). */
export async function generateTestSigningKey() {
  const pair = await webcrypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
  return JSON.stringify(await webcrypto.subtle.exportKey('jwk', pair.privateKey));
}
