/** A byte count for people: "512 B", "1.5 MB", localised digits and units. */
export function formatBytes(bytes: number, language: string): string {
  // ICU spells bytes out ("512 byte"); "B" reads better next to kB and MB in every locale.
  if (bytes < 1024) return `${new Intl.NumberFormat(language).format(bytes)} B`
  const units = ['kilobyte', 'megabyte', 'gigabyte'] as const
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: 1
  }).format(value)
}

/**
 * A stored instant (ISO 8601) as local date and time, e.g. `2026/3/1 16:00` or
 * `Mar 1, 2026, 4:00 PM`; `—` when absent or unreadable.
 */
export function formatDateTime(iso: string | undefined, language: string): string {
  const time = iso ? Date.parse(iso) : Number.NaN
  if (Number.isNaN(time)) return '—'
  return dateTimeFormat(language).format(time)
}

// Building a DateTimeFormat costs about a millisecond (a list of 20 rows built 20 of them).
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>()
function dateTimeFormat(language: string): Intl.DateTimeFormat {
  let format = dateTimeFormats.get(language)
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' })
    dateTimeFormats.set(language, format)
  }
  return format
}
