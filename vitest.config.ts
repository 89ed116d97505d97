import { defineConfig } from 'vitest/config';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { generateTestSigningKey } from './scripts/signing-key.mjs';
import { rateLimitBindings, wranglerConfig } from './scripts/wrangler-config.mjs';

/** The Worker's own configuration: the tests run with its compatibility settings, vars and rate limits. */
const wrangler = wranglerConfig();

export default defineConfig({
  test: {
    // Three files at once on two cores: many tests wait (workerd start-up, wrangler child processes,
    // rate-limit windows), so a third worker keeps the CPUs busy; the worker project runs in 72 s instead of 126 s.
    maxWorkers: 3,
    projects: [
      {
        // Pure domain logic, and checks over the built site in dist/ (npm test builds first): plain Node, fast.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts', 'test/build/**/*.test.ts', 'functions/**/*.test.ts'] },
      },
      {
        // The API inside workerd with a real local D1, migrated before every test file.
        plugins: [
          cloudflareTest(async () => ({
            main: './test/worker.ts',
            miniflare: {
              compatibilityDate: wrangler.compatibility_date,
              compatibilityFlags: wrangler.compatibility_flags,
              d1Databases: ['DB'],
              // The runtime's local send_email: checks sender and recipient, then keeps the message (it sends nothing).
              // Tests that read a message wrap it (test/worker/reminders.test.ts); others run without EMAIL.
              email: { send_email: [{ name: 'TEST_EMAIL', allowed_sender_addresses: ['noreply@netral.test'] }] },
              // wrangler.toml's own limits, so the tests show the configured limits at work, plus two for tests only.
              ratelimits: {
                ...rateLimitBindings(wrangler),
                // Tests only: a small limit in 10-second windows, so a burst and its recovery fit in a test (rate-limits.test.ts).
                BURST_LIMITER: { namespace_id: '1031', simple: { limit: 3, period: 10 } },
                // Tests only: a real limiter with a high ceiling, for tests that replay one person many times (helpers.ts).
                ROOMY_LIMITER: { namespace_id: '1099', simple: { limit: 100000, period: 60 } },
              },
              bindings: {
                ...wrangler.vars,
                CERT_SIGNING_KEY: await generateTestSigningKey(),
                SITE_ORIGIN: 'http://netral.test',
                TEST_MIGRATIONS: await readD1Migrations('./migrations'),
              },
            },
          })),
        ],
        test: {
          name: 'worker',
          include: ['test/worker/**/*.test.ts'],
          setupFiles: ['./test/worker/apply-migrations.ts'],
        },
      },
    ],
  },
});
