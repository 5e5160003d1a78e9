import { plainNet, type ListingStyle } from '../render/listing-style.js';
import { placeOf, withTail } from '../render/title-parts.js';

/** PostMart titles: name and net content, then the OCOP stars, then where it comes from. */
export const POSTMART_STYLE: ListingStyle = {
  titles(parts) {
    const { name, net, ocopStars, provinceName } = parts;
    const head = `${name} ${net}`;
    const ocop = ocopStars === undefined ? '' : ` – OCOP ${ocopStars} sao`;
    return [
      withTail(`${head}${ocop}`, placeOf(parts)),
      withTail(`${head}${ocop}`, provinceName),
      `${head}${ocop}`,
      head,
      name,
    ];
  },
  net: plainNet,
};
