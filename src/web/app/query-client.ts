import { notifications } from '@mantine/notifications';
import { QueryCache, QueryClient } from '@tanstack/react-query';
import { HttpError } from '../lib/http-error';

/**
 * A screen shows its own load errors where its content would be; only a failed background refresh of data
 * already on screen gets a toast, since nothing else would tell the user.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.state.data === undefined) return;
        if (error instanceof HttpError && error.status === 401) return;
        notifications.show({ color: 'red', message: error.message });
      },
    }),
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => !(error instanceof HttpError && error.status < 500) && failureCount < 2,
        refetchOnWindowFocus: false,
      },
    },
  });
}
