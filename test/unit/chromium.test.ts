// The order in which `npm test` looks for a Chromium, with every probe of the machine faked.
import { describe, expect, it } from 'vitest';
import { MISSING_CHROMIUM, installedChromium, resolveChromium } from '../../scripts/chromium.mjs';

interface Machine {
  env?: Record<string, string>;
  /** Executable files present (absolute paths). */
  files?: string[];
  /** Names on PATH and where they resolve. */
  path?: Record<string, string>;
  playwrightDownload?: boolean;
  playwrightInstallWorks?: boolean;
  debianRoot?: boolean;
  aptWorks?: boolean;
}

const MANAGED = '/root/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

/** Fake probes over a described machine, recording what was attempted. */
function probes(machine: Machine) {
  const files = new Set(machine.files ?? []);
  const attempted: string[] = [];
  let managed = machine.playwrightDownload ?? false;
  return {
    attempted,
    env: machine.env ?? {},
    isExecutable: (p: string) => files.has(p),
    which: (name: string) => machine.path?.[name],
    playwrightChromium: () => (managed ? MANAGED : undefined),
    playwrightInstall: () => {
      attempted.push('playwright install');
      managed = machine.playwrightInstallWorks ?? false;
      return managed;
    },
    isDebianRoot: () => machine.debianRoot ?? false,
    aptInstall: () => {
      attempted.push('apt-get install');
      if (machine.aptWorks) files.add('/usr/bin/chromium');
      return machine.aptWorks ?? false;
    },
    log: () => {},
  };
}

describe('resolveChromium', () => {
  it('takes CHROMIUM_PATH first, even with a system Chromium present', () => {
    const p = probes({ env: { CHROMIUM_PATH: '/opt/chrome/chrome' }, files: ['/opt/chrome/chrome', '/usr/bin/chromium'] });
    expect(resolveChromium(p)).toEqual({ path: '/opt/chrome/chrome', source: 'CHROMIUM_PATH' });
    expect(p.attempted).toEqual([]);
  });

  it('refuses a CHROMIUM_PATH that is not an executable rather than testing another browser', () => {
    const p = probes({ env: { CHROMIUM_PATH: '/nowhere/chrome' }, files: ['/usr/bin/chromium'] });
    expect(resolveChromium(p)).toEqual({ error: expect.stringContaining('CHROMIUM_PATH=/nowhere/chrome') });
  });

  it('prefers Debian’s chromium to other system browsers, and finds one on PATH', () => {
    expect(resolveChromium(probes({ files: ['/usr/bin/google-chrome', '/usr/bin/chromium'] }))).toEqual({
      path: '/usr/bin/chromium',
      source: 'system',
    });
    expect(resolveChromium(probes({ path: { 'google-chrome': '/home/me/bin/google-chrome' } }))).toEqual({
      path: '/home/me/bin/google-chrome',
      source: 'system',
    });
  });

  it('uses an already downloaded Playwright Chromium without installing anything', () => {
    const p = probes({ playwrightDownload: true, debianRoot: true, aptWorks: true });
    expect(resolveChromium(p)).toEqual({ path: MANAGED, source: 'playwright' });
    expect(p.attempted).toEqual([]);
  });

  it('runs `playwright install chromium` when there is no browser, before apt', () => {
    const p = probes({ playwrightInstallWorks: true, debianRoot: true, aptWorks: true });
    expect(resolveChromium(p)).toEqual({ path: MANAGED, source: 'playwright' });
    expect(p.attempted).toEqual(['playwright install']);
  });

  it('falls back to apt-get on Debian as root when the download fails (offline)', () => {
    const p = probes({ playwrightInstallWorks: false, debianRoot: true, aptWorks: true });
    expect(resolveChromium(p)).toEqual({ path: '/usr/bin/chromium', source: 'apt' });
    expect(p.attempted).toEqual(['playwright install', 'apt-get install']);
  });

  it('does not try apt-get without root on Debian, and says in one line what to install', () => {
    const p = probes({ debianRoot: false });
    expect(resolveChromium(p)).toEqual({ error: MISSING_CHROMIUM });
    expect(p.attempted).toEqual(['playwright install']);
    expect(MISSING_CHROMIUM).not.toContain('\n');
    expect(MISSING_CHROMIUM).toMatch(/apt-get install chromium.*playwright install chromium.*CHROMIUM_PATH/);
  });

  it('reports the missing browser when apt-get fails too', () => {
    const p = probes({ debianRoot: true, aptWorks: false });
    expect(resolveChromium(p)).toEqual({ error: MISSING_CHROMIUM });
    expect(p.attempted).toEqual(['playwright install', 'apt-get install']);
  });
});

describe('installedChromium (playwright.config.ts, never installs)', () => {
  it('follows the same order without provisioning', () => {
    expect(installedChromium(probes({ env: { CHROMIUM_PATH: '/opt/c' }, files: ['/usr/bin/chromium'] }))).toBe('/opt/c');
    expect(installedChromium(probes({ files: ['/usr/bin/chromium'], playwrightDownload: true }))).toBe('/usr/bin/chromium');
    expect(installedChromium(probes({ playwrightDownload: true }))).toBe(MANAGED);
    expect(installedChromium(probes({}))).toBeUndefined();
  });
});
