import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createBrowserRouter, Outlet, RouterProvider } from 'react-router';
import { AppHeader } from './components/app-header.tsx';
import { installHighlightStyles } from './features/claims/highlight-names.ts';
import { createQueryClient } from './lib/query-client.ts';
import { ToastProvider } from './lib/toast.tsx';
import { ArticleRoute } from './routes/article-route.tsx';
import { HomeRoute } from './routes/home-route.tsx';
import { NotFoundRoute } from './routes/not-found-route.tsx';

function Shell() {
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <AppHeader />
      <Outlet />
    </>
  );
}

installHighlightStyles();

const router = createBrowserRouter([
  {
    element: <Shell />,
    children: [
      { path: '/', element: <HomeRoute /> },
      { path: '/articles/:id', element: <ArticleRoute /> },
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
