// A part of the page whose code loads on demand (a menu, a dialog, a rarer control): while it loads, and if its
// code cannot be fetched (the connection dropped since the page loaded), the fallback shows instead — a part that
// cannot load never takes the page, and what was typed in it, down.
import { Component, Suspense, type ReactNode } from 'react';

class LoadFailure extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.warn('A part of the page could not be loaded.', error);
  }

  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** `fallback`: shown while the code loads and when it cannot; `loading`, when given, while it loads instead. */
export function OnDemand({
  fallback = null,
  loading = fallback,
  children,
}: {
  fallback?: ReactNode;
  loading?: ReactNode;
  children: ReactNode;
}) {
  return (
    <LoadFailure fallback={fallback}>
      <Suspense fallback={loading}>{children}</Suspense>
    </LoadFailure>
  );
}
