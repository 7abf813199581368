import type { CellData } from './model'

/**
 * Times in the workbook. Assessments record instants as ISO 8601 with an offset
 * (`2025-07-16T09:39:00+08:00`). A spreadsheet cell has no time zone, so a time is shown as the
 * wall-clock time it was recorded in — what the assessor saw on their own clock — never shifted
 * to the zone of whoever opens the file.
 */

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2})$/
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A date-time cell for an optional ISO string (null when absent). */
export function dateTimeCell(iso: string | undefined | null): CellData {
  return iso === undefined || iso === null || iso === '' ? null : { dateTime: iso }
}

/** A date cell for an optional `YYYY-MM-DD` (null when absent). */
export function dateCell(date: string | undefined | null): CellData {
  return date === undefined || date === null || date === '' ? null : { date }
}

/**
 * The JS Date exceljs needs so the cell shows the recorded wall-clock time: exceljs converts
 * Dates to serial numbers in UTC, so the wall-clock fields are placed at UTC. Null when the text
 * is not a valid ISO date or date-time.
 */
export function wallClockDate(text: string): Date | null {
  const dt = ISO_DATE_TIME.exec(text)
  const d = dt === null ? ISO_DATE.exec(text) : null
  const parts = dt ?? d
  if (parts === null) return null
  const [, y, mo, da, h, mi, s, frac] = parts
  const ms = frac === undefined ? 0 : Math.round(Number(`0.${frac}`) * 1000)
  const time = Date.UTC(
    Number(y),
    Number(mo) - 1,
    Number(da),
    Number(h ?? 0),
    Number(mi ?? 0),
    Number(s ?? 0),
    ms
  )
  const date = new Date(time)
  // Reject rolled-over dates such as 2025-02-30.
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(mo) - 1) return null
  if (date.getUTCDate() !== Number(da)) return null
  return date
}

/** `2025-07-16 09:39` — the recorded wall-clock time as text, for sentences. */
export function wallClockText(iso: string): string {
  const date = wallClockDate(iso)
  if (date === null) return iso
  return date.toISOString().slice(0, 16).replace('T', ' ')
}

const pad = (n: number): string => String(Math.trunc(Math.abs(n))).padStart(2, '0')

/**
 * An instant as ISO 8601 with an explicit offset, e.g. `2025-07-18T16:18:05+08:00`. Callers
 * pass the current time and the machine's offset (`-date.getTimezoneOffset()`), so the report
 * shows when it was generated in the generating user's local time.
 */
export function isoWithOffset(
  date: Date,
  offsetMinutes: number = -date.getTimezoneOffset()
): string {
  const local = new Date(date.getTime() + offsetMinutes * 60_000)
  const sign = offsetMinutes < 0 ? '-' : '+'
  const offset = `${sign}${pad(offsetMinutes / 60)}:${pad(offsetMinutes % 60)}`
  return `${local.toISOString().slice(0, 19)}${offset}`
}
