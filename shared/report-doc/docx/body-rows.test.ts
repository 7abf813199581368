import {
  AlignmentType,
  HeightRule,
  Paragraph,
  ShadingType,
  TableCell,
  TableRow,
  VerticalAlign,
  WidthType
} from 'docx'
import type { IContext } from 'docx'
import { describe, expect, it } from 'vitest'
import type { Align, CellContent } from '../document'
import { HOSTILE_TEXTS } from '../hostile-fixture'
import { bodyRows, headerRow } from './body-rows'
import { HEADER_FILL, STYLE, TONE_COLORS } from './styles'
import { textRuns } from './text'

const context = (): IContext => ({ stack: [] }) as unknown as IContext
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT }

/** The same row through docx's own classes: what the writer built before body-rows.ts. */
function docxRow(row: CellContent[], widths: number[], aligns: Align[], tall: boolean): TableRow {
  return new TableRow({
    ...(tall ? { height: { value: 720, rule: HeightRule.ATLEAST } } : {}),
    children: widths.map((width, k) => {
      const content = row[k] ?? ''
      const c = typeof content === 'string' ? { text: content } : content
      const align = aligns[k] ?? 'left'
      return new TableCell({
        width: { size: width, type: WidthType.DXA },
        verticalAlign: VerticalAlign.CENTER,
        children: [
          new Paragraph({
            style: STYLE.table,
            ...(align !== 'left' ? { alignment: ALIGN[align] } : {}),
            children: textRuns(c.text, {
              ...(c.bold === true ? { bold: true } : {}),
              ...(c.tone === undefined ? {} : { color: TONE_COLORS[c.tone] })
            })
          })
        ]
      })
    })
  })
}

/** A header row through docx's own classes: what the writer built before headerRow. */
function docxHeaderRow(headers: string[], widths: number[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: headers.map(
      (text, k) =>
        new TableCell({
          width: { size: widths[k]!, type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL },
          children: [
            new Paragraph({
              style: STYLE.table,
              alignment: AlignmentType.CENTER,
              children: textRuns(text, { bold: true })
            })
          ]
        })
    )
  })
}

describe('prepared rows', () => {
  const widths = [1200, 3400, 900]
  const aligns: Align[] = ['left', 'center', 'right']
  const rows: CellContent[][] = [
    ['F01', '故障监控发现率', '92.5'],
    [
      { text: '红线\n第二行\r\n第三行', bold: true, tone: 'danger' },
      { text: '—', tone: 'muted' }
    ],
    [
      { text: '', bold: true },
      { text: '达标', tone: 'good' },
      { text: '1.0', tone: 'warning' }
    ],
    ...HOSTILE_TEXTS.map((text): CellContent[] => [text, { text, bold: true }, text])
  ]

  for (const tall of [false, true])
    it(`write exactly what docx's TableRow writes for the same cells (tall: ${tall})`, () => {
      const ours = bodyRows(rows, widths, aligns, tall).map((row) => row.prepForXml(context()))
      const theirs = rows.map((row) => docxRow(row, widths, aligns, tall).prepForXml(context()))
      expect(ours).toEqual(theirs)
      expect(ours).toHaveLength(rows.length)
    })

  it("write a header row exactly as docx's TableRow with header cells does", () => {
    for (const headers of [
      ['编号', '问题描述', 'Score\n(0–100)'],
      HOSTILE_TEXTS.slice(0, 3).map((text) => text.slice(0, 200))
    ]) {
      const ours = headerRow(headers, widths).prepForXml(context())
      expect(ours).toEqual(docxHeaderRow(headers, widths).prepForXml(context()))
      expect(JSON.stringify(ours)).toContain('"w:tblHeader"')
    }
  })

  it('keep control characters out of the XML, as the rest of the document does', () => {
    const [row] = bodyRows([['a\u0001b\u0007c']], [1000], ['left'], false)
    expect(JSON.stringify(row!.prepForXml(context()))).toContain('a\ufffdb\ufffdc')
  })
})
