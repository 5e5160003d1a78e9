import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ImageFetchError,
  fetchPublicImage,
  isPublicAddress,
  ownFileKey,
  readOwnFile,
} from '../../src/workflows/channel/public-image-fetch.js';
import { localFileBaseUrl } from '../../src/environment.js';

describe('isPublicAddress: the ranges a product image may not be fetched from', () => {
  it.each([
    '127.0.0.1',
    '127.255.255.254',
    '10.0.0.1',
    '10.255.255.255',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.10',
    '169.254.169.254',
    '100.64.0.1',
    '100.100.100.200',
    '0.0.0.0',
    '192.0.0.192',
    '224.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    'fc00::1',
    'fd00:ec2::254',
    'fe80::1',
    'febf::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.1.2.3',
    '::ffff:169.254.169.254',
    '::127.0.0.1',
    '64:ff9b::127.0.0.1',
    '64:ff9b::a9fe:a9fe',
    '2002:7f00:1::1',
    '2001:db8::1',
    'fe80::1%eth0',
    'localhost',
    '',
  ])('%s is not public', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '172.32.0.1',
    '100.128.0.1',
    '169.255.0.1',
    '2606:4700:4700::1111',
    '2a00:1450:4001::200e',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
  ])('%s is public', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

/** A server on a loopback address that counts its requests and answers with `handler`. */
async function server(
  handler: http.RequestListener,
  host = '127.0.0.1',
): Promise<{ url: (path: string) => string; hits: string[]; close: () => Promise<void> }> {
  const hits: string[] = [];
  const instance = http.createServer((request, response) => {
    hits.push(request.url ?? '');
    handler(request, response);
  });
  instance.listen(0, host);
  await once(instance, 'listening');
  const { port } = instance.address() as AddressInfo;
  const origin = host.includes(':') ? `http://[${host}]:${port}` : `http://${host}:${port}`;
  return {
    url: (path) => `${origin}${path}`,
    hits,
    close: async () => {
      instance.closeAllConnections();
      instance.close();
      await once(instance, 'close');
    },
  };
}

const servers: { close: () => Promise<void> }[] = [];
async function started(handler: http.RequestListener, host?: string) {
  const started = await server(handler, host);
  servers.push(started);
  return started;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const image = Buffer.from('\x89PNG\r\n\x1a\n-not-really-a-png');
const serveImage: http.RequestListener = (_request, response) => {
  response.writeHead(200, { 'content-type': 'image/png' }).end(image);
};
// The test servers can only listen on loopback: the positive cases let exactly 127.0.0.1
// through, and nothing else (127.0.0.2, ::1, localhost's other names stay refused).
const testLoopback = { allowedForTests: new Set(['127.0.0.1']) };

async function refusal(promise: Promise<unknown>): Promise<ImageFetchError> {
  const error = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(error).toBeInstanceOf(ImageFetchError);
  return error as ImageFetchError;
}

describe('fetchPublicImage: only public addresses, capped, with a deadline', () => {
  it('refuses a loopback URL without connecting, in both languages', async () => {
    const local = await started(serveImage);
    const error = await refusal(fetchPublicImage(local.url('/a.png')));
    expect(error.code).toBe('address.not_public');
    expect(error.message).toContain('địa chỉ nội bộ 127.0.0.1');
    expect(error.message).toContain('non-public address 127.0.0.1');
    expect(local.hits).toEqual([]);
  });

  it('refuses [::1] and a name any of whose addresses is not public', async () => {
    expect((await refusal(fetchPublicImage('http://[::1]:9/a.png'))).code).toBe(
      'address.not_public',
    );
    const resolve = async () => [
      { address: '93.184.216.34', family: 4 },
      { address: '169.254.169.254', family: 4 },
    ];
    const error = await refusal(fetchPublicImage('http://images.test/a.png', { resolve }));
    expect(error.code).toBe('address.not_public');
    expect(error.message).toContain('169.254.169.254');
  });

  it('refuses other schemes', async () => {
    for (const url of ['file:///etc/passwd', 'ftp://example.com/a.png', 'gopher://x/']) {
      expect((await refusal(fetchPublicImage(url))).code).toBe('url.scheme');
    }
  });

  it('checks every redirect again: one to another loopback address is refused unvisited', async () => {
    const inside = await started(serveImage, '127.0.0.2');
    const outside = await started((_request, response) => {
      response.writeHead(302, { location: inside.url('/secret') }).end();
    });
    const error = await refusal(fetchPublicImage(outside.url('/a.png'), testLoopback));
    expect(error.code).toBe('address.not_public');
    expect(error.message).toContain('127.0.0.2');
    expect(outside.hits).toEqual(['/a.png']);
    expect(inside.hits).toEqual([]);
  });

  it('follows at most 3 redirects', async () => {
    const chain = await started((request, response) => {
      const left = Number(request.url!.slice(1));
      if (left === 0) serveImage(request, response);
      else response.writeHead(301, { location: `/${left - 1}` }).end();
    });
    expect(Buffer.from(await fetchPublicImage(chain.url('/3'), testLoopback))).toEqual(image);
    const error = await refusal(fetchPublicImage(chain.url('/4'), testLoopback));
    expect(error.code).toBe('redirect.too_many');
    expect(chain.hits).toEqual(['/3', '/2', '/1', '/0', '/4', '/3', '/2', '/1']);
  });

  it('connects to the address it checked, not to a second DNS answer', async () => {
    const local = await started(serveImage);
    const asked: string[] = [];
    // images.test resolves nowhere in the system's DNS: the fetch can only succeed by connecting
    // to the address this resolver gave, and the resolver is asked once.
    const resolve = async (host: string) => {
      asked.push(host);
      return [{ address: '127.0.0.1', family: 4 }];
    };
    const url = local.url('/a.png').replace('127.0.0.1', 'images.test');
    expect(Buffer.from(await fetchPublicImage(url, { ...testLoopback, resolve }))).toEqual(image);
    expect(asked).toEqual(['images.test']);
  });

  it('stops reading at the size cap and closes the connection', async () => {
    let closed = false;
    let sent = 0;
    const endless = await started((_request, response) => {
      response.writeHead(200, { 'content-type': 'image/jpeg' });
      const chunk = Buffer.alloc(16 * 1024, 1);
      const write = () => {
        while (!response.destroyed && response.write(chunk)) sent += chunk.length;
      };
      response.on('drain', write);
      response.on('close', () => (closed = true));
      write();
    });
    const error = await refusal(
      fetchPublicImage(endless.url('/big.jpg'), { ...testLoopback, maxBytes: 64 * 1024 }),
    );
    expect(error.code).toBe('too_large');
    expect(error.message).toBe('ảnh lớn hơn 64 KiB / the image is larger than 64 KiB');
    // The server would write forever; it stops because the reader hung up.
    await expect.poll(() => closed).toBe(true);
    expect(sent).toBeLessThan(16 * 1024 * 1024);
  });

  it('refuses a declared Content-Length over the cap before reading', async () => {
    const big = await started((_request, response) => {
      response.writeHead(200, { 'content-length': String(6 * 1024 * 1024) });
      response.write(Buffer.alloc(1024));
    });
    const error = await refusal(fetchPublicImage(big.url('/big.jpg'), testLoopback));
    expect(error.code).toBe('too_large');
    expect(error.message).toContain('5 MiB');
  });

  it('gives up after the deadline', async () => {
    const silent = await started(() => {});
    const error = await refusal(
      fetchPublicImage(silent.url('/slow.jpg'), { ...testLoopback, timeoutMs: 200 }),
    );
    expect(error.code).toBe('timeout');
    expect(error.message).toContain(' / ');
  });

  it('answers a non-200 as such', async () => {
    const missing = await started((_request, response) => response.writeHead(404).end());
    const error = await refusal(fetchPublicImage(missing.url('/none.jpg'), testLoopback));
    expect(error.code).toBe('http.status');
    expect(error.message).toBe('máy chủ ảnh trả lời 404 / the image server answered 404');
  });
});

describe('uploaded images are read from the File Module', () => {
  const base = 'http://localhost:9000/static';

  it('names the key of a public upload on the backend’s own file URL', () => {
    expect(ownFileKey(`${base}/1733-cam.jpg`, base)).toBe('1733-cam.jpg');
    expect(ownFileKey(`${base}/a%20b/1733-cam.jpg`, `${base}/`)).toBe('a b/1733-cam.jpg');
  });

  it('does not take other hosts, private files or keys that leave the store', () => {
    for (const url of [
      'http://localhost:9001/static/a.jpg',
      'http://localhost:9000/other/a.jpg',
      `${base}/private-1733-export.xlsx`,
      `${base}/%2e%2e/%2e%2e/etc/passwd`,
      `${base}/a/..%2f..%2fsecret`,
      `${base}/`,
      'not a url',
    ]) {
      expect(ownFileKey(url, base)).toBeUndefined();
    }
  });

  it('reads through the provider with the same cap', async () => {
    const files = {
      getDownloadStream: async (key: string) =>
        Readable.from([Buffer.from(`bytes of ${key}`), Buffer.alloc(key === 'big' ? 2048 : 0)]),
    };
    expect(Buffer.from(await readOwnFile(files, 'cam.jpg')).toString()).toBe('bytes of cam.jpg');
    expect((await refusal(readOwnFile(files, 'big', 1024))).code).toBe('too_large');
  });

  it('finds the local provider’s URL as medusa-config sets it', () => {
    expect(localFileBaseUrl({ PORT: '9123' })).toBe('http://localhost:9123/static');
    expect(localFileBaseUrl({ MEDUSA_BACKEND_URL: 'https://shop.example.vn/' })).toBe(
      'https://shop.example.vn/static',
    );
  });
});
