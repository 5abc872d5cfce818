import { describe, expect, it } from 'vitest';
import { isApiPath } from './api-path';

describe('isApiPath', () => {
  it.each([
    '/api/users',
    '/api',
    '/%61pi/users',
    '/ap%69/contacts?x=1',
    '//api/users',
    '/api/./users',
    '/./api/users',
    '/x/../api/users',
    '/API/users',
    '/%41%50%49/users',
    '/api%2Fusers',
    '/%E0%A4%A',
  ])('%s is under the API', (url) => {
    expect(isApiPath(url)).toBe(true);
  });

  it.each(['/', '/contacts/K001', '/assets/index.js', '/apix/users', '/crm/api', '/?/api/users'])(
    '%s is not',
    (url) => {
      expect(isApiPath(url)).toBe(false);
    },
  );
});
