/** A section whose code loads on first use: a progress bar while it loads, the failure in a MessageBar if it cannot. */
import { Component, Suspense, type ReactNode } from "react";
import { Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar } from "@fluentui/react-components";
import type { PaneStrings } from "./strings";

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
      <MessageBar intent="error" role="alert" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{this.props.strings.sectionLoadFailedTitle}</MessageBarTitle>
          {this.props.strings.sectionLoadFailed(detail)}
        </MessageBarBody>
      </MessageBar>
    );
  }
}

export function LazySection({ strings, children }: BoundaryProps) {
  return (
    <LoadFailure strings={strings}>
      <Suspense
        fallback={
          <Field validationMessage={strings.loading} validationState="none">
            <ProgressBar thickness="large" />
          </Field>
        }
      >
        {children}
      </Suspense>
    </LoadFailure>
  );
}
