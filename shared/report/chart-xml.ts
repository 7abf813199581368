import { replaceXmlInvalid } from '../xlsx/cell-text'

/**
 * DrawingML for a native Excel bar chart. exceljs 4.4 cannot write charts, so the report writes
 * the chart parts itself (see chart-pack.ts). The chart reads its categories and values from
 * sheet ranges — it redraws when the scores change — and carries cached copies so viewers that
 * do not recalculate still show the bars.
 */

export interface BarChartSpec {
  title: string
  /** Sheet-qualified ranges, e.g. `'总览'!$B$4:$B$26`. */
  categoriesRef: string
  valuesRef: string
  seriesName: string
  categories: string[]
  /** Null where the cell holds no number (shown as a gap). */
  values: Array<number | null>
  /** Fill per bar (RRGGBB); the series colour where absent. */
  colors: Array<string | null>
  seriesColor: string
  font: string
  lang: string
  /** Where it sits: zero-based column/row of the top-left and bottom-right cells. */
  from: { col: number; row: number }
  to: { col: number; row: number }
}

/** Escapes text for XML content and attributes. */
export function xmlEscape(text: string): string {
  // XML 1.0 cannot carry most control characters; chart labels do not need them.
  return replaceXmlInvalid(text, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
}

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart'
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main'
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

const fill = (rgb: string): string =>
  `<c:spPr><a:solidFill><a:srgbClr val="${rgb}"/></a:solidFill></c:spPr>`

function textProps(spec: BarChartSpec, size: number, bold = false): string {
  return (
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}">` +
    `<a:solidFill><a:srgbClr val="1F2937"/></a:solidFill>` +
    `<a:latin typeface="${xmlEscape(spec.font)}"/><a:ea typeface="${xmlEscape(spec.font)}"/>` +
    `</a:defRPr></a:pPr><a:endParaRPr lang="${spec.lang}"/></a:p></c:txPr>`
  )
}

function title(spec: BarChartSpec): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="${spec.lang}" sz="1200" b="1"><a:latin typeface="${xmlEscape(spec.font)}"/>` +
    `<a:ea typeface="${xmlEscape(spec.font)}"/></a:rPr><a:t>${xmlEscape(spec.title)}</a:t></a:r></a:p>` +
    `</c:rich></c:tx><c:overlay val="0"/></c:title>`
  )
}

function series(spec: BarChartSpec): string {
  const n = spec.categories.length
  const points = spec.colors
    .map((rgb, i) =>
      rgb === null
        ? ''
        : `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/>${fill(rgb)}</c:dPt>`
    )
    .join('')
  const cats = spec.categories
    .map((text, i) => `<c:pt idx="${i}"><c:v>${xmlEscape(text)}</c:v></c:pt>`)
    .join('')
  const vals = spec.values
    .map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join('')
  return (
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${xmlEscape(spec.seriesName)}</c:v></c:tx>` +
    `${fill(spec.seriesColor)}<c:invertIfNegative val="0"/>${points}` +
    `<c:dLbls><c:numFmt formatCode="0.0" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    `${textProps(spec, 800)}<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/>` +
    `<c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    `<c:cat><c:strRef><c:f>${xmlEscape(spec.categoriesRef)}</c:f><c:strCache><c:ptCount val="${n}"/>${cats}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${xmlEscape(spec.valuesRef)}</c:f><c:numCache><c:formatCode>0.0</c:formatCode>` +
    `<c:ptCount val="${n}"/>${vals}</c:numCache></c:numRef></c:val></c:ser>`
  )
}

/**
 * A horizontal bar chart, categories top to bottom in sheet order, the value axis fixed at
 * 0..100 with gridlines every 20 — the maturity level boundaries of the default profile.
 */
export function barChartXml(spec: BarChartSpec): string {
  const axisLine =
    '<c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="BFC7D1"/></a:solidFill></a:ln></c:spPr>'
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">` +
    `<c:roundedCorners val="0"/><c:chart>${title(spec)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series(spec)}` +
    `<c:gapWidth val="45"/><c:axId val="50010"/><c:axId val="50020"/></c:barChart>` +
    `<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${axisLine}${textProps(spec, 900)}` +
    `<c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:tickLblSkip val="1"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/><c:max val="100"/><c:min val="0"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="b"/><c:majorGridlines>${axisLine}</c:majorGridlines>` +
    `<c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/>${axisLine}${textProps(spec, 900)}<c:crossAx val="50010"/><c:crosses val="max"/>` +
    `<c:crossBetween val="between"/><c:majorUnit val="20"/></c:valAx>` +
    `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr></c:plotArea>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>` +
    `${textProps(spec, 900)}</c:chartSpace>`
  )
}

/** The drawing part that places the chart (relationship `rId1`) between two cells. */
export function chartDrawingXml(spec: BarChartSpec, name: string): string {
  const marker = (tag: string, at: { col: number; row: number }): string =>
    `<xdr:${tag}><xdr:col>${at.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${at.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${NS_A}">` +
    `<xdr:twoCellAnchor editAs="oneCell">${marker('from', spec.from)}${marker('to', spec.to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${xmlEscape(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic>` +
    `<a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId1"/></a:graphicData>` +
    `</a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  )
}
