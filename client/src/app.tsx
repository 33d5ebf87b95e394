import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createBrowserRouter, Outlet, RouterProvider } from 'react-router';
import { AppHeader } from './components/app-header.tsx';
import { HIGHLIGHT_CSS } from './features/claims/highlight-names.ts';
import { FIND_HIGHLIGHT_CSS } from './features/find-in-article/find-highlight-names.ts';
import { SearchBox } from './features/search/components/search-box.tsx';
import { installHighlightStyles } from './lib/highlights.ts';
import { createQueryClient } from './lib/query-client.ts';
import { ToastProvider } from './lib/toast.tsx';
import { ArticleRoute } from './routes/article-route.tsx';
import { HomeRoute } from './routes/home-route.tsx';
import { NotFoundRoute } from './routes/not-found-route.tsx';
import { SearchRoute } from './routes/search-route.tsx';

function Shell() {
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <AppHeader search={<SearchBox />} />
      <Outlet />
    </>
  );
}

installHighlightStyles(HIGHLIGHT_CSS, FIND_HIGHLIGHT_CSS);

const router = createBrowserRouter([
  {
    element: <Shell />,
    children: [
      { path: '/', element: <HomeRoute /> },
      { path: '/articles/:id', element: <ArticleRoute /> },
      { path: '/search', element: <SearchRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
]);

/** The application: query client, toasts, highlight colours and routes, wired once. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </QueryClientProvider>
  );
}
