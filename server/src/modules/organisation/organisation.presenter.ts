import type { Organisation } from '@sanad/shared/schemas/organisation';
import type { OrganisationRow } from './organisation.repository.ts';

/** The API shape of the organisation's settings. */
export function presentOrganisation(row: OrganisationRow): Organisation {
  return {
    name: row.name,
    url: row.url,
    logo: row.logo,
    publishBaseUrl: row.publishBaseUrl,
    reportLanguage: row.reportLanguage,
    defaultLanguage: row.defaultLanguage,
    digits: row.digits,
    minIndependentSources: row.minIndependentSources,
    doubleRatingDefault: row.doubleRatingDefault,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}
