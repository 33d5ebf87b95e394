import { useQueryClient } from '@tanstack/react-query';
import type { ArticleEvent, Presence } from '@sanad/shared/schemas/queue';
import type { UserRef } from '@sanad/shared/schemas/user';
import { useEffect, useState } from 'react';
import { articleKeys, claimKeys, commentKeys, historyKeys, queueKeys, revisionKeys } from '../../../lib/query-keys.ts';

function parse<T>(data: unknown): T | null {
  if (typeof data !== 'string') return null;
  try {
    return JSON.parse(data) as T;
  } catch {
    return null;
  }
}

/**
 * Subscribes to the article's server-sent events while the view is open:
 * each `change` marks the article's queries stale so they refetch at once
 * (the claims before the article text, so highlights never use offsets of
 * another revision), and each `presence` says who has the article open.
 * Returns the viewers. The browser reconnects by itself; the stream is
 * closed on unmount.
 */
export function useArticleEvents(articleId: number): UserRef[] {
  const queryClient = useQueryClient();
  const [viewers, setViewers] = useState<UserRef[]>([]);

  useEffect(() => {
    const source = new EventSource(`/api/articles/${articleId}/events`, { withCredentials: true });
    const onChange = (message: MessageEvent) => {
      const event = parse<ArticleEvent>(message.data);
      if (!event) return;
      void (async () => {
        await queryClient.invalidateQueries({ queryKey: claimKeys.list(articleId) });
        await queryClient.invalidateQueries({ queryKey: articleKeys.detail(articleId) });
      })();
      void queryClient.invalidateQueries({ queryKey: articleKeys.lists() });
      void queryClient.invalidateQueries({ queryKey: queueKeys.all });
      if (event.type === 'revision') void queryClient.invalidateQueries({ queryKey: revisionKeys.list(articleId) });
      if (event.claimId !== null) {
        void queryClient.invalidateQueries({ queryKey: commentKeys.list(event.claimId) });
        void queryClient.invalidateQueries({ queryKey: historyKeys.list(event.claimId) });
      }
    };
    const onPresence = (message: MessageEvent) => {
      const presence = parse<Presence>(message.data);
      if (presence && presence.articleId === articleId) setViewers(presence.viewers);
    };
    source.addEventListener('change', onChange);
    source.addEventListener('presence', onPresence);
    return () => {
      source.removeEventListener('change', onChange);
      source.removeEventListener('presence', onPresence);
      source.close();
    };
  }, [articleId, queryClient]);

  return viewers;
}
