import { readConfig } from './config.ts';
import { createLogger } from './lib/logger.ts';
import { start } from './start.ts';

const config = readConfig();
const logger = createLogger(config.logLevel);
const running = await start(config, logger);
console.log(`Sanad is running at ${running.url}/ (database: ${config.databasePath})`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void running.stop().then(() => process.exit(0));
  });
}
