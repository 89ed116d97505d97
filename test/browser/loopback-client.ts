// Requests from another address of this machine. Every 127.x.y.z is a loopback address on Linux, and the
// local edge (scripts/local-edge.mjs) sets CF-Connecting-IP from the connection as Cloudflare does, so a
// request sent from 127.0.77.1 is another client to the rate limits: a burst here uses its own budget,
// not the one the rest of the suite shares on 127.0.0.1.
import http from 'node:http';

/** The parts of Playwright's APIResponse these tests read. */
export interface LoopbackResponse {
  status(): number;
  headers(): Record<string, string>;
  body(): Buffer;
}

/** GET `path` from the local address `localAddress` (127.0.0.0/8), with `headers`. */
export function getFrom(localAddress: string, baseURL: string, path: string, headers: Record<string, string> = {}) {
  const { hostname, port } = new URL(baseURL);
  return new Promise<LoopbackResponse>((resolve, reject) => {
    const req = http.request({ host: hostname, port, path, headers, localAddress, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const flat = Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
        const body = Buffer.concat(chunks);
        resolve({ status: () => res.statusCode ?? 0, headers: () => flat, body: () => body });
      });
    });
    req.on('error', reject);
    req.end();
  });
}
