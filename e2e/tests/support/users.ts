import { expect, request as playwrightRequest, type APIRequestContext, type Browser, type BrowserContext, type Page, type TestInfo } from '@playwright/test';
import type { Role } from '@sanad/shared/permissions';
import type { User } from '@sanad/shared/schemas/user';
import { articleEndpoints } from '@sanad/shared/api/articles';
import { sessionEndpoints } from '@sanad/shared/api/session';
import { userEndpoints } from '@sanad/shared/api/users';
import { bodyOf, callApi, readApi } from './api.ts';

/** The demo accounts the server creates in demo mode (a fresh e2e database). */
export const DEMO_USERS = {
  reviewer: { email: 'reviewer@sanad.test', password: 'sanad-demo' },
  editor: { email: 'editor@sanad.test', password: 'sanad-demo' },
  admin: { email: 'admin@sanad.test', password: 'sanad-demo' },
} as const;

/** Email and password of an account. */
export interface Credentials {
  email: string;
  password: string;
}

function baseURL(testInfo: TestInfo): string {
  const url = testInfo.project.use.baseURL;
  if (!url) throw new Error('The config sets baseURL.');
  return url;
}

/**
 * A separate browser (own cookies) logged in as `who` through the API, with a
 * page in it: how a test puts a second person at the desk.
 */
export async function browserAs(browser: Browser, testInfo: TestInfo, who: Credentials): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: baseURL(testInfo), storageState: { cookies: [], origins: [] } });
  const response = await callApi(context.request, sessionEndpoints.login, { body: who });
  expect(response.status, response.text).toBe(200);
  return { context, page: await context.newPage() };
}

/** An API client logged in as `who` (disposed by the caller). */
export async function apiAs(testInfo: TestInfo, who: Credentials): Promise<APIRequestContext> {
  const api = await playwrightRequest.newContext({ baseURL: baseURL(testInfo), storageState: { cookies: [], origins: [] } });
  const response = await callApi(api, sessionEndpoints.login, { body: who });
  expect(response.status, response.text).toBe(200);
  return api;
}

/** Creates an account as the demo admin; returns it with its password. */
export async function createUser(testInfo: TestInfo, input: { name: string; role: Role; email?: string }): Promise<{ user: User; credentials: Credentials }> {
  const admin = await apiAs(testInfo, DEMO_USERS.admin);
  const credentials = { email: input.email ?? `${input.role}-${Date.now()}-${testInfo.workerIndex}@sanad.test`, password: 'a long test passphrase' };
  const response = await callApi(admin, userEndpoints.create, { body: { name: input.name, role: input.role, ...credentials } });
  expect(response.status, response.text).toBe(201);
  const user = bodyOf(response);
  await admin.dispose();
  return { user, credentials };
}

/**
 * Assigns reviewers to an article as the demo editor, as a desk does before
 * two people work on the same claims (a reviewer changes only their own
 * claims, claims assigned to them, or claims of articles assigned to them).
 * `who` are credentials of the reviewers; the demo reviewer by default.
 */
export async function assignArticle(testInfo: TestInfo, articleId: number, who: Credentials[]): Promise<void> {
  const ids: number[] = [];
  for (const credentials of who) {
    const api = await apiAs(testInfo, credentials);
    const session = await readApi(api, sessionEndpoints.get);
    ids.push(session.user.id);
    await api.dispose();
  }
  const editor = await apiAs(testInfo, DEMO_USERS.editor);
  const current = await readApi(editor, articleEndpoints.get, { params: { id: articleId } });
  const response = await callApi(editor, articleEndpoints.setAssignees, { params: { id: articleId }, body: { userIds: ids }, ifMatch: current.version });
  expect(response.status, response.text).toBe(200);
  await editor.dispose();
}

/**
 * Stores `language` as the interface language of the account `request` is
 * logged in as (the Account page's choice, through the API): every page that
 * account opens afterwards speaks it. Tests give it to accounts of their own,
 * so the demo accounts stay in the organisation's default language.
 */
export async function setInterfaceLanguage(request: APIRequestContext, language: 'ar' | 'en' | null): Promise<void> {
  const session = await readApi(request, sessionEndpoints.get, {});
  const response = await callApi(request, sessionEndpoints.updatePreferences, { body: { language }, ifMatch: session.user.version });
  expect(response.status, response.text).toBe(200);
}
