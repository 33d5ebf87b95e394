import { openDatabase } from '@sanad/db/client';
import { runMigrations } from '@sanad/db/migrate';
import { databasePathFromEnv } from '@sanad/db/paths';
import { systemClock } from '../lib/clock.ts';
import { seedSampleArticle } from '../seed.ts';

const path = databasePathFromEnv();
const handle = openDatabase(path);
runMigrations(handle);
const seeded = await seedSampleArticle(handle.db, systemClock);
handle.close();
console.log(seeded ? `Seeded the sample article into ${path}` : `${path} was already seeded`);
