import { readConfig } from './config.ts';
import { createLogger } from './lib/logger.ts';
import { start } from './start.ts';

const config = readConfig();
const logger = createLogger(config.logLevel);
const running = await start(config, logger);
console.log(`Sanad is running at ${running.url}/ (database: ${config.databasePath})`);
if (running.demoAccounts.length > 0) {
  console.log('Demo mode (listening on 127.0.0.1 only). Demo accounts:');
  for (const account of running.demoAccounts) console.log(`  ${account.role.padEnd(8)} ${account.email}  password: ${account.password}`);
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void running.stop().then(() => process.exit(0));
  });
}
