import { z } from 'zod';
import { count, httpsUrl, instant, oneOf, text, whole } from './_fields.js';
import { EXCHANGE_IDS, SALES_CHANNELS } from './exchanges.js';
import { ContractError, readAnswer } from './read-answer.js';

// GET /store/communes/:code/figures: the open figures of a commune's e-commerce pilot. Objects
// keep only the fields named here (zod drops the rest), so a field the backend might add (a
// buyer, an order, a household's name) never reaches the page, the CSV or the JSON download.

const month = text(/^\d{4}-(0[1-9]|1[0-2])$/);

const monthSales = z.object({
  /** `YYYY-MM`, a month of the figures' year. */
  month,
  channel: oneOf(SALES_CHANNELS),
  orders: count,
  quantity: whole,
  amount_vnd: whole,
});

const monthScans = z.object({ month, scans: count });

/** A rule stated in full: longer than a name, so not `text()`'s 200 characters. */
const rule = z
  .string({ error: 'expected a non-empty string of at most 1000 characters' })
  .refine((value) => value.length > 0 && value.length <= 1000, {
    error: 'expected a non-empty string of at most 1000 characters',
  });

const communeFiguresShape = z.object({
  commune: z.object({
    code: text(/^\d{5}$/),
    name: text(),
    province_code: text(/^\d{2}$/),
    province_name: text(),
  }),
  year: count,
  /** ISO instant the backend read the figures. */
  generated_at: instant,
  licence: z.object({
    id: text(/^[A-Za-z][A-Za-z0-9.+-]*$/),
    name: text(),
    url: httpsUrl,
  }),
  registration: z.object({
    cooperatives: count,
    households: count,
    by_exchange: z.array(
      z.object({ exchange: oneOf(EXCHANGE_IDS), cooperatives: count, households: count }),
    ),
  }),
  products: z.object({ total: count, traceable: count, ocop: count }),
  totals: z.object({
    orders: count,
    quantity: whole,
    /** Sales of paid orders (see `counted_orders`), after cancellations and returns. */
    amount_vnd: whole,
    ocop_amount_vnd: whole,
    traceable_amount_vnd: whole,
  }),
  /** Which orders the sales figures count, in Vietnamese and English (ADR 033). */
  counted_orders: z.object({ vi: rule, en: rule }),
  /**
   * Storefront orders paid cash on delivery whose cash is not yet recorded as received, in the
   * year: in no other figure (not in `totals`, nor in `months`), shown apart.
   */
  awaiting_payment: z.object({ orders: count, quantity: whole, amount_vnd: whole }),
  /** One entry per month and channel that sold; months without sales are absent. */
  months: z.array(monthSales),
  scans: z.array(monthScans),
});

/** The answer: its shape, and months of its own year, each month (and channel) once. */
export const communeFiguresAnswer = communeFiguresShape.superRefine((figures, context) => {
  const inYear = new RegExp(`^${figures.year}-(0[1-9]|1[0-2])$`);
  const checkMonths = (list: 'months' | 'scans', key: (index: number) => string) => {
    const seen = new Set<string>();
    figures[list].forEach((entry, index) => {
      if (!inYear.test(entry.month)) {
        context.addIssue({
          code: 'custom',
          path: [list, index, 'month'],
          message: `${JSON.stringify(entry.month)} does not match ${inYear}`,
        });
      }
      const name = key(index);
      if (seen.has(name)) {
        context.addIssue({
          code: 'custom',
          path: [list, index],
          message: `${name} appears twice`,
        });
      }
      seen.add(name);
    });
  };
  checkMonths(
    'months',
    (index) => `${figures.months[index]!.month} ${figures.months[index]!.channel}`,
  );
  checkMonths('scans', (index) => figures.scans[index]!.month);
  const exchanges = new Set<string>();
  figures.registration.by_exchange.forEach((entry, index) => {
    if (exchanges.has(entry.exchange)) {
      context.addIssue({
        code: 'custom',
        path: ['registration', 'by_exchange', index],
        message: `${entry.exchange} appears twice`,
      });
    }
    exchanges.add(entry.exchange);
  });
});

export type CommuneFigures = z.infer<typeof communeFiguresAnswer>;
export type MonthSales = CommuneFigures['months'][number];
export type MonthScans = CommuneFigures['scans'][number];

/**
 * Reads the backend's answer into CommuneFigures, checking that it is the commune (and year)
 * that was asked for.
 * @param expected the commune asked for, and the year if one was asked for.
 * @throws ContractError naming the first field that breaks the contract.
 */
export function readCommuneFigures(
  answer: unknown,
  expected: { code: string; year: number | null },
): CommuneFigures {
  const figures = readAnswer(communeFiguresShape, answer, 'figures');
  const mismatch = (path: string, asked: string, got: string | number) =>
    new ContractError(path, {
      vi: `đã hỏi ${asked}, nhận ${got}`,
      en: `asked for ${asked}, got ${got}`,
    });
  if (figures.commune.code !== expected.code) {
    throw mismatch('commune.code', expected.code, figures.commune.code);
  }
  const year = figures.year;
  if (expected.year !== null ? year !== expected.year : year < 2000 || year > 2100) {
    throw mismatch('year', expected.year === null ? 'this year' : String(expected.year), year);
  }
  return readAnswer(communeFiguresAnswer, figures, 'figures');
}
