import { useQueryClient } from '@tanstack/react-query';
import { endpointUrl, type SchemaRef } from '@sanad/shared/api/endpoint';
import { eventEndpoints } from '@sanad/shared/api/events';
import type { UserRef } from '@sanad/shared/schemas/user';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import { streamConnected, streamDisconnected } from '../../../lib/live-streams.ts';
import { articleKeys, claimKeys, commentKeys, historyKeys, queueKeys, revisionKeys, snapshotKeys, suggestionKeys } from '../../../lib/query-keys.ts';

/** The events of an article's stream, by name, with the schemas their bodies follow. */
const STREAM_EVENTS = eventEndpoints.article.reply.events;

/**
 * The body of one event of the stream, parsed by its schema (loaded with
 * zod on the first event, not with the page); null for anything else.
 */
async function parse<S extends z.ZodType>(ref: SchemaRef<S>, data: unknown): Promise<z.output<S> | null> {
  if (typeof data !== 'string') return null;
  let body: unknown;
  try {
    body = JSON.parse(data);
  } catch {
    return null;
  }
  const parsed = (await ref.load()).safeParse(body);
  return parsed.success ? parsed.data : null;
}

/**
 * Subscribes to the article's server-sent events while the view is open:
 * each `change` marks the article's queries stale so they refetch at once
 * (the claims before the article text, so highlights never use offsets of
 * another revision), and each `presence` says who has the article open.
 * Returns the viewers. The browser reconnects by itself; the stream is
 * closed on unmount.
 *
 * Changes made while the stream was down are never replayed, so everything
 * shown of the article is refetched when the browser reconnects (every
 * `open` after the first) and when the server sends `refetch` (its link to
 * the other servers was down for a while, ADR 025).
 *
 * A `snapshot` change (a cited page's snapshot started or ended) refetches
 * only the snapshots on screen, and a `suggestion` change (one dismissed)
 * only the article's suggestions. While the stream is connected it is
 * counted in `lib/live-streams.ts`, so a pending snapshot waits for the push
 * instead of polling every second.
 */
export function useArticleEvents(articleId: number): UserRef[] {
  const queryClient = useQueryClient();
  const [viewers, setViewers] = useState<UserRef[]>([]);

  useEffect(() => {
    const source = new EventSource(endpointUrl(eventEndpoints.article, { id: articleId }), { withCredentials: true });
    let open = true;
    const changed = async (message: MessageEvent) => {
      const event = await parse(STREAM_EVENTS.change, message.data);
      if (!event || !open) return;
      if (event.type === 'snapshot') {
        // Which source is not said: every snapshot on screen refetches (only those shown are active).
        void queryClient.invalidateQueries({ queryKey: snapshotKeys.all });
        return;
      }
      if (event.type === 'suggestion') {
        void queryClient.invalidateQueries({ queryKey: suggestionKeys.list(articleId) });
        return;
      }
      void (async () => {
        await queryClient.invalidateQueries({ queryKey: claimKeys.list(articleId) });
        await queryClient.invalidateQueries({ queryKey: articleKeys.detail(articleId) });
      })();
      void queryClient.invalidateQueries({ queryKey: articleKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: queueKeys.all });
      if (event.type === 'revision') void queryClient.invalidateQueries({ queryKey: revisionKeys.list(articleId) });
      if (event.claimId !== null) {
        void queryClient.invalidateQueries({ queryKey: claimKeys.detail(event.claimId) });
        void queryClient.invalidateQueries({ queryKey: commentKeys.list(event.claimId) });
        void queryClient.invalidateQueries({ queryKey: historyKeys.list(event.claimId) });
      }
    };
    const refetchAll = () => {
      void (async () => {
        await queryClient.invalidateQueries({ queryKey: claimKeys.list(articleId) });
        await queryClient.invalidateQueries({ queryKey: articleKeys.detail(articleId) });
      })();
      void queryClient.invalidateQueries({ queryKey: articleKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: queueKeys.all });
      void queryClient.invalidateQueries({ queryKey: revisionKeys.list(articleId) });
      // Which claims' threads changed is not known: every claim detail, comment list and history refetches (only those on screen are active).
      void queryClient.invalidateQueries({ queryKey: claimKeys.details() });
      void queryClient.invalidateQueries({ queryKey: commentKeys.all });
      void queryClient.invalidateQueries({ queryKey: historyKeys.all });
      void queryClient.invalidateQueries({ queryKey: snapshotKeys.all });
      void queryClient.invalidateQueries({ queryKey: suggestionKeys.list(articleId) });
    };
    const refetch = async (message: MessageEvent) => {
      const body = await parse(STREAM_EVENTS.refetch, message.data);
      if (open && body && body.articleId === articleId) refetchAll();
    };
    let opened = false;
    let connected = false;
    const disconnected = () => {
      if (connected) streamDisconnected();
      connected = false;
    };
    const onOpen = () => {
      if (opened && open) refetchAll();
      opened = true;
      if (!connected) streamConnected();
      connected = true;
    };
    // The browser reconnects by itself after an error; until it does, pending snapshots poll.
    const onError = () => disconnected();
    const present = async (message: MessageEvent) => {
      const presence = await parse(STREAM_EVENTS.presence, message.data);
      if (open && presence && presence.articleId === articleId) setViewers(presence.viewers);
    };
    const onChange = (message: MessageEvent) => void changed(message);
    const onPresence = (message: MessageEvent) => void present(message);
    source.addEventListener('change', onChange);
    source.addEventListener('presence', onPresence);
    const onRefetch = (message: MessageEvent) => void refetch(message);
    source.addEventListener('refetch', onRefetch);
    source.addEventListener('open', onOpen);
    source.addEventListener('error', onError);
    return () => {
      open = false;
      source.removeEventListener('change', onChange);
      source.removeEventListener('presence', onPresence);
      source.removeEventListener('refetch', onRefetch);
      source.removeEventListener('open', onOpen);
      source.removeEventListener('error', onError);
      source.close();
      disconnected();
    };
  }, [articleId, queryClient]);

  return viewers;
}
