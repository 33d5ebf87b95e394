import { databasePathFromEnv } from '../paths.ts';
import { openDatabase } from '../client.ts';
import { runMigrations } from '../migrate.ts';
import { seedSampleArticle } from '../seed.ts';

const path = databasePathFromEnv();
const handle = openDatabase(path);
runMigrations(handle);
const seeded = await seedSampleArticle(handle.db);
handle.close();
console.log(seeded ? `Seeded the sample article into ${path}` : `${path} was already seeded`);
