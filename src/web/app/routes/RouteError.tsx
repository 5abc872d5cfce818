import { Center } from '@mantine/core';
import { useRouteError } from 'react-router';
import { QueryError } from '../../lib/components/QueryError';

/**
 * A screen that could not be shown: most often its code could not be loaded (the network dropped, or the app
 * was updated and the old file is gone), which a fresh load of the page mends.
 */
export function RouteError() {
  const error = useRouteError();
  const shown = error instanceof Error ? error : new Error(String(error));
  return (
    <Center p="md">
      <QueryError error={shown} onRetry={() => window.location.reload()} />
    </Center>
  );
}
