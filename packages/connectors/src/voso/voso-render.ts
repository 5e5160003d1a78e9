import { plainNet, type ListingStyle } from '../render/listing-style.js';

/** VoSo titles lead with the OCOP badge in brackets, as OCOP shops there write them. */
export const VOSO_STYLE: ListingStyle = {
  titles({ name, net, ocopStars, communeName, provinceName }) {
    const badge = ocopStars === undefined ? '' : `[OCOP ${ocopStars}★] `;
    return [
      `${badge}${name} ${net} – đặc sản ${communeName}, ${provinceName}`,
      `${badge}${name} ${net} – đặc sản ${provinceName}`,
      `${badge}${name} ${net}`,
      `${name} ${net}`,
      name,
    ];
  },
  net: plainNet,
};
