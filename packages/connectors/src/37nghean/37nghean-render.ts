import { formatNumber, type ListingStyle } from '../render/listing-style.js';
import { withTail } from '../render/title-parts.js';

/** 37nghean titles name the commune right after the product; grams of 1,000 or more are in kg. */
export const NGHEAN37_STYLE: ListingStyle = {
  titles({ name, net, ocopStars, communeName, provinceName }) {
    const ocop = ocopStars === undefined ? '' : ` (OCOP ${ocopStars} sao)`;
    const commune = communeName ? ` ${communeName}` : '';
    return [
      withTail(`${name}${commune} ${net}${ocop}`, provinceName),
      `${name}${commune} ${net}${ocop}`,
      `${name} ${net}${ocop}`,
      `${name} ${net}`,
      name,
    ];
  },
  net(quantity, unit, unitNames) {
    if (unit === 'GRM' && quantity >= 1000)
      return `${formatNumber(quantity / 1000)} ${unitNames.KGM}`;
    if (unit === 'MLT' && quantity >= 1000)
      return `${formatNumber(quantity / 1000)} ${unitNames.LTR}`;
    return `${formatNumber(quantity)} ${unitNames[unit]}`;
  },
};
