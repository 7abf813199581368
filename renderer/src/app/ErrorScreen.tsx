import type { ReactNode } from 'react'
import { fontFamily } from './theme'

interface ErrorScreenProps {
  title: string
  description: string
  reloadLabel: string
  detailsLabel: string
  error: unknown
  /** Extra actions between the explanation and the reload button (the recovery screen's restore). */
  children?: ReactNode
}

const errorText = (error: unknown): string =>
  error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error)

/**
 * The last-resort screen for start-up failures and render crashes. Plain HTML with inline styles
 * on purpose: it must still work when antd, the theme or the router is what broke. It replaces
 * the whole app (start-up, or the error boundary around everything), so it is the page's one
 * <main> landmark.
 */
export function ErrorScreen({
  title,
  description,
  reloadLabel,
  detailsLabel,
  error,
  children
}: ErrorScreenProps) {
  return (
    <main>
      <div
        role="alert"
        data-testid="error-screen"
        style={{
          maxWidth: children ? 880 : 640,
          margin: '12vh auto 0',
          padding: '32px 40px',
          background: '#fff',
          border: '1px solid #f0d0d0',
          borderRadius: 8,
          fontFamily,
          color: '#1f2933'
        }}
      >
        <h1 style={{ fontSize: 22, margin: '0 0 12px', color: '#b42318' }}>{title}</h1>
        <p style={{ lineHeight: 1.6, margin: '0 0 20px', whiteSpace: 'pre-line' }}>{description}</p>
        {children}
        <button
          type="button"
          onClick={() => window.location.reload()}
          style={{
            padding: '6px 16px',
            font: 'inherit',
            fontSize: 14,
            borderRadius: 6,
            border: '1px solid #1d5bbf',
            background: '#1d5bbf',
            color: '#fff',
            cursor: 'pointer'
          }}
        >
          {reloadLabel}
        </button>
        <details style={{ marginTop: 24 }}>
          <summary style={{ cursor: 'pointer', color: '#52606d' }}>{detailsLabel}</summary>
          <pre style={{ whiteSpace: 'pre-wrap', fontSize: 12, color: '#52606d' }}>
            {errorText(error)}
          </pre>
        </details>
      </div>
    </main>
  )
}
