import { reportEndpoints } from '@sanad/shared/api/reports';
import { type Route, route } from '../../http/route.ts';
import { presentPublication, presentPublicationList } from './publications.presenter.ts';
import type { PublicationsService } from './publications.service.ts';
import type { ReportsService } from './reports.service.ts';

/** The fact-check report as a download, the article's publications, and publishing. */
export function reportsRoutes(reports: ReportsService, publications: PublicationsService): Route[] {
  return [
    route(reportEndpoints.download, async ({ params, query }, { actor, req }) => {
      const file = await reports.download(actor, params.id, query.format, query.kind, `${req.protocol}://${req.get('host')}`);
      const headers: Record<string, string> = {};
      if (file.policy) headers['Content-Security-Policy'] = file.policy;
      return { fileName: `sanad-article-${params.id}-${query.kind}.${file.extension}`, contentType: file.contentType, body: file.body, headers };
    }),
    route(reportEndpoints.publications, async ({ params }, { actor }) => presentPublicationList(await publications.list(actor, params.id))),
    route(reportEndpoints.publish, async ({ params }, { actor }) => presentPublication(await publications.publish(actor, params.id))),
  ];
}
