/**
 * The assessment file is pretty-printed JSON, but a register's rows are written one compact row
 * per line: a register of 100,000 changes is ~40 MiB pretty-printed (over the 32 MiB a JSON part
 * of a package or backup may hold) and ~20 MiB this way. It is the same JSON to any reader, so
 * older files read as before, and a file without registers is byte for byte what it was.
 */

/** Stands in for each register's rows while the rest is pretty-printed. */
const placeholder = (index: number): string => `\u0000register-rows-${index}\u0000`

interface WithRegisterRows {
  assessment: { registers?: { registers: Array<{ table: { rows: unknown[] } }> } }
}

/** `JSON.stringify(file, null, 2)` with each register's rows compact, one row per line. */
export function prettyWithCompactRows<T extends WithRegisterRows>(file: T): string {
  const registers = file.assessment.registers?.registers ?? []
  if (registers.length === 0) return JSON.stringify(file, null, 2)
  const rows = registers.map((r) => r.table.rows)
  registers.forEach((r, i) => {
    r.table.rows = placeholder(i) as unknown as unknown[]
  })
  let text: string
  try {
    text = JSON.stringify(file, null, 2)
  } finally {
    registers.forEach((r, i) => {
      r.table.rows = rows[i]!
    })
  }
  for (let i = 0; i < rows.length; i++) {
    const token = `${JSON.stringify(placeholder(i))}`
    const at = text.indexOf(token)
    // A value elsewhere that spells the token (it cannot, but never guess): plain pretty JSON.
    if (at < 0 || text.indexOf(token, at + token.length) >= 0) return JSON.stringify(file, null, 2)
    const lineStart = text.lastIndexOf('\n', at) + 1
    const indent = /^ */.exec(text.slice(lineStart))![0]
    const list = rows[i]!
    const written =
      list.length === 0
        ? '[]'
        : `[\n${list.map((row) => `${indent}  ${JSON.stringify(row)}`).join(',\n')}\n${indent}]`
    text = text.slice(0, at) + written + text.slice(at + token.length)
  }
  return text
}
