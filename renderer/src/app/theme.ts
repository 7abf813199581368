import type { ThemeConfig } from 'antd'

/**
 * Calm, conservative look expected of Chinese financial-industry enterprise software: a deep,
 * trustworthy blue as the only accent, light surfaces on a cool grey canvas, modest radii.
 * (A darker seed such as #1f4e96 makes antd derive muddy grey tints for info/selected backgrounds.)
 */
const primary = '#1d5bbf'

/**
 * Text on white and on antd's pale status tints must reach WCAG 2.1 AA (4.5:1) — issue 16's axe
 * scan. antd draws status text in the seed colour itself (green #52c41a 2.2:1, gold #faad14 1.8:1,
 * red #ff4d4f 3.0:1) and preset tags in the 7th shade (orange-7 3.3:1); these are the darker shades
 * of the same hues. The seeds stay, so fills, borders and tints keep antd's palette.
 */
const statusText = {
  success: '#237804', // green-8, 5.4:1 on its tint
  warning: '#ad4e00', // orange-8, 5.2:1 on the gold tint
  error: '#cf1322' // red-7, 5.1:1 on its tint
}

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

/**
 * Shade 7 of the preset hues that fail 4.5:1 on their own tint, replaced by a darker shade (8 or
 * 9) of the same hue. antd keeps each shade under two names (orange7, orange-7) and its CSS
 * variables come from the hyphenated one, so both are set.
 */
const presetTextShades = Object.fromEntries(
  Object.entries({
    green: '#237804',
    orange: '#ad4e00',
    gold: '#874d00',
    volcano: '#ad2102',
    cyan: '#006d75',
    lime: '#3f6600',
    yellow: '#876800'
  }).flatMap(([hue, shade]) => [
    [`${hue}7`, shade],
    [`${hue}-7`, shade]
  ])
)

/** The sticky app header's height; toasts open below it (App.tsx), never over its menu. */
export const HEADER_HEIGHT = 56

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
    // antd derives a hover shade of 4.3:1; a default button shows its text in it when hovered.
    colorPrimaryHover: '#2f6bc8',
    colorLinkHover: '#2f6bc8',
    colorSuccessText: statusText.success,
    colorWarningText: statusText.warning,
    colorErrorText: statusText.error,
    // Preset tags write their text in shade 7; these hues are too light there.
    ...presetTextShades,
    borderRadius: 6,
    fontFamily,
    fontSize: 14
  },
  components: {
    // Filled status tags and a finished progress bar's figure use the status seed as text colour.
    Tag: {
      colorSuccess: statusText.success,
      colorWarning: statusText.warning,
      colorError: statusText.error
    },
    Progress: { colorSuccess: statusText.success },
    Form: { colorError: statusText.error },
    Layout: {
      headerBg: '#ffffff',
      headerHeight: HEADER_HEIGHT,
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
