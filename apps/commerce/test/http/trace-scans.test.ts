// POST /store/trace/:code/scans under abuse (issue #22, item 1): only a lot's code or a printed
// serial is recorded (others 404, nothing stored); unit serials are judged, lot codes never;
// per-client and per-code limits answer 429; the province must be a province's code; the
// pilot's figures count distinct scanners a day. Each test speaks from its own addresses
// (X-Forwarded-For, which Medusa trusts from one proxy), so the limits of one do not spend another's.
import { generateShortCode } from '@nguongoc/trace-core';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminApi, backend, ok, storeApi } from './_http.js';

const SAMPLE_LOT = '3KX9T2M7QAH';

interface Verdict {
  serial: string;
  level: 'lot' | 'unit';
  scans: number;
  provinces: string[];
  suspicious: boolean;
}

const scan = (code: string, body: object, address: string, userAgent = 'test-phone') =>
  storeApi(`/store/trace/${code}/scans`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'x-forwarded-for': address, 'user-agent': userAgent },
  });

const verdictOf = async (response: Response) =>
  (await ok<{ verdict: Verdict }>(response, 201)).verdict;

/** Rows of the trace store's scan log and tallies for a key (the lot, or `<lot>/<serial>`). */
async function stored(key: string): Promise<number> {
  const client = new pg.Client({ connectionString: backend().databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      `select (select count(*) from trace.scans where serial = $1)
            + (select count(*) from trace.scan_tallies where code = $1) as n`,
      [key],
    );
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await ok(
    await adminApi(`/admin/trace/lots/${SAMPLE_LOT}/serials`, {
      method: 'POST',
      body: JSON.stringify({ from: 1, to: 200, width: 4 }),
    }),
    201,
  );
});

describe('POST /store/trace/:code/scans', () => {
  it('answers 404 in both languages for a code no lot has and a serial never printed, storing nothing', async () => {
    const unknown = generateShortCode();
    const notLot = await scan(unknown, {}, '203.0.113.1');
    expect(notLot.status).toBe(404);
    expect(((await notLot.json()) as { message: string }).message).toMatch(
      /không có lô nào .* \/ no lot has the code/,
    );
    for (const serial of ['0201', '1', 'COPY-0001']) {
      const response = await scan(SAMPLE_LOT, { serial }, '203.0.113.1');
      expect(response.status).toBe(404);
      expect(((await response.json()) as { message: string }).message).toMatch(
        /chưa từng được in .* \/ .*never printed/,
      );
      expect(await stored(`${SAMPLE_LOT}/${serial}`)).toBe(0);
    }
    expect(await stored(unknown)).toBe(0);
    // The serials are the admin's to declare, in a range that makes sense.
    const reversed = await adminApi(`/admin/trace/lots/${SAMPLE_LOT}/serials`, {
      method: 'POST',
      body: JSON.stringify({ from: 9, to: 2 }),
    });
    expect(reversed.status).toBe(400);
  });

  it('warns when one printed serial is scanned in distant provinces, never for a lot code', async () => {
    expect(
      await verdictOf(await scan(SAMPLE_LOT, { serial: '0007', province: '40' }, '203.0.113.2')),
    ).toMatchObject({
      level: 'unit',
      serial: '0007',
      scans: 1,
      suspicious: false,
    });
    expect(
      await verdictOf(await scan(SAMPLE_LOT, { serial: '0007', province: '01' }, '203.0.113.3')),
    ).toMatchObject({
      scans: 2,
      suspicious: true,
    });
    await verdictOf(await scan(SAMPLE_LOT, { province: '40' }, '203.0.113.2'));
    expect(
      await verdictOf(await scan(SAMPLE_LOT, { province: '01' }, '203.0.113.3')),
    ).toMatchObject({
      level: 'lot',
      suspicious: false,
      provinces: expect.arrayContaining(['01', '40']),
    });
  });

  it('refuses a province that is not one of the 34 province codes, in both languages', async () => {
    for (const province of ['99', 'Nghệ An', '4']) {
      const response = await scan(SAMPLE_LOT, { province }, '203.0.113.4');
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/province/);
    }
    const unknownProvince = await scan(SAMPLE_LOT, { province: '99' }, '203.0.113.4');
    expect(((await unknownProvince.json()) as { message: string }).message).toMatch(
      /không phải mã của tỉnh.* \/ .*no province's code/,
    );
  });

  it('answers 429 with Retry-After once a client has spent its scans, whatever the code', async () => {
    const address = '203.0.113.5';
    const answers: number[] = [];
    for (let i = 0; i < 30; i++)
      answers.push(
        (await scan(SAMPLE_LOT, { serial: String(20 + i).padStart(4, '0') }, address)).status,
      );
    expect(answers).toEqual(Array(30).fill(201));
    const refused = await scan(SAMPLE_LOT, { serial: '0100' }, address);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await refused.json()) as { message: string }).message).toMatch(
      /Quá nhiều lượt quét.* \/ Too many scans/,
    );
    // Unknown codes spend the limit too: they cannot be probed faster than real ones.
    expect((await scan(generateShortCode(), {}, address)).status).toBe(429);
    expect(await stored(`${SAMPLE_LOT}/0100`)).toBe(0);
    // Another client is not held back.
    expect((await scan(SAMPLE_LOT, { serial: '0100' }, '203.0.113.6')).status).toBe(201);
  });

  it('answers 429 once one code has had its scans, from however many clients', async () => {
    const answers: number[] = [];
    for (let i = 0; i < 61; i++)
      answers.push((await scan(SAMPLE_LOT, { serial: '0150' }, `198.18.0.${i + 1}`)).status);
    expect(answers.slice(0, 60)).toEqual(Array(60).fill(201));
    expect(answers[60]).toBe(429);
    // Another serial of the same lot is another code.
    expect((await scan(SAMPLE_LOT, { serial: '0151' }, '198.18.1.1')).status).toBe(201);
  });

  it("counts a cooperative's distinct scanners a day in the figures, not the requests", async () => {
    // The sample lot's cooperative, Cam Nghĩa Đàn, is in commune 16941.
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const scans = async () =>
      (
        await ok<{ sales: { scans: { total: number } } }>(
          await adminApi(`/admin/pilot/indicators?commune_code=16941&from=${today}&to=${today}`),
        )
      ).sales.scans.total;
    const before = await scans();
    for (let i = 0; i < 5; i++)
      await verdictOf(await scan(SAMPLE_LOT, {}, '203.0.113.7', 'phone-a'));
    await verdictOf(await scan(SAMPLE_LOT, { serial: '0008' }, '203.0.113.7', 'phone-a'));
    await verdictOf(await scan(SAMPLE_LOT, {}, '203.0.113.7', 'phone-b'));
    await verdictOf(await scan(SAMPLE_LOT, {}, '203.0.113.8', 'phone-a'));
    expect(await scans()).toBe(before + 3);
    // Neither the address nor the user agent is kept by the figures.
    const client = new pg.Client({ connectionString: backend().databaseUrl });
    await client.connect();
    try {
      const { rows } = await client.query('select * from trace_scan_scanner');
      expect(JSON.stringify(rows)).not.toMatch(/203\.0\.113|phone-a/);
      expect(rows.length).toBeGreaterThan(0);
    } finally {
      await client.end();
    }
  });
});
