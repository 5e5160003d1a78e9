import { defineConfig, loadEnv } from '@medusajs/framework/utils';
import { commerceEnvironment, localFileBaseUrl } from './src/environment';

loadEnv(process.env.NODE_ENV || 'development', process.cwd());
const env = commerceEnvironment(process.env, process.argv[2] === 'build');

// One Medusa application. Without REDIS_URL it uses the in-memory event bus, cache, locking and
// workflow engine (one server); with it, Medusa's Redis modules (several servers).
const redisModules = env.redisUrl
  ? [
      { resolve: '@medusajs/medusa/event-bus-redis', options: { redisUrl: env.redisUrl } },
      { resolve: '@medusajs/medusa/cache-redis', options: { redisUrl: env.redisUrl } },
      {
        resolve: '@medusajs/medusa/locking',
        options: {
          providers: [
            {
              resolve: '@medusajs/medusa/locking-redis',
              id: 'locking-redis',
              is_default: true,
              options: { redisUrl: env.redisUrl },
            },
          ],
        },
      },
      {
        resolve: '@medusajs/medusa/workflow-engine-redis',
        options: { redis: { redisUrl: env.redisUrl } },
      },
    ]
  : [];

// Medusa's Caching Module (behind its `caching` feature flag in 2.21): the store API's product
// queries are cached and invalidated by the modules' own events. In memory on one server; in
// Redis, shared, with several.
const caching = {
  resolve: '@medusajs/medusa/caching',
  options: env.redisUrl
    ? {
        providers: [
          {
            resolve: '@medusajs/medusa/caching-redis',
            id: 'caching-redis',
            is_default: true,
            options: { redisUrl: env.redisUrl },
          },
        ],
      }
    : { in_memory: { enable: true } },
};

// Medusa's File Module writes the exports (and the pilot's reports) and answers their download
// URLs. The local provider keeps them under `static/` of the running server, which Medusa serves
// at /static, so its URL must name this server: MEDUSA_BACKEND_URL, or localhost on PORT (the
// tests start the backend on free ports and set only PORT). Several servers need a shared store:
// the S3 provider (README, "Files").
const file = {
  resolve: '@medusajs/medusa/file',
  options: {
    providers: [
      {
        resolve: '@medusajs/medusa/file-local',
        id: 'local',
        options: { backend_url: localFileBaseUrl() },
      },
    ],
  },
};

// Medusa's Auth Module with its email-password provider and NguonGoc's phone one-time codes
// (ADR 031). The operator (`user`) and shoppers (`customer`) sign in with email only.
const auth = {
  resolve: '@medusajs/medusa/auth',
  options: {
    // As Medusa's default: its multi-factor secrets are encrypted with this key when it is set.
    mfa: { encryption_key: process.env.AUTH_MFA_ENCRYPTION_KEY },
    providers: [
      { resolve: '@medusajs/medusa/auth-emailpass', id: 'emailpass' },
      { resolve: './src/modules/phone-otp', id: 'phone-otp', options: env.phoneOtp },
    ],
  },
};

module.exports = defineConfig({
  featureFlags: { caching: true },
  projectConfig: {
    databaseUrl: env.databaseUrl,
    // Several servers: `server` instances answer HTTP, one `worker` runs jobs and subscribers.
    workerMode: env.workerMode,
    ...(env.redisUrl ? { redisUrl: env.redisUrl } : {}),
    http: {
      storeCors: env.storeCors,
      adminCors: env.adminCors,
      authCors: env.authCors,
      jwtSecret: env.jwtSecret,
      cookieSecret: env.cookieSecret,
      authMethodsPerActor: {
        user: ['emailpass'],
        customer: ['emailpass'],
        cooperative_member: ['emailpass', 'phone-otp'],
        commune_officer: ['emailpass', 'phone-otp'],
      },
    },
    // Medusa marks the admin's session cookie Secure in production; a local run on plain
    // http://localhost (scripts/start.mjs) turns that off, or the login would not hold.
    ...(env.sessionCookieSecure ? {} : { cookieOptions: { secure: false } }),
  },
  admin: { disable: env.adminDisabled },
  modules: [
    { resolve: './src/modules/cooperative' },
    { resolve: './src/modules/channel' },
    { resolve: './src/modules/sales' },
    { resolve: './src/modules/account' },
    { resolve: './src/modules/audit' },
    // Every verified message from VNPay, kept before it is acted on (ADR 034).
    { resolve: './src/modules/vnpay-ipn' },
    {
      resolve: './src/modules/trace',
      options: { databaseUrl: env.databaseUrl, masterKey: env.traceMasterKey, links: env.links },
    },
    {
      resolve: '@medusajs/medusa/payment',
      options: {
        providers: [
          {
            resolve: './src/modules/payment-vnpay',
            id: 'vnpay',
            options: env.vnpay,
          },
        ],
      },
    },
    auth,
    file,
    caching,
    ...redisModules,
  ],
});
