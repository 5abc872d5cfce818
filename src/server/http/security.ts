import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { isApiPath } from './api-path';

// The app uses none of these; a page that should not (an injected script, a framed copy) cannot either.
const permissionsPolicy = [
  'accelerometer=()',
  'camera=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
  'browsing-topics=()',
].join(', ');

/**
 * Security headers on every answer. The policy allows only the app's own scripts; styles also inline, because
 * Mantine sets CSS variables in style attributes and injects its color-scheme style element. API answers hold
 * a user's data: no cache (the browser's, or a proxy's) keeps them.
 */
export async function installSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // The app is served over plain http on loopback by default; behind https the reverse proxy sets HSTS.
    strictTransportSecurity: false,
  });
  app.addHook('onSend', async (request, reply) => {
    void reply.header('permissions-policy', permissionsPolicy);
    if (isApiPath(request.url)) void reply.header('cache-control', 'no-store');
  });
}
