import type { ChartSpec } from '../document'
import { html } from './escape'

const COLOR = '#1f4e79'
const GRID = '#c8ced6'
const TEXT = '#333'
const FONT = "font-family='SimSun, \"Noto Serif CJK SC\", serif' font-size='11'"

const n = (value: number): string => (Math.round(value * 10) / 10).toString()

/** A radar of the categories' values on 0..max: rings every fifth, a spoke per category. */
function radar(chart: ChartSpec): string {
  const width = 700
  const size = 500
  const cx = width / 2
  const cy = size / 2 - 4
  const r = 170
  const count = chart.categories.length
  const angle = (k: number): number => -Math.PI / 2 + (2 * Math.PI * k) / count
  const point = (k: number, value: number): [number, number] => [
    cx + Math.cos(angle(k)) * r * (value / chart.max),
    cy + Math.sin(angle(k)) * r * (value / chart.max)
  ]
  const parts: string[] = []
  for (let ring = 1; ring <= 5; ring++) {
    const pts = chart.categories.map((_, k) =>
      point(k, (chart.max * ring) / 5)
        .map(n)
        .join(',')
    )
    parts.push(`<polygon points='${pts.join(' ')}' fill='none' stroke='${GRID}' stroke-width='1'/>`)
    const [, y] = point(0, (chart.max * ring) / 5)
    parts.push(
      `<text x='${n(cx + 4)}' y='${n(y + 4)}' ${FONT} fill='#777'>${n((chart.max * ring) / 5)}</text>`
    )
  }
  chart.categories.forEach((label, k) => {
    const [x, y] = point(k, chart.max)
    parts.push(
      `<line x1='${cx}' y1='${cy}' x2='${n(x)}' y2='${n(y)}' stroke='${GRID}' stroke-width='1'/>`
    )
    const [lx, ly] = point(k, chart.max * 1.12)
    const anchor = Math.abs(lx - cx) < 8 ? 'middle' : lx > cx ? 'start' : 'end'
    parts.push(
      `<text x='${n(lx)}' y='${n(ly + 4)}' text-anchor='${anchor}' ${FONT} fill='${TEXT}'>${html(label)}</text>`
    )
  })
  for (const series of chart.series) {
    const pts = series.values.map((value, k) =>
      point(k, value ?? 0)
        .map(n)
        .join(',')
    )
    parts.push(
      `<polygon points='${pts.join(' ')}' fill='${COLOR}' fill-opacity='0.12' stroke='${COLOR}' stroke-width='2'/>`
    )
    series.values.forEach((value, k) => {
      if (value === null) return
      const [x, y] = point(k, value)
      parts.push(`<circle cx='${n(x)}' cy='${n(y)}' r='3' fill='${COLOR}'/>`)
    })
  }
  return `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ${width} ${size - 20}' width='${width}' height='${size - 20}' role='img' aria-label='${html(chart.title)}'>${parts.join('')}</svg>`
}

/** Horizontal bars, first category on top, each with its value at the end. */
function bar(chart: ChartSpec): string {
  const labelWidth = 210
  const plot = 330
  const rowHeight = 22
  const top = 8
  const height = top + chart.categories.length * rowHeight + 28
  const width = labelWidth + plot + 60
  const x = (value: number): number => labelWidth + (plot * value) / chart.max
  const parts: string[] = []
  for (let tick = 0; tick <= 5; tick++) {
    const value = (chart.max * tick) / 5
    parts.push(
      `<line x1='${n(x(value))}' y1='${top}' x2='${n(x(value))}' y2='${height - 24}' stroke='${GRID}' stroke-width='1'/>`
    )
    parts.push(
      `<text x='${n(x(value))}' y='${height - 8}' text-anchor='middle' ${FONT} fill='#777'>${n(value)}</text>`
    )
  }
  const values = chart.series[0]?.values ?? []
  chart.categories.forEach((label, k) => {
    const y = top + k * rowHeight
    parts.push(
      `<text x='${labelWidth - 6}' y='${y + 15}' text-anchor='end' ${FONT} fill='${TEXT}'>${html(label)}</text>`
    )
    const value = values[k] ?? null
    if (value === null) return
    parts.push(
      `<rect x='${labelWidth}' y='${y + 4}' width='${n(x(value) - labelWidth)}' height='${rowHeight - 8}' fill='${COLOR}'/>`
    )
    parts.push(
      `<text x='${n(x(value) + 4)}' y='${y + 15}' ${FONT} fill='${TEXT}'>${value.toFixed(1)}</text>`
    )
  })
  return `<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 ${width} ${height}' width='${width}' height='${height}' role='img' aria-label='${html(chart.title)}'>${parts.join('')}</svg>`
}

/**
 * A chart of the print view as inline SVG, drawn from the same data the .docx charts carry (so
 * the PDF and the Word report show the same figures); text is set by the browser's fonts.
 */
export function chartSvg(chart: ChartSpec): string {
  return chart.kind === 'radar' ? radar(chart) : bar(chart)
}
