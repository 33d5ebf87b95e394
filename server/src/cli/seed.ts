import { openDatabase } from '@sanad/db/client';
import { runMigrations } from '@sanad/db/migrate';
import { databasePathFromEnv } from '@sanad/db/paths';
import { systemClock } from '../lib/clock.ts';
import { createLogger } from '../lib/logger.ts';
import { seedSampleArticle } from '../seed.ts';
import { createServices } from '../services.ts';

const path = databasePathFromEnv();
const handle = openDatabase(path);
runMigrations(handle);
const services = createServices(handle.db, systemClock, { logger: createLogger('warn') });
const seeded = await seedSampleArticle(handle.db, services, systemClock.now());
handle.close();
console.log(seeded ? `Seeded the sample article into ${path}` : `${path} was already seeded`);
