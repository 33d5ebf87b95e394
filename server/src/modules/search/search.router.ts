import { searchEndpoints } from '@sanad/shared/api/search';
import { type Route, route } from '../../http/route.ts';
import { presentSearch } from './search.presenter.ts';
import type { SearchService } from './search.service.ts';

/** Search across articles, claims and sources. */
export function searchRoutes(search: SearchService): Route[] {
  return [route(searchEndpoints.search, async ({ query }, { actor }) => presentSearch(await search.find(actor, query.q, query.limit)))];
}
