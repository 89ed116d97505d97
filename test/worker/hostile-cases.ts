/**
 * Hostile requests generated from the OpenAPI document: for every documented operation, wrong types,
 * missing and extra fields, huge and deep bodies, chunked and gzip bodies, invalid UTF-8, control and
 * bidi characters, every content type, traversal and markup in path parameters, unknown methods,
 * spoofed Host and forwarding headers. A new route in the document gets its cases without a change here.
 */

type Schema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  default?: unknown;
  pattern?: string;
  anyOf?: Schema[];
  oneOf?: Schema[];
};
type Parameter = { name: string; in: string; required?: boolean; schema?: Schema };
type Operation = {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, unknown>;
};
export type OpenApiDocument = { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } };

export interface HostileCase {
  /** What is hostile about it, for the failure message and the tally. */
  kind: string;
  label: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: BodyInit | (() => BodyInit);
  /** The documented statuses of the operation it targets (empty for an undocumented method). */
  documented: string[];
  /** The document's path template, for counting what success stored. */
  template: string;
  /** A host the answer must never contain (spoofed Host / X-Forwarded-Host). */
  spoofedHost?: string;
}

export interface Fixtures {
  base: string;
  /** A valid value for each path parameter name, so body cases reach the body's validation. */
  pathValues: Record<string, string>;
  /** A valid body per path template; else one is derived from the schema. */
  bodies: Record<string, unknown>;
}

const SPOOFED = 'evil.example';
const WRONG_VALUES: unknown[] = [null, 0, -1, 1.5e308, true, [], {}, '', 'x'.repeat(5000), [[[[[]]]]], { $gt: '' }];
const HOSTILE_STRINGS = [
  '\u0000',
  'Siti\u0000Aminah',
  '\u001b[31mred',
  'Siti \u202eharamA',
  '\u2066Siti\u2069',
  '\u200b\u200b',
  '\ufeffSiti',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://evil.example","x")',
  "'; DROP TABLE attempts; --",
  '\ud800',
  'Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359\u035a\u035b\u035c\u035d\u035e',
];
const PATH_VALUES = [
  '..',
  '../../etc/passwd',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f%2e%2e%2f',
  '%252e%252e%252f',
  '%00',
  '%0d%0aSet-Cookie:%20x=1',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '%22%3E%3Csvg%20onload%3Dalert(1)%3E',
  "'%20OR%201=1--",
  'x'.repeat(4000),
  '%E2%80%AEfdp.exe',
  '%F0%9F%92%A9',
  '%C3%28',
  '%ff%fe',
  '.%2F.',
  '~root',
  '%u002e',
];
const CONTENT_TYPES = [
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  'application/json; charset=utf-16',
  'application/json-patch+json',
  'application/problem+json',
  'application/octet-stream',
  'image/png',
  'application/json, text/plain',
  'APPLICATION/JSON',
  'application/jsonx',
  ';;;',
];
// workerd refuses methods it does not know (FOO) before the app; these it passes on.
const UNKNOWN_METHODS = ['PUT', 'PATCH', 'DELETE', 'OPTIONS', 'PROPFIND', 'PURGE', 'MKCOL', 'LOCK', 'SEARCH', 'REPORT'];
const SPOOF_HEADERS: Record<string, string>[] = [
  { host: SPOOFED },
  { 'x-forwarded-host': SPOOFED },
  { 'x-forwarded-for': '127.0.0.1, 10.0.0.1' },
  { forwarded: `for=127.0.0.1;host=${SPOOFED};proto=https` },
  { 'x-forwarded-proto': 'gopher', 'x-forwarded-port': '1' },
  { 'x-original-url': '/api/admin', 'x-rewrite-url': '/api/admin' },
  { 'x-http-method-override': 'DELETE' },
  { 'cf-connecting-ip': 'not-an-ip' },
  { 'accept-language': 'x'.repeat(8000) },
  { 'accept-language': '*;q=NaN, en;q=-1, id;q=2' },
  { cookie: 'session=../../admin; __proto__=x' },
  { origin: `https://${SPOOFED}` },
];

function resolve(schema: Schema, doc: OpenApiDocument): Schema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.split('/').at(-1)!;
  return resolve(doc.components?.schemas?.[name] ?? {}, doc);
}

/** A plausible value for a schema, for routes with no fixture body. */
function sample(schema: Schema, doc: OpenApiDocument): unknown {
  const s = resolve(schema, doc);
  if (s.enum) return s.enum[0];
  if (s.default !== undefined) return s.default;
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  if (type === 'object' || s.properties) return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, sample(v, doc)]));
  if (type === 'array') return [sample(s.items ?? {}, doc)];
  if (type === 'integer' || type === 'number') return 1;
  if (type === 'boolean') return true;
  return 'a';
}

/** Every property path in a body schema, with whether it is required by its parent. */
function fieldPaths(
  schema: Schema,
  doc: OpenApiDocument,
  prefix: (string | number)[] = [],
): { path: (string | number)[]; required: boolean; type: string }[] {
  const s = resolve(schema, doc);
  const out: { path: (string | number)[]; required: boolean; type: string }[] = [];
  for (const [key, child] of Object.entries(s.properties ?? {})) {
    const c = resolve(child, doc);
    const type = String(Array.isArray(c.type) ? c.type[0] : (c.type ?? 'any'));
    out.push({ path: [...prefix, key], required: (s.required ?? []).includes(key), type }, ...fieldPaths(c, doc, [...prefix, key]));
    if (c.items) out.push(...fieldPaths(c.items, doc, [...prefix, key, 0]));
  }
  return out;
}

function setAt(body: unknown, path: (string | number)[], value: unknown, remove = false): unknown {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> | undefined = copy;
  for (const key of path.slice(0, -1)) {
    node = node?.[key] as Record<string | number, unknown> | undefined;
    if (node === null || typeof node !== 'object') return copy;
  }
  const last = path.at(-1)!;
  if (!node) return copy;
  if (remove) delete node[last];
  else node[last] = value;
  return copy;
}

const bytes = (...parts: (string | number[])[]) => {
  const chunks = parts.map((p) => (typeof p === 'string' ? new TextEncoder().encode(p) : Uint8Array.from(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};

function chunked(text: string): () => ReadableStream<Uint8Array> {
  return () =>
    new ReadableStream({
      start(controller) {
        const data = new TextEncoder().encode(text);
        for (let i = 0; i < data.length; i += 7) controller.enqueue(data.slice(i, i + 7));
        controller.close();
      },
    });
}

function gzipped(text: string): () => ReadableStream<Uint8Array> {
  return () => new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'));
}

/** Body-level attacks that do not depend on the schema. */
function rawBodies(valid: unknown): [string, string, BodyInit | (() => BodyInit), Record<string, string>?][] {
  const json = JSON.stringify(valid);
  const deepArray = `${'['.repeat(3000)}${']'.repeat(3000)}`;
  const deepObject = `${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`;
  return [
    ['empty', 'no body', ''],
    ['syntax', 'JSON null', 'null'],
    ['syntax', 'JSON array', '[]'],
    ['syntax', 'JSON string', '"participant"'],
    ['syntax', 'JSON number', '1e999'],
    ['syntax', 'truncated JSON', json.slice(0, -3)],
    ['syntax', 'trailing garbage', `${json}}}}`],
    ['syntax', 'two documents', `${json}\n${json}`],
    ['syntax', 'single quotes', json.replaceAll('"', "'")],
    ['syntax', 'JSON with comments', `/* x */${json}`],
    ['syntax', 'duplicate keys', json.replace('{', '{"participant":1,"answers":1,')],
    ['syntax', 'prototype pollution', json.replace('{', '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}},')],
    ['huge', '20 KB of spaces', `${' '.repeat(20_000)}${json}`],
    ['huge', '1 MB string', JSON.stringify({ ...(valid as object), pad: 'x'.repeat(1_000_000) })],
    ['huge', '17 KB declared, 17 KB sent', 'x'.repeat(17 * 1024), { 'content-length': String(17 * 1024) }],
    ['deep', '3000 nested arrays', deepArray],
    ['deep', '2000 nested objects', deepObject],
    ['chunked', 'valid JSON in 7-byte chunks', chunked(json)],
    ['chunked', '1 MB in chunks', chunked('x'.repeat(1_000_000))],
    ['gzip', 'gzip body declared', gzipped(json), { 'content-encoding': 'gzip' }],
    ['gzip', 'gzip body undeclared', gzipped(json)],
    ['gzip', 'gzip declared, plain sent', json, { 'content-encoding': 'gzip' }],
    ['gzip', 'gzip bomb-ish (1 MB of zeros)', gzipped('0'.repeat(1_000_000)), { 'content-encoding': 'gzip' }],
    [
      'utf8',
      'invalid UTF-8 inside a string',
      bytes(json.slice(0, json.indexOf('"', 2) + 1), [0xc3, 0x28, 0xff, 0xfe], json.slice(json.indexOf('"', 2) + 1)),
    ],
    [
      'utf8',
      'UTF-16LE body',
      bytes(
        [0xff, 0xfe],
        Array.from(json).flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]),
      ),
    ],
    ['utf8', 'UTF-8 BOM', bytes([0xef, 0xbb, 0xbf], json)],
    ['utf8', 'overlong NUL', bytes('{"a":"', [0xc0, 0x80], '"}')],
    ['utf8', 'lone surrogate escape', json.replace(/"([^"]+)"\s*:\s*"/, '"$1":"\\ud800')],
  ];
}

/** All hostile cases for the document, with the fixtures that make bodies reach validation. */
export function hostileCases(doc: OpenApiDocument, fixtures: Fixtures): HostileCase[] {
  const cases: HostileCase[] = [];
  for (const [template, operations] of Object.entries(doc.paths)) {
    const concrete = (values: Record<string, string> = {}) =>
      template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? fixtures.pathValues[name] ?? 'x');
    const url = (path: string, query = '') => `${fixtures.base}${path}${query}`;
    const documentedMethods = Object.keys(operations).map((m) => m.toUpperCase());

    for (const [lower, operation] of Object.entries(operations)) {
      const method = lower.toUpperCase();
      const documented = Object.keys(operation.responses);
      const add = (kind: string, label: string, c: Partial<HostileCase>) =>
        cases.push({
          kind,
          label: `${method} ${template}: ${label}`,
          method,
          url: url(concrete()),
          headers: {},
          documented,
          template,
          ...c,
        });

      // Path, query and header cases carry a valid body, so they reach the check they aim at.
      const schema = operation.requestBody?.content['application/json']?.schema;
      const valid = schema ? (fixtures.bodies[template] ?? sample(schema, doc)) : undefined;
      const validBody = schema ? { body: JSON.stringify(valid) } : {};
      const jsonType: Record<string, string> = schema ? { 'content-type': 'application/json' } : {};

      // Path parameters: traversal, markup, encodings, length.
      for (const name of (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name)) {
        for (const value of PATH_VALUES) {
          const path = template.replace(`{${name}}`, value).replace(/\{(\w+)\}/g, (_, n: string) => fixtures.pathValues[n] ?? 'x');
          add('path', `${name}=${value.slice(0, 30)}`, { url: `${fixtures.base}${path}`, headers: jsonType, ...validBody });
        }
      }
      // Query parameters: wrong values, repeated, huge.
      for (const param of (operation.parameters ?? []).filter((p) => p.in === 'query')) {
        for (const value of ['xx', 'x'.repeat(5000), '%00', '%3Cscript%3E', '%ff']) {
          add('query', `${param.name}=${value.slice(0, 20)}`, {
            url: url(concrete(), `?${param.name}=${value}`),
            headers: jsonType,
            ...validBody,
          });
        }
        add('query', `${param.name} repeated`, {
          url: url(concrete(), `?${param.name}=id&${param.name}=en&${param.name}[]=x`),
          headers: jsonType,
          ...validBody,
        });
      }
      // Spoofed host and forwarding headers.
      // Spoofed host and forwarding headers, on an otherwise valid request (so URLs in the answer are built).
      for (const headers of SPOOF_HEADERS) {
        const spoofedHost = Object.values(headers).some((v) => v.includes(SPOOFED)) ? SPOOFED : undefined;
        add('spoof', Object.keys(headers).join('+'), { headers: { ...jsonType, ...headers }, spoofedHost, ...validBody });
      }
      add('spoof', 'URL authority is another host', {
        url: `http://${SPOOFED}${concrete()}`,
        headers: jsonType,
        spoofedHost: SPOOFED,
        ...validBody,
      });

      if (!schema) continue;
      const json = { 'content-type': 'application/json' };
      const send = (kind: string, label: string, body: unknown, headers: Record<string, string> = json) =>
        add(kind, label, { headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

      for (const field of fieldPaths(schema, doc)) {
        const name = field.path.join('.');
        for (const value of WRONG_VALUES) send('type', `${name} = ${JSON.stringify(value).slice(0, 20)}`, setAt(valid, field.path, value));
        if (field.required) send('missing', `${name} missing`, setAt(valid, field.path, undefined, true));
        if (field.type === 'string')
          for (const value of HOSTILE_STRINGS)
            send('chars', `${name} = ${JSON.stringify(value).slice(0, 20)}`, setAt(valid, field.path, value));
      }
      send('extra', 'extra fields (score, passed, admin)', {
        ...(valid as object),
        score: 100,
        passed: true,
        admin: true,
        status: 'valid',
      });
      for (const [kind, label, body, headers] of rawBodies(valid)) add(kind, label, { headers: { ...json, ...headers }, body });
      for (const type of CONTENT_TYPES) send('content-type', type, valid, { 'content-type': type });
      send('content-type', 'no content type', valid, {});
    }

    for (const method of UNKNOWN_METHODS.filter((m) => !documentedMethods.includes(m))) {
      cases.push({
        kind: 'method',
        label: `${method} ${template}`,
        method,
        url: url(concrete()),
        headers: { 'content-type': 'application/json' },
        body: method === 'OPTIONS' ? undefined : '{}',
        documented: [],
        template,
      });
    }
  }
  return cases;
}
