import { useSuspenseQuery } from '@tanstack/react-query';
import type { Direction } from '@sanad/shared/text/language';
import { useCallback, useMemo } from 'react';
import { ArticleText } from '../../features/articles/components/article-text.tsx';
import { revisionQueryOptions } from '../../features/revisions/api/get-revision.ts';
import { useT } from '../../i18n/use-t.ts';

interface RevisionTextProps {
  articleId: number;
  number: number;
  language: string;
  direction: Direction;
}

/** An earlier revision's text, read-only: no claims, no highlights, no marking. */
export function RevisionText({ articleId, number, language, direction }: RevisionTextProps) {
  const { data: revision } = useSuspenseQuery(revisionQueryOptions(articleId, number));
  const article = useMemo(() => ({ text: revision.text, language, direction }), [revision.text, language, direction]);
  const ignore = useCallback(() => undefined, []);
  const t = useT();
  return (
    <div className="article-text-frame article-text-frame--revision" data-testid="revision-text">
      <ArticleText article={article} onContainer={ignore} label={t('workspace.revisionTextLabel', { number })} />
    </div>
  );
}
