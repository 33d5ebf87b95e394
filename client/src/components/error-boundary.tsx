import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { describeError } from '../lib/api-client.ts';

interface BoundaryProps {
  /** Names the screen region in the fallback, e.g. "the claim list". */
  region: string;
  children: ReactNode;
  onReset?: () => void;
}

interface BoundaryState {
  error: unknown;
}

class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): BoundaryState {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`Error in ${this.props.region}`, error, info.componentStack);
  }

  private reset = () => {
    this.props.onReset?.();
    this.setState({ error: null });
  };

  override render() {
    if (this.state.error === null) return this.props.children;
    return (
      <div className="region-error" role="alert">
        <p className="region-error__title">Could not show {this.props.region}.</p>
        <p className="region-error__message">{describeError(this.state.error)}</p>
        <button type="button" className="button button--secondary" onClick={this.reset}>
          Try again
        </button>
      </div>
    );
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
