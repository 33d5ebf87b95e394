import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { can } from '@sanad/shared/permissions';
import { Suspense, useEffect, useLayoutEffect, type ReactNode } from 'react';
import { createBrowserRouter, type LoaderFunctionArgs, Outlet, redirect, RouterProvider, useNavigate } from 'react-router';
import { AppHeader } from './components/app-header.tsx';
import { LanguageSwitch } from './components/language-switch.tsx';
import { Loading, PageLoading } from './components/page-loading.tsx';
import { SessionGuard } from './components/session-guard.tsx';
import { useSaveLanguagePreference } from './features/account/api/save-language-preference.ts';
import { useLogout } from './features/auth/api/logout.ts';
import { HIGHLIGHT_CSS, installRatingHighlights } from './features/claims/highlight-names.ts';
import { FIND_HIGHLIGHT_CSS } from './features/find-in-article/find-highlight-names.ts';
import { CHECK_WORTHY_HIGHLIGHT_CSS } from './features/suggestions/suggestion-highlight-names.ts';
import { SearchBox } from './features/search/components/search-box.tsx';
import { setUnauthenticatedHandler } from './lib/api-client.ts';
import { installHighlightStyles } from './lib/highlights.ts';
import { removeFirstScreen } from './lib/first-screen.ts';
import { createQueryClient } from './lib/query-client.ts';
import { ratingScaleQueryOptions, useRatingScaleQuery } from './lib/rating-scale.ts';
import { sessionKeys } from './lib/query-keys.ts';
import { hasSignedInHint, sessionQueryOptions, useCurrentUser } from './lib/session.ts';
import { ToastProvider, useToast } from './lib/toast.tsx';
import { ArticleRoute, prefetchArticleRoute } from './routes/article/article-route.tsx';
import {
  AccountRoute,
  AdminOrganisationRoute,
  AdminScaleRoute,
  AdminUsersRoute,
  ApprovalsRoute,
  ArticleSummaryRoute,
  HomeRoute,
  LoginRoute,
  MethodologyRoute,
  QueueRoute,
  SearchRoute,
  StartRoute,
} from './routes/lazy-routes.ts';
import { NotFoundRoute } from './routes/not-found-route.tsx';
import { useT } from './i18n/use-t.ts';

function SkipLink() {
  const t = useT();
  return (
    <a href="#main" className="skip-link">
      {t('shell.skipToContent')}
    </a>
  );
}

/** The screens that need a session: header with the user and navigation, then the page. */
function Shell() {
  return (
    <>
      <SkipLink />
      <SessionGuard>
        <SignedInHeader />
        <RatingScaleGate>
          <ScreenSuspense />
        </RatingScaleGate>
      </SessionGuard>
    </>
  );
}

/**
 * Loads the live rating scale once, before any screen renders (badges, the
 * verdict form and the highlight colours all read it, so nothing flashes in
 * default colours), and (re)installs the highlight rules whenever it changes.
 */
function RatingScaleGate({ children }: { children: ReactNode }) {
  const t = useT();
  const scale = useRatingScaleQuery();
  // A layout effect: the rules are in place before the first paint of the article.
  useLayoutEffect(() => {
    if (scale.data) installRatingHighlights(scale.data.ratings);
  }, [scale.data]);
  if (scale.isPending) {
    return (
      <main id="main" className="page">
        <Loading label={t('shell.loadingScale')} />
      </main>
    );
  }
  if (scale.isError) throw scale.error;
  return children;
}

/** The current screen; one loaded on first use shows a quiet placeholder meanwhile. */
function ScreenSuspense() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Outlet />
    </Suspense>
  );
}

function SignedInHeader() {
  const t = useT();
  const user = useCurrentUser();
  const logout = useLogout();
  const saveLanguage = useSaveLanguagePreference();
  const navigate = useNavigate();
  const toast = useToast();
  return (
    <AppHeader
      search={<SearchBox />}
      user={user}
      // The same choice as the Account page's, reachable from any screen: switching keeps whatever is being typed.
      language={<LanguageSwitch onChoose={(language) => saveLanguage.mutate(language)} />}
      nav={{
        approvals: can(user.role, 'queue.approvals'),
        users: can(user.role, 'user.manage'),
        dashboard: can(user.role, 'queue.approvals'),
        organisation: can(user.role, 'settings.manage'),
        scale: can(user.role, 'settings.manage'),
      }}
      loggingOut={logout.isPending}
      onLogout={() =>
        logout.mutate(undefined, {
          onSuccess: () => {
            toast.show(t('shell.loggedOut'), 'info');
            void navigate('/login', { replace: true });
          },
        })
      }
    />
  );
}

/** The login page: the header without navigation, with the language switch for people not logged in yet. */
function PublicShell() {
  // A session that ended between the page's HTML and the app's first read: the login page shows, not the first screen.
  useLayoutEffect(removeFirstScreen, []);
  return (
    <>
      <SkipLink />
      <AppHeader end={<LanguageSwitch />} />
      <ScreenSuspense />
    </>
  );
}

installHighlightStyles(HIGHLIGHT_CSS, FIND_HIGHLIGHT_CSS, CHECK_WORTHY_HIGHLIGHT_CSS);

/** The one query client: the route loaders below start queries in it before the screens render. */
const queryClient = createQueryClient();

/**
 * Route loaders only start the queries a screen is about to read (they return nothing and never
 * wait): the session check, the rating scale and an article's text and claims then load in parallel
 * from the moment the route matches, instead of one after another as each gate renders (ADR 012).
 */
const shellLoader = ({ request }: { request: Request }) => {
  if (!hasSignedInHint()) {
    const { pathname, search } = new URL(request.url);
    return redirect(`/login?next=${encodeURIComponent(`${pathname}${search}`)}`);
  }
  void queryClient.prefetchQuery(sessionQueryOptions());
  void queryClient.prefetchQuery(ratingScaleQueryOptions());
  return null;
};

/** `/`: loads the start screen's code and, once the session says who is here, its data (never waits). */
const prefetchStartRoute = (url: string) => {
  void import('./routes/dashboard-route.tsx').then((module) => module.prefetchStartRoute(queryClient, new URL(url)));
  return null;
};

/** A child route's prefetch, run only when someone may be logged in: child loaders run beside the shell's, which redirects otherwise. */
const whenSignedIn =
  (prefetch: (args: LoaderFunctionArgs) => null) =>
  (args: LoaderFunctionArgs): null =>
    hasSignedInHint() ? prefetch(args) : null;

const router = createBrowserRouter([
  {
    element: <PublicShell />,
    children: [{ path: '/login', element: <LoginRoute /> }],
  },
  {
    element: <Shell />,
    loader: shellLoader,
    children: [
      { path: '/', element: <StartRoute />, loader: whenSignedIn(({ request }) => prefetchStartRoute(request.url)) },
      { path: '/articles', element: <HomeRoute /> },
      { path: '/articles/:id', element: <ArticleRoute />, loader: whenSignedIn(({ params }) => prefetchArticleRoute(queryClient, params.id)) },
      { path: '/articles/:id/summary', element: <ArticleSummaryRoute /> },
      { path: '/search', element: <SearchRoute /> },
      { path: '/queue', element: <QueueRoute /> },
      { path: '/approvals', element: <ApprovalsRoute /> },
      { path: '/admin/users', element: <AdminUsersRoute /> },
      { path: '/admin/organisation', element: <AdminOrganisationRoute /> },
      { path: '/account', element: <AccountRoute /> },
      { path: '/admin/scale', element: <AdminScaleRoute /> },
      { path: '/methodology', element: <MethodologyRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);

/**
 * Any 401 from the API (the session expired or was ended, e.g. the account
 * was deactivated) forgets the session and goes to the login page, which
 * brings the user back here afterwards.
 */
function UnauthenticatedRedirect() {
  const queryClient = useQueryClient();
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      const { pathname, search } = window.location;
      if (pathname === '/login') return;
      queryClient.removeQueries({ queryKey: sessionKeys.all });
      void router.navigate(`/login?next=${encodeURIComponent(`${pathname}${search}`)}`, { replace: true });
    });
    return () => setUnauthenticatedHandler(null);
  }, [queryClient]);
  return null;
}

/** The application: query client, toasts, highlight colours and routes, wired once. */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <UnauthenticatedRedirect />
        <RouterProvider router={router} />
      </ToastProvider>
    </QueryClientProvider>
  );
}
