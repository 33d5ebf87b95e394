/**
 * `npm run user:create -- --email a@b.org --role editor [--name "A B"]`: creates
 * a user, asking for the password (hidden on a terminal; read from standard
 * input when piped, for scripts).
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { CreateUserInputSchema } from '@sanad/shared/schemas/user';
import { describeDatabase, readDatabaseConfig } from '../config.ts';
import { AppError } from '../lib/app-error.ts';
import { systemClock } from '../lib/clock.ts';
import { createLogger } from '../lib/logger.ts';
import { createServices } from '../services.ts';
import { openMigratedBackend } from '../start.ts';

async function readPassword(prompt: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    const lines = createInterface({ input });
    for await (const line of lines) return line;
    return '';
  }
  process.stdout.write(prompt);
  input.setRawMode(true);
  input.resume();
  return new Promise((resolve) => {
    let value = '';
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') {
          input.setRawMode(false);
          input.pause();
          input.off('data', onData);
          process.stdout.write('\n');
          resolve(value);
          return;
        }
        if (char === '\u0003') process.exit(130);
        if (char === '\u007f') value = value.slice(0, -1);
        else value += char;
      }
    };
    input.on('data', onData);
  });
}

const { values } = parseArgs({ options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' } } });
const password = await readPassword('Password (at least 8 characters): ');
const parsed = CreateUserInputSchema.safeParse({
  email: values.email,
  role: values.role,
  name: values.name ?? values.email?.split('@')[0] ?? '',
  password,
});
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`${issue.path.join('.') || 'input'}: ${issue.message}`);
  console.error('Usage: npm run user:create -- --email someone@example.org --role reviewer|editor|admin [--name "Full Name"]');
  process.exit(2);
}
// DATABASE_URL selects PostgreSQL, as for the server; otherwise the SQLite file at DATABASE_PATH.
const config = readDatabaseConfig();
const logger = createLogger('warn');
const backend = await openMigratedBackend(config, logger);
const services = createServices(backend.db, systemClock, { logger });
try {
  const user = await services.users.create(null, parsed.data);
  console.log(`Created ${user.role} ${user.email} (id ${user.id}) in ${describeDatabase(config)}`);
} catch (error) {
  console.error(error instanceof AppError ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await services.pdf.close();
  await backend.close();
}
