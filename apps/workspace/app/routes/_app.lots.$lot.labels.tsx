// A lot's labels (issue #23, items 3 and 7): which template (A4 sheets, thermal rolls), unit
// serials or the lot's own code, the file (PDF sheet, TSPL, ZPL) and where a partly used sheet
// starts. The form posts to /lots/:lot/labels/file, which registers every printed code with the
// lot before it answers the file. The QR codes open the shop's trace page (STOREFRONT_URL).
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { Link, useLoaderData } from '@remix-run/react';
import { formatCount, formatDay, vietnamDay } from '@nguongoc/vn-locale';
import { ErrorAlert } from '../components/error-alert';
import { environment } from '../env.server';
import {
  MAX_LABELS_PER_PAGE_JOB,
  defaultValues,
  formValues,
  lotForLabels,
  printedSerials,
  templateChoices,
} from '../labels.server';
import { requireAccount } from '../session.server';
import { useText } from '../text';

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `In tem / Print labels ${data?.lot.code ?? ''} — NguonGoc` },
];

/** The printed ranges the page lists, newest first; older ones are counted. */
const PRINTED_SHOWN = 10;

/** A serial as its labels print it (zero-padded to the range's width). */
const serial = (value: number, width: number) => String(value).padStart(width, '0');

export async function loader({ request, params }: LoaderFunctionArgs) {
  const account = await requireAccount(request, 'member');
  const lot = await lotForLabels(request, account, params.lot!);
  // The next sheet starts after the last serial printed, so no label is printed twice by mistake.
  const printed = await printedSerials(request, account, lot.id);
  const search = new URL(request.url).searchParams;
  // After a refusal the page comes back with what was typed and the reason (the file route's).
  const refused = search.get('error');
  return {
    lot: { id: lot.id, code: lot.code, product: lot.product, gtin: lot.gtin ?? null },
    templates: templateChoices(),
    values: refused ? formValues(search) : defaultValues(printed.next_serial),
    printed: printed.ranges.slice(0, PRINTED_SHOWN).map((range) => ({
      serials: `${serial(range.first, range.width)}–${serial(range.last, range.width)}`,
      day: formatDay(vietnamDay(range.printed_at)),
    })),
    printedMore: Math.max(0, printed.ranges.length - PRINTED_SHOWN),
    error: refused ? refused.slice(0, 600) : null,
    storefront: environment().STOREFRONT_URL,
    max: MAX_LABELS_PER_PAGE_JOB,
  };
}

export default function LotLabels() {
  const { lot, templates, values, error, storefront, max, printed, printedMore } =
    useLoaderData<typeof loader>();
  const t = useText();
  const lotPath = `/lots/${encodeURIComponent(lot.id)}`;
  const example = lot.gtin
    ? `${storefront}/01/${lot.gtin}/10/${lot.code}/21/1`
    : `${storefront}/t/${lot.id}?s=1`;
  return (
    <>
      <p>
        <Link to={lotPath}>
          ← {lot.product} · {t({ vi: 'lô', en: 'lot' })} {lot.code}
        </Link>
      </p>
      <h1>{t({ vi: 'In tem truy xuất', en: 'Print trace labels' })}</h1>
      <ErrorAlert error={error} />
      <p className="muted">
        {t({
          vi: `Mọi mã in ra được đăng ký với lô trước khi tạo tệp, nên quét nhãn nào cũng mở được trang truy xuất. Mã QR mở ${storefront}, ví dụ ${example}.`,
          en: `Every code printed is registered with the lot before the file is made, so every label scans to its trace page. The QR codes open ${storefront}, e.g. ${example}.`,
        })}
      </p>
      <p className="printed">
        {printed.length
          ? `${t({ vi: 'Đã in', en: 'Printed' })}: ${printed
              .map((range) => `${range.serials} (${range.day})`)
              .join(', ')}${
              printedMore
                ? t({
                    vi: ` và ${formatCount(printedMore, 'vi')} lần in trước đó`,
                    en: ` and ${formatCount(printedMore, 'en')} earlier jobs`,
                  })
                : ''
            }`
          : t({
              vi: 'Chưa in nhãn sê-ri nào cho lô này.',
              en: 'No serial labels printed for this lot yet.',
            })}
      </p>
      <form method="post" action={`${lotPath}/labels/file`} className="card">
        <label htmlFor="field-template">{t({ vi: 'Mẫu nhãn', en: 'Label template' })}</label>
        <select id="field-template" name="template" defaultValue={values.template}>
          {templates.map((template) => (
            <option key={template.id} value={template.id}>
              {t(template.name)} —{' '}
              {template.kind === 'sheet'
                ? t({
                    vi: `tờ ${template.perPage} nhãn`,
                    en: `sheet of ${template.perPage} labels`,
                  })
                : t({ vi: 'cuộn máy in nhiệt', en: 'thermal roll' })}
            </option>
          ))}
        </select>

        <fieldset>
          <legend>{t({ vi: 'In gì', en: 'What to print' })}</legend>
          <label className="choice">
            <input
              type="radio"
              name="kind"
              value="units"
              defaultChecked={values.kind === 'units'}
            />
            {t({
              vi: 'Mỗi đơn vị một nhãn, có số sê-ri riêng',
              en: 'One label per unit, each with its own serial',
            })}
          </label>
          <div className="row">
            <div>
              <label htmlFor="field-from">{t({ vi: 'Từ số', en: 'From serial' })}</label>
              <input
                id="field-from"
                name="from"
                inputMode="numeric"
                pattern="\d{1,12}"
                defaultValue={values.from}
              />
            </div>
            <div>
              <label htmlFor="field-to">{t({ vi: 'Đến số', en: 'To serial' })}</label>
              <input
                id="field-to"
                name="to"
                inputMode="numeric"
                pattern="\d{1,12}"
                defaultValue={values.to}
              />
            </div>
          </div>
          <label className="choice">
            <input type="radio" name="kind" value="lot" defaultChecked={values.kind === 'lot'} />
            {t({
              vi: 'Nhãn mã lô (giống nhau, dán lên thùng)',
              en: "The lot's own code (all alike, for boxes)",
            })}
          </label>
          <label htmlFor="field-copies">
            {t({ vi: 'Số nhãn mã lô', en: 'Lot labels' })}{' '}
            <span className="hint">{t({ vi: 'nhãn', en: 'labels' })}</span>
          </label>
          <input
            id="field-copies"
            name="copies"
            inputMode="numeric"
            pattern="\d{1,5}"
            defaultValue={values.copies}
          />
          <p className="hint">
            {t({
              vi: `Tối đa ${formatCount(max, 'vi')} nhãn một lần in.`,
              en: `At most ${formatCount(max, 'en')} labels per job.`,
            })}
          </p>
        </fieldset>

        <fieldset>
          <legend>{t({ vi: 'Tệp', en: 'File' })}</legend>
          {(
            [
              [
                'pdf',
                { vi: 'PDF để in tờ A4 (máy in thường)', en: 'PDF for A4 sheets (any printer)' },
              ],
              [
                'tspl',
                { vi: 'TSPL (máy in nhiệt TSC, Xprinter)', en: 'TSPL (TSC, Xprinter thermal)' },
              ],
              ['zpl', { vi: 'ZPL (máy in nhiệt Zebra)', en: 'ZPL (Zebra thermal)' }],
            ] as const
          ).map(([format, name]) => (
            <label key={format} className="choice">
              <input
                type="radio"
                name="format"
                value={format}
                defaultChecked={values.format === format}
              />
              {t(name)}
            </label>
          ))}
          <label htmlFor="field-start">
            {t({ vi: 'Bắt đầu ở nhãn số', en: 'Start at label number' })}
            <span className="hint">
              {t({
                vi: 'Tờ đã dùng dở: nhãn trống đầu tiên, đếm từ trái sang phải, trên xuống dưới',
                en: 'A partly used sheet: the first free label, counted left to right, top to bottom',
              })}
            </span>
          </label>
          <input
            id="field-start"
            name="start"
            inputMode="numeric"
            pattern="\d{1,3}"
            defaultValue={values.start}
          />
        </fieldset>
        <div className="actions">
          <button type="submit">
            {t({ vi: 'Đăng ký mã và tải tệp in', en: 'Register the codes and download' })}
          </button>
        </div>
      </form>
    </>
  );
}
