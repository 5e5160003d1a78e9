// The kinds of place, in the order the pages list them (planting areas first), and their names.
import type { PlaceKind } from '@nguongoc/contracts';
import type { Message } from '@nguongoc/vn-locale';

export const KIND_ORDER: readonly PlaceKind[] = [
  'planting-area',
  'farm',
  'packing-house',
  'warehouse',
];

export const KIND_NAMES: Record<PlaceKind, Message> = {
  'planting-area': { vi: 'Vùng trồng', en: 'Planting area' },
  farm: { vi: 'Trang trại', en: 'Farm' },
  'packing-house': { vi: 'Nhà sơ chế, đóng gói', en: 'Packing house' },
  warehouse: { vi: 'Kho', en: 'Warehouse' },
};
