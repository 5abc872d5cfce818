import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/database';
import type { SessionUser } from '../../shared/auth';

export const sessionCookie = 'sid';

function hashId(id: string): string {
  return createHash('sha256').update(id).digest('base64url');
}

export interface SessionLookup {
  user: SessionUser;
  expiresAt: Date;
}

export async function createSession(
  db: Db,
  userId: number,
  ttlMs: number,
  now = new Date(),
): Promise<{ id: string; expiresAt: Date }> {
  const id = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + ttlMs);
  await db
    .insertInto('sessions')
    .values({
      id_hash: hashId(id),
      user_id: userId,
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
    })
    .execute();
  return { id, expiresAt };
}

/** The active user behind a session cookie, or null when the session is unknown, expired or its user deactivated. */
export async function findSession(db: Db, id: string, now = new Date()): Promise<SessionLookup | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.name', 'users.email', 'users.role', 'users.active', 'sessions.expires_at'])
    .where('sessions.id_hash', '=', hashId(id))
    .executeTakeFirst();
  if (!row || row.active !== 1 || row.expires_at <= now.toISOString()) return null;
  return {
    user: { id: row.id, name: row.name, email: row.email, role: row.role },
    expiresAt: new Date(row.expires_at),
  };
}

export async function extendSession(db: Db, id: string, expiresAt: Date): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ expires_at: expiresAt.toISOString() })
    .where('id_hash', '=', hashId(id))
    .execute();
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', hashId(id)).execute();
}

/** Ends every session of a user at once: on sign-out elsewhere, password reset and deactivation. */
export async function deleteUserSessions(db: Db, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Ends a user's sessions except the one they are using: after they change their own password. */
export async function deleteOtherSessions(db: Db, userId: number, keepId: string): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('id_hash', '!=', hashId(keepId))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteExpiredSessions(db: Db, now = new Date()): Promise<number> {
  const result = await db.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
