import { theme } from 'antd'
import type { HTMLAttributes } from 'react'

interface PanelProps extends HTMLAttributes<HTMLDivElement> {
  /** Inner padding in pixels; antd Card's body padding when absent. */
  padding?: number
}

/**
 * A bordered panel that looks like an antd Card without a title (the same tokens: container
 * background, secondary border, large radius, body padding). The home screen uses it instead of
 * Card because antd's Card imports Tabs for its tab list: about 10 KB gzipped that start-up would
 * load for nothing (tests/unit/startup-bundle.test.ts keeps Card off the start-up path).
 */
export function Panel({ padding, style, ...rest }: PanelProps) {
  const { token } = theme.useToken()
  return (
    <div
      {...rest}
      style={{
        background: token.colorBgContainer,
        border: `${token.lineWidth}px ${token.lineType} ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
        padding: padding ?? token.paddingLG,
        ...style
      }}
    />
  )
}
