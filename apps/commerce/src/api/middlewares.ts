import { defineMiddlewares, validateAndTransformBody } from '@medusajs/framework/http';
import {
  CreateCooperativeSchema,
  CreateLotSchema,
  FieldWorkSchema,
  ScanSchema,
  UpdateCooperativeSchema,
} from './validators';

export type { ScanBody } from './validators';

export default defineMiddlewares({
  routes: [
    {
      matcher: '/store/trace/:code/scans',
      method: 'POST',
      middlewares: [validateAndTransformBody(ScanSchema)],
    },
    {
      matcher: '/admin/cooperatives',
      method: 'POST',
      middlewares: [validateAndTransformBody(CreateCooperativeSchema)],
    },
    {
      matcher: '/admin/cooperatives/:id',
      method: 'POST',
      middlewares: [validateAndTransformBody(UpdateCooperativeSchema)],
    },
    {
      matcher: '/admin/products/:id/lots',
      method: 'POST',
      middlewares: [validateAndTransformBody(CreateLotSchema)],
    },
    {
      matcher: '/admin/trace/lots/:lot/events',
      method: 'POST',
      middlewares: [validateAndTransformBody(FieldWorkSchema)],
    },
  ],
});
