import type ExcelJS from 'exceljs'
import type { FactorDisplay } from '../bank/factor'
import type { Locale } from '../bank/primitives'

/**
 * Every cell style of the workbook, built once per language and shared by reference. exceljs
 * caches the style id of a style object in a WeakMap (styles-xform.js): one object per cell would
 * re-render its font, fill and border XML for every cell, which is most of the cost of a styled
 * write. So cells get one of these objects and nothing ever mutates them.
 */
export type CellStyle = Partial<ExcelJS.Style>

const FONTS: Record<Locale, string> = { 'zh-CN': 'Microsoft YaHei', 'en-US': 'Calibri' }

const INK = 'FF1F2937'
const MUTED = 'FF6B7280'
const HEADER_FILL = 'FFDCE6F1'
const PILLAR_FILL = 'FFEEF2F7'
const OVERALL_FILL = 'FFE2EFDA'
const DRAFT_RED = 'FFC00000'
const FINAL_GREEN = 'FF2E7D32'
const GRID = 'FFBFC7D1'
/** Cells a reader may change to see the scores follow: a pale yellow, as input cells usually are. */
const INPUT_FILL = 'FFFFF7D6'

export const SCORE_FORMAT = '0.0'
export const PERCENT_FORMAT = '0.0%'
export const DATE_FORMAT = 'yyyy-mm-dd'
export const DATE_TIME_FORMAT = 'yyyy-mm-dd hh:mm'

/**
 * Scores (0–100) shaded red → yellow at 60 (the L3 threshold) → green, as conditional formatting
 * so the shading follows when a reader edits an input. `ref` is one range or several, space-separated.
 */
export function scoreColorScale(ref: string): ExcelJS.ConditionalFormattingOptions {
  return {
    ref,
    rules: [
      {
        type: 'colorScale',
        priority: 1,
        cfvo: [
          { type: 'num', value: 0 },
          { type: 'num', value: 60 },
          { type: 'num', value: 100 }
        ],
        color: [{ argb: 'FFF8696B' }, { argb: 'FFFFEB84' }, { argb: 'FF63BE7B' }]
      }
    ]
  }
}

const solid = (argb: string): ExcelJS.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb }
})
const thin = { style: 'thin' as const, color: { argb: GRID } }
const boxed: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin }

export interface ReportStyles {
  title: CellStyle
  /** The cover is a form: label and value cells ruled by a line underneath, no boxes. */
  cover: {
    label: CellStyle
    text: CellStyle
    mono: CellStyle
    alert: CellStyle
    score: CellStyle
    percent: CellStyle
    date: CellStyle
    dateTime: CellStyle
    big: CellStyle
    bigScore: CellStyle
    /** The level's name beside the big level code. */
    levelName: CellStyle
  }
  subtitle: CellStyle
  draftMark: CellStyle
  /** The confidentiality label's cell at the top right of every sheet. */
  confidentiality: CellStyle
  finalMark: CellStyle
  section: CellStyle
  header: CellStyle
  label: CellStyle
  text: CellStyle
  wrap: CellStyle
  wrapAlert: CellStyle
  note: CellStyle
  mono: CellStyle
  number: CellStyle
  integer: CellStyle
  score: CellStyle
  scoreBold: CellStyle
  percent: CellStyle
  inputScore: CellStyle
  inputNumber: CellStyle
  share: CellStyle
  level: CellStyle
  center: CellStyle
  date: CellStyle
  dateTime: CellStyle
  pillarText: CellStyle
  pillarScore: CellStyle
  pillarCenter: CellStyle
  pillarPercent: CellStyle
  overallText: CellStyle
  overallScore: CellStyle
  overallWrap: CellStyle
  overallCenter: CellStyle
  overallPercent: CellStyle
  /** A style with a custom number format (flags, answers, factor values), cached by format. */
  format(numFmt: string, base?: 'text' | 'center' | 'input'): CellStyle
  /** The number format of a factor value or threshold. */
  factorFormat(display: FactorDisplay, decimals: number): string
}

const cache = new Map<Locale, ReportStyles>()

/** The shared styles of a workbook in `locale` (built on first use, then reused). */
export function reportStyles(locale: Locale, minutesUnit: string): ReportStyles {
  const known = cache.get(locale)
  if (known !== undefined) return known
  const name = FONTS[locale]
  const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({
    name,
    size: 10,
    color: { argb: INK },
    ...extra
  })
  const body: CellStyle = { font: font(), alignment: { vertical: 'top' }, border: boxed }
  const bold: CellStyle = { ...body, font: font({ bold: true }) }
  const center: CellStyle = { ...body, alignment: { vertical: 'top', horizontal: 'center' } }
  const input: CellStyle = { ...center, fill: solid(INPUT_FILL) }
  const row = (base: CellStyle, fill: string, numFmt?: string): CellStyle => ({
    ...base,
    font: font({ bold: true }),
    fill: solid(fill),
    ...(numFmt === undefined ? {} : { numFmt })
  })
  const ruled: Partial<ExcelJS.Borders> = { bottom: thin }
  const coverText: CellStyle = {
    font: font(),
    alignment: { vertical: 'middle', wrapText: true },
    border: ruled
  }
  const left = { vertical: 'middle' as const, horizontal: 'left' as const }
  const formats = new Map<string, CellStyle>()
  const styles: ReportStyles = {
    title: { font: font({ size: 18, bold: true }), alignment: { vertical: 'middle' } },
    cover: {
      label: {
        font: font({ bold: true, color: { argb: MUTED } }),
        alignment: { vertical: 'middle' },
        border: ruled
      },
      text: coverText,
      mono: { ...coverText, font: { name: 'Consolas', size: 9, color: { argb: INK } } },
      alert: { ...coverText, font: font({ bold: true, color: { argb: DRAFT_RED } }) },
      score: { ...coverText, font: font({ bold: true }), numFmt: SCORE_FORMAT, alignment: left },
      percent: { ...coverText, numFmt: PERCENT_FORMAT, alignment: left },
      date: { ...coverText, numFmt: DATE_FORMAT, alignment: left },
      dateTime: { ...coverText, numFmt: DATE_TIME_FORMAT, alignment: left },
      big: { ...coverText, font: font({ size: 20, bold: true }), alignment: left },
      levelName: { ...coverText, font: font({ size: 14, bold: true }), alignment: left },
      bigScore: {
        ...coverText,
        font: font({ size: 20, bold: true }),
        numFmt: SCORE_FORMAT,
        alignment: left
      }
    },
    subtitle: {
      font: font({ size: 11, color: { argb: MUTED } }),
      alignment: { vertical: 'middle' }
    },
    confidentiality: {
      font: font({ size: 10, bold: true, color: { argb: DRAFT_RED } }),
      alignment: { vertical: 'middle', horizontal: 'right' }
    },
    draftMark: {
      font: font({ size: 16, bold: true, color: { argb: DRAFT_RED } }),
      alignment: { vertical: 'middle' },
      border: {
        top: { style: 'medium', color: { argb: DRAFT_RED } },
        bottom: { style: 'medium', color: { argb: DRAFT_RED } }
      }
    },
    finalMark: {
      font: font({ size: 14, bold: true, color: { argb: FINAL_GREEN } }),
      alignment: { vertical: 'middle' }
    },
    section: { font: font({ size: 12, bold: true }), alignment: { vertical: 'bottom' } },
    header: {
      font: font({ bold: true }),
      fill: solid(HEADER_FILL),
      border: boxed,
      alignment: { vertical: 'middle', horizontal: 'center', wrapText: true }
    },
    label: { ...bold, fill: solid(PILLAR_FILL), alignment: { vertical: 'middle' } },
    text: body,
    wrap: { ...body, alignment: { vertical: 'top', wrapText: true } },
    wrapAlert: {
      ...body,
      font: font({ bold: true, color: { argb: DRAFT_RED } }),
      alignment: { vertical: 'top', wrapText: true }
    },
    note: {
      font: font({ size: 9, color: { argb: MUTED } }),
      alignment: { vertical: 'top', wrapText: true }
    },
    mono: {
      ...body,
      font: { name: 'Consolas', size: 8, color: { argb: INK } },
      alignment: { vertical: 'top', wrapText: true }
    },
    number: { ...body, numFmt: 'General' },
    integer: { ...center, numFmt: '0' },
    score: { ...body, numFmt: SCORE_FORMAT },
    scoreBold: { ...bold, numFmt: SCORE_FORMAT },
    percent: { ...body, numFmt: PERCENT_FORMAT },
    inputScore: { ...input, numFmt: SCORE_FORMAT },
    inputNumber: { ...input, numFmt: 'General' },
    share: { ...center, numFmt: '0%' },
    level: { ...center, font: font({ bold: true }) },
    center,
    date: { ...body, numFmt: DATE_FORMAT, alignment: { vertical: 'top', horizontal: 'left' } },
    dateTime: {
      ...body,
      numFmt: DATE_TIME_FORMAT,
      alignment: { vertical: 'top', horizontal: 'left' }
    },
    pillarText: row(body, PILLAR_FILL),
    pillarScore: row(body, PILLAR_FILL, SCORE_FORMAT),
    pillarCenter: row(center, PILLAR_FILL),
    pillarPercent: row(body, PILLAR_FILL, PERCENT_FORMAT),
    overallText: row(body, OVERALL_FILL),
    overallScore: row(body, OVERALL_FILL, SCORE_FORMAT),
    overallWrap: row({ ...body, alignment: { vertical: 'top', wrapText: true } }, OVERALL_FILL),
    overallCenter: row(center, OVERALL_FILL),
    overallPercent: row(body, OVERALL_FILL, PERCENT_FORMAT),
    format(numFmt, base = 'text') {
      const key = `${base}|${numFmt}`
      let style = formats.get(key)
      if (style === undefined) {
        const from = base === 'center' ? center : base === 'input' ? input : body
        style = { ...from, numFmt }
        formats.set(key, style)
      }
      return style
    },
    factorFormat(display, decimals) {
      const digits = (n: number): string => (n > 0 ? `0.${'0'.repeat(n)}` : '0')
      switch (display) {
        case 'percent':
          return `${digits(decimals)}%`
        case 'minutes':
          return `${digits(decimals)}" ${minutesUnit}"`
        case 'multiple':
          return `${digits(decimals)}"×"`
        case 'number':
          return digits(decimals)
      }
    }
  }
  cache.set(locale, styles)
  return styles
}
