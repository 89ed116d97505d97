/** Certificate codes as people type them: NA-XXXX-XXXX-XXXX in Crockford base32. Pure. */

const separatorsRe = /[\s\-_.]+/g;
const prefix = 'NA';
const bodyLength = 12;
// Crockford base32: digits and letters without I, L, O, U.
const crockfordBodyRe = /^[0-9A-HJKMNP-TV-Z]{12}$/;

/**
 * The canonical form of a typed certificate code, or null when it cannot be one. Case, dashes, spaces
 * and the optional "NA" prefix do not matter; Crockford's look-alikes are read as digits (O → 0, I/L → 1).
 * @example normalizeCertificateCode('na 7k3m-q9xd 2f4h') // 'NA-7K3M-Q9XD-2F4H'
 */
export function normalizeCertificateCode(input: string): string | null {
  let compact = input.replace(separatorsRe, '').toUpperCase();
  if (compact.length === prefix.length + bodyLength && compact.startsWith(prefix)) compact = compact.slice(prefix.length);
  const body = compact.replace(/O/g, '0').replace(/[IL]/g, '1');
  if (!crockfordBodyRe.test(body)) return null;
  return `${prefix}-${body.slice(0, 4)}-${body.slice(4, 8)}-${body.slice(8)}`;
}
