// Bindings and exports only the test worker has (see vitest.config.ts and test/worker.ts).
declare namespace Cloudflare {
  interface Env {
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[];
    ROOMY_LIMITER: RateLimit;
    BURST_LIMITER: RateLimit;
  }
  interface GlobalProps {
    mainModule: typeof import('../worker');
  }
}
