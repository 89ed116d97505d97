/**
 * "Cari sertifikat saya": which stored certificates belong to the person who typed a NIP and a name.
 * Pure. The name must be the one printed on the certificate; only case, spacing and Unicode form are
 * forgiven, so knowing a NIP alone (it is printed, partly masked, on every certificate) finds nothing.
 */
import { normalizeName } from './name';

/**
 * The name as compared: NFC, spaces folded, typographic apostrophes straightened, lower case.
 * @example holderNameKey('  SITI   Nur’aini ') === holderNameKey("Siti Nur'aini") // true
 */
function holderNameKey(name: string): string {
  return normalizeName(name).toLowerCase();
}

/**
 * The certificates among `candidates` (all stored for one NIP) whose holder has the typed name, newest first.
 * @example certificatesOfHolder(rows, 'siti nur’aini') // rows named "Siti Nur'aini"
 */
export function certificatesOfHolder<C extends { name: string; issuedAt: string }>(candidates: C[], typedName: string): C[] {
  const key = holderNameKey(typedName);
  // Every candidate is compared, so a wrong name costs what a right one does.
  const matches = candidates.filter((c) => holderNameKey(c.name) === key);
  return matches.sort((a, b) => b.issuedAt.localeCompare(a.issuedAt));
}
