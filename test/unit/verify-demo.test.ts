// The verify page labels the seeded demo certificates (NA-DEM0-…) as demo, and only those.
import { describe, expect, it } from 'vitest';
import { isDemoCode } from '../../src/components/verify/outcome';

describe('isDemoCode', () => {
  it('knows the seeded demo codes', () => {
    expect(isDemoCode('NA-DEM0-2026-0001')).toBe(true);
    expect(isDemoCode('NA-DEM0-2026-0010')).toBe(true);
  });

  it('never labels a real code as demo', () => {
    for (const code of ['NA-7K3M-Q9TZ-2HFA', 'NA-DEMX-2026-0001', 'NA-0DEM-0202-6000']) expect(isDemoCode(code)).toBe(false);
  });
});
