import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleEvent } from '@sanad/shared/schemas/queue';
import type { UserRef } from '@sanad/shared/schemas/user';
import { EventBus, type RelayInbound, type StreamMessage } from './event-bus.ts';

/**
 * An in-memory stand-in for NOTIFY: every payload reaches every connected bus,
 * the sender included, after the current task (as a notification would).
 */
function relayHub() {
  const inbound = new Map<string, RelayInbound>();
  const sent: string[] = [];
  return {
    sent,
    /** The relay for the bus `id`. */
    relay(id: string) {
      return (handlers: RelayInbound) => {
        inbound.set(id, handlers);
        return {
          send: async (payload: string) => {
            sent.push(payload);
            await Promise.resolve();
            for (const target of inbound.values()) target.message(payload);
          },
          close: async () => {
            inbound.delete(id);
          },
        };
      };
    },
    /** Tells the bus `id` it listens (again). */
    listening(id: string, again: boolean) {
      inbound.get(id)?.listening(again);
    },
    /** Tells the bus `id` its listening connection was lost (and stops delivering to it). */
    lose(id: string) {
      const handlers = inbound.get(id);
      inbound.delete(id);
      handlers?.problem(new Error('terminated'));
      return handlers;
    },
    /** Stops delivering to the bus `id`, as a dead server's connection would. */
    cut(id: string) {
      inbound.delete(id);
    },
  };
}

const alice: UserRef = { id: 1, name: 'Alice', role: 'editor' };
const badr: UserRef = { id: 2, name: 'بدر', role: 'reviewer' };

function change(articleId: number, claimId: number): ArticleEvent {
  return { type: 'claim', articleId, claimId, change: 'created', actor: alice, at: '2026-01-01T00:00:00.000Z' };
}

/** Collects what an article's subscribers receive. */
function listen(bus: EventBus, articleId: number): StreamMessage[] {
  const received: StreamMessage[] = [];
  bus.subscribe(articleId, (message) => received.push(message));
  return received;
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe(EventBus.name, () => {
  it('delivers in-process without a relay', () => {
    const bus = new EventBus();
    const received = listen(bus, 7);
    bus.join(7, 'c1', alice);
    bus.publish(change(7, 1));
    bus.publish(change(8, 2));
    expect(received).toEqual([
      { name: 'presence', data: { articleId: 7, viewers: [alice] } },
      { name: 'change', data: change(7, 1) },
    ]);
  });

  describe('with a relay', () => {
    let buses: EventBus[];
    beforeEach(() => {
      buses = [];
    });
    afterEach(async () => {
      vi.useRealTimers();
      await Promise.all(buses.map((bus) => bus.close()));
    });

    function twoServers(hub = relayHub(), heartbeatMs = 1000) {
      const a = new EventBus({ serverId: 'A', relay: hub.relay('A'), heartbeatMs });
      const b = new EventBus({ serverId: 'B', relay: hub.relay('B'), heartbeatMs });
      buses.push(a, b);
      hub.listening('A', false);
      hub.listening('B', false);
      return { a, b, hub };
    }

    it('delivers a change to the subscribers of both servers exactly once', async () => {
      const { a, b } = twoServers();
      const onA = listen(a, 7);
      const onB = listen(b, 7);
      a.publish(change(7, 1));
      await settle();
      expect(onA).toEqual([{ name: 'change', data: change(7, 1) }]);
      expect(onB).toEqual([{ name: 'change', data: change(7, 1) }]);
    });

    it('shows the viewers of every server, and forgets those who leave', async () => {
      const { a, b } = twoServers();
      const onB = listen(b, 7);
      a.join(7, 'c1', alice);
      b.join(7, 'c2', badr);
      await settle();
      expect(b.presence(7).viewers).toEqual([badr, alice]);
      expect(a.presence(7).viewers).toEqual([alice, badr]);
      a.leave(7, 'c1');
      await settle();
      expect(b.presence(7).viewers).toEqual([badr]);
      expect(onB.at(-1)).toEqual({ name: 'presence', data: { articleId: 7, viewers: [badr] } });
    });

    it('tells a server that starts later who is viewing (hello)', async () => {
      const hub = relayHub();
      const a = new EventBus({ serverId: 'A', relay: hub.relay('A') });
      buses.push(a);
      hub.listening('A', false);
      a.join(7, 'c1', alice);
      await settle();
      const b = new EventBus({ serverId: 'B', relay: hub.relay('B') });
      buses.push(b);
      hub.listening('B', false);
      await settle();
      await settle();
      expect(b.presence(7).viewers).toEqual([alice]);
    });

    it('forgets the viewers of a server not heard for three heartbeats, and at once of one that says bye', async () => {
      vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
      const { a, b, hub } = twoServers(relayHub(), 1000);
      const onB = listen(b, 7);
      a.join(7, 'c1', alice);
      await settle();
      expect(b.presence(7).viewers).toEqual([alice]);
      vi.advanceTimersByTime(2500);
      await settle();
      expect(b.presence(7).viewers).toEqual([alice]);
      hub.cut('A');
      // A's heartbeats still go out, but nobody hears A's server any more: as if it died.
      const c = new EventBus({ serverId: 'C', relay: hub.relay('C'), heartbeatMs: 1000 });
      buses.push(c);
      await a.close();
      buses.splice(buses.indexOf(a), 1);
      vi.advanceTimersByTime(3500);
      await settle();
      expect(b.presence(7).viewers).toEqual([]);
      expect(onB.at(-1)).toEqual({ name: 'presence', data: { articleId: 7, viewers: [] } });

      b.join(9, 'c3', badr);
      await settle();
      expect(c.presence(9).viewers).toEqual([badr]);
      await b.close();
      buses.splice(buses.indexOf(b), 1);
      await settle();
      expect(c.presence(9).viewers).toEqual([]);
    });

    it('forgets nobody while its own listening connection is down: the silence is its own', async () => {
      vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
      const { a, b, hub } = twoServers(relayHub(), 1000);
      a.join(7, 'c1', alice);
      await settle();
      hub.lose('B');
      vi.advanceTimersByTime(5000);
      await settle();
      expect(b.presence(7).viewers).toEqual([alice]);
    });

    it('tells every open stream to refetch after the relay reconnects, and exchanges presence again', async () => {
      const { a, b, hub } = twoServers();
      const onB7 = listen(b, 7);
      const onB8 = listen(b, 8);
      a.join(7, 'c1', alice);
      await settle();
      hub.listening('B', true);
      await settle();
      await settle();
      expect(onB7.filter((message) => message.name === 'refetch')).toEqual([{ name: 'refetch', data: { articleId: 7, reason: 'reconnected' } }]);
      expect(onB8).toEqual([{ name: 'refetch', data: { articleId: 8, reason: 'reconnected' } }]);
      expect(b.presence(7).viewers).toEqual([alice]);
      a.publish(change(7, 3));
      await settle();
      expect(onB7.at(-1)).toEqual({ name: 'change', data: change(7, 3) });
    });

    it('sends a refetch instead of a change over the payload limit, and as many viewers as fit', async () => {
      const hub = relayHub();
      const a = new EventBus({ serverId: 'A', relay: hub.relay('A'), payloadLimit: 120 });
      const b = new EventBus({ serverId: 'B', relay: hub.relay('B') });
      buses.push(a, b);
      const onB = listen(b, 7);
      a.publish({ ...change(7, 1), actor: { ...alice, name: 'A'.repeat(120) } });
      a.join(7, 'c1', alice);
      a.join(7, 'c2', badr);
      await settle();
      expect(onB[0]).toEqual({ name: 'refetch', data: { articleId: 7, reason: 'missed' } });
      expect(hub.sent.every((payload) => Buffer.byteLength(payload) <= 120)).toBe(true);
      expect(b.presence(7).viewers.length).toBeGreaterThan(0);
      expect(b.presence(7).viewers.length).toBeLessThan(2);
    });
  });
});
