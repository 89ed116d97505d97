/**
 * What the benchmarks run: ports, state, the rate limits raised for the run, and how many requests each
 * run makes. Every run is bounded twice: by a request count and by a time limit.
 * Environment overrides: BENCH_PORT, BENCH_LIMITERS (comma-separated binding names, or "all").
 */
export const benchConfig = {
  port: Number(process.env.BENCH_PORT ?? 8830),
  /** The bench server's own local D1 and rate-limit state, fresh every run (the tests use .wrangler/test-state). */
  stateDir: '.wrangler/bench-state',
  /** Generated beside the built config, because its paths (entry, assets) are relative to its own folder. */
  serverConfig: 'dist/server/wrangler.bench.json',
  /**
   * Which `[[ratelimits]]` bindings to raise: "all" raises every one that wrangler.toml declares (the names
   * are read at run time, so bindings added later are raised too), or a list of names.
   */
  raiseLimiters: (process.env.BENCH_LIMITERS ?? 'all').split(',').map((s) => s.trim()),
  /** High enough that no run here can reach it: the benchmark measures the Worker, not the limiter. */
  raisedLimit: 1_000_000,
  /** Concurrent clients for the start + submit journeys, and how many journeys each client makes. */
  journeyLevels: [
    { clients: 1, journeysEach: 20 },
    { clients: 10, journeysEach: 5 },
    { clients: 50, journeysEach: 3 },
    { clients: 200, journeysEach: 2 },
  ],
  /** One journey in `failEvery` answers three questions wrong, so the failing path is measured and checked too. */
  failEvery: 5,
  /** Plain GETs: [name, path, concurrency, requests]. The health floor runs at every journey concurrency too. */
  reads: [
    ['GET /aturan/media-sosial (static)', '/aturan/media-sosial', 10, 400],
    ['GET /api/agencies?q=bantul', '/api/agencies?q=bantul', 10, 400],
    ['GET /api/certificates/{code}', '/api/certificates/NA-DEM0-2026-0001', 10, 300],
    ['GET /verifikasi/{code} (SSR page)', '/verifikasi/NA-DEM0-2026-0001', 10, 300],
    ['GET /verifikasi/{code} (SSR page)', '/verifikasi/NA-DEM0-2026-0001', 50, 300],
    // About 70 ms of CPU each: a few in flight, few of them.
    ['GET /api/certificates/{code}/pdf', '/api/certificates/NA-DEM0-2026-0001/pdf', 4, 60],
    ['GET /api/certificates/{code}/pdf', '/api/certificates/NA-DEM0-2026-0001/pdf', 20, 60],
  ],
  /**
   * What HR does while the quiz is under load, signed in as `agencyAccount` (the demo HR user of Bantul,
   * seeded by `npm start` and the bench server): [name, path, concurrency, requests].
   */
  agencyReads: [
    ['GET /api/admin/report', '/api/admin/report', 10, 300],
    ['GET /admin (SSR report page)', '/admin', 10, 200],
    ['GET /api/admin/exports/certificates.csv', '/api/admin/exports/certificates.csv', 4, 100],
  ],
  agencyAccount: ['hr@bantul.example.id', 'demo-hr-bantul-2026'],
  /**
   * Admin GETs measured at 100 and at 100,000 certificates (bench/admin.mjs): [name, path, concurrency,
   * requests per size]. One at a time first (each request's own cost), then with several in flight (where
   * both sizes wait in the same queue, so their latencies converge: that run shows the load).
   */
  adminPairs: [
    ['GET /api/admin/report', '/api/admin/report', 1, 100],
    ['GET /admin (SSR page)', '/admin', 1, 50],
    ['GET /api/admin/pending, first page', '/api/admin/pending', 1, 100],
    ['GET /api/admin/report', '/api/admin/report', 10, 200],
    ['GET /admin (SSR page)', '/admin', 5, 100],
    ['GET /api/admin/pending, first page', '/api/admin/pending', 10, 200],
  ],
  /** Requests per connection for the health floor, and at least this many in all (one client needs more than 20). */
  healthEach: 20,
  healthAtLeast: 100,
  /** No single run may take longer than this. */
  maxSecondsPerRun: 120,
  /** Seconds a single request may take before it counts as an error. */
  requestTimeout: 30,
};
