import { defineMiddlewares, validateAndTransformBody } from '@medusajs/framework/http';
import {
  categoryMappingBody,
  channelAccountBody,
  channelExportBody,
  channelListingBody,
  createCooperativeBody,
  createLotBody,
  fieldWorkBody,
  householdBody,
  scanBody,
  updateCooperativeBody,
} from '@nguongoc/contracts';
import { loginThrottle } from './_login-throttle/login-throttle';
import { storeCatalogueCache } from './store-catalogue-cache';
import { orderFileUpload } from './admin/cooperatives/[id]/channels/[exchange]/order-imports/_order-file-upload';

/**
 * Each route that takes a body, with its schema in @nguongoc/contracts (zod 4, the instance
 * Medusa's own validators use): a body that fails it is answered 400 with each bad field's path.
 */
const BODIES = [
  ['/store/trace/:code/scans', scanBody],
  ['/admin/cooperatives', createCooperativeBody],
  ['/admin/cooperatives/:id', updateCooperativeBody],
  ['/admin/products/:id/lots', createLotBody],
  ['/admin/trace/lots/:lot/events', fieldWorkBody],
  ['/admin/cooperatives/:id/channels/:exchange/exports', channelExportBody],
  ['/admin/cooperatives/:id/channels/:exchange/account', channelAccountBody],
  ['/admin/channel-listings/:id', channelListingBody],
  ['/admin/cooperatives/:id/households', householdBody],
  ['/admin/channel-category-mappings', categoryMappingBody],
] as const;

export default defineMiddlewares({
  routes: [
    ...BODIES.map(([matcher, schema]) => ({
      matcher,
      method: 'POST' as const,
      middlewares: [validateAndTransformBody(schema)],
    })),
    {
      // Medusa's logins, for every actor type and provider (ADR 030); registration and password
      // reset are longer paths, not matched.
      matcher: '/auth/:actor_type/:auth_provider',
      method: ['POST' as const],
      middlewares: [loginThrottle],
    },
    {
      // An exchange's order export as a file (multipart), its size checked before it is read;
      // JSON bodies keep Medusa's default limit (100 kB) everywhere.
      matcher: '/admin/cooperatives/:id/channels/:exchange/order-imports',
      method: 'POST' as const,
      middlewares: [orderFileUpload],
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
