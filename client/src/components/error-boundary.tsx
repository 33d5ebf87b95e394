import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/use-t.ts';
import { describeError } from '../lib/api-client.ts';
import { removeFirstScreen } from '../lib/first-screen.ts';

interface BoundaryProps {
  /** Names the screen region in the fallback, in the interface language, e.g. "the claim list". */
  region: string;
  children: ReactNode;
  onReset?: () => void;
}

interface BoundaryState {
  error: unknown;
}

/** The fallback of a failed region, in the interface language. */
function RegionError({ region, error, onRetry }: { region: string; error: unknown; onRetry: () => void }) {
  const t = useT();
  return (
    <div className="region-error" role="alert">
      <p className="region-error__title">{t('shell.regionError', { region })}</p>
      <p className="region-error__message">{describeError(error)}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {t('common.retry')}
      </button>
    </div>
  );
}

class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`Error in ${this.props.region}`, error, info.componentStack);
    // The first screen the server wrote into the page (ADR 037) must not hide the error in its place.
    removeFirstScreen();
  }

  private reset = () => {
    this.props.onReset?.();
    this.setState({ error: null });
  };

  override render() {
    if (this.state.error === null) return this.props.children;
    return <RegionError region={this.props.region} error={this.state.error} onRetry={this.reset} />;
  }
}

/**
 * An error boundary for one region of a screen: a failed query or a render
 * error there shows a message with "Try again" (which refetches the failed
 * queries) while the rest of the screen keeps working.
 */
export function RegionBoundary({ region, children }: { region: string; children: ReactNode }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <Boundary region={region} onReset={reset}>
          {children}
        </Boundary>
      )}
    </QueryErrorResetBoundary>
  );
}
