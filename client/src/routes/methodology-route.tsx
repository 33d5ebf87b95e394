import { RegionBoundary } from '../components/error-boundary.tsx';
import { Methodology } from '../features/rating-scale/components/methodology.tsx';

/** `/methodology` (everyone signed in): the rating scale as published methodology, ready to print. */
export function MethodologyRoute() {
  return (
    <main id="main" className="page page--methodology">
      <div className="page__header">
        <div>
          <h1 className="page__title">Methodology</h1>
          <p className="page__subtitle">How Sanad reviews claims, and what each rating means.</p>
        </div>
        <button type="button" className="button button--secondary no-print" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <RegionBoundary region="the methodology">
        <Methodology />
      </RegionBoundary>
    </main>
  );
}
