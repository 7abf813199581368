/** Cell addresses as Excel writes them (A1 style), for formulas, validations and issue places. */

/** Column letters: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let letters = ''
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters
  return letters
}

/** `$C$5`: an absolute address, so copied or sorted formulas keep pointing at the same cell. */
export function abs(column: number, row: number): string {
  return `$${columnLetter(column)}$${row}`
}

/** `C5`: a relative address within the same sheet. */
export function rel(column: number, row: number): string {
  return `${columnLetter(column)}${row}`
}
