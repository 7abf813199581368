import type { ExpressionNode } from '../bank/expression'
import type { ComparisonOp } from '../bank/primitives'
import { assertNever } from '../util/assert-never'
import { abs } from '../xlsx/address'

/**
 * Building blocks of the workbook's formulas. Formulas are assembled only from these pieces and
 * from numbers, cell addresses and our own fixed words — never from user text — so nothing a
 * user typed can become part of a formula (reliability XLS-01).
 */

/** `$C$2:$C$95`. */
export function absRange(column: number, firstRow: number, lastRow: number): string {
  return `${abs(column, firstRow)}:${abs(column, lastRow)}`
}

/** `'评估明细'!$C$2` — sheet names are always quoted (they hold CJK text and spaces). */
export function onSheet(sheetName: string, address: string): string {
  return `'${sheetName.replaceAll("'", "''")}'!${address}`
}

/** A string literal inside a formula. Only our own fixed words go through here. */
export function str(text: string): string {
  return `"${text.replaceAll('"', '""')}"`
}

/**
 * A number literal Excel and LibreOffice both parse back to the same double: the shortest
 * round-trip decimal JavaScript prints, with its exponent in Excel's `E` notation.
 */
export function num(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`report: cannot write ${value} into a formula`)
  const text = String(value)
  const literal = text.includes('e') ? text.replace('e', 'E') : text
  // A leading minus inside a larger formula is unary minus; parenthesise so precedence is safe.
  return value < 0 ? `(${literal})` : literal
}

/**
 * `left op right` with the engine's tolerance (compareWithTolerance): values within `tol` of
 * each other count as equal. `tol` is a formula fragment (a cell address or a literal).
 */
export function compare(left: string, op: ComparisonOp, right: string, tol: string): string {
  switch (op) {
    case 'eq':
      return `ABS(${left}-${right})<=${tol}`
    case 'ne':
      return `ABS(${left}-${right})>${tol}`
    case 'gt':
      return `${left}>${right}+${tol}`
    case 'gte':
      return `${left}>=${right}-${tol}`
    case 'lt':
      return `${left}<${right}-${tol}`
    case 'lte':
      return `${left}<=${right}+${tol}`
    default:
      return assertNever(op, 'comparison operator')
  }
}

/** The exact comparison of an entry check (numerator ≤ denominator): inputs are entered numbers. */
export function exactCompare(left: string, op: 'lte' | 'lt' | 'gte' | 'gt', right: string): string {
  const symbol = { lte: '<=', lt: '<', gte: '>=', gt: '>' }[op]
  return `${left}${symbol}${right}`
}

/**
 * An expression factor formula as an Excel formula over input cells. Every operation is
 * parenthesised, so Excel evaluates the tree the engine evaluated, in the same order. A division
 * by zero anywhere becomes #DIV/0!, which MIN/MAX and arithmetic propagate like the engine's NaN;
 * the caller wraps the whole in IFERROR(…, "N/A").
 */
export function expressionToExcel(
  node: ExpressionNode,
  cellOf: (inputId: string) => string
): string {
  switch (node.type) {
    case 'num':
      return num(node.value)
    case 'ref':
      return cellOf(node.id)
    case 'unary':
      return `(-${expressionToExcel(node.operand, cellOf)})`
    case 'binary':
      return `(${expressionToExcel(node.left, cellOf)}${node.op}${expressionToExcel(node.right, cellOf)})`
    case 'call':
      return `${node.fn === 'min' ? 'MIN' : 'MAX'}(${node.args.map((arg) => expressionToExcel(arg, cellOf)).join(',')})`
    default:
      return assertNever(node, 'expression node')
  }
}
