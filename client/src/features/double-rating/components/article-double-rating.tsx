import { can } from '@sanad/shared/permissions';
import type { Article } from '@sanad/shared/schemas/article';
import { useT } from '../../../i18n/use-t.ts';
import { useCurrentUser } from '../../../lib/session.ts';
import { useToast } from '../../../lib/toast.tsx';
import { useSetArticleDoubleRating } from '../api/set-article-double-rating.ts';

/**
 * Whether the article's claims need two independent ratings (ADR 034): a
 * switch for editors (every claim not yet approved, and those marked later),
 * a quiet note for everyone else when it is on.
 */
export function ArticleDoubleRating({ article }: { article: Article }) {
  const t = useT();
  const me = useCurrentUser();
  const toast = useToast();
  const save = useSetArticleDoubleRating(article.id);
  if (!can(me.role, 'article.assign')) {
    return article.doubleRating ? (
      <span className="tag tag--quiet" data-testid="article-double-rating">
        {t('doubleRating.articleOn')}
      </span>
    ) : null;
  }
  return (
    <label className="toggle article-double-rating" data-testid="article-double-rating">
      <input
        type="checkbox"
        checked={save.isPending ? save.variables.required : article.doubleRating}
        disabled={save.isPending}
        onChange={(event) => {
          const required = event.target.checked;
          save.mutate({ required, version: article.version }, { onSuccess: () => toast.show(t('doubleRating.articleSaved', { on: String(required) }), 'success') });
        }}
      />
      <span>{t('doubleRating.articleLabel')}</span>
    </label>
  );
}
