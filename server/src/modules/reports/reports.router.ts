import { Router } from 'express';
import { IdParamsSchema } from '@sanad/shared/schemas/common';
import { ReportQuerySchema } from '@sanad/shared/schemas/report';
import { AppError } from '../../http/app-error.ts';
import { actorOf } from '../../http/authenticate.ts';
import { validate } from '../../http/validate.ts';
import type { ArticlesRepository } from '../articles/articles.repository.ts';
import type { RevisionsRepository } from '../revisions/revisions.repository.ts';
import type { PdfRenderer } from './pdf-renderer.ts';
import { toClaimReview } from './report-claimreview.ts';
import { toCsv, toMarkdown, toW3c } from './report-formats.ts';
import { toHtml } from './report-html.ts';
import type { ReportsService } from './reports.service.ts';

/** A file name safe in a Content-Disposition header, from the article id and the kind. */
function fileName(articleId: number, kind: string, extension: string): string {
  return `sanad-article-${articleId}-${kind}.${extension}`;
}

/**
 * GET /api/articles/:id/report?format=html|pdf|md|csv|json|claimreview|w3c&kind=draft|published:
 * the fact-check report as a download. A published report is the latest publication, as it went out.
 */
export function reportsRouter(reports: ReportsService, articles: ArticlesRepository, revisions: RevisionsRepository, pdf: PdfRenderer): Router {
  const router = Router();
  router.get(
    '/articles/:id/report',
    validate({ params: IdParamsSchema, query: ReportQuerySchema }, async ({ params, query }, req, res) => {
      const report = await reports.report(actorOf(res), params.id, query.kind);
      const attach = (extension: string) => res.setHeader('Content-Disposition', `attachment; filename="${fileName(params.id, query.kind, extension)}"`);
      switch (query.format) {
        case 'html':
          attach('html');
          // A self-contained file with inline styles and no script: its own policy allows exactly that.
          res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox");
          res.type('text/html; charset=utf-8').send(toHtml(report));
          return;
        case 'pdf': {
          const bytes = await pdf.render(toHtml(report));
          attach('pdf');
          res.type('application/pdf').send(bytes);
          return;
        }
        case 'json':
          attach('json');
          res.json(report);
          return;
        case 'md':
          attach('md');
          res.type('text/markdown; charset=utf-8').send(toMarkdown(report));
          return;
        case 'csv':
          attach('csv');
          res.type('text/csv; charset=utf-8').send(toCsv(report));
          return;
        case 'claimreview': {
          const result = toClaimReview(report);
          if (!result.ok) {
            throw new AppError('claimreview_invalid', 422, 'This report cannot be exported as ClaimReview yet; each problem is listed.', result.problems);
          }
          attach('claimreview.jsonld');
          res.type('application/ld+json; charset=utf-8').send(JSON.stringify(result.items, null, 2));
          return;
        }
        case 'w3c': {
          // Positions refer to the revision the report was made from (a publication may predate later edits).
          const article = await articles.findById(params.id);
          const text =
            article && article.revision === report.article.revision ? article.text : ((await revisions.find(params.id, report.article.revision))?.text ?? '');
          attach('jsonld');
          res.type('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"').send(JSON.stringify(toW3c(report, text, `${req.protocol}://${req.get('host')}`)));
          return;
        }
      }
    }),
  );
  return router;
}
