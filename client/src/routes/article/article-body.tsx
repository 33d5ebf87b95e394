import type { Article } from '@sanad/shared/schemas/article';
import type { ClaimSummary } from '@sanad/shared/claim-index';
import type { ReplaceTextResult } from '@sanad/shared/schemas/revision';
import { lazy, Suspense, type MouseEvent } from 'react';
import { Loading } from '../../components/page-loading.tsx';
import { ArticleText } from '../../features/articles/components/article-text.tsx';
import { ReattachBanner } from '../../features/claims/components/reattach-banner.tsx';
import { RevisionBanner } from '../../features/revisions/components/revision-banner.tsx';
import { useT } from '../../i18n/use-t.ts';
import { RevisionText } from './revision-text.tsx';
import type { TextTarget, View } from './use-article-view.ts';

// Loaded on first use: an article opens and reads without them.
const ArticleEditor = lazy(() => import('../../features/articles/components/article-editor.tsx').then((module) => ({ default: module.ArticleEditor })));
const RevisionDiffView = lazy(() =>
  import('../../features/revisions/components/revision-diff-view.tsx').then((module) => ({ default: module.RevisionDiffView })),
);

interface ArticleBodyProps {
  article: Article;
  view: View;
  showText: (target: TextTarget) => void;
  onSaved: (result: ReplaceTextResult) => void;
  onCancelEdit: () => void;
  /** What the last save did to the claims, until dismissed. */
  saveSummary: string | null;
  onDismissSummary: () => void;
  /** The claim being re-attached, if any. */
  reattachClaim: ClaimSummary | undefined;
  onCancelReattach: () => void;
  onContainer: (element: HTMLDivElement | null) => void;
  /** The id of the keyboard help, which describes the text. */
  helpId: string;
  onTextClick: (event: MouseEvent<HTMLDivElement>) => void;
}

/** The main column under the article's header: the editor, a diff, an earlier revision, or the current text with its notices. */
export function ArticleBody({ article, view, showText, onSaved, onCancelEdit, ...current }: ArticleBodyProps) {
  const t = useT();
  switch (view.kind) {
    case 'edit':
      return (
        <Suspense fallback={<Loading label={t('workspace.loadingEditor')} />}>
          <ArticleEditor article={article} onSaved={onSaved} onCancel={onCancelEdit} />
        </Suspense>
      );
    case 'diff':
      return (
        <Suspense fallback={<Loading label={t('workspace.loadingChanges')} />}>
          <RevisionDiffView
            articleId={article.id}
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
    case 'revision':
      return (
        <>
          <RevisionBanner number={view.number} latest={article.revision} onBack={() => showText({})} onCompare={(from, to) => showText({ from, to })} />
          <Suspense fallback={<Loading label={t('workspace.loadingRevision', { number: view.number })} />}>
            <RevisionText articleId={article.id} number={view.number} language={article.language} direction={article.direction} />
          </Suspense>
        </>
      );
    case 'current':
      return <CurrentText article={article} {...current} />;
  }
}

type CurrentTextProps = { article: Article } & Pick<
  ArticleBodyProps,
  'saveSummary' | 'onDismissSummary' | 'reattachClaim' | 'onCancelReattach' | 'onContainer' | 'helpId' | 'onTextClick'
>;

/** The current text, under the summary of the last save and the re-attach banner. */
function CurrentText({ article, saveSummary, onDismissSummary, reattachClaim, onCancelReattach, onContainer, helpId, onTextClick }: CurrentTextProps) {
  const t = useT();
  return (
    <>
      {saveSummary ? (
        <div className="notice notice--success" role="status" data-testid="save-summary">
          <p>{saveSummary}</p>
          <button type="button" className="toast__close notice__close" onClick={onDismissSummary} aria-label={t('workspace.dismissSummary')}>
            ×
          </button>
        </div>
      ) : null}
      {reattachClaim ? (
        <ReattachBanner claim={reattachClaim} language={article.language} direction={article.direction} onCancel={onCancelReattach} />
      ) : null}
      <div className="article-text-frame">
        <ArticleText article={article} onContainer={onContainer} describedBy={helpId} onClick={onTextClick} />
      </div>
    </>
  );
}
