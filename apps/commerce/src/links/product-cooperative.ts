import { defineLink } from '@medusajs/framework/utils';
import ProductModule from '@medusajs/medusa/product';
import CooperativeModule from '../modules/cooperative';

// A cooperative sells many products; a product belongs to one cooperative.
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  CooperativeModule.linkable.cooperative,
);
