// The deploy config that `astro build` generates from wrangler.toml (dist/server/wrangler.json, what
// `wrangler deploy` reads) keeps what production needs: a CPU limit that fits one ZIP part of PDFs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_CERTIFICATES_PER_ZIP } from '../../functions/exports/zip';

/** A generous CPU budget per PDF in a batch: about three times the 35 ms measured by bench/pdf-batch.mjs. */
const CPU_MS_PER_PDF = 100;

const deployConfig = JSON.parse(readFileSync('dist/server/wrangler.json', 'utf8')) as { limits?: { cpu_ms?: number } };

describe('the generated deploy config', () => {
  it('allows one ZIP part of certificates in CPU time, within the platform maximum of 300 s', () => {
    const cpuMs = deployConfig.limits?.cpu_ms ?? 30_000; // the platform default when unset
    expect(cpuMs).toBeGreaterThanOrEqual(MAX_CERTIFICATES_PER_ZIP * CPU_MS_PER_PDF);
    expect(cpuMs).toBeLessThanOrEqual(300_000);
  });
});
