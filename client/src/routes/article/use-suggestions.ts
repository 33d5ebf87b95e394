import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ClaimSummary } from '@sanad/shared/claim-index';
import type { Article } from '@sanad/shared/schemas/article';
import type { Suggestion } from '@sanad/shared/schemas/suggestion';
import { useCallback, useMemo, useState } from 'react';
import { useLocation } from 'react-router';
import { useCreateClaim } from '../../features/claims/api/create-claim.ts';
import { useDismissSuggestion } from '../../features/suggestions/api/dismiss-suggestion.ts';
import { suggestionsQueryOptions } from '../../features/suggestions/api/get-suggestions.ts';
import type { OpenSuggestion } from '../../features/suggestions/components/suggestion-popover.tsx';
import { useSuggestionHighlights } from '../../features/suggestions/hooks/use-suggestion-highlights.ts';
import { useT } from '../../i18n/use-t.ts';
import { spanOf } from '../../lib/claim-anchor.ts';
import { revealRange } from '../../lib/highlights.ts';
import { suggestionKeys } from '../../lib/query-keys.ts';
import { paragraphNodes, rangeOfOffsets } from '../../lib/text-offsets.ts';
import { useToast } from '../../lib/toast.tsx';

const NONE: Suggestion[] = [];

interface SuggestionOptions {
  article: Article;
  claims: readonly ClaimSummary[];
  /** The current text's container while it is shown, else null. */
  textContainer: HTMLElement | null;
  /** Opens a claim's panel: the one a suggestion just became. */
  openClaimById: (id: number) => void;
}

/**
 * Check-worthiness suggestions on the article page (ADR 032): the switch (on
 * when the article was just added), the list fetched for the current
 * revision, minus sentences a claim now covers, painted with a dotted
 * underline; the open one's popover; accepting (a claim with the sentence's
 * span, opened after) and dismissing.
 */
export function useSuggestions({ article, claims, textContainer, openClaimById }: SuggestionOptions) {
  const location = useLocation();
  const [on, setOn] = useState(() => (location.state as { suggest?: unknown } | null)?.suggest === true);
  const [open, setOpen] = useState<OpenSuggestion | null>(null);
  const query = useQuery({ ...suggestionsQueryOptions(article.id, article.revision), enabled: on });
  const queryClient = useQueryClient();
  const create = useCreateClaim(article.id);
  const dismiss = useDismissSuggestion(article.id);
  const toast = useToast();
  const t = useT();

  const list = query.data?.revision === article.revision ? query.data.suggestions : NONE;
  // A claim marked since the list came (by anyone) hides its sentence at once.
  const suggestions = useMemo(() => {
    const spans = claims.flatMap((claim) => spanOf(claim) ?? []);
    return list.filter((s) => !spans.some((span) => span.start < s.end && s.start < span.end));
  }, [list, claims]);

  useSuggestionHighlights(textContainer, article.text, on ? suggestions : NONE, open?.suggestion ?? null, on);

  const openSuggestion = useCallback(
    (suggestion: Suggestion, at?: { x: number; y: number }) => {
      if (!textContainer) return;
      const range = rangeOfOffsets(paragraphNodes(textContainer), suggestion.start, suggestion.end);
      if (!at) revealRange(range ?? undefined, { smooth: false });
      const first = range?.getClientRects()[0];
      const rect = at ? new DOMRect(at.x, at.y, 1, 1) : first ? DOMRect.fromRect(first) : new DOMRect(0, 0, 1, 1);
      setOpen({ suggestion, rect });
    },
    [textContainer],
  );

  /** The suggestion at a text offset (for a click in the text that hit no claim), opened at the click point. */
  const openAt = useCallback(
    (offset: number, x: number, y: number) => {
      if (!on) return;
      const hit = suggestions.find((s) => s.start <= offset && offset < s.end);
      if (hit) openSuggestion(hit, { x, y });
    },
    [on, suggestions, openSuggestion],
  );

  const accept = useCallback(
    (suggestion: Suggestion) => {
      create.mutate(
        { start: suggestion.start, end: suggestion.end, quote: suggestion.quote },
        {
          onSuccess: (claim) => {
            setOpen(null);
            toast.show(t('suggestions.accepted'), 'success');
            void queryClient.invalidateQueries({ queryKey: suggestionKeys.list(article.id) });
            openClaimById(claim.id);
          },
        },
      );
    },
    [create, toast, t, queryClient, article.id, openClaimById],
  );

  const dismissOne = useCallback(
    (suggestion: Suggestion) => {
      dismiss.mutate(
        { start: suggestion.start, end: suggestion.end, quote: suggestion.quote },
        {
          onSuccess: () => {
            setOpen(null);
            toast.show(t('suggestions.dismissed'), 'success');
          },
        },
      );
    },
    [dismiss, toast, t],
  );

  return {
    on,
    setOn: (value: boolean) => {
      setOn(value);
      if (!value) setOpen(null);
    },
    suggestions,
    loading: on && query.isPending,
    failed: query.isError,
    open,
    openSuggestion,
    openAt,
    close: () => setOpen(null),
    accept,
    dismiss: dismissOne,
    busy: create.isPending || dismiss.isPending,
  };
}
