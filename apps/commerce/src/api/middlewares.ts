import {
  type MiddlewareRoute,
  authenticate,
  defineMiddlewares,
  validateAndTransformBody,
} from '@medusajs/framework/http';
import {
  acceptInvitationBody,
  categoryMappingBody,
  channelAccountBody,
  channelExportBody,
  channelListingBody,
  coopProductBody,
  coopProductUpdateBody,
  createCooperativeBody,
  createLotBody,
  fieldWorkBody,
  householdBody,
  memberInvitationBody,
  type MemberRole,
  memberRoleBody,
  officerInvitationBody,
  printedSerialsBody,
  registerPlaceBody,
  resolvePaymentBody,
  scanBody,
  updateCooperativeBody,
  updatePlaceBody,
} from '@nguongoc/contracts';
import { auditTrail } from './_audit/audit-trail';
import { loginThrottle } from './_login-throttle/login-throttle';
import { requireAccount } from './_scope/caller';
import { storeCatalogueCache } from './store-catalogue-cache';
import { orderFileUpload } from './admin/cooperatives/[id]/channels/[exchange]/order-imports/_order-file-upload';
import { imageUpload } from './coop/uploads/_image-upload';

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
  ['/admin/trace/lots/:lot/serials', printedSerialsBody],
  ['/admin/payments/needing-action/:id/resolve', resolvePaymentBody],
  ['/admin/cooperatives/:id/channels/:exchange/exports', channelExportBody],
  ['/admin/cooperatives/:id/channels/:exchange/account', channelAccountBody],
  ['/admin/channel-listings/:id', channelListingBody],
  ['/admin/cooperatives/:id/households', householdBody],
  ['/admin/channel-category-mappings', categoryMappingBody],
  ['/admin/cooperatives/:id/invitations', memberInvitationBody],
  ['/admin/cooperatives/:id/members/:member_id', memberRoleBody],
  ['/admin/communes/:code/invitations', officerInvitationBody],
  ['/invitations/accept', acceptInvitationBody],
  ['/coop/cooperative', updateCooperativeBody],
  ['/coop/households', householdBody],
  ['/coop/products/:id/lots', createLotBody],
  ['/coop/products', coopProductBody],
  ['/coop/products/:id', coopProductUpdateBody],
  ['/coop/lots/:lot/events', fieldWorkBody],
  ['/coop/lots/:lot/serials', printedSerialsBody],
  ['/coop/places', registerPlaceBody],
  ['/coop/places/:id', updatePlaceBody],
  ['/coop/channels/:exchange/exports', channelExportBody],
  ['/coop/channels/:exchange/account', channelAccountBody],
  ['/coop/channel-listings/:id', channelListingBody],
  ['/coop/invitations', memberInvitationBody],
  ['/coop/members/:member_id', memberRoleBody],
] as const;

type Method = 'GET' | 'POST' | 'DELETE';
const ALL: Method[] = ['GET', 'POST', 'DELETE'];

/**
 * Who may call each `/coop` route (ADR 031), by the member's role; the rest of `/coop` is open to
 * every live member of a cooperative (its handlers narrow a household member to their household).
 */
const MEMBER_ROLES: [string, Method[], MemberRole[]][] = [
  ['/coop/members*', ALL, ['manager']],
  ['/coop/invitations*', ALL, ['manager']],
  ['/coop/audit-entries*', ALL, ['manager']],
  ['/coop/households*', ALL, ['manager', 'staff']],
  ['/coop/channels*', ALL, ['manager', 'staff']],
  ['/coop/channel-listings*', ALL, ['manager', 'staff']],
  ['/coop/sales*', ALL, ['manager', 'staff']],
  ['/coop/orders*', ALL, ['manager', 'staff']],
  ['/coop/pilot*', ALL, ['manager', 'staff']],
  ['/coop/cooperative', ['POST'], ['manager', 'staff']],
  ['/coop/products/:id/lots', ['POST'], ['manager', 'staff']],
  // A cooperative's own products and their images (issue #23): a household member reads only.
  ['/coop/products', ['POST'], ['manager', 'staff']],
  ['/coop/products/:id', ['POST'], ['manager', 'staff']],
  ['/coop/uploads', ['POST'], ['manager', 'staff']],
  // Places (issue #23): every member reads them, a household member writes none.
  ['/coop/places*', ['POST'], ['manager', 'staff']],
];

/**
 * The three kinds of account (ADR 031): `/admin` is Medusa's `user` (the operator), guarded by
 * Medusa itself; `/coop` a cooperative's member; `/commune` a commune officer, read-only (it has
 * no route that writes). An invitation is accepted by a sign-in not yet tied to an account.
 */
const ACCOUNTS: MiddlewareRoute[] = [
  {
    matcher: '/coop*',
    middlewares: [authenticate('cooperative_member', ['session', 'bearer']), requireAccount()],
  },
  {
    matcher: '/commune*',
    middlewares: [authenticate('commune_officer', ['session', 'bearer']), requireAccount()],
  },
  {
    matcher: '/invitations/accept',
    method: ['POST'],
    middlewares: [
      authenticate(['cooperative_member', 'commune_officer'], ['bearer'], {
        allowUnregistered: true,
      }),
    ],
  },
  ...MEMBER_ROLES.map(([matcher, method, roles]) => ({
    matcher,
    method,
    middlewares: [requireAccount(...roles)],
  })),
];

export default defineMiddlewares({
  routes: [
    ...['/admin*', '/coop*', '/commune*', '/invitations*'].map((matcher) => ({
      matcher,
      middlewares: [auditTrail],
    })),
    ...ACCOUNTS,
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
      // Where a one-time code is checked (phone-otp, ADR 031): wrong codes count as failures.
      matcher: '/auth/:actor_type/:auth_provider/callback',
      method: ['GET' as const, 'POST' as const],
      middlewares: [loginThrottle],
    },
    // An exchange's order export as a file (multipart), its size checked before it is read;
    // JSON bodies keep Medusa's default limit (100 kB) everywhere.
    ...[
      '/admin/cooperatives/:id/channels/:exchange/order-imports',
      '/coop/channels/:exchange/order-imports',
    ].map((matcher) => ({
      matcher,
      method: 'POST' as const,
      middlewares: [orderFileUpload],
    })),
    // Product images (multipart, issue #23): sizes and count checked before they are read.
    { matcher: '/coop/uploads', method: 'POST' as const, middlewares: [imageUpload] },
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
