import type { ThemeConfig } from 'antd'

/**
 * Calm, conservative look expected of Chinese financial-industry enterprise software: a deep,
 * trustworthy blue as the only accent, light surfaces on a cool grey canvas, modest radii.
 * (A darker seed such as #1f4e96 makes antd derive muddy grey tints for info/selected backgrounds.)
 */
const primary = '#1d5bbf'

/** Latin fonts first, then the Chinese UI font of each OS (PingFang, YaHei, Noto Sans CJK on Linux). */
export const fontFamily = [
  '-apple-system',
  'BlinkMacSystemFont',
  "'Segoe UI'",
  'Roboto',
  "'Helvetica Neue'",
  'Arial',
  "'PingFang SC'",
  "'Hiragino Sans GB'",
  "'Microsoft YaHei'",
  "'Noto Sans CJK SC'",
  "'Noto Sans SC'",
  'sans-serif',
  "'Apple Color Emoji'",
  "'Segoe UI Emoji'"
].join(', ')

export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: primary,
    colorInfo: primary,
    colorLink: primary,
    colorBgLayout: '#f3f5f8',
    // WCAG 2.1 AA (4.5:1) on white and on the grey canvas: antd's 45 % black secondary and
    // placeholder text measures about 3.4:1 there (issue 16's axe scan).
    colorTextSecondary: '#595959',
    colorTextTertiary: '#5f6368',
    colorTextDescription: '#5f6368',
    colorTextPlaceholder: '#6b6f76',
    borderRadius: 6,
    fontFamily,
    fontSize: 14
  },
  components: {
    Layout: {
      headerBg: '#ffffff',
      headerHeight: 56,
      headerPadding: '0 24px',
      footerBg: 'transparent',
      footerPadding: '16px 24px'
    },
    Menu: {
      horizontalLineHeight: '54px',
      itemBg: 'transparent'
    }
  }
}
