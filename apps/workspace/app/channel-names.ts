// What a person calls each sales channel: the shop, or the exchange by its own name.
import type { Message } from '@nguongoc/vn-locale';

const NAMES: Record<string, Message> = {
  storefront: { vi: 'Cửa hàng của xã', en: 'The commune shop' },
  postmart: { vi: 'PostMart', en: 'PostMart' },
  voso: { vi: 'VoSo', en: 'VoSo' },
  '37nghean': { vi: '37nghean', en: '37nghean' },
};

export function channelName(channel: string): Message {
  return NAMES[channel] ?? { vi: channel, en: channel };
}
