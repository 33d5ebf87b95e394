import { useQuery, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import type { Article } from '@sanad/shared/schemas/article';
import type { Claim } from '@sanad/shared/schemas/claim';
import type { ReplaceTextResult } from '@sanad/shared/schemas/revision';
import type { Direction } from '@sanad/shared/text/language';
import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useState, type MouseEvent, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { RegionBoundary } from '../components/error-boundary.tsx';
import { Loading } from '../components/page-loading.tsx';
import { articleQueryOptions } from '../features/articles/api/get-article.ts';
import { ArticleMeta } from '../components/article-meta.tsx';
import { ArticleText } from '../features/articles/components/article-text.tsx';
import { useCreateClaim } from '../features/claims/api/create-claim.ts';
import { claimsQueryOptions } from '../features/claims/api/get-claims.ts';
import { useMoveClaim } from '../features/claims/api/update-claim.ts';
import { ClaimList, focusClaimEntry } from '../features/claims/components/claim-list.tsx';
import { MarkClaimButton } from '../features/claims/components/mark-claim-button.tsx';
import type { OverlapChoice } from '../features/claims/components/overlap-chooser.tsx';
import { ReattachBanner } from '../features/claims/components/reattach-banner.tsx';
import { useClaimHighlights } from '../features/claims/hooks/use-claim-highlights.ts';
import { selectionIn, useTextSelection } from '../features/claims/hooks/use-text-selection.ts';
import { FindBar } from '../features/find-in-article/components/find-bar.tsx';
import { usePassageFlash } from '../features/find-in-article/hooks/use-passage-flash.ts';
import { revisionQueryOptions } from '../features/revisions/api/get-revision.ts';
import { RevisionBanner } from '../features/revisions/components/revision-banner.tsx';
import { AlsoViewing } from '../features/live/components/also-viewing.tsx';
import { useArticleEvents } from '../features/live/hooks/use-article-events.ts';
import { ArticleAssignees } from '../features/users/components/article-assignees.tsx';
import { spanOf } from '../lib/claim-anchor.ts';
import { revealRange, supportsHighlights } from '../lib/highlights.ts';
import { describeReanchor } from '../lib/reanchor-summary.ts';
import { offsetAtPoint, rangeContainsPoint } from '../lib/text-offsets.ts';
import { useCan, useCurrentUser } from '../lib/session.ts';
import { useToast } from '../lib/toast.tsx';
import { hasCommandModifier, isTypingTarget } from '../lib/typing-target.ts';

// Loaded on first use: an article opens and reads without them.
const ArticleClaimDetails = lazy(() => import('./article-claim-details.tsx').then((module) => ({ default: module.ArticleClaimDetails })));
const ArticleEditor = lazy(() => import('../features/articles/components/article-editor.tsx').then((module) => ({ default: module.ArticleEditor })));
const RevisionDiffView = lazy(() =>
  import('../features/revisions/components/revision-diff-view.tsx').then((module) => ({ default: module.RevisionDiffView })),
);
const RevisionHistoryDialog = lazy(() =>
  import('../features/revisions/components/revision-history-dialog.tsx').then((module) => ({ default: module.RevisionHistoryDialog })),
);
const ArticleDetailsDialog = lazy(() =>
  import('../features/articles/components/article-details-dialog.tsx').then((module) => ({ default: module.ArticleDetailsDialog })),
);
const OverlapChooser = lazy(() => import('../features/claims/components/overlap-chooser.tsx').then((module) => ({ default: module.OverlapChooser })));

/**
 * TEST-ONLY switch of the benchmark (bench/client.ts): `?peer=marks` paints the claims with wrapping
 * `<mark>` elements instead of the CSS Custom Highlight API, the peer the open-article timing is
 * compared with. Its code is a chunk of its own, fetched only when the switch is on.
 */
const MARKS_PEER_PARAM = 'peer';
const loadMarksPeer = () => import('./article-marks-peer.tsx');
const ArticleMarksPeer = lazy(() => loadMarksPeer().then((module) => ({ default: module.ArticleMarksPeer })));

/**
 * The article route's loader: starts fetching the article and its claims as soon as the route
 * matches (in parallel with the session check and the rating scale, see app.tsx), so the workspace
 * finds them in flight or done when it renders. Returns nothing and never waits.
 */
export function prefetchArticleRoute(queryClient: QueryClient, idParam: string | undefined, url: URL): null {
  const id = Number(idParam);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  void queryClient.prefetchQuery(articleQueryOptions(id));
  void queryClient.prefetchQuery(claimsQueryOptions(id));
  if (url.searchParams.get(MARKS_PEER_PARAM) === 'marks') void loadMarksPeer();
  return null;
}

/**
 * `/articles/:id`: the article text with its claims highlighted, and the
 * claims beside it. Search parameters: `claim` (the open claim), `at`/`len`
 * (a passage to flash, from search), `revision` (an earlier revision,
 * read-only) and `from`/`to` (a diff between two revisions).
 */
export function ArticleRoute() {
  const params = useParams();
  const id = Number(params.id);
  if (!Number.isSafeInteger(id) || id <= 0) {
    return (
      <main id="main" className="page">
        <h1 className="page__title">Article not found</h1>
        <p>
          <Link to="/">Back to the articles</Link>
        </p>
      </main>
    );
  }
  return (
    <RegionBoundary region="the article">
      <Suspense
        fallback={
          <main id="main" className="page">
            <Loading label="Loading the article…" />
          </main>
        }
      >
        <ArticleWorkspace key={id} articleId={id} />
      </Suspense>
    </RegionBoundary>
  );
}

/** The claims while they load. */
const NO_CLAIMS: Claim[] = [];

/** Hands an error to the nearest error boundary from inside the region that shows it. */
function Rethrow({ error }: { error: Error }): never {
  throw error;
}

/** Which text the main column shows. */
type View = { kind: 'current' } | { kind: 'edit' } | { kind: 'revision'; number: number } | { kind: 'diff'; from: number; to: number };

/** A positive whole number from a search parameter, else null. */
function positiveParam(value: string | null): number | null {
  if (value === null || value === '') return null;
  const number = Number(value);
  return Number.isSafeInteger(number) && number > 0 ? number : null;
}

/** A non-negative whole number from a search parameter, else null. */
function offsetParam(value: string | null): number | null {
  if (value === null || value === '') return null;
  const number = Number(value);
  return Number.isSafeInteger(number) && number >= 0 ? number : null;
}

function ArticleWorkspace({ articleId }: { articleId: number }) {
  const { data: article } = useSuspenseQuery(articleQueryOptions(articleId));
  // The claims do not hold up the text: a long article's text is laid out while its (larger) claim list is still on the
  // way, and the highlights and the list follow when it arrives (ADR 012). Until then there are no claims to paint or list.
  const claimsQuery = useQuery(claimsQueryOptions(articleId));
  const claims = claimsQuery.data?.claims ?? NO_CLAIMS;
  const [searchParams, setSearchParams] = useSearchParams();
  const openId = Number(searchParams.get('claim')) || null;
  const openClaim = openId === null ? undefined : claims.find((claim) => claim.id === openId);
  const [cursorId, setCursorId] = useState<number | null>(null);
  const [returnFocusId, setReturnFocusId] = useState<number | null>(null);
  const [showHighlights, setShowHighlights] = useState(true);
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const [overlap, setOverlap] = useState<OverlapChoice | null>(null);
  const [editing, setEditing] = useState(false);
  const [saveSummary, setSaveSummary] = useState<string | null>(null);
  const [reattachId, setReattachId] = useState<number | null>(null);
  const reattachClaim = reattachId === null ? undefined : claims.find((claim) => claim.id === reattachId);
  const helpId = useId();
  const toast = useToast();
  const me = useCurrentUser();
  const canEditArticle = useCan('article.edit');
  const viewers = useArticleEvents(articleId);

  const view: View = useMemo(() => {
    if (editing) return { kind: 'edit' };
    const from = positiveParam(searchParams.get('from'));
    const to = positiveParam(searchParams.get('to'));
    if (from !== null && to !== null && from !== to && from <= article.revision && to <= article.revision) return { kind: 'diff', from, to };
    const number = positiveParam(searchParams.get('revision'));
    if (number !== null && number < article.revision) return { kind: 'revision', number };
    return { kind: 'current' };
  }, [editing, searchParams, article.revision]);
  const textContainer = view.kind === 'current' ? container : null;
  const marksPeer = searchParams.get(MARKS_PEER_PARAM) === 'marks';

  const activeId = openClaim?.id ?? cursorId;
  const create = useCreateClaim(articleId);
  const move = useMoveClaim();
  const marking = create.isPending || move.isPending;
  const ranges = useClaimHighlights(textContainer, article.text, claims, {
    enabled: showHighlights && !marksPeer,
    activeId,
    pending: create.isPending ? create.variables : null,
  });
  const selection = useTextSelection(textContainer, article.text);
  usePassageFlash(textContainer, article.text, offsetParam(searchParams.get('at')), positiveParam(searchParams.get('len')));

  const updateParams = useCallback(
    (change: (next: URLSearchParams) => void) => {
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          change(next);
          return next;
        },
        { replace: false },
      );
    },
    [setSearchParams],
  );

  const openClaimById = useCallback(
    (id: number) => {
      setOverlap(null);
      setCursorId(id);
      updateParams((next) => next.set('claim', String(id)));
    },
    [updateParams],
  );

  const closePanel = useCallback(() => {
    if (openClaim) setReturnFocusId(openClaim.id);
    updateParams((next) => next.delete('claim'));
  }, [openClaim, updateParams]);

  const showText = useCallback(
    (target: { revision?: number; from?: number; to?: number }) => {
      updateParams((next) => {
        for (const key of ['revision', 'from', 'to', 'at', 'len']) next.delete(key);
        if (target.revision !== undefined && target.revision !== article.revision) next.set('revision', String(target.revision));
        if (target.from !== undefined && target.to !== undefined) {
          next.set('from', String(target.from));
          next.set('to', String(target.to));
        }
      });
    },
    [updateParams, article.revision],
  );

  const startReattach = useCallback(
    (id: number) => {
      setEditing(false);
      showText({});
      setReattachId(id);
      container?.focus({ preventScroll: true });
    },
    [container, showText],
  );

  useEffect(() => {
    if (!openClaim) return;
    revealRange(ranges.span(openClaim.id) ?? ranges.suggestion(openClaim.id) ?? undefined);
  }, [openClaim, ranges]);

  // A claim resolved elsewhere (or deleted) ends re-attach mode.
  useEffect(() => {
    if (reattachId !== null && !reattachClaim) setReattachId(null);
  }, [reattachId, reattachClaim]);

  const mark = useCallback(() => {
    const chosen = (textContainer ? selectionIn(textContainer, article.text) : null) ?? selection;
    if (!chosen) {
      toast.show(
        reattachClaim ? 'Select the new text for the claim first, then attach it.' : 'Select some words of the article first, then mark them as a claim.',
        'info',
      );
      return;
    }
    const span = { start: chosen.start, end: chosen.end, quote: chosen.quote };
    if (reattachClaim) {
      move.mutate(
        { claimId: reattachClaim.id, span, version: reattachClaim.version },
        {
          onSuccess: (claim) => {
            window.getSelection()?.removeAllRanges();
            setReattachId(null);
            toast.show('Claim re-attached.', 'success');
            openClaimById(claim.id);
          },
        },
      );
      return;
    }
    create.mutate(span, {
      onSuccess: (claim) => {
        window.getSelection()?.removeAllRanges();
        toast.show('Claim marked.', 'success');
        openClaimById(claim.id);
      },
    });
  }, [textContainer, article.text, selection, reattachClaim, create, move, toast, openClaimById]);

  // Page shortcuts: m marks the selection, j/k move through the claims, Escape leaves re-attach mode or closes the panel.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented && event.key === 'Escape') return;
      if (hasCommandModifier(event) || isTypingTarget(event.target)) return;
      if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
      if (view.kind !== 'current') return;
      if (event.key === 'm' || event.key === 'M') {
        if (event.shiftKey && event.key === 'M' && !selection) return;
        event.preventDefault();
        mark();
        return;
      }
      if (event.key === 'Escape' && reattachId !== null) {
        event.preventDefault();
        setReattachId(null);
        return;
      }
      if (event.key === 'Escape' && openClaim) {
        event.preventDefault();
        closePanel();
        return;
      }
      if (event.key === 'j' || event.key === 'k') {
        event.preventDefault();
        if (claims.length === 0) return;
        const currentId = openClaim?.id ?? cursorId;
        const index = claims.findIndex((claim) => claim.id === currentId);
        const step = event.key === 'j' ? 1 : -1;
        const nextIndex = index === -1 ? (step === 1 ? 0 : claims.length - 1) : Math.min(claims.length - 1, Math.max(0, index + step));
        const next = claims[nextIndex];
        if (!next) return;
        if (openClaim) openClaimById(next.id);
        else {
          setCursorId(next.id);
          focusClaimEntry(next.id);
        }
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [claims, cursorId, openClaim, selection, mark, closePanel, openClaimById, reattachId, view.kind]);

  const onTextClick = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      if (!container || reattachId !== null || !window.getSelection()?.isCollapsed) return;
      const { clientX: x, clientY: y } = event;
      const offset = offsetAtPoint(container, x, y);
      if (offset === null) return;
      // Only attached claims have offsets; fuzzy and orphaned ones are never hit in the text.
      const near = claims.filter((claim) => {
        const span = spanOf(claim);
        return span !== null && span.start <= offset && offset <= span.end;
      });
      const hits = near.filter((claim) => {
        const range = ranges.span(claim.id);
        return range ? rangeContainsPoint(range, x, y) : false;
      });
      const found = hits.length > 0 ? hits : near.filter((claim) => claim.end !== null && offset < claim.end);
      if (found.length === 1 && found[0]) openClaimById(found[0].id);
      else if (found.length > 1) setOverlap({ x, y, claims: found });
    },
    [container, claims, ranges, openClaimById, reattachId],
  );

  const onContainer = useCallback((element: HTMLDivElement | null) => setContainer(element), []);

  const onSaved = useCallback(
    (result: ReplaceTextResult) => {
      setEditing(false);
      const summary = describeReanchor(result.counts);
      setSaveSummary(`Saved revision ${result.article.revision}. ${summary}`);
      toast.show(`Saved revision ${result.article.revision}.`, 'success');
    },
    [toast],
  );

  const tools = (
    <>
      {view.kind === 'current' ? <FindBar container={textContainer} text={article.text} /> : null}
      <Suspense
        fallback={
          <button type="button" className="button button--secondary button--small" disabled>
            History
            <span className="count">{article.revision}</span>
          </button>
        }
      >
        <RevisionHistoryDialog
          articleId={articleId}
          current={article.revision}
          onView={(number) => showText({ revision: number })}
          onCompare={(from, to) => showText({ from, to })}
        />
      </Suspense>
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => {
          showText({});
          setReattachId(null);
          setSaveSummary(null);
          setEditing(true);
        }}
        disabled={editing}
      >
        Edit text
      </button>
      {canEditArticle ? (
        <Suspense
          fallback={
            <button type="button" className="button button--secondary button--small" disabled>
              Details
            </button>
          }
        >
          <ArticleDetailsDialog article={article} />
        </Suspense>
      ) : null}
      <Link className="button button--secondary button--small" to={`/articles/${articleId}/summary`}>
        Report preview
      </Link>
    </>
  );

  let body: ReactNode;
  switch (view.kind) {
    case 'edit':
      body = (
        <Suspense fallback={<Loading label="Loading the editor…" />}>
          <ArticleEditor article={article} onSaved={onSaved} onCancel={() => setEditing(false)} />
        </Suspense>
      );
      break;
    case 'diff':
      body = (
        <Suspense fallback={<Loading label="Loading the changes…" />}>
          <RevisionDiffView
            articleId={articleId}
            from={view.from}
            to={view.to}
            latest={article.revision}
            language={article.language}
            direction={article.direction}
            onChange={(from, to) => showText({ from, to })}
            onClose={() => showText({})}
          />
        </Suspense>
      );
      break;
    case 'revision':
      body = (
        <>
          <RevisionBanner number={view.number} latest={article.revision} onBack={() => showText({})} onCompare={(from, to) => showText({ from, to })} />
          <Suspense fallback={<Loading label={`Loading revision ${view.number}…`} />}>
            <RevisionText articleId={articleId} number={view.number} language={article.language} direction={article.direction} />
          </Suspense>
        </>
      );
      break;
    case 'current':
      body = (
        <>
          {saveSummary ? (
            <div className="notice notice--success" role="status" data-testid="save-summary">
              <p>{saveSummary}</p>
              <button type="button" className="toast__close notice__close" onClick={() => setSaveSummary(null)} aria-label="Dismiss summary">
                ×
              </button>
            </div>
          ) : null}
          {reattachClaim ? (
            <ReattachBanner claim={reattachClaim} language={article.language} direction={article.direction} onCancel={() => setReattachId(null)} />
          ) : null}
          <div className="article-text-frame">
            {marksPeer ? (
              <Suspense fallback={null}>
                <ArticleMarksPeer article={article} claims={claims} />
              </Suspense>
            ) : (
              <ArticleText article={article} onContainer={onContainer} describedBy={helpId} onClick={onTextClick} />
            )}
          </div>
        </>
      );
      break;
  }

  return (
    <div className="workspace">
      <main id="main" className="workspace__main">
        <header className="article-header">
          <p className="article-header__back">
            <Link to="/">← All articles</Link>
          </p>
          <h1 className="article-header__title" lang={article.language} dir={article.direction}>
            {article.title}
          </h1>
          <ArticleMeta article={article} />
          <ArticleToolbar
            article={article}
            claimCount={claimsQuery.data === undefined ? null : claims.length}
            showHighlights={showHighlights}
            onShowHighlights={setShowHighlights}
            helpId={helpId}
            tools={tools}
            people={
              <>
                <ArticleAssignees article={article} />
                <AlsoViewing viewers={viewers} meId={me.id} />
              </>
            }
          />
        </header>
        <RegionBoundary region="the article text">{body}</RegionBoundary>
        {selection && !marking ? <MarkClaimButton selection={selection} onMark={mark} pending={marking} reattach={reattachClaim !== undefined} /> : null}
        {overlap ? (
          <Suspense fallback={null}>
            <OverlapChooser
              choice={overlap}
              language={article.language}
              direction={article.direction}
              onChoose={openClaimById}
              onClose={() => setOverlap(null)}
            />
          </Suspense>
        ) : null}
      </main>
      <aside className="workspace__aside" aria-label="Claims">
        <RegionBoundary region="the claims">
          {claimsQuery.data === undefined ? (
            claimsQuery.isError ? (
              <Rethrow error={claimsQuery.error} />
            ) : (
              <Loading label="Loading the claims…" />
            )
          ) : openClaim ? (
            <Suspense fallback={<Loading label="Loading the claim…" />}>
              <ArticleClaimDetails
                key={openClaim.id}
                claim={openClaim}
                language={article.language}
                direction={article.direction}
                position={claims.indexOf(openClaim) + 1}
                total={claims.length}
                onBack={closePanel}
                onDeleted={() => {
                  setCursorId(null);
                  closePanel();
                }}
                onReattach={startReattach}
                articleAssignees={article.assignees}
              />
            </Suspense>
          ) : (
            <ClaimsOverview
              claims={claims}
              article={article}
              cursorId={cursorId}
              onCursor={setCursorId}
              onOpen={openClaimById}
              onReattach={startReattach}
              returnFocusId={returnFocusId}
            />
          )}
        </RegionBoundary>
      </aside>
    </div>
  );
}

/** An earlier revision's text, read-only: no claims, no highlights, no marking. */
function RevisionText({ articleId, number, language, direction }: { articleId: number; number: number; language: string; direction: Direction }) {
  const { data: revision } = useSuspenseQuery(revisionQueryOptions(articleId, number));
  const article = useMemo(() => ({ text: revision.text, language, direction }), [revision.text, language, direction]);
  const ignore = useCallback(() => undefined, []);
  return (
    <div className="article-text-frame article-text-frame--revision" data-testid="revision-text">
      <ArticleText article={article} onContainer={ignore} label={`Article text, revision ${number} (read only)`} />
    </div>
  );
}

function ClaimsOverview({
  claims,
  article,
  cursorId,
  onCursor,
  onOpen,
  onReattach,
  returnFocusId,
}: {
  claims: Claim[];
  article: Article;
  cursorId: number | null;
  onCursor: (id: number) => void;
  onOpen: (id: number) => void;
  onReattach: (id: number) => void;
  returnFocusId: number | null;
}) {
  const rated = useMemo(() => claims.filter((claim) => claim.verdict !== null).length, [claims]);
  return (
    <section aria-labelledby="claims-heading" className="claims-overview">
      <div className="claims-overview__header">
        <h2 id="claims-heading" className="claims-overview__heading">
          Claims <span className="count">{claims.length}</span>
        </h2>
        {claims.length > 0 ? (
          <p className="muted">
            {rated} of {claims.length} rated
          </p>
        ) : null}
      </div>
      <ClaimList
        claims={claims}
        language={article.language}
        direction={article.direction}
        cursorId={cursorId}
        onCursor={onCursor}
        onOpen={onOpen}
        onReattach={onReattach}
        initialFocusId={returnFocusId}
      />
    </section>
  );
}

function ArticleToolbar({
  article,
  claimCount,
  showHighlights,
  onShowHighlights,
  helpId,
  tools,
  people,
}: {
  article: Article;
  /** Null while the claims load. */
  claimCount: number | null;
  showHighlights: boolean;
  onShowHighlights: (value: boolean) => void;
  helpId: string;
  /** Find, history and edit controls, composed by the workspace. */
  tools: ReactNode;
  /** Who the article is assigned to and who else has it open. */
  people: ReactNode;
}) {
  const language = useMemo(() => {
    try {
      return new Intl.DisplayNames(['en'], { type: 'language' }).of(article.language) ?? article.language;
    } catch {
      return article.language;
    }
  }, [article.language]);
  return (
    <div className="article-toolbar" role="group" aria-label="Article tools">
      <p className="article-toolbar__meta">
        {language} · {article.direction === 'rtl' ? 'right to left' : 'left to right'} · {claimCount === null ? 'loading claims' : `${claimCount} ${claimCount === 1 ? 'claim' : 'claims'}`}
      </p>
      <label className="toggle">
        <input
          type="checkbox"
          checked={showHighlights}
          onChange={(event) => onShowHighlights(event.target.checked)}
          disabled={!supportsHighlights}
        />
        <span>Show highlights</span>
      </label>
      <div className="article-toolbar__tools">{tools}</div>
      <div className="article-toolbar__people">{people}</div>
      <p id={helpId} className="keyboard-help">
        Select text, then press <kbd className="kbd">M</kbd> or “Mark as claim”. <kbd className="kbd">J</kbd>/<kbd className="kbd">K</kbd> next /
        previous claim, <kbd className="kbd">Enter</kbd> open, <kbd className="kbd">Esc</kbd> back to the list. Shift + arrow keys select
        text. <kbd className="kbd">/</kbd> finds in the article.
      </p>
      {!supportsHighlights ? <p className="field__error">This browser cannot show highlights; use a current Chrome, Edge, Safari or Firefox.</p> : null}
    </div>
  );
}
