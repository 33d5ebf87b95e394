import { useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import type { ClaimSummary } from '@sanad/shared/claim-index';
import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState } from 'react';
import { RegionBoundary } from '../../components/error-boundary.tsx';
import { articleQueryOptions } from '../../features/articles/api/get-article.ts';
import { articleClaimsQueryOptions } from './article-claims-query.ts';
import { MarkClaimButton } from '../../features/claims/components/mark-claim-button.tsx';
import { SuggestionsToggle } from '../../features/suggestions/components/suggestions-toggle.tsx';
import { useClaimHighlights } from '../../features/claims/hooks/use-claim-highlights.ts';
import { useTextSelection } from '../../features/claims/hooks/use-text-selection.ts';
import { usePassageFlash } from '../../features/find-in-article/hooks/use-passage-flash.ts';
import { useArticleEvents } from '../../features/live/hooks/use-article-events.ts';
import { useT } from '../../i18n/use-t.ts';
import { revealRange } from '../../lib/highlights.ts';
import { useStickyFit } from '../../lib/use-sticky-fit.ts';
import { ArticleBody } from './article-body.tsx';
import { ArticleHeader } from './article-header.tsx';
import { ClaimsPanel } from './claims-panel.tsx';
import { useArticleView } from './use-article-view.ts';
import { useMarking } from './use-marking.ts';
import { useSuggestions } from './use-suggestions.ts';
import { useTextClick } from './use-text-click.ts';
import { useWorkspaceShortcuts } from './use-workspace-shortcuts.ts';

// Loaded on first use: an article opens and reads without it.
const OverlapChooser = lazy(() => import('../../features/claims/components/overlap-chooser.tsx').then((module) => ({ default: module.OverlapChooser })));
const SuggestionPopover = lazy(() =>
  import('../../features/suggestions/components/suggestion-popover.tsx').then((module) => ({ default: module.SuggestionPopover })),
);

/** The claims while they load. */
const NO_CLAIMS: ClaimSummary[] = [];

/**
 * One article's workspace: its header and tools, the text (or an earlier
 * revision, a diff, the editor) and the claims beside it. The pieces live
 * beside this file; this one wires them together.
 */
export function ArticleWorkspace({ articleId }: { articleId: number }) {
  const { data: article } = useSuspenseQuery(articleQueryOptions(articleId));
  const t = useT();
  // The claims do not hold up the text: a long article's text is laid out while its (larger) claim list is still on the
  // way, and the highlights and the list follow when it arrives (ADR 012). Until then there are no claims to paint or list.
  const queryClient = useQueryClient();
  const claimsQuery = useQuery(articleClaimsQueryOptions(queryClient, articleId));
  const claims = claimsQuery.data?.claims ?? NO_CLAIMS;
  const view = useArticleView(article, claims);
  const { prepareClaim } = view;
  const prepareFromEntry = useCallback(
    (target: EventTarget) => {
      const entry = target instanceof Element ? target.closest<HTMLElement>('[data-claim-entry]') : null;
      const id = Number(entry?.dataset.claimEntry);
      if (Number.isSafeInteger(id) && id > 0) prepareClaim(id);
    },
    [prepareClaim],
  );
  const { openClaim, showText, setEditing } = view;
  const [showHighlights, setShowHighlights] = useState(true);
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const helpId = useId();
  const aside = useRef<HTMLElement>(null);
  useStickyFit(aside);
  const viewers = useArticleEvents(articleId);
  const textContainer = view.view.kind === 'current' ? container : null;
  const selection = useTextSelection(textContainer, article.text);

  const showCurrentText = useCallback(() => {
    setEditing(false);
    showText({});
  }, [setEditing, showText]);
  const marking = useMarking({ articleId, text: article.text, claims, textContainer, container, selection, openClaimById: view.openClaimById, showCurrentText });
  const ranges = useClaimHighlights(textContainer, article.text, claims, {
    enabled: showHighlights,
    activeId: openClaim?.id ?? view.cursorId,
    pending: marking.pendingSpan,
  });
  usePassageFlash(textContainer, article.text, view.flashAt, view.flashLength);
  const suggestions = useSuggestions({ article, claims, textContainer, openClaimById: view.openClaimById });

  // Also when the text container arrives: a claim opened from a link can be known (its index came with the page,
  // preloaded) before the text is in the DOM.
  useEffect(() => {
    if (!openClaim || !textContainer) return;
    revealRange(ranges.span(openClaim.id) ?? ranges.suggestion(openClaim.id) ?? undefined);
  }, [openClaim, ranges, textContainer]);

  useWorkspaceShortcuts({ claims, ...view, view: view.view, selection, ...marking });
  const onTextClick = useTextClick({
    container,
    claims,
    ranges,
    reattaching: marking.reattachId !== null,
    openClaimById: view.openClaimById,
    setOverlap: view.setOverlap,
    onNoClaim: suggestions.openAt,
  });
  const onContainer = useCallback((element: HTMLDivElement | null) => setContainer(element), []);
  const startEditing = () => {
    showText({});
    marking.cancelReattach();
    view.setSaveSummary(null);
    setEditing(true);
  };

  return (
    <div className="workspace">
      <main id="main" className="workspace__main">
        <ArticleHeader
          article={article}
          claimCount={claimsQuery.data === undefined ? null : claims.length}
          showHighlights={showHighlights}
          onShowHighlights={setShowHighlights}
          helpId={helpId}
          textContainer={textContainer}
          current={view.view.kind === 'current'}
          editing={view.editing}
          showText={showText}
          onEdit={startEditing}
          viewers={viewers}
          suggestions={
            <SuggestionsToggle
              on={suggestions.on}
              onChange={suggestions.setOn}
              suggestions={suggestions.loading ? undefined : suggestions.suggestions}
              loading={suggestions.loading}
              failed={suggestions.failed}
              onOpen={(suggestion) => suggestions.openSuggestion(suggestion)}
              language={article.language}
              direction={article.direction}
            />
          }
        />
        <RegionBoundary region={t('workspace.regionText')}>
          <ArticleBody
            article={article}
            view={view.view}
            showText={showText}
            onSaved={view.onSaved}
            onCancelEdit={() => setEditing(false)}
            saveSummary={view.saveSummary}
            onDismissSummary={() => view.setSaveSummary(null)}
            reattachClaim={marking.reattachClaim}
            onCancelReattach={marking.cancelReattach}
            onContainer={onContainer}
            helpId={helpId}
            onTextClick={onTextClick}
          />
        </RegionBoundary>
        {selection && !marking.marking ? (
          <MarkClaimButton selection={selection} onMark={marking.mark} pending={marking.marking} reattach={marking.reattachClaim !== undefined} />
        ) : null}
        {suggestions.open ? (
          <Suspense fallback={null}>
            <SuggestionPopover
              open={suggestions.open}
              language={article.language}
              direction={article.direction}
              busy={suggestions.busy}
              onAccept={suggestions.accept}
              onDismiss={suggestions.dismiss}
              onClose={suggestions.close}
            />
          </Suspense>
        ) : null}
        {view.overlap ? (
          <Suspense fallback={null}>
            <OverlapChooser
              choice={view.overlap}
              language={article.language}
              direction={article.direction}
              onChoose={view.openClaimById}
              onClose={() => view.setOverlap(null)}
            />
          </Suspense>
        ) : null}
      </main>
      {/* A claim's detail and the panel's code are asked for as the button goes down on an entry, before the click. */}
      <aside ref={aside} className="workspace__aside" aria-label={t('workspace.claimsLabel')} onPointerDown={(event) => prepareFromEntry(event.target)}>
        <RegionBoundary region={t('workspace.regionClaims')}>
          <ClaimsPanel
            article={article}
            claims={claimsQuery.data === undefined ? undefined : claims}
            error={claimsQuery.isError ? claimsQuery.error : null}
            openClaim={openClaim}
            cursorId={view.cursorId}
            onCursor={view.setCursorId}
            onOpen={view.openClaimById}
            onClose={view.closePanel}
            onReattach={marking.startReattach}
            returnFocusId={view.returnFocusId}
          />
        </RegionBoundary>
      </aside>
    </div>
  );
}
