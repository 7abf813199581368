import { Typography } from 'antd'
import type { ReactNode } from 'react'

interface PageHeadingProps {
  title: string
  intro?: string
  /** Actions aligned to the right of the title (buttons for the screen). */
  extra?: ReactNode
}

/** The title block every screen starts with: one h1 per page, then a short explanation. */
export function PageHeading({ title, intro, extra }: PageHeadingProps) {
  return (
    <header style={{ marginBottom: 24 }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 16 }}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0, flex: 1 }}>
          {title}
        </Typography.Title>
        {extra}
      </div>
      {intro && (
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', maxWidth: 960 }}>
          {intro}
        </Typography.Paragraph>
      )}
    </header>
  )
}
