/**
 * Clock arithmetic for sample data, in Beijing time (UTC+8, no daylight saving), computed only
 * from explicit values: sample output must never depend on when or where it is generated.
 */

const HOUR = 3_600_000
const MINUTE = 60_000
const DAY = 24 * HOUR
const OFFSET = 8 * HOUR

/** Epoch milliseconds of an ISO date-time (with its offset) or a Date. */
export function toMillis(value: string | Date): number {
  const ms = typeof value === 'string' ? Date.parse(value) : value.getTime()
  if (!Number.isFinite(ms)) throw new Error(`sample: not a date-time: ${String(value)}`)
  return ms
}

/** `2025-07-15T09:30:00+08:00`. */
export function isoBeijing(ms: number): string {
  return `${new Date(ms + OFFSET).toISOString().slice(0, 19)}+08:00`
}

/** The 12 full calendar months before the month of `ms` (Beijing time). */
export function previousTwelveMonths(ms: number): { start: string; end: string } {
  const local = new Date(ms + OFFSET)
  const year = local.getUTCFullYear()
  const month = local.getUTCMonth()
  const start = new Date(Date.UTC(year - 1, month, 1))
  const end = new Date(Date.UTC(year, month, 0))
  return { start: start.toISOString().slice(0, 10), end: end.toISOString().slice(0, 10) }
}

/** Days between two ISO dates (end − start). */
export function daysBetween(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY)
}

/** An ISO date `days` after an ISO date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10)
}

/**
 * `minutes` of work later, within office hours (09:00–18:00 Beijing, Monday to Friday): work that
 * would run past 18:00 continues at 09:00 on the next working day, as assessors do.
 */
export function addWorkMinutes(ms: number, minutes: number): number {
  let t = ms + minutes * MINUTE
  for (let guard = 0; guard < 30; guard++) {
    const local = new Date(t + OFFSET)
    const hour = local.getUTCHours() + local.getUTCMinutes() / 60
    const weekday = local.getUTCDay()
    const dayStart =
      Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - OFFSET
    if (weekday === 0 || weekday === 6) t = dayStart + DAY + 9 * HOUR
    else if (hour >= 18) t = dayStart + DAY + 9 * HOUR + (hour - 18) * HOUR
    else if (hour < 9) t = dayStart + 9 * HOUR
    else return t
  }
  return t
}

export { DAY, HOUR, MINUTE }
