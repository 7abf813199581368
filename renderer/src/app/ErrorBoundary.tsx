import { Component, type ErrorInfo, type ReactNode } from 'react'
import { i18n } from '../i18n/i18n'
import { setAppState } from './app-state'
import { ErrorScreen } from './ErrorScreen'

interface ErrorBoundaryState {
  error: unknown
  failed: boolean
}

/**
 * Top-level catch for render errors: a clear message and a reload button instead of a blank
 * window. (React has no hook equivalent, hence the one class component.)
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null, failed: false }

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error, failed: true }
  }

  override componentDidCatch(_error: unknown, _info: ErrorInfo): void {
    // React has already logged the error; the signal lets tests and support tooling see it too.
    setAppState('error')
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children
    return (
      <ErrorScreen
        title={i18n.t('errors.boundaryTitle')}
        description={i18n.t('errors.boundaryDescription')}
        reloadLabel={i18n.t('errors.reload')}
        detailsLabel={i18n.t('errors.details')}
        error={this.state.error}
      />
    )
  }
}
