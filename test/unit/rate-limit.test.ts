import { describe, expect, it } from 'vitest';
import type { Context } from 'hono';
import { clientIp } from '../../functions/api/middleware/rate-limit';

const withAddress = (ip?: string) =>
  ({ req: { header: (name: string) => (name === 'cf-connecting-ip' ? ip : undefined) } }) as unknown as Context;

describe('clientIp', () => {
  it('keys IPv4 by the whole address', () => {
    expect(clientIp(withAddress('203.0.113.7'))).toBe('203.0.113.7');
  });

  it.each([
    ['2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['2001:0DB8:0001:0002::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
  ])('keys IPv6 %s by its /64, since one subscriber holds all of it', (ip, key) => {
    expect(clientIp(withAddress(ip))).toBe(key);
  });

  it('gives every client one shared key when the header is absent (local runtime)', () => {
    expect(clientIp(withAddress())).toBe('local');
  });
});
