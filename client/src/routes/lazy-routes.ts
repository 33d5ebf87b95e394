import { lazy } from 'react';

/**
 * The screens that an article view does not need, each loaded on first use
 * so the first download stays small (the article screen itself is eager:
 * it is where a reviewer spends the day). The shell shows a quiet
 * "Loading…" while one arrives; navigations keep the current screen until then.
 */
export const HomeRoute = lazy(() => import('./home-route.tsx').then((module) => ({ default: module.HomeRoute })));
export const LoginRoute = lazy(() => import('./login-route.tsx').then((module) => ({ default: module.LoginRoute })));
export const SearchRoute = lazy(() => import('./search-route.tsx').then((module) => ({ default: module.SearchRoute })));
export const QueueRoute = lazy(() => import('./queue-route.tsx').then((module) => ({ default: module.QueueRoute })));
export const ApprovalsRoute = lazy(() => import('./approvals-route.tsx').then((module) => ({ default: module.ApprovalsRoute })));
export const AdminUsersRoute = lazy(() => import('./admin-users-route.tsx').then((module) => ({ default: module.AdminUsersRoute })));
export const StartRoute = lazy(() => import('./dashboard-route.tsx').then((module) => ({ default: module.StartRoute })));
export const ArticleSummaryRoute = lazy(() => import('./article-summary-route.tsx').then((module) => ({ default: module.ArticleSummaryRoute })));
export const AdminOrganisationRoute = lazy(() => import('./admin-organisation-route.tsx').then((module) => ({ default: module.AdminOrganisationRoute })));
export const AccountRoute = lazy(() => import('./account-route.tsx').then((module) => ({ default: module.AccountRoute })));
export const AdminScaleRoute = lazy(() => import('./admin-scale-route.tsx').then((module) => ({ default: module.AdminScaleRoute })));
export const MethodologyRoute = lazy(() => import('./methodology-route.tsx').then((module) => ({ default: module.MethodologyRoute })));
