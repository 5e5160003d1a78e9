// @ts-check
// The production server's request listener (server.js loads the build and listens): Express with
// gzip in front of the Remix build, security headers on every answer, body limits, and a check
// that every form post comes from the workspace's own pages (Origin), beside the session cookie's
// SameSite=Lax.
import { TOO_LARGE, readLimitedBody, sendTooLarge } from '@nguongoc/remix-server/body-limit';
import { remixRequest, sendResponse } from '@nguongoc/remix-server/remix-bridge';
import { createRequestHandler } from '@remix-run/node';
import compression from 'compression';
import express from 'express';
import { limitFor } from './body-limit.js';

/**
 * The Content-Security-Policy: the workspace's pages run no script of their own but the files it
 * serves (no inline script, no eval); images from itself and the backend's file storage.
 * @param {string} backendOrigin
 */
export function contentSecurityPolicy(backendOrigin) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${backendOrigin}`,
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * @param {object} options
 * @param {import('@remix-run/node').ServerBuild} options.build
 * @param {string} [options.clientDirectory] Vite's client build (dist/client)
 * @param {Record<string, string | undefined>} [options.env]
 * @returns {import('express').Express}
 */
export function createWorkspace({ build, clientDirectory, env = process.env }) {
  const backendOrigin = new URL(env.MEDUSA_BACKEND_URL ?? 'http://localhost:9000').origin;
  const headers = {
    'Content-Security-Policy': contentSecurityPolicy(backendOrigin),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'same-origin',
  };
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use((_request, response, next) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    next();
  });
  app.use(compression());
  app.get('/healthz', (_request, response) => {
    response.type('text/plain').send('ok');
  });
  if (clientDirectory) {
    app.use(
      '/assets',
      express.static(`${clientDirectory}/assets`, {
        immutable: true,
        maxAge: '1y',
        fallthrough: false,
      }),
    );
    app.use(express.static(clientDirectory, { maxAge: '1h' }));
  }
  const handleRequest = createRequestHandler(build, 'production');
  app.all('*', async (req, res, next) => {
    try {
      /** @type {Buffer | undefined} */
      let body;
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        // A post from another site's page is refused before anything is read (login CSRF too).
        const origin = req.get('origin');
        const host = req.get('host');
        if (origin && host && new URL(origin).host !== host) {
          res
            .status(403)
            .type('text/plain')
            .send('Yêu cầu từ trang khác bị từ chối / a request from another site was refused');
          return;
        }
        const limit = limitFor(req.get('content-type'));
        const read = await readLimitedBody(req, limit);
        if (read === TOO_LARGE) {
          sendTooLarge(res, req.get('accept'), limit);
          return;
        }
        body = read;
      }
      // The person's address for the backend's per-address limits (app/backend.server.ts); what a
      // client sends under this name is replaced.
      const request = remixRequest(req, res, body, { clientIpHeader: 'x-nguongoc-client-ip' });
      await sendResponse(res, await handleRequest(request));
    } catch (error) {
      next(error);
    }
  });
  return app;
}
