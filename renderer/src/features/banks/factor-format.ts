import type { FactorDisplay } from '@shared/bank/factor'

/** A factor threshold or target as the bank means it: 0.95 → `95%`, 30 → `30 min`, 3 → `3×`. */
export function formatFactorNumber(
  value: number,
  display: FactorDisplay,
  language: string,
  minutesUnit: string
): string {
  const number = (n: number, digits = 2): string =>
    new Intl.NumberFormat(language, { maximumFractionDigits: digits }).format(n)
  switch (display) {
    case 'percent':
      return `${number(value * 100)}%`
    case 'minutes':
      return `${number(value)} ${minutesUnit}`
    case 'multiple':
      return `${number(value)}×`
    case 'number':
      return number(value)
  }
}
