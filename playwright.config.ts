import { defineConfig } from '@playwright/test';
import { installedChromium, machineProbes } from './scripts/chromium.mjs';

// Not 8787, so the tests never talk to a developer's running `npm start`. PORT lets parallel checkouts differ.
const port = Number(process.env.PORT ?? 8788);

export default defineConfig({
  testDir: 'test/browser',
  timeout: 60_000,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 360, height: 740 },
    launchOptions: {
      // `npm test` finds or provisions a Chromium and passes it as CHROMIUM_PATH (scripts/chromium.mjs).
      executablePath: installedChromium(machineProbes()),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // The built Worker on the real runtime with its own migrated, seeded local D1 (npm test builds first).
    command: `node scripts/test-server.mjs ${port}`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
