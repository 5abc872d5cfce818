import { setupServer } from 'msw/node';

/** The network of screen tests: each test declares the answers it needs with `mswServer.use(...)`. */
export const mswServer = setupServer();
