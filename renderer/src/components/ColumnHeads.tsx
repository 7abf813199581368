import type { ReactNode } from 'react'

/** One column of a plain table's header: its text, and a tooltip where the text needs one. */
export interface ColumnHead {
  key: string
  label: ReactNode
  title?: string
}

/**
 * The header row of a plain `<table>`: one `<th scope="col">` per column, in order; `false` leaves a
 * column out (e.g. the actions of a read-only table).
 */
export function ColumnHeads({ columns }: { columns: readonly (ColumnHead | false)[] }) {
  return (
    <thead>
      <tr>
        {columns.map(
          (column) =>
            column && (
              <th key={column.key} scope="col" title={column.title}>
                {column.label}
              </th>
            )
        )}
      </tr>
    </thead>
  )
}
