// What Cloudflare's edge does in front of the Worker, done locally: the local runtime (wrangler dev,
// miniflare) keeps a CF-Connecting-IP header the client sent and only fills it in when absent, and it
// takes `request.cf` from an MF-CF-Blob header, so on its own any local client could choose its
// rate-limit key. This front listens where people and tests connect, drops every client-sent `cf-*`
// and `mf-*` header, sets CF-Connecting-IP from the TCP peer, and streams everything else through
// unchanged (method, path, Host, body, status, headers), as the edge does.
// Node's own http module rather than a proxy library: the whole job is one header rule and two pipes.
// Usage: node scripts/local-edge.mjs <listen port> <upstream port> -- <command...> (runs the command,
// the upstream server, and stops with it), or import { startLocalEdge }.
import { spawn } from 'node:child_process';
import http from 'node:http';

/** Headers only the edge may set, and the hop-by-hop headers a proxy never forwards (RFC 9110 §7.6.1). */
const EDGE_ONLY = /^(cf-|mf-)/i;
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'upgrade']);

/** The peer as Cloudflare would report it: an IPv4 peer of a dual-stack socket as plain IPv4. */
export function peerAddress(remoteAddress) {
  const address = remoteAddress ?? '';
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

/** The request headers the Worker gets: the client's, minus edge-only and hop-by-hop ones, plus the peer. */
export function edgeHeaders(clientHeaders, remoteAddress) {
  const headers = {};
  for (const [name, value] of Object.entries(clientHeaders)) {
    if (!EDGE_ONLY.test(name) && !HOP_BY_HOP.has(name)) headers[name] = value;
  }
  headers['cf-connecting-ip'] = peerAddress(remoteAddress);
  return headers;
}

/**
 * Listens on `host:port` and forwards to the local runtime on `upstreamPort`. Resolves with the server
 * once it listens.
 */
export function startLocalEdge({ port, upstreamPort, host = '127.0.0.1' }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const server = http.createServer((req, res) => {
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: upstreamPort,
        method: req.method,
        path: req.url,
        headers: edgeHeaders(req.headers, req.socket.remoteAddress),
        agent,
      },
      (answer) => {
        const headers = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
        res.writeHead(answer.statusCode ?? 502, answer.statusMessage, headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      // The runtime is still starting or has gone: say so the way the edge would, without detail.
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Bad gateway: the local runtime is not answering.\n');
    });
    req.on('aborted', () => upstream.destroy());
    req.pipe(upstream);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [port, upstreamPort, separator, command, ...args] = process.argv.slice(2);
  if (!/^\d+$/.test(port ?? '') || !/^\d+$/.test(upstreamPort ?? '') || separator !== '--' || !command) {
    throw new Error('usage: node scripts/local-edge.mjs <listen port> <upstream port> -- <command...>');
  }
  const child = spawn(command, args, { stdio: 'inherit' });
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
  await startLocalEdge({ port: Number(port), upstreamPort: Number(upstreamPort) });
  console.error(`Local edge on http://127.0.0.1:${port} (sets CF-Connecting-IP from the connection) → runtime on port ${upstreamPort}`);
}
