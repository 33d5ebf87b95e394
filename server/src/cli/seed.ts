import { describeDatabase, readDatabaseConfig } from '../config.ts';
import { systemClock } from '../lib/clock.ts';
import { createLogger } from '../lib/logger.ts';
import { seedSampleArticle } from '../seed.ts';
import { createServices } from '../services.ts';
import { openMigratedBackend } from '../start.ts';

// DATABASE_URL selects PostgreSQL, as for the server; otherwise the SQLite file at DATABASE_PATH.
const config = readDatabaseConfig();
const logger = createLogger('warn');
const backend = await openMigratedBackend(config, logger);
const services = createServices(backend.db, systemClock, { logger });
try {
  const seeded = await backend.exclusively(() => seedSampleArticle(backend.db, services, systemClock.now()));
  const where = describeDatabase(config);
  console.log(seeded ? `Seeded the sample article into ${where}` : `${where} was already seeded`);
} finally {
  await services.pdf.close();
  await backend.close();
}
