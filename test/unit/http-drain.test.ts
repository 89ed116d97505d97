import { describe, expect, it } from 'vitest';
import { drainRequestBody, drainableBody } from '../../functions/http/drain';

/** A request whose body arrives in chunks, recording how much of it was read from the "socket". */
function chunkedRequest(chunks: number, size = 1024) {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled === chunks) return controller.close();
        pulled++;
        controller.enqueue(new Uint8Array(size));
      },
    },
    { highWaterMark: 0 },
  );
  const request = new Request('https://x.test/api/attempts', { method: 'POST', body, duplex: 'half' } as RequestInit);
  return { request, pulled: () => pulled };
}

describe('drainableBody', () => {
  it('reads the rest of a body the app stopped reading part way (as a body limit does)', async () => {
    const source = chunkedRequest(10);
    const { request, drain } = drainableBody(source.request);
    const reader = request.body!.getReader();
    await reader.read();
    await reader.read();
    expect(source.pulled()).toBe(2);
    await drain();
    expect(source.pulled()).toBe(10);
  });

  it('passes the whole body through to an app that reads it, and then has nothing left to do', async () => {
    const source = chunkedRequest(4);
    const { request, drain } = drainableBody(source.request);
    expect((await request.arrayBuffer()).byteLength).toBe(4 * 1024);
    await drain();
    expect(source.pulled()).toBe(4);
  });

  it('gives up on a body larger than the limit instead of waiting for all of it', async () => {
    const source = chunkedRequest(100);
    const { drain } = drainableBody(source.request, 10 * 1024);
    await drain();
    expect(source.pulled()).toBeGreaterThanOrEqual(10);
    expect(source.pulled()).toBeLessThanOrEqual(12);
  });
});

describe('drainRequestBody', () => {
  it('reads an untouched body to the end', async () => {
    const source = chunkedRequest(5);
    await drainRequestBody(source.request);
    expect(source.pulled()).toBe(5);
  });
});
