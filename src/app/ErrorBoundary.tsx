// Catches render errors so a bug shows a readable message with a way back, never a blank page.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import { aroundSlot, appMessages } from './app-messages';
import { composeTitle, DocumentTitle } from './page-title';

interface Props {
  children: ReactNode;
  /** The app offers the way back to the list of providers (a full load: the page's state may be what broke). */
  wayBack?: boolean;
}

export class ErrorBoundary extends Component<Props, { error: Error | undefined }> {
  override state = { error: undefined as Error | undefined };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Unexpected error in the profile editor', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    const t = appMessages.t;
    const [beforeLink, afterLink] = aroundSlot((link) => t('error.wayBack', { link }));
    return (
      <>
        <DocumentTitle title={composeTitle(undefined, 'error')} />
        <Alert
          severity="error"
          role="alert"
          action={<Button onClick={() => this.setState({ error: undefined })}>{t('error.tryAgain')}</Button>}
        >
          {t('error.message', { message: this.state.error.message })}
          {this.props.wayBack && (
            <>
              {' '}
              {beforeLink}
              <Link href="/">{t('error.listOfProviders')}</Link>
              {afterLink}
            </>
          )}
        </Alert>
      </>
    );
  }
}
