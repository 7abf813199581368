/**
 * Declarative description of every sheet and column of the bank workbook. The writer (headers,
 * notes, dropdowns, widths), the reader (required columns, unknown columns) and the instructions
 * sheet are all generated from these specs, so they cannot drift apart.
 */

/** How a column is written, read and shown. */
export type ColumnKind =
  /** an identifier or a reference to one */
  | 'id'
  /** a short text */
  | 'text'
  /** a long text, wrapped in a wide column */
  | 'long'
  | 'number'
  /** yes / no */
  | 'bool'
  /** one word of a fixed list */
  | 'enum'
  /** a compact syntax: conditions, references, formulas, lists */
  | 'code'

export interface ColumnSpec {
  /** Header text, e.g. `text::zh-CN` (XLSForm's `column::language` convention). */
  name: string
  kind: ColumnKind
  /** What the column holds, in Chinese and in English (header note and instructions). */
  zh: string
  en: string
  /** The header must be present and every data row must fill the cell. */
  required?: boolean
  /** Dropdown values (data validation) for enum columns. */
  list?: readonly string[]
}

export interface SheetSpec {
  name: string
  zh: string
  en: string
  /** A workbook without this sheet is refused. */
  required: boolean
  /** Leading columns kept visible when scrolling right (the row's keys). */
  frozenColumns: number
  columns: ColumnSpec[]
}

export const BOOL_VALUES = ['yes', 'no'] as const

/** A column of `kind`; a `required` one must be in the header and filled on every data row. */
export function column(
  name: string,
  kind: ColumnKind,
  zh: string,
  en: string,
  required = false
): ColumnSpec {
  return { name, kind, zh, en, required }
}

/** The two columns of a bilingual text: `${base}::zh-CN` and `${base}::en-US`. */
export function localized(
  base: string,
  zh: string,
  en: string,
  options: { required?: boolean; long?: boolean } = {}
): ColumnSpec[] {
  const kind = options.long === true ? 'long' : 'text'
  return [
    {
      name: `${base}::zh-CN`,
      kind,
      zh: `${zh}（中文）`,
      en: `${en} (Chinese)`,
      required: options.required
    },
    {
      name: `${base}::en-US`,
      kind,
      zh: `${zh}（英文）`,
      en: `${en} (English)`,
      required: options.required
    }
  ]
}

/** A yes/no column with a yes/no dropdown. */
export function bool(name: string, zh: string, en: string, required = false): ColumnSpec {
  return { name, kind: 'bool', zh, en, required, list: BOOL_VALUES }
}

/** A column holding one word of `list`, with a dropdown. */
export function choice(
  name: string,
  list: readonly string[],
  zh: string,
  en: string,
  required = true
): ColumnSpec {
  return { name, kind: 'enum', zh, en, required, list }
}

const WIDTHS: Record<ColumnKind, number> = {
  id: 14,
  text: 26,
  long: 48,
  number: 11,
  bool: 10,
  enum: 16,
  code: 34
}

/** Column width in characters: wide enough for the header and typical content. */
export function columnWidth(column: ColumnSpec): number {
  return Math.max(WIDTHS[column.kind], Math.min(column.name.length + 3, 30))
}

/** The note shown on a header cell: what to enter, in both languages. */
export function headerNote(column: ColumnSpec): string {
  const zhRequired = column.required === true ? '【必填】' : '【选填】'
  const enRequired = column.required === true ? '[required]' : '[optional]'
  const values = column.list ? `\n${column.list.join(' | ')}` : ''
  return `${zhRequired}${column.zh}\n${enRequired} ${column.en}${values}`
}
