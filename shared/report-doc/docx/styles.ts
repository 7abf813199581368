import { LineRuleType } from 'docx'
import type { IStylesOptions, IThemeOptions } from 'docx'
import type { Tone } from '../document'

/**
 * Fonts and styles that Word, WPS and LibreOffice agree on: Chinese fonts in the eastAsia slot of
 * every style (宋体 body, 黑体 headings), Times New Roman for Latin text, and no theme font
 * anywhere (WPS flags theme fonts it cannot map as missing). The theme's own fonts are set to the
 * same faces, for anything that still reads them.
 */
export const FONTS = {
  latin: 'Times New Roman',
  body: '宋体',
  heading: '黑体'
} as const

const font = (eastAsia: string) => ({
  ascii: FONTS.latin,
  hAnsi: FONTS.latin,
  cs: FONTS.latin,
  eastAsia
})

/** Sizes in half-points: 小四 body, 五号 tables, 三号/四号/小四 headings, 一号 title. */
export const SIZES = {
  body: 24,
  small: 18,
  h1: 32,
  h2: 28,
  h3: 24,
  title: 52,
  cover: 30
} as const

export const TONE_COLORS: Record<Tone, string> = {
  danger: 'C00000',
  warning: 'B45F06',
  good: '2E7D32',
  muted: '595959'
}

export const HEADER_FILL = 'E7ECF3'

/** Style ids the writers use besides the built-in headings. */
export const STYLE = { table: 'TableText', caption: 'FigureCaption', cover: 'CoverText' } as const

/** Line spacing as a multiple (240 = single): never exact, which would clip charts and images. */
export const lineSpacing = (line: number) => ({ line, lineRule: LineRuleType.AUTO })

/** Outline levels 0–2: Word, WPS and LibreOffice all find the headings for the contents by them. */
const heading = (size: number, before: number, after: number, outlineLevel: number) => ({
  run: { font: font(FONTS.heading), size, bold: false, color: '000000' },
  paragraph: {
    spacing: { before, after, ...lineSpacing(360) },
    keepNext: true,
    keepLines: true,
    outlineLevel
  }
})

/** The styles; `tableSize` (half-points) is the tables' text size, by the report's language. */
export function documentStyles(tableSize: number): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: font(FONTS.body), size: SIZES.body },
        paragraph: { spacing: lineSpacing(360) }
      },
      heading1: heading(SIZES.h1, 360, 240, 0),
      heading2: heading(SIZES.h2, 240, 120, 1),
      heading3: heading(SIZES.h3, 180, 60, 2),
      title: { run: { font: font(FONTS.heading), size: SIZES.title, color: '000000' } }
    },
    paragraphStyles: [
      {
        id: STYLE.table,
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { font: font(FONTS.body), size: tableSize },
        paragraph: { spacing: { ...lineSpacing(276), before: 0, after: 0 } }
      },
      {
        id: STYLE.caption,
        name: 'Figure Caption',
        basedOn: 'Normal',
        quickFormat: true,
        run: { font: font(FONTS.heading), size: tableSize },
        paragraph: { spacing: { before: 60, after: 240 }, alignment: 'center' }
      },
      {
        id: STYLE.cover,
        name: 'Cover Text',
        basedOn: 'Normal',
        run: { font: font(FONTS.body), size: SIZES.cover },
        paragraph: { spacing: { ...lineSpacing(300), before: 60, after: 60 } }
      },
      ...[1, 2, 3].map((level) => ({
        id: `TOC${level}`,
        name: `toc ${level}`,
        basedOn: 'Normal',
        next: 'Normal',
        run: { font: font(level === 1 ? FONTS.heading : FONTS.body), size: SIZES.body },
        paragraph: { indent: { left: (level - 1) * 420 }, spacing: { before: 60, after: 60 } }
      }))
    ]
  }
}

export const THEME: IThemeOptions = {
  name: 'Stability Assessor',
  fonts: {
    headings: { latin: FONTS.latin, eastAsia: FONTS.heading, scripts: { Hans: FONTS.heading } },
    body: { latin: FONTS.latin, eastAsia: FONTS.body, scripts: { Hans: FONTS.body } }
  }
}
