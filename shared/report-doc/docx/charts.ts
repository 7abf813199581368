import { AlignmentType, Paragraph } from 'docx'
import { ChartRun } from 'docx/charts'
import type { ChartSpec } from '../document'
import { textWidth } from '../table-layout'
import { FONTS, lineSpacing } from './styles'
import { printable } from '../printable'

const SERIES_COLOR = '1F4E79'
/** Twips per pixel at 96 dpi (the chart size is given in pixels). */
const TWIPS_PER_PX = 15

/**
 * A chart as a native Word chart (DrawingML `c:chart`, with its data in an embedded workbook):
 * Word, WPS and LibreOffice draw it themselves, with the document's fonts, so Chinese labels
 * need no font in this code and the picture stays sharp at any zoom. The command line and the
 * app write the same chart from the same numbers; the print view draws the same data as SVG.
 */
export function chartParagraph(chart: ChartSpec, orientation: 'portrait' | 'landscape'): Paragraph {
  const width = Math.min(640, Math.floor(textWidth(orientation) / TWIPS_PER_PX))
  const font = { name: FONTS.body, size: 9 }
  const valueAxis = { minimum: 0, maximum: chart.max, interval: chart.max / 5 }
  const categories = chart.categories.map(printable)
  const series = chart.series.map((s) => ({
    name: printable(s.name),
    values: s.values,
    color: SERIES_COLOR
  }))
  const run =
    chart.kind === 'radar'
      ? new ChartRun({
          type: 'radar',
          categories,
          series,
          markers: true,
          valueAxis,
          legend: false,
          font,
          transformation: { width, height: Math.round(width * 0.72) },
          altText: { name: printable(chart.title), description: printable(chart.title) }
        })
      : new ChartRun({
          type: 'bar',
          // A bar chart draws its first category at the bottom: reversed, the first section is on top.
          categories: [...categories].reverse(),
          series: series.map((s) => ({ ...s, values: [...s.values].reverse() })),
          valueAxis,
          legend: false,
          gapWidth: 60,
          dataLabels: { value: true, numberFormat: '0.0' },
          font,
          transformation: { width, height: 60 + categories.length * 24 },
          altText: { name: printable(chart.title), description: printable(chart.title) }
        })
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 120, ...lineSpacing(240) },
    children: [run]
  })
}
