import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import { type AnyEndpoint, findEndpoint } from '@sanad/shared/api/endpoint';
import { API } from '@sanad/shared/api/registry';
import { ErrorEnvelopeSchema } from '@sanad/shared/schemas/error';

/** A response that does not match its endpoint's contract. */
export class ContractViolation extends Error {
  override readonly name = 'ContractViolation';
}

function parseExactly(schema: z.ZodType, body: unknown, what: string): void {
  const result = schema.safeParse(body);
  if (!result.success) {
    throw new ContractViolation(`${what} does not match its schema: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  // Parsing strips keys a schema does not name and fills defaults: a body that changes under parsing has drifted from it too.
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(result.data)), body)) {
    throw new ContractViolation(`${what} carries fields its schema does not name, or lacks ones it defaults: ${JSON.stringify(body).slice(0, 300)}`);
  }
}

/**
 * Checks a response against the contract (ADR 014): a success is parsed by
 * its endpoint's reply schema (and must come out unchanged), with the
 * endpoint's status; an error by the error envelope. Every route test's
 * response passes through here, so a presenter that drifts from its schema
 * fails the test that calls it. Returns the endpoint, when one answers.
 */
export async function checkResponse(method: string, url: string, status: number, contentType: string | null, body: unknown, endpoints: readonly AnyEndpoint[] = API): Promise<AnyEndpoint | undefined> {
  const path = new URL(url, 'http://localhost').pathname.replace(/^\/api/, '');
  const endpoint = findEndpoint(endpoints, method, path);
  const what = `${method} /api${path} (${status})`;
  if (status >= 400) {
    if (contentType?.includes('application/json')) parseExactly(ErrorEnvelopeSchema, body, what);
    else if (path !== '' && url.includes('/api/')) throw new ContractViolation(`${what} answered an error that is not a JSON envelope.`);
    return endpoint;
  }
  if (!endpoint) throw new ContractViolation(`${what} answered, but no endpoint of the shared API has this method and path.`);
  const reply = endpoint.reply;
  switch (reply.kind) {
    case 'json':
      if (status !== reply.status) throw new ContractViolation(`${what}: the endpoint answers ${reply.status}.`);
      parseExactly(await reply.schema.load(), body, what);
      break;
    case 'empty':
      if (status !== 204) throw new ContractViolation(`${what}: the endpoint answers 204.`);
      break;
    case 'file':
    case 'events':
      if (status !== 200) throw new ContractViolation(`${what}: the endpoint answers 200.`);
      break;
  }
  return endpoint;
}
