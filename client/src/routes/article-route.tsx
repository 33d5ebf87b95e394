import { useSuspenseQueries } from '@tanstack/react-query';
import type { Article } from '@sanad/shared/schemas/article';
import type { Claim } from '@sanad/shared/schemas/claim';
import { Suspense, useCallback, useEffect, useId, useMemo, useState, type MouseEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { RegionBoundary } from '../components/error-boundary.tsx';
import { Loading } from '../components/page-loading.tsx';
import { articleQueryOptions } from '../features/articles/api/get-article.ts';
import { ArticleText } from '../features/articles/components/article-text.tsx';
import { useCreateClaim } from '../features/claims/api/create-claim.ts';
import { claimsQueryOptions } from '../features/claims/api/get-claims.ts';
import { ClaimList, focusClaimEntry } from '../features/claims/components/claim-list.tsx';
import { ClaimPanel } from '../features/claims/components/claim-panel.tsx';
import { MarkClaimButton } from '../features/claims/components/mark-claim-button.tsx';
import { OverlapChooser, type OverlapChoice } from '../features/claims/components/overlap-chooser.tsx';
import { revealRange, supportsHighlights, useClaimHighlights } from '../features/claims/hooks/use-claim-highlights.ts';
import { useTextSelection } from '../features/claims/hooks/use-text-selection.ts';
import { SourcesSection } from '../features/sources/components/sources-section.tsx';
import { VerdictForm } from '../features/verdicts/components/verdict-form.tsx';
import { offsetAtPoint, rangeContainsPoint } from '../lib/text-offsets.ts';
import { useToast } from '../lib/toast.tsx';
import { hasCommandModifier, isTypingTarget } from '../lib/typing-target.ts';

/** `/articles/:id`: the article text with its claims highlighted, and the claims beside it. */
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

function ArticleWorkspace({ articleId }: { articleId: number }) {
  const [{ data: article }, { data: claimList }] = useSuspenseQueries({
    queries: [articleQueryOptions(articleId), claimsQueryOptions(articleId)],
  });
  const claims = claimList.claims;
  const [searchParams, setSearchParams] = useSearchParams();
  const openId = Number(searchParams.get('claim')) || null;
  const openClaim = openId === null ? undefined : claims.find((claim) => claim.id === openId);
  const [cursorId, setCursorId] = useState<number | null>(null);
  const [returnFocusId, setReturnFocusId] = useState<number | null>(null);
  const [showHighlights, setShowHighlights] = useState(true);
  const [container, setContainer] = useState<HTMLDivElement | null>(null);
  const [overlap, setOverlap] = useState<OverlapChoice | null>(null);
  const helpId = useId();
  const toast = useToast();

  const activeId = openClaim?.id ?? cursorId;
  const ranges = useClaimHighlights(container, article.text, claims, { enabled: showHighlights, activeId });
  const selection = useTextSelection(container, article.text);
  const create = useCreateClaim(articleId);

  const openClaimById = useCallback(
    (id: number) => {
      setOverlap(null);
      setCursorId(id);
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set('claim', String(id));
          return next;
        },
        { replace: false },
      );
    },
    [setSearchParams],
  );

  const closePanel = useCallback(() => {
    if (openClaim) setReturnFocusId(openClaim.id);
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('claim');
        return next;
      },
      { replace: false },
    );
  }, [openClaim, setSearchParams]);

  useEffect(() => {
    if (openClaim) revealRange(ranges.current.get(openClaim.id));
  }, [openClaim, ranges]);

  const mark = useCallback(() => {
    if (!selection) {
      toast.show('Select some words of the article first, then mark them as a claim.', 'info');
      return;
    }
    create.mutate(
      { start: selection.start, end: selection.end, quote: selection.quote },
      {
        onSuccess: (claim) => {
          window.getSelection()?.removeAllRanges();
          toast.show('Claim marked.', 'success');
          openClaimById(claim.id);
        },
      },
    );
  }, [selection, create, toast, openClaimById]);

  // Page shortcuts: m marks the selection, j/k move through the claims, Escape closes the panel.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented && event.key === 'Escape') return;
      if (hasCommandModifier(event) || isTypingTarget(event.target)) return;
      if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
      if (event.key === 'm' || event.key === 'M') {
        if (event.shiftKey && event.key === 'M' && !selection) return;
        event.preventDefault();
        mark();
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
  }, [claims, cursorId, openClaim, selection, mark, closePanel, openClaimById]);

  const onTextClick = useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      if (!container || !window.getSelection()?.isCollapsed) return;
      const { clientX: x, clientY: y } = event;
      const offset = offsetAtPoint(container, x, y);
      if (offset === null) return;
      const near = claims.filter((claim) => claim.start <= offset && offset <= claim.end);
      const hits = near.filter((claim) => {
        const range = ranges.current.get(claim.id);
        return range ? rangeContainsPoint(range, x, y) : false;
      });
      const found = hits.length > 0 ? hits : near.filter((claim) => offset < claim.end);
      if (found.length === 1 && found[0]) openClaimById(found[0].id);
      else if (found.length > 1) setOverlap({ x, y, claims: found });
    },
    [container, claims, ranges, openClaimById],
  );

  const onContainer = useCallback((element: HTMLDivElement | null) => setContainer(element), []);

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
          <ArticleToolbar
            article={article}
            claimCount={claims.length}
            showHighlights={showHighlights}
            onShowHighlights={setShowHighlights}
            helpId={helpId}
          />
        </header>
        <RegionBoundary region="the article text">
          <div className="article-text-frame">
            <ArticleText article={article} onContainer={onContainer} describedBy={helpId} onClick={onTextClick} />
          </div>
        </RegionBoundary>
        {selection && !create.isPending ? <MarkClaimButton selection={selection} onMark={mark} pending={create.isPending} /> : null}
        <OverlapChooser
          choice={overlap}
          language={article.language}
          direction={article.direction}
          onChoose={openClaimById}
          onClose={() => setOverlap(null)}
        />
      </main>
      <aside className="workspace__aside" aria-label="Claims">
        <RegionBoundary region="the claims">
          {openClaim ? (
            <ClaimPanel
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
            >
              <VerdictForm claim={openClaim} />
              <SourcesSection claim={openClaim} />
            </ClaimPanel>
          ) : (
            <ClaimsOverview
              claims={claims}
              article={article}
              cursorId={cursorId}
              onCursor={setCursorId}
              onOpen={openClaimById}
              returnFocusId={returnFocusId}
            />
          )}
        </RegionBoundary>
      </aside>
    </div>
  );
}

function ClaimsOverview({
  claims,
  article,
  cursorId,
  onCursor,
  onOpen,
  returnFocusId,
}: {
  claims: Claim[];
  article: Article;
  cursorId: number | null;
  onCursor: (id: number) => void;
  onOpen: (id: number) => void;
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
}: {
  article: Article;
  claimCount: number;
  showHighlights: boolean;
  onShowHighlights: (value: boolean) => void;
  helpId: string;
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
        {language} · {article.direction === 'rtl' ? 'right to left' : 'left to right'} · {claimCount} {claimCount === 1 ? 'claim' : 'claims'}
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
      <p id={helpId} className="keyboard-help">
        Select text, then press <kbd className="kbd">M</kbd> or “Mark as claim”. <kbd className="kbd">J</kbd>/<kbd className="kbd">K</kbd> next /
        previous claim, <kbd className="kbd">Enter</kbd> open, <kbd className="kbd">Esc</kbd> back to the list. Shift + arrow keys select
        text.
      </p>
      {!supportsHighlights ? <p className="field__error">This browser cannot show highlights; use a current Chrome, Edge, Safari or Firefox.</p> : null}
    </div>
  );
}
