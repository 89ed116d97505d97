import { defineConfig } from 'vitest/config';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { generateTestSigningKey } from './scripts/signing-key.mjs';

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
              compatibilityDate: '2026-10-01',
              compatibilityFlags: ['nodejs_compat'],
              d1Databases: ['DB'],
              // The runtime's local send_email: checks sender and recipient, then keeps the message (it sends nothing).
              // Tests that read a message wrap it (test/worker/reminders.test.ts); others run without EMAIL.
              email: { send_email: [{ name: 'TEST_EMAIL', allowed_sender_addresses: ['noreply@netral.test'] }] },
              // As in wrangler.toml, so the tests show the configured limits at work.
              ratelimits: {
                PUBLIC_WRITE_LIMITER: { namespace_id: '1001', simple: { limit: 600, period: 60 } },
                QUIZ_START_LIMITER: { namespace_id: '1002', simple: { limit: 3, period: 60 } },
                QUIZ_SUBMIT_LIMITER: { namespace_id: '1003', simple: { limit: 10, period: 60 } },
                CERT_LOOKUP_LIMITER: { namespace_id: '1004', simple: { limit: 10, period: 60 } },
                LOGIN_ACCOUNT_LIMITER: { namespace_id: '1005', simple: { limit: 5, period: 60 } },
                LOGIN_IP_LIMITER: { namespace_id: '1006', simple: { limit: 20, period: 60 } },
                REMINDER_LIMITER: { namespace_id: '1020', simple: { limit: 10, period: 60 } },
                PDF_LIMITER: { namespace_id: '1030', simple: { limit: 30, period: 60 } },
                // Tests only: a small limit in 10-second windows, so a burst and its recovery fit in a test (rate-limits.test.ts).
                BURST_LIMITER: { namespace_id: '1031', simple: { limit: 3, period: 10 } },
                // Tests only: a real limiter with a high ceiling, for tests that replay one person many times (helpers.ts).
                ROOMY_LIMITER: { namespace_id: '1099', simple: { limit: 100000, period: 60 } },
              },
              bindings: {
                CERT_SIGNING_KEY: await generateTestSigningKey(),
                SITE_ORIGIN: 'http://netral.test',
                QUIZ_DAILY_ATTEMPTS: '5',
                QUIZ_COOLDOWN_MINUTES: '15,60,240',
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
