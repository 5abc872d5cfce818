import { useNotifications } from '@mantine/notifications';
import { lazy, Suspense, useState } from 'react';

const NotificationsArea = lazy(() => import('./NotificationsArea'));

/**
 * Mantine's notification area, loaded with the first notification shown: most visits (the sign-in page first)
 * never need its code. A notification shown before it has loaded waits in Mantine's store and appears with it.
 */
export function Toasts() {
  const { notifications, queue } = useNotifications();
  const [wanted, setWanted] = useState(false);
  if (!wanted && notifications.length + queue.length > 0) setWanted(true);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <NotificationsArea />
    </Suspense>
  );
}
