import { defineMiddlewares, validateAndTransformBody } from '@medusajs/framework/http';
import {
  CategoryMappingSchema,
  ChannelAccountSchema,
  ChannelExportSchema,
  ChannelListingSchema,
  CreateCooperativeSchema,
  CreateLotSchema,
  FieldWorkSchema,
  HouseholdSchema,
  OrderImportSchema,
  ScanSchema,
  UpdateCooperativeSchema,
} from './validators';
import { storeCatalogueCache } from './store-catalogue-cache';

export type { ScanBody } from './validators';

/** Each route that takes a body, with the schema it must match. */
const BODIES = [
  ['/store/trace/:code/scans', ScanSchema],
  ['/admin/cooperatives', CreateCooperativeSchema],
  ['/admin/cooperatives/:id', UpdateCooperativeSchema],
  ['/admin/products/:id/lots', CreateLotSchema],
  ['/admin/trace/lots/:lot/events', FieldWorkSchema],
  ['/admin/cooperatives/:id/channels/:exchange/exports', ChannelExportSchema],
  ['/admin/cooperatives/:id/channels/:exchange/account', ChannelAccountSchema],
  ['/admin/channel-listings/:id', ChannelListingSchema],
  ['/admin/cooperatives/:id/households', HouseholdSchema],
  ['/admin/channel-category-mappings', CategoryMappingSchema],
] as const;

export default defineMiddlewares({
  routes: [
    ...BODIES.map(([matcher, schema]) => ({
      matcher,
      method: 'POST' as const,
      middlewares: [validateAndTransformBody(schema)],
    })),
    {
      // An exchange's order export, base64 in JSON: up to about 15 MB of spreadsheet.
      matcher: '/admin/cooperatives/:id/channels/:exchange/order-imports',
      method: 'POST' as const,
      bodyParser: { sizeLimit: '20mb' },
      middlewares: [validateAndTransformBody(OrderImportSchema)],
    },
    {
      // A pattern, not a path: Medusa runs pattern middlewares before its own middlewares of
      // these routes (sales channels, prices and taxes, each a database round), which a cached
      // answer does not need. The publishable key and login checks of /store run before both.
      // `/store/products/:id/origin` is NguonGoc's own (a product's cooperative and lots).
      matcher: /^\/store\/products(\/[^/]+(\/origin)?)?$/,
      method: 'GET' as const,
      middlewares: [storeCatalogueCache],
    },
  ],
});
