/** A quiet placeholder while a region's data loads. */
export function Loading({ label }: { label: string }) {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  );
}

/** The placeholder of a whole screen whose code is still loading: the main landmark with a quiet "Loading…". */
export function PageLoading() {
  return (
    <main id="main" className="page page--loading">
      <Loading label="Loading…" />
    </main>
  );
}
