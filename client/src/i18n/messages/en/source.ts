// The English catalogue's source: every namespace, merged. Ids are unique across namespaces (each starts with its namespace).
import { common } from './common.ts';
import { shell } from './shell.ts';
import { auth } from './auth.ts';
import { account } from './account.ts';
import { articles } from './articles.ts';
import { articleImport } from './article-import.ts';
import { workspace } from './workspace.ts';
import { claims } from './claims.ts';
import { verdicts } from './verdicts.ts';
import { doubleRating } from './double-rating.ts';
import { sources } from './sources.ts';
import { snapshots } from './snapshots.ts';
import { ratingScale } from './rating-scale.ts';
import { workflow } from './workflow.ts';
import { dashboard } from './dashboard.ts';
import { publications } from './publications.ts';
import { summary } from './summary.ts';
import { history } from './history.ts';
import { comments } from './comments.ts';
import { search } from './search.ts';
import { suggestions } from './suggestions.ts';
import { find } from './find.ts';
import { revisions } from './revisions.ts';
import { reanchor } from './reanchor.ts';
import { users } from './users.ts';
import { organisation } from './organisation.ts';
import { errors } from './errors.ts';
import { live } from './live.ts';
import { validation } from './validation.ts';

export const english = {
  ...common,
  ...shell,
  ...auth,
  ...account,
  ...articles,
  ...articleImport,
  ...workspace,
  ...claims,
  ...verdicts,
  ...doubleRating,
  ...sources,
  ...snapshots,
  ...ratingScale,
  ...workflow,
  ...dashboard,
  ...publications,
  ...summary,
  ...history,
  ...comments,
  ...search,
  ...suggestions,
  ...find,
  ...revisions,
  ...reanchor,
  ...users,
  ...organisation,
  ...errors,
  ...live,
  ...validation,
};

/** Every message id with its English text. */
export type EnglishCatalogue = typeof english;
