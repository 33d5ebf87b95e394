import { type Action, type Role, can } from '@sanad/shared/permissions';
import type { UserRef } from '@sanad/shared/schemas/user';
import { AppError } from './app-error.ts';

/** Who is acting: the logged-in user, as every service receives them. */
export interface Actor {
  id: number;
  name: string;
  role: Role;
}

/** Refuses (403) an action the actor's role does not allow, per the shared permission table. */
export function assertCan(actor: Actor, action: Action): void {
  if (!can(actor.role, action)) {
    throw new AppError('forbidden', 403, `Your role (${actor.role}) may not do this (${action}).`);
  }
}

/** The actor as shown beside their work. */
export function actorRef(actor: Actor): UserRef {
  return { id: actor.id, name: actor.name, role: actor.role };
}
