import { revisionEndpoints } from '@sanad/shared/api/revisions';
import { type Route, route } from '../../http/route.ts';
import { presentArticle } from '../articles/articles.presenter.ts';
import type { ArticlesService } from '../articles/articles.service.ts';
import { presentReplaceText, presentRevision, presentRevisionDiff, presentRevisionList } from './revisions.presenter.ts';
import type { RevisionsService } from './revisions.service.ts';

/** An article's text: saving a new one, its revisions, and the diff between two. */
export function revisionsRoutes(revisions: RevisionsService, articles: ArticlesService): Route[] {
  return [
    route(revisionEndpoints.replaceText, async ({ params, body, ifMatch }, { actor }) => presentReplaceText(await revisions.replaceText(actor, params.id, ifMatch, body)), {
      current: async ({ params }, { actor }) => presentArticle(await articles.get(actor, params.id)),
    }),
    route(revisionEndpoints.list, async ({ params }, { actor }) => presentRevisionList(await revisions.list(actor, params.id))),
    route(revisionEndpoints.get, async ({ params }, { actor }) => presentRevision(await revisions.get(actor, params.id, params.number))),
    route(revisionEndpoints.diff, async ({ params, query }, { actor }) => presentRevisionDiff(await revisions.diff(actor, params.id, query.from, query.to))),
  ];
}
