/**
 * A section whose code loads on first use: a progress bar while it loads, the failure in a MessageBar if it cannot.
 * The bar is the browser's own: Fluent's Field and ProgressBar would put two more packages into the pane's first chunks.
 */
import { Component, Suspense, type ReactNode } from "react";
import { StatusMessage } from "./StatusMessage";
import type { PaneStrings } from "../i18n";

interface BoundaryProps {
  readonly strings: PaneStrings;
  readonly children: ReactNode;
}

class LoadFailure extends Component<BoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    const detail = error instanceof Error ? error.message : String(error);
    return (
      <StatusMessage
        status={{
          intent: "error",
          title: this.props.strings.sectionLoadFailedTitle,
          text: this.props.strings.sectionLoadFailed(detail),
        }}
        layout="multiline"
      />
    );
  }
}

export function LazySection({ strings, children }: BoundaryProps) {
  return (
    <LoadFailure strings={strings}>
      <Suspense
        fallback={
          <p role="status" style={{ margin: 0 }}>
            <progress aria-label={strings.loading} style={{ display: "block", width: "100%" }} />
            {strings.loading}
          </p>
        }
      >
        {children}
      </Suspense>
    </LoadFailure>
  );
}
