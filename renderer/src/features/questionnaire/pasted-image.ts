/**
 * The name of an image pasted from the clipboard: the question it is evidence for and the local
 * time it was pasted, e.g. `A1.01_20250630-142305.png` — sortable, and unique enough that two
 * screenshots pasted on one question a second apart keep apart names.
 */
export function pastedImageName(questionId: string, at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0')
  const date = `${at.getFullYear()}${two(at.getMonth() + 1)}${two(at.getDate())}`
  const time = `${two(at.getHours())}${two(at.getMinutes())}${two(at.getSeconds())}`
  return `${questionId}_${date}-${time}.png`
}

/** The image files among what was pasted (a copied screenshot; text pastes carry none). */
export function pastedImages(files: Iterable<File>): File[] {
  return [...files].filter((file) => file.type.startsWith('image/'))
}
