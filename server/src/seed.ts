import type { Db } from '@sanad/db/client';
import { SAMPLE_ARTICLE, readSampleText } from '@sanad/db/sample';
import { inTransaction } from '@sanad/db/transaction';
import type { Role } from '@sanad/shared/permissions';
import type { Services } from './services.ts';

const SEEDED_KEY = 'sample_seeded_at';
const DEMO_KEY = 'demo_accounts_seeded_at';

/** The demo accounts of demo mode: one per role, all with the password `sanad-demo`. */
export const DEMO_ACCOUNTS: readonly { name: string; email: string; role: Role }[] = [
  { name: 'Rana Reviewer', email: 'reviewer@sanad.test', role: 'reviewer' },
  { name: 'Elias Editor', email: 'editor@sanad.test', role: 'editor' },
  { name: 'Amal Admin', email: 'admin@sanad.test', role: 'admin' },
];
/** The demo accounts' password. */
export const DEMO_PASSWORD = 'sanad-demo';

/**
 * Adds the sample Arabic article once per database, through the articles
 * service (so it gets its first revision, search index and audit entry). A
 * marker in `app_meta`, written in the same transaction, records that it was
 * done, so a user who deletes the sample does not get it back on the next start.
 * Returns true when it seeded now.
 */
export async function seedSampleArticle(db: Db, services: Services, now: Date): Promise<boolean> {
  const meta = services.repositories.appMeta;
  const text = readSampleText().trim();
  return inTransaction(db, async (tx) => {
    if (await meta.get(tx, SEEDED_KEY) !== undefined) return false;
    await services.articles.createIn(tx, null, { title: SAMPLE_ARTICLE.title, text, language: SAMPLE_ARTICLE.language });
    await meta.set(tx, SEEDED_KEY, now.toISOString(), now.toISOString());
    return true;
  });
}

/**
 * Creates the demo accounts once (demo mode only: never called when
 * NODE_ENV=production). Returns true when it created them now.
 */
export async function seedDemoAccounts(db: Db, services: Services, now: Date): Promise<boolean> {
  const meta = services.repositories.appMeta;
  const done = await inTransaction(db, async (tx) => await meta.get(tx, DEMO_KEY) !== undefined);
  if (done) return false;
  for (const account of DEMO_ACCOUNTS) {
    if (await services.repositories.users.findByEmail(account.email)) continue;
    await services.users.create(null, { ...account, password: DEMO_PASSWORD });
  }
  await inTransaction(db, async (tx) => await meta.set(tx, DEMO_KEY, now.toISOString(), now.toISOString()));
  return true;
}

/** What demo mode fills into the organisation settings. */
export const DEMO_ORGANISATION = {
  name: 'Sanad Demo Desk',
  url: 'https://sanad.example',
  publishBaseUrl: 'https://sanad.example/fact-checks/',
} as const;

/**
 * Fills the organisation settings with demo values (demo mode only), but only
 * while the row still holds what migration 0005 wrote: an admin's own
 * settings are never overwritten. Returns true when it filled them now.
 */
export async function seedDemoOrganisation(db: Db, services: Services): Promise<boolean> {
  const organisation = services.repositories.organisation;
  return inTransaction(db, async (tx) => {
    const row = await organisation.get(tx);
    const untouched = row.name === 'Fact-check desk' && row.url === '' && row.publishBaseUrl === '' && row.logo === null;
    if (!untouched) return false;
    await services.organisation.updateIn(tx, null, row.version, DEMO_ORGANISATION);
    return true;
  });
}
