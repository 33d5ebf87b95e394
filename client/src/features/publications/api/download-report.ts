import { endpointUrl } from '@sanad/shared/api/endpoint';
import { reportEndpoints } from '@sanad/shared/api/reports';
import type { ReportFormat, ReportKind } from '@sanad/shared/schemas/report';
import { downloadApi } from '../../../lib/api-client.ts';

/** `GET /api/articles/:id/report?format=&kind=`: the address of a report download, for a link the browser follows itself. */
export function reportUrl(articleId: number, format: ReportFormat, kind: ReportKind): string {
  return endpointUrl(reportEndpoints.download, { id: articleId }, { format, kind });
}

/**
 * The same report fetched by the page, for a format the server checks on
 * export (ClaimReview): rejects with an `ApiError` whose details name each
 * problem instead of downloading the error.
 */
export function downloadReport(articleId: number, format: ReportFormat, kind: ReportKind): Promise<Blob> {
  return downloadApi(reportEndpoints.download, { params: { id: articleId }, query: { format, kind } });
}
