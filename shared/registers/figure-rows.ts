/**
 * A figure's rows, kept as one reason code per row of the register (0: counted) rather than as
 * row objects: the rows are made when someone reads them — a drill-down a page at a time
 * (`slice`), the report and the command line all of them (`counted`, `excluded`) — and the
 * figures of every system are the same codes read for that system's rows only.
 */
import type { CountedRow, ExcludedRow, Figure, FigureRowKind } from './compute'
import type { RegisterMeasure } from './measure'
import { COUNTED, madeRow, type KindRows } from './measured-rows'

/** A measure's verdict on every row of a register kind: the code of why it is left out, or 0. */
export interface Verdicts {
  measure: RegisterMeasure
  rows: KindRows
  codes: Uint8Array
}

export class FigureRows implements Figure {
  private readonly positions: { counted?: Int32Array; excluded?: Int32Array } = {}
  private made: { counted?: CountedRow[]; excluded?: ExcludedRow[] } = {}

  /** `group`: the system (an index into the kind's names) whose rows these are; -1 for all. */
  constructor(
    readonly value: number | null,
    readonly size: { counted: number; excluded: number },
    private readonly verdicts: Verdicts,
    private readonly group: number
  ) {}

  get counted(): CountedRow[] {
    return (this.made.counted ??= this.slice('counted', 0, this.size.counted) as CountedRow[])
  }

  get excluded(): ExcludedRow[] {
    return (this.made.excluded ??= this.slice('excluded', 0, this.size.excluded) as ExcludedRow[])
  }

  slice(which: FigureRowKind, start: number, end: number): Array<CountedRow | ExcludedRow> {
    const { measure, rows, codes } = this.verdicts
    const at = this.positionsOf(which).subarray(
      Math.max(0, start),
      Math.max(0, Math.min(end, this.size[which]))
    )
    return Array.from(at, (p) => madeRow(rows, measure, p, codes[p]!))
  }

  /** Where the rows are among the kind's rows, in row order (found on first read). */
  private positionsOf(which: FigureRowKind): Int32Array {
    const known = this.positions[which]
    if (known !== undefined) return known
    const { codes, rows } = this.verdicts
    const { group } = this
    const out = new Int32Array(this.size[which])
    const counted = which === 'counted'
    let n = 0
    for (let p = 0; p < codes.length; p++)
      if ((codes[p] === COUNTED) === counted && (group < 0 || rows.group[p] === group)) out[n++] = p
    this.positions[which] = out
    return out
  }
}
