import { afterAll, afterEach, beforeAll } from 'vitest';
import { medusa } from './mocks/medusa';
import { server } from './mocks/server';

// A request to anything not mocked is a test failure, not a silent pass.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  medusa.reset();
});
afterAll(() => server.close());
