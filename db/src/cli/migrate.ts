import { databasePathFromEnv } from '../paths.ts';
import { openDatabase } from '../client.ts';
import { runMigrations } from '../migrate.ts';

const path = databasePathFromEnv();
const handle = openDatabase(path);
runMigrations(handle);
handle.close();
console.log(`Migrated ${path}`);
