// Bindings and exports only the test worker has (see vitest.config.ts and test/worker.ts).
declare namespace Cloudflare {
  interface Env {
    TEST_MIGRATIONS: import('cloudflare:test').D1Migration[];
    ROOMY_LIMITER: RateLimit;
    /** The runtime's local send_email binding; tests pass it (wrapped) as EMAIL. */
    TEST_EMAIL: SendEmail;
    BURST_LIMITER: RateLimit;
  }
  interface GlobalProps {
    mainModule: typeof import('../worker');
  }
}
