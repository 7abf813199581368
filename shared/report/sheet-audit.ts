import { setData, setText, setTexts } from './cells'
import type { WriteContext } from './context'
import { finishListSheet, startListSheet } from './sheet-setup'

const WIDTHS = [17, 12, 16, 22, 34, 34, 40]
/** Each field's column, in the order the sheet shows them. */
const COL = { at: 1, by: 2, action: 3, target: 4, oldValue: 5, newValue: 6, reason: 7 } as const

/** The Audit log sheet: every recorded change in order — when, who, what, old → new, why. */
export function writeAuditSheet(ctx: WriteContext): void {
  const sheet = ctx.sheets.audit
  const { model, labels, styles } = ctx
  startListSheet(ctx, sheet, WIDTHS, COL, labels.audit.headers)
  let r = 2
  if (model.auditTruncated !== '') {
    sheet.mergeCells(r, 1, r, WIDTHS.length)
    setText(sheet.getCell(r, 1), model.auditTruncated, styles.wrapAlert)
    r++
  }
  for (const entry of model.audit) {
    const row = sheet.getRow(r++)
    setData(row.getCell(COL.at), entry.at, styles.text, styles)
    setTexts(row, COL, entry, ['by', 'action', 'target'], styles.text)
    setTexts(row, COL, entry, ['oldValue', 'newValue', 'reason'], styles.wrap)
  }
  finishListSheet(ctx, sheet, WIDTHS.length, {
    lastRow: r - 1,
    filterTo: Math.max(1, r - 1),
    frozenColumns: 0
  })
}
