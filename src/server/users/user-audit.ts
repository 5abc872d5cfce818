import type { Role, SessionUser } from '../../shared/auth';
import type { UserAuditAction } from '../../shared/sync-log';
import type { Db } from '../db/database';
import { appendLogEntry } from '../sync-log/log-store';

export interface UserAuditEntry {
  /** Who did it. */
  by: Pick<SessionUser, 'id' | 'name'>;
  /** Whom it was done to, as they are after the change. */
  target: { name: string; email: string; role: Role };
  action: UserAuditAction;
  at: Date;
  /** The name before a rename. */
  previousName?: string;
}

/**
 * A change of a user in Sünkroniseerimise logi (kind `users`), with who did it and when. The details say what changed and
 * never carry a password or its hash.
 */
export function logUserChange(db: Db, { by, target, action, at, previousName }: UserAuditEntry): Promise<number> {
  const withRole = action === 'created' || action === 'role-changed';
  return appendLogEntry(db, {
    user: by,
    kind: 'users',
    subject: target.name,
    outcome: 'ok',
    details: {
      action,
      email: target.email,
      ...(withRole && { role: target.role }),
      ...(previousName !== undefined && { previousName }),
    },
    at,
  });
}
