import type { Db } from '@sanad/db/client';
import type { Clock } from './lib/clock.ts';
import { AppMetaRepository } from './modules/app-meta/app-meta.repository.ts';
import { ArticlesRepository } from './modules/articles/articles.repository.ts';
import { ArticlesService } from './modules/articles/articles.service.ts';
import { ClaimsRepository } from './modules/claims/claims.repository.ts';
import { ClaimsService } from './modules/claims/claims.service.ts';
import { RevisionsRepository } from './modules/revisions/revisions.repository.ts';
import { RevisionsService } from './modules/revisions/revisions.service.ts';
import { SearchRepository } from './modules/search/search.repository.ts';
import { SearchService } from './modules/search/search.service.ts';
import { SourcesRepository } from './modules/sources/sources.repository.ts';
import { SourcesService } from './modules/sources/sources.service.ts';
import { VerdictsRepository } from './modules/verdicts/verdicts.repository.ts';
import { VerdictsService } from './modules/verdicts/verdicts.service.ts';

/** Every repository, built once around one database handle. */
export function createRepositories(db: Db) {
  return {
    appMeta: new AppMetaRepository(),
    articles: new ArticlesRepository(db),
    claims: new ClaimsRepository(db),
    revisions: new RevisionsRepository(db),
    search: new SearchRepository(db),
    sources: new SourcesRepository(),
    verdicts: new VerdictsRepository(),
  };
}
export type Repositories = ReturnType<typeof createRepositories>;

/** Every service, wired in one place at start-up (and in tests). */
export function createServices(db: Db, clock: Clock, repositories: Repositories = createRepositories(db)) {
  const r = repositories;
  return {
    repositories: r,
    articles: new ArticlesService(db, r.articles, r.revisions, r.search, clock),
    claims: new ClaimsService(db, r.claims, r.articles, r.search, clock),
    verdicts: new VerdictsService(db, r.verdicts, r.claims, r.search, clock),
    sources: new SourcesService(db, r.sources, r.claims, r.search, clock),
    revisions: new RevisionsService(db, r.revisions, r.articles, r.claims, r.search, clock),
    search: new SearchService(r.search),
  };
}
export type Services = ReturnType<typeof createServices>;
