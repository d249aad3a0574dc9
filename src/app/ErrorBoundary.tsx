// Catches render errors so a bug shows a readable message with a way back, never a blank page.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';

export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | undefined }> {
  override state = { error: undefined as Error | undefined };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Unexpected error in the profile editor', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Alert
        severity="error"
        role="alert"
        action={<Button onClick={() => this.setState({ error: undefined })}>Try again</Button>}
      >
        Something went wrong while showing this page: {this.state.error.message}
      </Alert>
    );
  }
}
