import { Notifications } from '@mantine/notifications';

/** Where notifications appear; its own chunk (Toasts.tsx loads it with the first notification). */
export default function NotificationsArea() {
  return <Notifications position="top-right" />;
}
