import { type Config, describeDatabase, readConfig } from './config.ts';
import { createLogger } from './lib/logger.ts';
import { type Running, start } from './start.ts';

/** Reads the configuration and starts, or says in one line why not (bad setting, unreachable or unsafe database) and exits 1. */
async function startOrExplain(): Promise<{ config: Config; running: Running }> {
  try {
    const config = readConfig();
    const running = await start(config, createLogger(config.logLevel));
    return { config, running };
  } catch (error) {
    console.error(`Sanad did not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

const { config, running } = await startOrExplain();
console.log(`Sanad is running at ${running.url}/ (database: ${describeDatabase(config)})`);
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
