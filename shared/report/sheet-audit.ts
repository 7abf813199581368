import { setData, setText } from './cells'
import type { WriteContext } from './context'
import { finishListSheet, setWidths, writeHeaderRow } from './sheet-setup'

const WIDTHS = [17, 12, 16, 22, 34, 34, 40]

/** The Audit log sheet: every recorded change in order — when, who, what, old → new, why. */
export function writeAuditSheet(ctx: WriteContext): void {
  const sheet = ctx.sheets.audit
  const { model, labels, styles } = ctx
  const h = labels.audit.headers
  setWidths(sheet, WIDTHS)
  writeHeaderRow(ctx, sheet, 1, [h.at, h.by, h.action, h.target, h.oldValue, h.newValue, h.reason])
  let r = 2
  if (model.auditTruncated !== '') {
    sheet.mergeCells(r, 1, r, WIDTHS.length)
    setText(sheet.getCell(r, 1), model.auditTruncated, styles.wrapAlert)
    r++
  }
  for (const entry of model.audit) {
    const row = sheet.getRow(r++)
    setData(row.getCell(1), entry.at, styles.text, styles)
    setText(row.getCell(2), entry.by, styles.text)
    setText(row.getCell(3), entry.action, styles.text)
    setText(row.getCell(4), entry.target, styles.text)
    setText(row.getCell(5), entry.oldValue, styles.wrap)
    setText(row.getCell(6), entry.newValue, styles.wrap)
    setText(row.getCell(7), entry.reason, styles.wrap)
  }
  finishListSheet(ctx, sheet, WIDTHS.length, {
    lastRow: r - 1,
    filterTo: Math.max(1, r - 1),
    frozenColumns: 0
  })
}
