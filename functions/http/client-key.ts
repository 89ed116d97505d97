/**
 * Whose requests count together for a rate limit: the client address the runtime reports, never a header
 * a client may set (X-Forwarded-For, X-Real-IP, True-Client-IP are ignored). IPv6 counts per /64, since one
 * home or office holds a whole /64 (2^64 addresses); an IPv4-mapped IPv6 address counts as its IPv4.
 */

/** The one key every unusable address shares: rotating garbage must not open fresh buckets. */
export const UNKNOWN_CLIENT_KEY = 'unknown-address';

const ipv4Re = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const hextetRe = /^[0-9a-f]{1,4}$/;
/** An IPv6 zone id (`fe80::1%eth0`) names the local interface, not the client. */
const zoneIdRe = /%.*$/;
const IPV6_GROUPS = 8;

/**
 * The rate-limit key for the address in `cf-connecting-ip`: IPv4 as the dotted quad, IPv6 as its /64
 * prefix (`2001:db8:1:2::/64`), anything else (absent, malformed) as `UNKNOWN_CLIENT_KEY`.
 * @example clientKey('2001:db8:1:2:aaaa::1') // '2001:db8:1:2::/64'
 * @example clientKey('::ffff:203.0.113.7') // '203.0.113.7'
 */
export function clientKey(address: string | undefined | null): string {
  const trimmed = address?.trim().replace(/^\[(.*)\]$/, '$1') ?? '';
  if (!trimmed) return UNKNOWN_CLIENT_KEY;
  if (!trimmed.includes(':')) return ipv4Key(trimmed) ?? UNKNOWN_CLIENT_KEY;
  const groups = ipv6Groups(trimmed.replace(zoneIdRe, '').toLowerCase());
  if (!groups) return UNKNOWN_CLIENT_KEY;
  if (isIpv4Mapped(groups)) return ipv4FromGroups(groups[6]!, groups[7]!);
  return `${groups.slice(0, 4).join(':')}::/64`;
}

/** A dotted quad in canonical form (no leading zeros), or null. */
function ipv4Key(address: string): string | null {
  const parts = ipv4Re.exec(address)?.slice(1).map(Number);
  if (!parts || parts.some((n) => n > 255)) return null;
  return parts.join('.');
}

/** The eight groups of an IPv6 address (lower case, no leading zeros), with `::` expanded; null if invalid. */
function ipv6Groups(address: string): string[] | null {
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string | undefined) => (part ? part.split(':') : []);
  const head = parse(halves[0]);
  const tail = parse(halves[1]);
  // A trailing dotted quad (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) stands for the last two groups.
  const last = halves.length === 2 ? tail : head;
  const quad = last.at(-1)?.includes('.') ? ipv4Key(last.pop()!) : undefined;
  if (quad === null) return null;
  if (quad) {
    const [a, b, c, d] = quad.split('.').map(Number) as [number, number, number, number];
    last.push(((a << 8) | b).toString(16), ((c << 8) | d).toString(16));
  }
  const missing = IPV6_GROUPS - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...Array<string>(missing).fill('0'), ...tail];
  if (!groups.every((g) => hextetRe.test(g))) return null;
  return groups.map((g) => Number.parseInt(g, 16).toString(16));
}

/** `::ffff:a.b.c.d`: an IPv4 client seen through an IPv6 socket. */
function isIpv4Mapped(groups: readonly string[]): boolean {
  return groups.slice(0, 5).every((g) => g === '0') && groups[5] === 'ffff';
}

function ipv4FromGroups(high: string, low: string): string {
  const h = Number.parseInt(high, 16);
  const l = Number.parseInt(low, 16);
  return [h >> 8, h & 255, l >> 8, l & 255].join('.');
}
