import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Renders the friendly page; gets the error's details to copy. */
  readonly fallback: (details: string) => ReactNode;
  readonly children: ReactNode;
}

/** Anything that throws while rendering ends on a friendly page, never a blank screen. */
export class ErrorBoundary extends Component<Props, { details: string | undefined }> {
  // Set in the constructor, not as a class field: for the build's targets (es2020) a field
  // brings four helper functions into the start page's JavaScript, and this is its only one.
  constructor(props: Props) {
    super(props);
    this.state = { details: undefined };
  }

  static getDerivedStateFromError(error: unknown) {
    const details = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { details: details.slice(0, 500) };
  }

  override componentDidCatch(_error: unknown, info: ErrorInfo) {
    // Kept on the page for "copy the error details"; nothing is sent anywhere.
    this.setState((s) => ({
      details: `${s.details ?? ''}\n${(info.componentStack ?? '').slice(0, 1000)}`,
    }));
  }

  override render() {
    return this.state.details !== undefined
      ? this.props.fallback(this.state.details)
      : this.props.children;
  }
}
