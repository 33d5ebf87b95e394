import type { Db } from '@sanad/db/client';
import { inTransaction } from '@sanad/db/transaction';
import type { CreateUserInput, UpdateUserInput } from '@sanad/shared/schemas/user';
import { conflict, forbidden, notFound, preconditionFailed } from '../../lib/app-error.ts';
import { type Actor, assertCan } from '../../lib/actor.ts';
import type { Clock } from '../../lib/clock.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import { type ScryptCost, hashPassword } from '../../lib/password.ts';
import type { UserRow, UsersRepository } from './users.repository.ts';

/** Accounts: admins create users, change roles, deactivate; editors may list them to assign work. */
export class UsersService {
  constructor(
    private readonly db: Db,
    private readonly users: UsersRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
    private readonly passwordCost?: ScryptCost,
  ) {}

  /** Every user (editors and admins). */
  async list(actor: Actor): Promise<UserRow[]> {
    if (actor.role === 'reviewer') throw forbidden('Only editors and admins can list users.');
    return this.users.list();
  }

  /** One user (admins, or oneself). */
  async get(actor: Actor, id: number): Promise<UserRow> {
    if (actor.id !== id) assertCan(actor, 'user.manage');
    const user = await this.users.findById(id);
    if (!user) throw notFound('user', id);
    return user;
  }

  /** Creates an account (admins; also the command line and the demo seed, with no actor). */
  async create(actor: Actor | null, input: CreateUserInput): Promise<UserRow> {
    if (actor) assertCan(actor, 'user.manage');
    const passwordHash = await hashPassword(input.password, this.passwordCost);
    const at = this.clock.now().toISOString();
    return inTransaction(this.db, async (tx) => {
      if (await this.users.getByEmail(tx, input.email)) {
        throw conflict('email_taken', 'Another account already uses this email.', [{ path: ['body', 'email'], message: 'Already in use.' }]);
      }
      const user = await this.users.insert(tx, { name: input.name, email: input.email, role: input.role, passwordHash, createdAt: at, updatedAt: at });
      await this.audit.append(tx, actor, at, { action: 'user.create', entityType: 'user', entityId: user.id, articleId: null, claimId: null, before: null, after: user });
      return user;
    });
  }

  /** Renames, changes the role, deactivates (ending every session) or sets a new password (admins). */
  async update(actor: Actor, id: number, expectedVersion: number, input: UpdateUserInput): Promise<UserRow> {
    assertCan(actor, 'user.manage');
    if (actor.id === id && (input.active === false || (input.role !== undefined && input.role !== 'admin'))) {
      throw conflict('conflict', 'You cannot deactivate yourself or give up your own admin role; ask another admin.');
    }
    const passwordHash = input.password !== undefined ? await hashPassword(input.password, this.passwordCost) : undefined;
    const at = this.clock.now().toISOString();
    return inTransaction(this.db, async (tx) => {
      const before = await this.users.getForWrite(tx, id);
      if (!before) throw notFound('user', id);
      if (before.version !== expectedVersion) throw preconditionFailed('user', expectedVersion, before.version);
      const updated = await this.users.update(tx, id, {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.role !== undefined ? { role: input.role } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
        ...(passwordHash !== undefined ? { passwordHash } : {}),
        updatedAt: at,
      });
      if (input.active === false || passwordHash !== undefined) await this.users.endSessions(tx, id);
      await this.audit.append(tx, actor, at, {
        action: input.active === false ? 'user.deactivate' : 'user.update',
        entityType: 'user',
        entityId: id,
        articleId: null,
        claimId: null,
        before,
        after: updated,
      });
      return updated;
    });
  }
}
