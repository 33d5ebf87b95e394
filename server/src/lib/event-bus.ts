import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import type { ArticleEvent, ArticleRefetch, Presence } from '@sanad/shared/schemas/queue';
import type { UserRef } from '@sanad/shared/schemas/user';
import type { Logger } from './logger.ts';

/** One message of an article's stream: a change, who is viewing now, or "refetch everything". */
export type StreamMessage = { name: 'change'; data: ArticleEvent } | { name: 'presence'; data: Presence } | { name: 'refetch'; data: ArticleRefetch };

/** What a relay tells the bus: what other servers sent, and the state of its listening connection. */
export interface RelayInbound {
  /** A payload sent by any server (this one included). */
  message(payload: string): void;
  /** Listening (again, when `again`): anything sent while not listening was lost. */
  listening(again: boolean): void;
  /** The relay stopped listening (it reconnects by itself): logged, and nothing heard is missed until `listening` again. */
  problem(error: Error): void;
}

/** How the bus reaches the other servers: sends to all of them (itself included); `close` stops it. */
export interface RelayTransport {
  send(payload: string): Promise<void>;
  close(): Promise<void>;
  /** The database process id of the listening connection, null while reconnecting (diagnostics and tests). */
  listenerPid?(): number | null;
}

/** Opens the relay, wired to the bus's inbound handlers (PostgreSQL: `openNotifyChannel`). */
export type RelayFactory = (inbound: RelayInbound) => RelayTransport;

/**
 * What servers tell each other, as JSON on the relay. A change carries the
 * whole `ArticleEvent` (ids, type, the actor's id, name of at most 120
 * characters and role, a time: well under 1 kB), not only ids, so no server
 * needs a database read to forward it. Should one not fit the payload limit
 * all the same, a `refetch` of its article is sent instead. Presence is
 * state, not deltas: a server sends the full list of its viewers of one
 * article on every join and leave, so a lost message heals with the next one.
 */
export type RelayMessage =
  | { kind: 'change'; from: string; event: ArticleEvent }
  | { kind: 'refetch'; from: string; articleId: number }
  | { kind: 'presence'; from: string; articleId: number; viewers: UserRef[] }
  | { kind: 'alive'; from: string }
  | { kind: 'hello'; from: string }
  | { kind: 'bye'; from: string };

/** How the bus relays between servers. */
export interface EventBusOptions {
  /** The relay to the other servers; without it the bus is in-process only (one server, SQLite). */
  relay?: RelayFactory;
  /** This server's id on the relay (random by default). */
  serverId?: string;
  /** How often this server says it is alive; a server not heard for three of these loses its viewers. */
  heartbeatMs?: number;
  /** Largest payload the relay carries, in bytes (PostgreSQL NOTIFY: 7999). */
  payloadLimit?: number;
  logger?: Logger;
}

/** Ten seconds: a dead server's viewers disappear within 30 s. */
export const DEFAULT_HEARTBEAT_MS = 10_000;

/** Another server as this one last heard it. */
interface RemoteServer {
  heardAt: number;
  /** Its viewers, by article. */
  articles: Map<number, UserRef[]>;
}

/**
 * Publish/subscribe of changes per article, feeding the server-sent event
 * streams, and who views each article. Services publish after their
 * transaction commits, so a listener never hears of a change that was rolled
 * back.
 *
 * Without a relay (SQLite, one server) everything stays in this process. With
 * one (PostgreSQL, several servers: ADR 025) a change is delivered to this
 * server's streams at once and sent to the others; what arrives from the
 * relay is delivered to this server's streams once, and this server's own
 * messages coming back are ignored, so nothing is delivered twice. Presence
 * is the union of this server's viewers and what the others last said; a
 * server not heard from for three heartbeats is forgotten. After the relay
 * reconnects, every open stream is told to refetch (what was sent meanwhile
 * is lost) and the servers exchange their presence again.
 */
export class EventBus {
  private readonly emitter = new EventEmitter();
  private readonly viewers = new Map<number, Map<string, UserRef>>();
  private readonly remote = new Map<string, RemoteServer>();
  private readonly serverId: string;
  private readonly heartbeatMs: number;
  private readonly payloadLimit: number;
  private readonly logger: Logger | undefined;
  private readonly relay: RelayTransport | null;
  private readonly heartbeat: NodeJS.Timeout | null = null;
  private listening = false;

  constructor(options: EventBusOptions = {}) {
    this.emitter.setMaxListeners(0);
    this.serverId = options.serverId ?? randomUUID();
    this.heartbeatMs = options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS;
    this.payloadLimit = options.payloadLimit ?? 7999;
    this.logger = options.logger;
    this.relay = options.relay
      ? options.relay({
          message: (payload) => this.receive(payload),
          listening: (again) => this.relayListening(again),
          problem: (error) => {
            this.listening = false;
            this.logger?.warn('event relay: listening connection lost, reconnecting', { error: error.message });
          },
        })
      : null;
    if (this.relay) {
      this.heartbeat = setInterval(() => this.beat(), this.heartbeatMs);
      this.heartbeat.unref();
    }
  }

  /** Tells every open view of the article, on every server, about a change. */
  publish(event: ArticleEvent): void {
    this.emit(event.articleId, { name: 'change', data: event });
    if (!this.send({ kind: 'change', from: this.serverId, event })) this.send({ kind: 'refetch', from: this.serverId, articleId: event.articleId });
  }

  /** Listens to one article's stream messages; returns the unsubscribe function. */
  subscribe(articleId: number, listener: (message: StreamMessage) => void): () => void {
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
    this.sendPresence(articleId);
  }

  /** Records that a connection closed. */
  leave(articleId: number, connectionId: string): void {
    const map = this.viewers.get(articleId);
    if (!map) return;
    map.delete(connectionId);
    if (map.size === 0) this.viewers.delete(articleId);
    this.announce(articleId);
    this.sendPresence(articleId);
  }

  /** The distinct users viewing an article, on this server and (with a relay) the others. */
  presence(articleId: number): Presence {
    const unique = new Map<number, UserRef>();
    for (const user of this.viewers.get(articleId)?.values() ?? []) unique.set(user.id, user);
    for (const server of this.remote.values()) for (const user of server.articles.get(articleId) ?? []) if (!unique.has(user.id)) unique.set(user.id, user);
    return { articleId, viewers: [...unique.values()] };
  }

  /** The relay's listening connection's process id (PostgreSQL), null without a relay or while it reconnects: for tests and diagnostics. */
  listenerPid(): number | null {
    return this.relay?.listenerPid?.() ?? null;
  }

  /** Stops relaying: tells the other servers this one is gone (its viewers go at once) and closes the relay. */
  async close(): Promise<void> {
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (!this.relay) return;
    await this.relay.send(JSON.stringify({ kind: 'bye', from: this.serverId } satisfies RelayMessage)).catch(() => {});
    await this.relay.close();
  }

  /** Handles one payload from the relay. */
  private receive(payload: string): void {
    let message: RelayMessage;
    try {
      message = JSON.parse(payload) as RelayMessage;
    } catch {
      this.logger?.warn('event relay: unreadable payload', { bytes: payload.length });
      return;
    }
    if (message.from === this.serverId) return;
    if (message.kind === 'bye') {
      this.forget(message.from);
      return;
    }
    const server = this.remote.get(message.from) ?? { heardAt: 0, articles: new Map<number, UserRef[]>() };
    server.heardAt = Date.now();
    this.remote.set(message.from, server);
    switch (message.kind) {
      case 'change':
        this.emit(message.event.articleId, { name: 'change', data: message.event });
        break;
      case 'refetch':
        this.emit(message.articleId, { name: 'refetch', data: { articleId: message.articleId, reason: 'missed' } });
        break;
      case 'presence':
        if (message.viewers.length > 0) server.articles.set(message.articleId, message.viewers);
        else server.articles.delete(message.articleId);
        this.announce(message.articleId);
        break;
      case 'hello':
        for (const articleId of this.viewers.keys()) this.sendPresence(articleId);
        break;
      case 'alive':
        break;
    }
  }

  /**
   * The relay listens (again). Everyone re-sends presence on `hello`; after a
   * reconnect, each open stream is told to refetch, since changes sent while
   * the connection was down never arrive.
   */
  private relayListening(again: boolean): void {
    this.listening = true;
    this.send({ kind: 'hello', from: this.serverId });
    if (!again) return;
    this.logger?.info('event relay reconnected: open streams refetch');
    for (const articleId of this.viewers.keys()) this.sendPresence(articleId);
    for (const name of this.emitter.eventNames()) {
      const articleId = Number(String(name).slice('article:'.length));
      this.emit(articleId, { name: 'refetch', data: { articleId, reason: 'reconnected' } });
    }
  }

  /** Says this server is alive, and forgets servers not heard for three heartbeats (only while listening: else the silence is ours). */
  private beat(): void {
    this.send({ kind: 'alive', from: this.serverId });
    if (!this.listening) return;
    const before = Date.now() - 3 * this.heartbeatMs;
    for (const [id, server] of this.remote) if (server.heardAt < before) this.forget(id);
  }

  /** Drops a server's viewers and announces the articles they viewed. */
  private forget(serverId: string): void {
    const server = this.remote.get(serverId);
    if (!server) return;
    this.remote.delete(serverId);
    for (const articleId of server.articles.keys()) this.announce(articleId);
  }

  /** Sends this server's viewers of the article; if the list is over the payload limit, as many as fit. */
  private sendPresence(articleId: number): void {
    if (!this.relay) return;
    const unique = new Map<number, UserRef>();
    for (const user of this.viewers.get(articleId)?.values() ?? []) unique.set(user.id, user);
    const viewers = [...unique.values()];
    while (!this.send({ kind: 'presence', from: this.serverId, articleId, viewers })) viewers.pop();
  }

  /** Sends a message on the relay; false (nothing sent) when it is over the payload limit. */
  private send(message: RelayMessage): boolean {
    if (!this.relay) return true;
    const payload = JSON.stringify(message);
    if (Buffer.byteLength(payload) > this.payloadLimit) return false;
    this.relay.send(payload).catch((error: unknown) => {
      this.logger?.warn('event relay: send failed', { kind: message.kind, error: error instanceof Error ? error.message : String(error) });
    });
    return true;
  }

  private announce(articleId: number): void {
    this.emit(articleId, { name: 'presence', data: this.presence(articleId) });
  }

  private emit(articleId: number, message: StreamMessage): void {
    this.emitter.emit(`article:${articleId}`, message);
  }
}
