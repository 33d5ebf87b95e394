import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEndpoint, EMPTY, json, schemaRef } from '@sanad/shared/api/endpoint';
import { IdParamsSchema } from '@sanad/shared/schemas/common';
import { API } from '@sanad/shared/api/registry';
import { assertRoutesCover, route } from '../http/route.ts';
import { ContractViolation, checkResponse } from './contract.ts';
import { type TestServer, startTestServer } from './test-server.ts';

const thing = defineEndpoint({
  method: 'GET',
  path: '/things/:id',
  params: schemaRef(IdParamsSchema),
  reply: json(schemaRef(z.object({ id: z.number(), name: z.string(), tags: z.array(z.string()) }))),
  summary: 'A thing.',
});
const removeThing = defineEndpoint({ method: 'DELETE', path: '/things/:id', params: schemaRef(IdParamsSchema), reply: EMPTY, versioned: true, summary: 'Delete a thing.' });
const endpoints = [thing, removeThing];
const check = (method: string, status: number, body: unknown) => async () => checkResponse(method, '/api/things/3', status, 'application/json', body, endpoints);

describe(checkResponse.name, () => {
  it('passes a body that is exactly its schema', async () => {
    await expect(check('GET', 200, { id: 3, name: 'x', tags: [] })()).resolves.toBe(thing);
  });

  it('fails a presenter that drops a field, adds one, or changes a type', async () => {
    await expect(check('GET', 200, { id: 3, name: 'x' })()).rejects.toThrow(ContractViolation);
    await expect(check('GET', 200, { id: 3, name: 'x', tags: [], secret: 'hash' })()).rejects.toThrow(/does not name/);
    await expect(check('GET', 200, { id: '3', name: 'x', tags: [] })()).rejects.toThrow(ContractViolation);
  });

  it('fails a status the endpoint does not answer, and a path no endpoint has', async () => {
    await expect(check('GET', 201, { id: 3, name: 'x', tags: [] })()).rejects.toThrow(/answers 200/);
    await expect(check('DELETE', 200, {})()).rejects.toThrow(/answers 204/);
    await expect(checkResponse('GET', '/api/nothing', 200, 'application/json', {}, endpoints)).rejects.toThrow(/no endpoint/);
  });

  it('parses errors with the envelope', async () => {
    await expect(check('GET', 404, { error: { code: 'not_found', message: 'No thing with id 3.', details: [] } })()).resolves.toBe(thing);
    await expect(check('GET', 404, { error: { code: 'no_such_code', message: 'x', details: [] } })()).rejects.toThrow(ContractViolation);
    await expect(check('GET', 500, { message: 'boom' })()).rejects.toThrow(ContractViolation);
  });
});

describe(assertRoutesCover.name, () => {
  it('refuses a contract with an endpoint missing, mounted twice, foreign, or versioned without a current view', () => {
    expect(() => assertRoutesCover([thing], [])).toThrow(/mounted 0 times/);
    const handler = async () => ({ id: 1, name: 'x', tags: [] });
    expect(() => assertRoutesCover([thing], [route(thing, handler), route(thing, handler)])).toThrow(/mounted 2 times/);
    expect(() => assertRoutesCover([], [route(thing, handler)])).toThrow(/not in the shared API registry/);
    const loose = { endpoint: removeThing, handle: async () => undefined, options: undefined };
    expect(() => assertRoutesCover([removeThing], [loose])).toThrow(/no current view/);
  });

  it('knows every endpoint once: no two share a method and path', () => {
    const keys = API.map((endpoint) => `${endpoint.method} ${endpoint.path}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('the test client', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('fails a route test whose presenter drifts from the shared schema', async () => {
    expect((await server.request('GET', '/api/organisation')).status).toBe(200);
    const organisation = server.services.organisation;
    const get = organisation.get.bind(organisation);
    organisation.get = async (actor) => ({ ...(await get(actor)), name: 42 as unknown as string });
    try {
      await expect(server.request('GET', '/api/organisation')).rejects.toThrow(ContractViolation);
    } finally {
      organisation.get = get;
    }
  });
});
