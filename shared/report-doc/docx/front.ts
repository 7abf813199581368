import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType
} from 'docx'
import type { FileChild } from 'docx'
import { reportLabels } from '../../report/labels'
import type { ReportDocument } from '../document'
import { bitmapPng } from '../png'
import { contentsParagraphs } from './contents'
import { columnTwips, textWidth } from '../table-layout'
import { FONTS, SIZES, STYLE, TONE_COLORS, lineSpacing } from './styles'
import { textRuns } from './text'

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER
}
/** Pixels per QR module in the PNG, and the printed size of the code (about 3 cm). */
const QR_SCALE = 8
const QR_PX = 104

const spacer = (before: number): Paragraph =>
  new Paragraph({ spacing: { before, after: 0 }, children: [] })

/**
 * A borderless two-column table centred on the cover, 86 % of the text width, its columns at
 * the relative widths given; `rows` lays out the rows in the columns' widths (twips).
 */
function coverTable(relative: [number, number], rows: (widths: number[]) => TableRow[]): Table {
  const widths = columnTwips(
    relative.map((width) => ({ width })),
    Math.round(textWidth('portrait') * 0.86)
  )
  return new Table({
    width: { size: widths[0]! + widths[1]!, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: NO_BORDERS,
    rows: rows(widths)
  })
}

/** The cover's facts: labels spread across their cell in Chinese (姓  名), left in English. */
function coverFields(fields: ReadonlyArray<[string, string]>, spread: boolean): Table {
  return coverTable([1.3, 2.7], (widths) =>
    fields.map(
      ([label, value]) =>
        new TableRow({
          children: [
            new TableCell({
              width: { size: widths[0]!, type: WidthType.DXA },
              borders: NO_BORDERS,
              children: [
                new Paragraph({
                  style: STYLE.cover,
                  alignment: spread ? AlignmentType.DISTRIBUTE : AlignmentType.LEFT,
                  children: textRuns(label, { font: { eastAsia: FONTS.heading } })
                })
              ]
            }),
            new TableCell({
              width: { size: widths[1]!, type: WidthType.DXA },
              borders: {
                ...NO_BORDERS,
                bottom: { style: BorderStyle.SINGLE, size: 4, color: '000000' }
              },
              children: [new Paragraph({ style: STYLE.cover, children: textRuns(value) })]
            })
          ]
        })
    )
  )
}

/** The QR code beside the content hash it encodes, and who generated the report when. */
function hashBlock(doc: ReportDocument): Table {
  const c = doc.cover
  const small = (text: string, extra: Parameters<typeof textRuns>[1] = {}): Paragraph =>
    new Paragraph({
      spacing: { ...lineSpacing(240), after: 60 },
      children: textRuns(text, { size: SIZES.small, ...extra })
    })
  const colon = reportLabels(doc.locale).colon
  return coverTable([1, 3], (widths) => [
    new TableRow({
      children: [
        new TableCell({
          width: { size: widths[0]!, type: WidthType.DXA },
          borders: NO_BORDERS,
          verticalAlign: VerticalAlign.CENTER,
          children: [
            new Paragraph({
              spacing: lineSpacing(240),
              children: [
                new ImageRun({
                  type: 'png',
                  data: bitmapPng(c.qr.rows, QR_SCALE),
                  transformation: { width: QR_PX, height: QR_PX },
                  altText: { name: c.qrCaption, description: c.contentHash }
                })
              ]
            })
          ]
        }),
        new TableCell({
          width: { size: widths[1]!, type: WidthType.DXA },
          borders: NO_BORDERS,
          verticalAlign: VerticalAlign.CENTER,
          children: [
            small(`${c.hashLabel}${colon}`),
            small(c.contentHash, { font: { ascii: 'Courier New', hAnsi: 'Courier New' } }),
            small(c.qrCaption, { color: TONE_COLORS.muted }),
            small(c.generatedLine, { color: TONE_COLORS.muted })
          ]
        })
      ]
    })
  ])
}

/** 封面: confidentiality, report number, title, institution, DRAFT, the facts, the hash and its QR code. */
export function coverChildren(doc: ReportDocument): FileChild[] {
  const c = doc.cover
  const right = (text: string, bold = false): Paragraph =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      children: textRuns(text, { bold, size: SIZES.body })
    })
  const children: FileChild[] = [
    right(c.confidentiality, true),
    right(`${c.reportNumberLabel}${reportLabels(doc.locale).colon}${c.reportNumber}`),
    spacer(500),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 360 },
      children: textRuns(c.title, { font: { eastAsia: FONTS.heading }, size: SIZES.title })
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: textRuns(c.institution, { font: { eastAsia: FONTS.heading }, size: SIZES.h1 })
    })
  ]
  if (c.draftMark !== null)
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 240 },
        children: textRuns(c.draftMark, { bold: true, color: TONE_COLORS.danger, size: SIZES.h3 })
      })
    )
  children.push(spacer(400), coverFields(c.fields, doc.locale === 'zh-CN'), spacer(200))
  children.push(hashBlock(doc))
  return children
}

/** 声明, then 目录 with its entries written in (WPS and LibreOffice do not update fields). */
export function statementAndContents(doc: ReportDocument): FileChild[] {
  const centered = (text: string): Paragraph =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      pageBreakBefore: true,
      spacing: { before: 240, after: 360 },
      children: textRuns(text, { font: { eastAsia: FONTS.heading }, size: SIZES.h1 })
    })
  return [
    centered(doc.statement.title),
    ...doc.statement.paragraphs.map(
      (text) =>
        new Paragraph({
          spacing: { after: 120 },
          indent: { firstLine: 480 },
          children: textRuns(text)
        })
    ),
    centered(doc.tocTitle),
    ...contentsParagraphs(doc)
  ]
}
