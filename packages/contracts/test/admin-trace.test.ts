import { generateShortCode } from '@nguongoc/trace-core';
import { describe, expect, it } from 'vitest';
import { fieldWorkBody } from '../src/index.js';

const processing = {
  kind: 'processing',
  time: '2026-12-01T08:00',
  location_id: 'nha-so-che',
  quantity: 150,
  details: { method: 'Sấy lạnh' },
};

/** The paths and messages of a refused body. */
function refusal(body: unknown) {
  const result = fieldWorkBody.safeParse(body);
  expect(result.success).toBe(false);
  return result.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('field work body: the input lots of processing', () => {
  it('takes 1 to 20 input lots, each with an optional quantity', () => {
    const [first, second] = [generateShortCode(), generateShortCode()];
    const body = { ...processing, inputs: [{ lot: first, quantity: 1300 }, { lot: second }] };
    expect(fieldWorkBody.parse(body).inputs).toEqual([
      { lot: first, quantity: 1300 },
      { lot: second },
    ]);
    expect(fieldWorkBody.parse(processing).inputs).toBeUndefined();
    const twenty = Array.from({ length: 20 }, () => ({ lot: generateShortCode() }));
    expect(fieldWorkBody.parse({ ...processing, inputs: twenty }).inputs).toHaveLength(20);
  });

  it('refuses an empty list, more than 20, and a list that is not one, naming the field', () => {
    const many = Array.from({ length: 21 }, () => ({ lot: generateShortCode() }));
    for (const inputs of [[], many, 'ABC']) {
      expect(refusal({ ...processing, inputs })).toEqual([
        'inputs: inputs: từ 1 đến 20 lô nguyên liệu / 1 to 20 input lots',
      ]);
    }
  });

  it('refuses a mistyped code, a quantity of 0 and an entry that is not a lot, in both languages', () => {
    const code = generateShortCode();
    const mistyped = `${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`;
    expect(refusal({ ...processing, inputs: [{ lot: mistyped }] })).toEqual([
      expect.stringMatching(
        /^inputs\.0\.lot: inputs\[\]\.lot: .*ký tự kiểm tra.* \/ .*check symbol/,
      ),
    ]);
    expect(refusal({ ...processing, inputs: [{ lot: 'cam' }] })).toEqual([
      expect.stringMatching(/^inputs\.0\.lot: inputs\[\]\.lot: .*11 ký tự \/ .*11-symbol/),
    ]);
    expect(refusal({ ...processing, inputs: [{ lot: code, quantity: 0 }] })).toEqual([
      'inputs.0.quantity: inputs[].quantity: số lớn hơn 0, tối đa 1000000000 / a number above 0, at most 1000000000',
    ]);
    expect(refusal({ ...processing, inputs: [code] })).toEqual([
      'inputs.0: inputs[]: một lô nguyên liệu { lot, quantity } / an input lot { lot, quantity }',
    ]);
  });

  it('refuses the same lot twice, however it is typed', () => {
    const code = generateShortCode();
    const typed = `${code.slice(0, 4).toLowerCase()}-${code.slice(4)}`;
    expect(refusal({ ...processing, inputs: [{ lot: code }, { lot: typed }] })).toEqual([
      `inputs.1.lot: inputs[].lot: lô ${code} được chọn hai lần / lot ${code} is named twice`,
    ]);
  });

  it('refuses input lots on work other than processing', () => {
    expect(
      refusal({ ...processing, kind: 'harvest', inputs: [{ lot: generateShortCode() }] }),
    ).toEqual([
      'inputs: inputs: chỉ công việc chế biến mới ghi lô nguyên liệu / only processing names input lots',
    ]);
  });
});
