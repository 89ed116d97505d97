import { describe, expect, it } from 'vitest';
import type { Context } from 'hono';
import { clientIp } from '../../functions/api/middleware/rate-limit';
import { UNKNOWN_CLIENT_KEY, clientKey } from '../../functions/http/client-key';

const request = (headers: Record<string, string>) =>
  ({ req: { header: (name: string) => headers[name.toLowerCase()] } }) as unknown as Context;

describe('clientKey', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    [' 203.0.113.7 ', '203.0.113.7'],
    ['203.000.113.007', '203.0.113.7'],
    ['2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['2001:0DB8:0001:0002::1', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['2001:db8::', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['::', '0:0:0:0::/64'],
    ['[2001:db8:1:2::7]', '2001:db8:1:2::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['fe80:0:0:0:a:b:c:d%25en0', 'fe80:0:0:0::/64'],
    ['64:ff9b::203.0.113.7', '64:ff9b:0:0::/64'],
    // IPv4-mapped: an IPv4 client seen through an IPv6 socket counts as its IPv4 address.
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['::FFFF:cb00:7107', '203.0.113.7'],
    ['0:0:0:0:0:ffff:203.0.113.7', '203.0.113.7'],
  ])('%s → %s', (address, key) => {
    expect(clientKey(address)).toBe(key);
  });

  it.each([
    undefined,
    null,
    '',
    '   ',
    'local',
    'not-an-ip',
    '256.1.1.1',
    '1.2.3',
    '1.2.3.4.5',
    '2001:db8::1::2',
    '2001:db8:1:2:3:4:5:6:7',
    '2001:db8:1:2:3:4:5',
    '12345::1',
    'g001::1',
    '::ffff:300.1.1.1',
    '203.0.113.7, 10.0.0.1',
    '<script>',
  ])('%j is unusable and shares one fallback key', (address) => {
    expect(clientKey(address)).toBe(UNKNOWN_CLIENT_KEY);
  });

  it('two addresses in one /64 share a key; the next /64 does not', () => {
    expect(clientKey('2001:db8:aa:bb::1')).toBe(clientKey('2001:db8:aa:bb:ffff:ffff:ffff:ffff'));
    expect(clientKey('2001:db8:aa:bc::1')).not.toBe(clientKey('2001:db8:aa:bb::1'));
  });
});

describe('clientIp', () => {
  it('reads cf-connecting-ip only: forwarding headers a client sets change nothing', () => {
    const spoofed = { 'x-forwarded-for': '198.51.100.1', 'x-real-ip': '198.51.100.2', 'true-client-ip': '198.51.100.3' };
    expect(clientIp(request({ 'cf-connecting-ip': '203.0.113.7', ...spoofed }))).toBe('203.0.113.7');
    expect(clientIp(request(spoofed))).toBe(UNKNOWN_CLIENT_KEY);
  });
});
