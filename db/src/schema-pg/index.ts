export * from './articles.ts';
export * from './claims.ts';
export * from './sources.ts';
export * from './search.ts';
export * from './users.ts';
export * from './workflow.ts';
export * from './settings.ts';
export * from './publications.ts';
