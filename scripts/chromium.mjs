/**
 * Finds a Chromium for the browser tests, or provisions one, so `npm test` works on a fresh machine.
 *
 * Order: `CHROMIUM_PATH`; a system Chromium or Chrome; the browser Playwright manages (installing it with
 * `playwright install chromium` if it is missing); on Debian as root, `apt-get install chromium`. If none
 * works, one line says what to install. The decision takes its probes as a parameter, so it is unit-tested
 * without touching the machine (test/unit/chromium.test.ts); `machineProbes()` are the real ones.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from 'playwright-core';

/** Where distributions and vendors put Chromium or Chrome; looked for in this order, then the names on PATH. */
const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];
const SYSTEM_CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export const MISSING_CHROMIUM =
  'No Chromium for the browser tests: install one (Debian/Ubuntu: `sudo apt-get install chromium`; elsewhere: `npx playwright install chromium`), or set CHROMIUM_PATH to its executable.';

/**
 * @typedef {object} ChromiumProbes
 * @property {Record<string, string | undefined>} env
 * @property {(path: string) => boolean} isExecutable
 * @property {(name: string) => string | undefined} which  the executable of that name on PATH
 * @property {() => string | undefined} playwrightChromium  the browser Playwright manages, if downloaded
 * @property {() => boolean} playwrightInstall  runs `playwright install chromium`; false if it failed
 * @property {() => boolean} isDebianRoot  apt-get is available and we may use it
 * @property {() => boolean} aptInstall  runs `apt-get update && apt-get install -y chromium`; false if it failed
 * @property {(line: string) => void} log
 */

/**
 * @typedef {{ path: string, source: 'CHROMIUM_PATH' | 'system' | 'playwright' | 'apt' } | { error: string }} ChromiumChoice
 */

/**
 * Decides which Chromium to use, provisioning one if needed. Never throws: a failure is `{ error }`.
 * @param {ChromiumProbes} probes
 * @returns {ChromiumChoice}
 * @example resolveChromium(machineProbes()) // { path: '/usr/bin/chromium', source: 'system' }
 */
export function resolveChromium(probes) {
  const configured = probes.env.CHROMIUM_PATH;
  // An explicit choice that is wrong is an error, not a reason to quietly test another browser.
  if (configured)
    return probes.isExecutable(configured)
      ? { path: configured, source: 'CHROMIUM_PATH' }
      : { error: `CHROMIUM_PATH=${configured} is not an executable file.` };

  const system = findSystemChromium(probes);
  if (system) return { path: system, source: 'system' };

  const managed = probes.playwrightChromium();
  if (managed) return { path: managed, source: 'playwright' };
  probes.log('No system Chromium: trying `playwright install chromium`…');
  if (probes.playwrightInstall()) {
    const installed = probes.playwrightChromium();
    if (installed) return { path: installed, source: 'playwright' };
  }

  if (probes.isDebianRoot()) {
    probes.log('Playwright could not download Chromium: trying `apt-get install chromium`…');
    if (probes.aptInstall()) {
      const fromApt = findSystemChromium(probes);
      if (fromApt) return { path: fromApt, source: 'apt' };
    }
  }
  return { error: MISSING_CHROMIUM };
}

/**
 * A Chromium already on this machine, without installing anything (for `playwright.config.ts`).
 * @param {Pick<ChromiumProbes, 'env' | 'isExecutable' | 'which' | 'playwrightChromium'>} probes
 * @returns {string | undefined}
 */
export function installedChromium(probes) {
  return probes.env.CHROMIUM_PATH || findSystemChromium(probes) || probes.playwrightChromium();
}

/** @param {Pick<ChromiumProbes, 'isExecutable' | 'which'>} probes */
function findSystemChromium(probes) {
  return SYSTEM_CHROMIUM_PATHS.find((p) => probes.isExecutable(p)) ?? SYSTEM_CHROMIUM_NAMES.map((n) => probes.which(n)).find(Boolean);
}

/** @param {string} path */
function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The probes for this machine.
 * @returns {ChromiumProbes}
 */
export function machineProbes() {
  /** @param {string} cmd @param {string[]} args @param {number} timeoutMs */
  const run = (cmd, args, timeoutMs) =>
    spawnSync(cmd, args, { stdio: 'inherit', timeout: timeoutMs, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  return {
    env: process.env,
    isExecutable,
    which: (name) =>
      (process.env.PATH ?? '')
        .split(delimiter)
        .map((dir) => join(dir, name))
        .find(isExecutable),
    // Where `playwright install chromium` puts the browser matching this Playwright version.
    playwrightChromium: () => {
      const path = chromium.executablePath();
      return isExecutable(path) ? path : undefined;
    },
    // Offline the download retries for a while; give up after three minutes rather than hang the test command.
    playwrightInstall: () => run('playwright', ['install', 'chromium'], 180_000),
    isDebianRoot: () => existsSync('/etc/debian_version') && process.getuid?.() === 0 && isExecutable('/usr/bin/apt-get'),
    aptInstall: () => run('apt-get', ['update', '-qq'], 300_000) && run('apt-get', ['install', '-y', '-qq', 'chromium'], 600_000),
    log: (line) => console.log(line),
  };
}
