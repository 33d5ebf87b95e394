import type { User, UserList } from '@sanad/shared/schemas/user';
import type { UserRow } from './users.repository.ts';

/** The API shape of a user: never the password hash. */
export function presentUser(row: UserRow): User {
  return { id: row.id, name: row.name, email: row.email, role: row.role, active: row.active, createdAt: row.createdAt, version: row.version };
}

/** The API shape of the account list. */
export function presentUserList(rows: UserRow[]): UserList {
  return { users: rows.map(presentUser) };
}
