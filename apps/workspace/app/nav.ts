// The workspace's main screens, per kind of account: the layout's navigation.
import type { Message } from '@nguongoc/vn-locale';
import type { AccountKind } from './session.server';

export const NAV: Record<AccountKind, { to: string; label: Message }[]> = {
  member: [
    { to: '/', label: { vi: 'Hôm nay', en: 'Today' } },
    { to: '/products', label: { vi: 'Sản phẩm', en: 'Products' } },
    { to: '/places', label: { vi: 'Vùng trồng, địa điểm', en: 'Places' } },
    { to: '/households', label: { vi: 'Hộ thành viên', en: 'Households' } },
    { to: '/lots', label: { vi: 'Lô hàng', en: 'Lots' } },
    { to: '/listings', label: { vi: 'Sàn TMĐT', en: 'Exchanges' } },
    { to: '/orders', label: { vi: 'Đơn hàng', en: 'Orders' } },
    { to: '/cooperative', label: { vi: 'Hồ sơ HTX', en: 'Cooperative' } },
    { to: '/members', label: { vi: 'Thành viên', en: 'Members' } },
  ],
  officer: [
    { to: '/commune', label: { vi: 'Tổng quan', en: 'Overview' } },
    { to: '/commune/reports', label: { vi: 'Báo cáo', en: 'Reports' } },
    { to: '/commune/open-data', label: { vi: 'Dữ liệu mở', en: 'Open data' } },
  ],
};
