import type { Role, User } from '../../shared/auth';
import type { Db } from '../db/database';
import type { UserRow } from '../db/schema';
import { hashPassword } from '../auth/password';

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    active: row.active === 1,
    createdAt: row.created_at,
  };
}

export async function countUsers(db: Db): Promise<number> {
  const { count } = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(count);
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email.trim().toLowerCase()).executeTakeFirst();
}

export async function insertUser(
  db: Db,
  user: { name: string; email: string; role: Role; password: string },
): Promise<UserRow> {
  const { password, ...rest } = user;
  return insertUserWithHash(db, { ...rest, passwordHash: await hashPassword(password) });
}

/** For a caller that hashes first, so that a transaction is not held open while scrypt runs. */
export async function insertUserWithHash(
  db: Db,
  user: { name: string; email: string; role: Role; passwordHash: string },
): Promise<UserRow> {
  return db
    .insertInto('users')
    .values({
      name: user.name,
      email: user.email.trim().toLowerCase(),
      role: user.role,
      password_hash: user.passwordHash,
      active: 1,
      created_at: new Date().toISOString(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
