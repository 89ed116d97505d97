import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { SITE_HEADERS } from '../../functions/http/security-headers';

describe('public/_headers', () => {
  it('gives static files exactly the SITE_HEADERS the Worker gives on-demand pages', () => {
    const text = readFileSync(new URL('../../public/_headers', import.meta.url), 'utf8');
    const block = text.split('\n').filter((line) => line.startsWith('  '));
    const parsed = Object.fromEntries(
      block.map((line) =>
        line
          .trim()
          .split(/:\s(.*)/s)
          .slice(0, 2),
      ),
    );
    expect(text).toMatch(/^\/\*$/m);
    expect(parsed).toEqual(SITE_HEADERS);
  });
});
