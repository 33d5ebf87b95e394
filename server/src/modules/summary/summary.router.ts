import { summaryEndpoints } from '@sanad/shared/api/summary';
import { type Route, route } from '../../http/route.ts';
import { presentArticleSummary, presentSummary } from './summary.presenter.ts';
import type { SummaryService } from './summary.service.ts';

/** Verdict summaries: the dashboard and one article's report preview. */
export function summaryRoutes(summary: SummaryService): Route[] {
  return [
    route(summaryEndpoints.overview, async ({ query }, { actor }) => presentSummary(await summary.overview(actor, query))),
    route(summaryEndpoints.article, async ({ params }, { actor }) => presentArticleSummary(await summary.forArticle(actor, params.id))),
  ];
}
