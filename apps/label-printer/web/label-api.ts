// The browser's side of the label server's API (src/server/label-server.ts).

export interface TemplateSummary {
  id: string;
  name: string;
  nameEn?: string;
  kind: 'sheet' | 'roll';
}

/** The form's fields: what `/api/preview.svg` and `/api/pdf` take. */
export interface LabelFields {
  template: string;
  product: string;
  lot: string;
  gtin: string;
  shortCode: string;
  serials: string;
  stars: string;
  produced: string;
  expires: string;
  cooperative: string;
  ecc: string;
  copies: string;
  start: string;
}

export interface LotInfo {
  id: string;
  code: string;
  product: string;
  gtin?: string;
  stars?: number;
  producedOn?: string;
  expiresOn?: string;
  cooperative?: string;
}

async function failure(response: Response): Promise<Error> {
  const body = (await response.json().catch(() => ({}))) as { message?: string };
  return new Error(body.message ?? `HTTP ${response.status}`);
}

export async function fetchTemplates(): Promise<TemplateSummary[]> {
  const response = await fetch('/api/templates');
  if (!response.ok) throw await failure(response);
  return (await response.json()) as TemplateSummary[];
}

export async function fetchLot(id: string): Promise<LotInfo> {
  const response = await fetch(`/api/lots/${encodeURIComponent(id)}`);
  if (!response.ok) throw await failure(response);
  return (await response.json()) as LotInfo;
}

/** The preview of the first label as an SVG document, or the server's error. */
export async function fetchPreview(fields: LabelFields, signal: AbortSignal): Promise<string> {
  const response = await fetch(`/api/preview.svg?${new URLSearchParams({ ...fields })}`, {
    signal,
  });
  if (!response.ok) throw await failure(response);
  return response.text();
}

export async function fetchPdf(fields: LabelFields): Promise<Blob> {
  const response = await fetch('/api/pdf', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fields),
  });
  if (!response.ok) throw await failure(response);
  return response.blob();
}
