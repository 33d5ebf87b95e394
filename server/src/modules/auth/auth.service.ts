import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '@sanad/db/client';
import { inTransaction } from '@sanad/db/transaction';
import type { ChangePasswordInput, LoginInput, UpdatePreferencesInput } from '@sanad/shared/schemas/user';
import { AppError, preconditionFailed } from '../../lib/app-error.ts';
import type { Actor } from '../../lib/actor.ts';
import type { Clock } from '../../lib/clock.ts';
import type { Logger } from '../../lib/logger.ts';
import type { UserRow, UsersRepository } from '../users/users.repository.ts';
import type { AuditRepository } from '../audit/audit.repository.ts';
import type { OrganisationRepository, OrganisationRow } from '../organisation/organisation.repository.ts';
import { DUMMY_HASH, type ScryptCost, hashPassword, verifyPassword } from '../../lib/password.ts';
import { type FailureLimiter, type FailureLimiterFactory, memoryFailureLimiter } from './rate-limiter.ts';
import type { SessionRow, SessionsRepository } from './sessions.repository.ts';

/** How long sessions live. */
export interface SessionPolicy {
  /** A session unused this long ends. */
  idleMs: number;
  /** A session ends this long after login, used or not. */
  absoluteMs: number;
}

/** Two hours idle, twelve hours at most. */
export const DEFAULT_SESSION_POLICY: SessionPolicy = { idleMs: 2 * 60 * 60 * 1000, absoluteMs: 12 * 60 * 60 * 1000 };

/** Failed logins allowed per account and per address within a minute before 429. */
export const LOGIN_FAILURES_PER_MINUTE = 5;

/** The SHA-256 of a session token: what the database stores, so a copy of it opens no session. */
export function sessionId(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** What a session answer is made of: the session, its user, and the organisation's interface defaults. */
export interface SessionView {
  session: SessionRow;
  user: UserRow;
  organisation: Pick<OrganisationRow, 'defaultLanguage' | 'digits'>;
}

/** Logins, sessions and who is asking. */
export class AuthService {
  private readonly byAccount: FailureLimiter;
  private readonly byAddress: FailureLimiter;
  /** Wrong current passwords per user when changing it: a stolen session must not become a password oracle. */
  private readonly byChanger: FailureLimiter;

  constructor(
    private readonly db: Db,
    private readonly sessions: SessionsRepository,
    private readonly users: UsersRepository,
    private readonly organisation: OrganisationRepository,
    private readonly audit: AuditRepository,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly policy: SessionPolicy = DEFAULT_SESSION_POLICY,
    private readonly passwordCost?: ScryptCost,
    /** Where failures are counted: this process's memory by default; PostgreSQL when several servers share the database (ADR 025). */
    limiter: FailureLimiterFactory = memoryFailureLimiter,
  ) {
    this.byAccount = limiter('login-account', LOGIN_FAILURES_PER_MINUTE, 60_000);
    this.byAddress = limiter('login-address', LOGIN_FAILURES_PER_MINUTE, 60_000);
    this.byChanger = limiter('password-change', LOGIN_FAILURES_PER_MINUTE, 60_000);
  }

  /**
   * Checks the password and opens a new session (a new random token, so an id
   * known before login is worthless after). 429 after too many failures for
   * the account or the address; 401 for a wrong email or password alike.
   */
  async login(input: LoginInput, address: string): Promise<SessionView & { token: string }> {
    const now = this.clock.now();
    const wait = Math.max(...(await Promise.all([this.byAccount.retryAfter(input.email), this.byAddress.retryAfter(address)])));
    if (wait > 0) {
      this.logger.warn('login refused: rate limited', { email: input.email, address, outcome: 'rate_limited' });
      throw new AppError('rate_limited', 429, `Too many failed logins. Try again in ${wait} seconds.`, [], { retryAfter: wait });
    }
    const user = await this.users.findByEmail(input.email);
    const ok = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok || !user.active) {
      await Promise.all([this.byAccount.fail(input.email), this.byAddress.fail(address)]);
      this.logger.warn('login failed', { email: input.email, address, outcome: user && ok ? 'deactivated' : 'invalid_credentials' });
      throw new AppError('invalid_credentials', 401, 'The email or password is not right.');
    }
    await this.byAccount.reset(input.email);
    const { token, session } = this.newSession(user.id, now);
    await inTransaction(this.db, async (tx) => {
      await this.sessions.deleteExpired(tx, now.toISOString());
      await this.sessions.insert(tx, session);
    });
    this.logger.info('login', { userId: user.id, address, outcome: 'ok' });
    return { token, session, user, organisation: await this.organisation.find() };
  }

  /**
   * Changes the actor's own password, given the current one (ASVS 6.2.3).
   * A wrong current password is 422 (the session stays: it is not a failed
   * login), and counts towards a per-user limit like login's (429 after five
   * a minute; the login limits are left alone, so colleagues behind the same
   * address can still log in).
   * On success every session of the user ends, this one included, and a new
   * session is opened for this browser: other devices are logged out (7.4.3)
   * and the token changes with the re-authentication (7.2.4).
   */
  async changePassword(actor: Actor, input: ChangePasswordInput, address: string): Promise<SessionView & { token: string }> {
    const key = String(actor.id);
    const wait = await this.byChanger.retryAfter(key);
    if (wait > 0) {
      this.logger.warn('password change refused: rate limited', { userId: actor.id, address, outcome: 'rate_limited' });
      throw new AppError('rate_limited', 429, `Too many wrong passwords. Try again in ${wait} seconds.`, [], { retryAfter: wait });
    }
    const user = await this.users.findById(actor.id);
    if (!user || !user.active) throw new AppError('unauthenticated', 401, 'Log in first.');
    if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
      await this.byChanger.fail(key);
      this.logger.warn('password change failed', { userId: actor.id, address, outcome: 'invalid_credentials' });
      throw new AppError('invalid_credentials', 422, 'The current password is not right.', [
        { path: ['body', 'currentPassword'], message: 'This is not your current password.' },
      ]);
    }
    await this.byChanger.reset(key);
    const passwordHash = await hashPassword(input.newPassword, this.passwordCost);
    const at = this.clock.now();
    const { token, session } = this.newSession(user.id, at);
    const updated = await inTransaction(this.db, async (tx) => {
      const row = await this.users.update(tx, user.id, { passwordHash, updatedAt: at.toISOString() });
      await this.users.endSessions(tx, user.id);
      await this.sessions.insert(tx, session);
      await this.audit.append(tx, actor, at.toISOString(), {
        action: 'user.password_change',
        entityType: 'user',
        entityId: user.id,
        articleId: null,
        claimId: null,
        before: { version: user.version },
        after: { version: row.version, otherSessionsEnded: true },
      });
      return row;
    });
    this.logger.info('password changed', { userId: user.id, address, outcome: 'ok' });
    return { token, session, user: updated, organisation: await this.organisation.find() };
  }

  /**
   * Changes the actor's own interface preferences (only their own: there is no
   * user id to name), based on the version of their user row they last saw
   * (412 when it changed since, e.g. in another tab or by an admin). Returns
   * the session of `token` as it is now.
   */
  async updatePreferences(actor: Actor, token: string | undefined, expectedVersion: number, input: UpdatePreferencesInput): Promise<SessionView> {
    const at = this.clock.now().toISOString();
    await inTransaction(this.db, async (tx) => {
      const before = await this.users.getForWrite(tx, actor.id);
      if (!before || !before.active) throw new AppError('unauthenticated', 401, 'Log in first.');
      if (before.version !== expectedVersion) throw preconditionFailed('user', expectedVersion, before.version);
      const updated = await this.users.update(tx, actor.id, { ...(input.language !== undefined ? { language: input.language } : {}), updatedAt: at });
      await this.audit.append(tx, actor, at, {
        action: 'user.preferences',
        entityType: 'user',
        entityId: actor.id,
        articleId: null,
        claimId: null,
        before: { language: before.language, version: before.version },
        after: { language: updated.language, version: updated.version },
      });
    });
    const now = await this.current(token);
    if (!now) throw new AppError('unauthenticated', 401, 'Log in first.');
    return now;
  }

  /** The session of a token with what its answer shows, or null when the session is over (or never was). */
  async current(token: string | undefined): Promise<SessionView | null> {
    const found = await this.authenticate(token);
    if (!found) return null;
    return { session: found.session, user: found.user, organisation: await this.organisation.find() };
  }

  /** A new random session token (never one the client offered) and its row. */
  private newSession(userId: number, now: Date): { token: string; session: SessionRow } {
    const token = randomBytes(32).toString('base64url');
    const at = now.toISOString();
    return {
      token,
      session: { id: sessionId(token), userId, createdAt: at, lastSeenAt: at, expiresAt: new Date(now.getTime() + this.policy.absoluteMs).toISOString() },
    };
  }

  /** The actor behind a session token, or null when the session is unknown, expired or its user deactivated. */
  async authenticate(token: string | undefined): Promise<{ actor: Actor; session: SessionRow; user: UserRow } | null> {
    if (!token || token.length > 200) return null;
    const id = sessionId(token);
    const found = await this.sessions.find(id);
    if (!found) return null;
    const now = this.clock.now();
    const idleFor = now.getTime() - Date.parse(found.session.lastSeenAt);
    const expired = now.toISOString() >= found.session.expiresAt || idleFor >= this.policy.idleMs;
    if (expired || !found.user.active) {
      await inTransaction(this.db, async (tx) => await this.sessions.delete(tx, id));
      return null;
    }
    // Record activity at most once a minute, not on every request.
    if (idleFor > 60_000) await inTransaction(this.db, async (tx) => await this.sessions.touch(tx, id, now.toISOString()));
    const { user } = found;
    return { actor: { id: user.id, name: user.name, role: user.role }, session: found.session, user };
  }

  /** Ends the session of this token. */
  async logout(token: string | undefined): Promise<void> {
    if (!token) return;
    await inTransaction(this.db, async (tx) => await this.sessions.delete(tx, sessionId(token)));
  }
}
