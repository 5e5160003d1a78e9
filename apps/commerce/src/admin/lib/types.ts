// The shapes of NguonGoc's admin API answers that the dashboard pages read.

export interface AdminLot {
  id: string;
  code: string;
  locationId?: string;
  trace_url: string;
  labels_url: string;
}

export interface AdminLocation {
  id: string;
  name: string;
}

export interface StoryStep {
  eventId: string;
  time: string;
  title: string;
  details: string[];
}

export interface Reason {
  vi: string;
  en: string;
}

export interface LotDetail {
  story: Record<'vi' | 'en', { steps: StoryStep[] }>;
  verification: { ok: boolean; failures: { check: string; subject?: string; reason: Reason }[] };
}

export interface AdminCooperative {
  id: string;
  handle: string;
  name: string;
  tax_code: string;
  registration_number: string;
  commune_code: string;
  commune_label: Reason;
  address: string;
  contact_name: string;
  phone: string;
  email: string | null;
  trace_origin: string | null;
}

export interface AdministrativeUnit {
  code: string;
  name: string;
  name_en: string;
  full_name: string;
  full_name_en: string;
}
