import { useEffect, useState } from 'react';
import {
  type LabelFields,
  type TemplateSummary,
  fetchLot,
  fetchPdf,
  fetchPreview,
  fetchTemplates,
} from './label-api.js';

const INITIAL: LabelFields = {
  template: 'a4-3x7',
  product: 'Mật ong hoa nhãn Khoái Châu',
  lot: 'MO-2611-A',
  gtin: '8934602000019',
  shortCode: '',
  serials: '1-21',
  stars: '4',
  produced: '2026-11-24',
  expires: '2028-11-24',
  cooperative: 'HTX Ong mật Ẩn Thi, Hưng Yên',
  ecc: 'M',
  copies: '1',
  start: '1',
};

type TextField = Exclude<keyof LabelFields, 'template' | 'stars' | 'ecc'>;

const TEXT_FIELDS: {
  name: TextField;
  vi: string;
  en: string;
  type?: string;
  placeholder?: string;
}[] = [
  { name: 'product', vi: 'Tên sản phẩm', en: 'Product' },
  { name: 'lot', vi: 'Số lô', en: 'Lot' },
  { name: 'gtin', vi: 'GTIN (nếu có)', en: 'GTIN (if any)', placeholder: '8934602000019' },
  { name: 'shortCode', vi: 'Mã ngắn của lô', en: 'Lot short code', placeholder: '3KX9T2M7QAH' },
  { name: 'serials', vi: 'Số sê-ri', en: 'Serials', placeholder: '1-2000' },
  { name: 'produced', vi: 'NSX', en: 'Production date', type: 'date' },
  { name: 'expires', vi: 'HSD', en: 'Expiry date', type: 'date' },
  { name: 'cooperative', vi: 'HTX / cơ sở', en: 'Cooperative' },
  { name: 'copies', vi: 'Số bản', en: 'Copies', type: 'number' },
  { name: 'start', vi: 'Bắt đầu ở nhãn', en: 'Start at label', type: 'number' },
];

/** The label page: a form, a live preview of the first label, and the PDF of the whole job. */
export function LabelPage() {
  const [fields, setFields] = useState<LabelFields>(INITIAL);
  const [templates, setTemplates] = useState<TemplateSummary[]>([]);
  const [preview, setPreview] = useState<string>();
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    fetchTemplates().then(setTemplates, (error: Error) => setProblem(error.message));
    const lot = new URLSearchParams(window.location.search).get('lot');
    if (lot) {
      fetchLot(lot).then(
        (info) =>
          setFields((current) => ({
            ...current,
            product: info.product,
            lot: info.code,
            gtin: info.gtin ?? '',
            // With a GTIN too: unit serials are registered for the lot it names.
            shortCode: info.id,
            stars: info.stars ? String(info.stars) : '',
            produced: info.producedOn ?? '',
            expires: info.expiresOn ?? '',
            cooperative: info.cooperative ?? '',
          })),
        (error: Error) => setProblem(error.message),
      );
    }
  }, []);

  useEffect(() => {
    const abort = new AbortController();
    const timer = setTimeout(() => {
      fetchPreview(fields, abort.signal).then(
        (svg) => {
          setPreview(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
          setProblem(undefined);
        },
        (error: Error) => {
          if (error.name !== 'AbortError') setProblem(error.message);
        },
      );
    }, 150);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [fields]);

  const set = (name: keyof LabelFields) => (event: { target: { value: string } }) =>
    setFields((current) => ({ ...current, [name]: event.target.value }));

  const download = async () => {
    setBusy(true);
    try {
      const url = URL.createObjectURL(await fetchPdf(fields));
      const link = document.createElement('a');
      link.href = url;
      link.download = `nhan-${fields.lot || 'nguongoc'}.pdf`;
      link.click();
      URL.revokeObjectURL(url);
      setProblem(undefined);
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main>
      <h1>
        In nhãn truy xuất nguồn gốc <span lang="en">/ Traceability labels</span>
      </h1>
      <div className="layout">
        <form onSubmit={(event) => event.preventDefault()}>
          <label>
            Mẫu nhãn <span lang="en">/ Template</span>
            <select value={fields.template} onChange={set('template')}>
              {templates.map((template) => (
                <option key={template.id} value={template.id}>
                  {template.name}
                </option>
              ))}
            </select>
          </label>
          {TEXT_FIELDS.map((field) => (
            <label key={field.name}>
              {field.vi} <span lang="en">/ {field.en}</span>
              <input
                name={field.name}
                type={field.type ?? 'text'}
                value={fields[field.name]}
                placeholder={field.placeholder}
                onChange={set(field.name)}
              />
            </label>
          ))}
          <label>
            Sao OCOP <span lang="en">/ OCOP stars</span>
            <select value={fields.stars} onChange={set('stars')}>
              <option value="">—</option>
              <option value="3">★★★</option>
              <option value="4">★★★★</option>
              <option value="5">★★★★★</option>
            </select>
          </label>
          <label>
            Mức sửa lỗi QR <span lang="en">/ QR error correction</span>
            <select value={fields.ecc} onChange={set('ecc')}>
              <option value="M">M (15 %)</option>
              <option value="Q">Q (25 %)</option>
            </select>
          </label>
          <button type="button" onClick={download} disabled={busy}>
            {busy ? 'Đang tạo… / Making…' : 'Tải PDF / Download PDF'}
          </button>
        </form>
        <section aria-label="Xem trước / Preview">
          <h2>
            Xem trước <span lang="en">/ Preview</span>
          </h2>
          {preview && (
            <img className="preview" src={preview} alt={`Nhãn / label: ${fields.product}`} />
          )}
          {problem && (
            <p role="alert" className="problem">
              {problem}
            </p>
          )}
        </section>
      </div>
    </main>
  );
}
