import { plainNet, type ListingStyle } from '../render/listing-style.js';
import { placeOf, withTail } from '../render/title-parts.js';

/** VoSo titles lead with the OCOP badge in brackets, as OCOP shops there write them. */
export const VOSO_STYLE: ListingStyle = {
  titles(parts) {
    const { name, net, ocopStars, provinceName } = parts;
    const badge = ocopStars === undefined ? '' : `[OCOP ${ocopStars}★] `;
    const place = placeOf(parts);
    return [
      withTail(`${badge}${name} ${net}`, place && `đặc sản ${place}`),
      withTail(`${badge}${name} ${net}`, provinceName && `đặc sản ${provinceName}`),
      `${badge}${name} ${net}`,
      `${name} ${net}`,
      name,
    ];
  },
  net: plainNet,
};
