// The kinds of field work the forms offer (every kind trace-core records), with their names as
// the trace page writes them.
import type { FieldWorkBody } from '@nguongoc/contracts';
import type { Message } from '@nguongoc/vn-locale';

export const WORK_KINDS = [
  'sowing',
  'fertilising',
  'spraying',
  'harvest',
  'processing',
  'packing',
  'certification',
  'shipping',
] as const satisfies readonly FieldWorkBody['kind'][];
export type WorkKind = (typeof WORK_KINDS)[number];

export const isWorkKind = (value: unknown): value is WorkKind =>
  WORK_KINDS.includes(value as WorkKind);

export const WORK_TITLES: Record<WorkKind, Message> = {
  sowing: { vi: 'Gieo trồng', en: 'Sowing' },
  fertilising: { vi: 'Bón phân', en: 'Fertilising' },
  spraying: { vi: 'Phun thuốc bảo vệ thực vật', en: 'Crop protection spraying' },
  harvest: { vi: 'Thu hoạch', en: 'Harvest' },
  processing: { vi: 'Chế biến', en: 'Processing' },
  packing: { vi: 'Đóng gói', en: 'Packing' },
  certification: { vi: 'Chứng nhận', en: 'Certification' },
  shipping: { vi: 'Vận chuyển', en: 'Shipping' },
};
