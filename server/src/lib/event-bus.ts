import { EventEmitter } from 'node:events';
import type { ArticleEvent, Presence } from '@sanad/shared/schemas/queue';
import type { UserRef } from '@sanad/shared/schemas/user';

/**
 * In-process publish/subscribe of changes per article, feeding the
 * server-sent event streams. Services publish after their transaction commits,
 * so a listener never hears of a change that was rolled back.
 */
export class EventBus {
  private readonly emitter = new EventEmitter();
  private readonly viewers = new Map<number, Map<string, UserRef>>();

  constructor() {
    this.emitter.setMaxListeners(0);
  }

  /** Tells every open view of the article about a change. */
  publish(event: ArticleEvent): void {
    this.emitter.emit(`article:${event.articleId}`, { name: 'change', data: event });
  }

  /** Listens to one article's changes and presence; returns the unsubscribe function. */
  subscribe(articleId: number, listener: (message: { name: 'change' | 'presence'; data: ArticleEvent | Presence }) => void): () => void {
    const key = `article:${articleId}`;
    this.emitter.on(key, listener);
    return () => this.emitter.off(key, listener);
  }

  /** Records that a connection views the article and announces who is there. */
  join(articleId: number, connectionId: string, user: UserRef): void {
    const map = this.viewers.get(articleId) ?? new Map<string, UserRef>();
    map.set(connectionId, user);
    this.viewers.set(articleId, map);
    this.announce(articleId);
  }

  /** Records that a connection closed. */
  leave(articleId: number, connectionId: string): void {
    const map = this.viewers.get(articleId);
    if (!map) return;
    map.delete(connectionId);
    if (map.size === 0) this.viewers.delete(articleId);
    this.announce(articleId);
  }

  /** The distinct users viewing an article. */
  presence(articleId: number): Presence {
    const unique = new Map<number, UserRef>();
    for (const user of this.viewers.get(articleId)?.values() ?? []) unique.set(user.id, user);
    return { articleId, viewers: [...unique.values()] };
  }

  private announce(articleId: number): void {
    this.emitter.emit(`article:${articleId}`, { name: 'presence', data: this.presence(articleId) });
  }
}
