import { Link } from 'react-router';

/** Any path the client does not know. */
export function NotFoundRoute() {
  return (
    <main id="main" className="page">
      <h1 className="page__title">Page not found</h1>
      <p>
        <Link to="/">Back to the articles</Link>
      </p>
    </main>
  );
}
