import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/** A refusal or failure no field shows, in the server's words; nothing when there is none. */
export function FailureAlert({ title, message }: { title: string; message: string | null | undefined }) {
  if (!message) return null;
  return (
    <Alert color="red" icon={<IconAlertTriangle />} title={title} role="alert">
      {message}
    </Alert>
  );
}
