import { defineMiddlewares, validateAndTransformBody } from '@medusajs/framework/http';
import {
  CreateCooperativeSchema,
  CreateLotSchema,
  FieldWorkSchema,
  ScanSchema,
  UpdateCooperativeSchema,
} from './validators';

export type { ScanBody } from './validators';

/** Each route that takes a body, with the schema it must match. */
const BODIES = [
  ['/store/trace/:code/scans', ScanSchema],
  ['/admin/cooperatives', CreateCooperativeSchema],
  ['/admin/cooperatives/:id', UpdateCooperativeSchema],
  ['/admin/products/:id/lots', CreateLotSchema],
  ['/admin/trace/lots/:lot/events', FieldWorkSchema],
] as const;

export default defineMiddlewares({
  routes: BODIES.map(([matcher, schema]) => ({
    matcher,
    method: 'POST' as const,
    middlewares: [validateAndTransformBody(schema)],
  })),
});
