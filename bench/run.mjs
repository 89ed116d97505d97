/** Running one bounded autocannon load (a request count and a time limit) and summarising it. */
import { cpus, loadavg } from 'node:os';
import autocannon from 'autocannon';
import { benchConfig } from './config.mjs';

/**
 * Runs autocannon with `clients` connections, each making at most `perClient` requests, for at most
 * `benchConfig.maxSecondsPerRun` seconds.
 * @example await load({ url: base + '/api/health', clients: 10, perClient: 20 })
 * @example await load({ url: base + '/api/admin/report', clients: 10, perClient: 30, headers: { cookie } })
 */
export function load({ url, clients, perClient, requests, headers }) {
  return autocannon({
    url,
    headers,
    connections: clients,
    maxConnectionRequests: perClient,
    duration: benchConfig.maxSecondsPerRun,
    timeout: benchConfig.requestTimeout,
    requests,
  });
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Percentiles of a list of milliseconds (for journeys, which autocannon does not time as one). */
export function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

/** The figures the report shows for one autocannon result. */
export function summary(name, clients, result) {
  return {
    name,
    clients,
    count: result.requests.total,
    seconds: result.duration,
    perSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx, // autocannon counts timeouts among errors
    statuses: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
  };
}

/** The load average over 1, 5 and 15 minutes, for the report's machine line. */
export function loadAverage() {
  return loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ');
}

/** The machine a run measures on, with the load before it (set `loadAfter` at the end). */
export function machineNow() {
  return { cores: cpus().length, cpu: cpus()[0]?.model.trim(), loadBefore: loadAverage(), date: new Date().toISOString().slice(0, 16) };
}
