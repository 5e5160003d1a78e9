import { plainNet, type ListingStyle } from '../render/listing-style.js';

/** PostMart titles: name and net content, then the OCOP stars, then where it comes from. */
export const POSTMART_STYLE: ListingStyle = {
  titles({ name, net, ocopStars, communeName, provinceName }) {
    const head = `${name} ${net}`;
    const ocop = ocopStars === undefined ? '' : ` – OCOP ${ocopStars} sao`;
    return [
      `${head}${ocop} – ${communeName}, ${provinceName}`,
      `${head}${ocop} – ${provinceName}`,
      `${head}${ocop}`,
      head,
      name,
    ];
  },
  net: plainNet,
};
