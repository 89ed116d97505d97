// The local edge (scripts/local-edge.mjs) stands where Cloudflare's edge stands in production: whatever
// a client sends, the Worker's CF-Connecting-IP is the connection's address and request.cf is not the
// client's to set. Tested over real sockets against a small upstream that echoes what it received.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edgeHeaders, peerAddress, startLocalEdge } from '../../scripts/local-edge.mjs';

describe('edge headers', () => {
  it('drops every client-sent cf-* and mf-* header and hop-by-hop headers, and sets the peer', () => {
    const headers = edgeHeaders(
      {
        host: '127.0.0.1:8787',
        'cf-connecting-ip': '198.51.100.7',
        'cf-ipcountry': 'ID',
        'mf-cf-blob': '{"clientIp":"198.51.100.7"}',
        'mf-original-url': 'http://evil.example/',
        connection: 'keep-alive, x-drop',
        'keep-alive': 'timeout=5',
        'x-forwarded-for': '203.0.113.9',
        'content-type': 'application/json',
      },
      '127.0.0.5',
    );
    expect(headers).toEqual({
      host: '127.0.0.1:8787',
      'x-forwarded-for': '203.0.113.9',
      'content-type': 'application/json',
      'cf-connecting-ip': '127.0.0.5',
    });
  });

  it('reports an IPv4 peer of a dual-stack socket as plain IPv4, and IPv6 as it is', () => {
    expect(peerAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(peerAddress('2001:db8::1')).toBe('2001:db8::1');
    expect(peerAddress('::1')).toBe('::1');
  });
});

describe('the edge in front of a server', () => {
  let upstream: http.Server;
  let edge: http.Server;
  let edgePort: number;
  const seen: { method?: string; url?: string; headers: http.IncomingHttpHeaders; body: string }[] = [];

  beforeAll(async () => {
    upstream = http.createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, headers: req.headers, body });
        res.writeHead(207, { 'content-type': 'text/plain', 'set-cookie': ['a=1', 'b=2'], 'x-upstream': 'yes' });
        // Written in two pieces, to see the answer streamed through rather than rebuilt.
        res.write('first,');
        res.end('second');
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const upstreamPort = (upstream.address() as AddressInfo).port;
    edge = await startLocalEdge({ port: 0, upstreamPort });
    edgePort = (edge.address() as AddressInfo).port;
  });
  afterAll(() => {
    edge.close();
    upstream.close();
  });

  const send = (headers: Record<string, string>, body?: string, localAddress = '127.0.0.1') =>
    new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
      const req = http.request(
        { host: '127.0.0.1', port: edgePort, method: 'POST', path: '/api/x?y=1', headers, localAddress, agent: false },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
        },
      );
      req.on('error', reject);
      // No content-length: the body goes chunked, as the hostile suite's chunked bodies do.
      if (body) for (const piece of body.match(/.{1,5}/g) ?? []) req.write(piece);
      req.end();
    });

  it('gives the Worker the connection address however the client fills the headers, and passes the rest through', async () => {
    const answer = await send(
      { host: 'spoofed.example', 'content-type': 'application/json', 'cf-connecting-ip': '198.51.100.1', 'mf-cf-blob': '{}' },
      '{"answers":[1,2,3]}',
      '127.0.0.9',
    );
    const request = seen.at(-1)!;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/api/x?y=1');
    expect(request.headers['cf-connecting-ip']).toBe('127.0.0.9');
    expect(request.headers['mf-cf-blob']).toBeUndefined();
    expect(request.headers.host).toBe('spoofed.example');
    expect(request.body).toBe('{"answers":[1,2,3]}');
    expect(answer.status).toBe(207);
    expect(answer.headers['set-cookie']).toEqual(['a=1', 'b=2']);
    expect(answer.headers['x-upstream']).toBe('yes');
    expect(answer.body).toBe('first,second');
  });

  it('answers 502 without detail when the runtime is not there', async () => {
    // Port 1 (tcpmux) has no listener here: the connection is refused at once.
    const lonely = await startLocalEdge({ port: 0, upstreamPort: 1 });
    const port = (lonely.address() as AddressInfo).port;
    const status = await new Promise<number>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path: '/' }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
        .on('error', reject);
    });
    lonely.close();
    expect(status).toBe(502);
  });
});
