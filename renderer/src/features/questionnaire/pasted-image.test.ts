import { describe, expect, it } from 'vitest'
import { pastedImageName, pastedImages } from './pasted-image'

describe('pasted images', () => {
  it('are named from the question id and the local time, as a PNG', () => {
    expect(pastedImageName('A1.01', new Date(2025, 5, 30, 14, 23, 5))).toBe(
      'A1.01_20250630-142305.png'
    )
    expect(pastedImageName('C9.07', new Date(2026, 0, 2, 3, 4, 0))).toBe(
      'C9.07_20260102-030400.png'
    )
  })

  it('are the image files of a paste; other files and text are left to the page', () => {
    const png = new File([new Uint8Array([1])], 'image.png', { type: 'image/png' })
    const jpeg = new File([new Uint8Array([2])], 'photo.jpg', { type: 'image/jpeg' })
    const pdf = new File([new Uint8Array([3])], 'a.pdf', { type: 'application/pdf' })
    expect(pastedImages([png, pdf, jpeg])).toEqual([png, jpeg])
    expect(pastedImages([])).toEqual([])
  })
})
