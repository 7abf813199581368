import { useState, type ClipboardEvent, type DragEvent } from 'react'
import type { EvidenceActions } from './useEvidenceActions'
import { pastedImageName, pastedImages } from './pasted-image'

/** An image as PNG (the clipboard gives PNG already; anything else is redrawn as one). */
async function asPng(image: Blob): Promise<Blob> {
  if (image.type === 'image/png') return image
  const bitmap = await createImageBitmap(image)
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0)
  bitmap.close()
  return canvas.convertToBlob({ type: 'image/png' })
}

const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files')

/**
 * Evidence by paste and drop on a question's card: Ctrl+V with a screenshot on the clipboard
 * attaches it as a PNG named from the question and the time; files dropped on the card are all
 * attached. A text paste into a field is left alone. Limits, hashing and storage are addFile's.
 */
export function useEvidenceDrop(questionId: string, actions: EvidenceActions, readOnly: boolean) {
  const [dragging, setDragging] = useState(false)

  const onPaste = (event: ClipboardEvent<HTMLElement>) => {
    if (readOnly) return
    const images = pastedImages(event.clipboardData.files)
    if (images.length === 0) return
    event.preventDefault()
    const at = new Date()
    void (async () => {
      const files: File[] = []
      for (const [i, image] of images.entries()) {
        const name = pastedImageName(questionId, new Date(at.getTime() + i * 1000))
        files.push(new File([await asPng(image)], name, { type: 'image/png' }))
      }
      await actions.addFiles(files)
    })()
  }

  const onDragOver = (event: DragEvent<HTMLElement>) => {
    if (readOnly || !carriesFiles(event)) return
    event.preventDefault()
    event.dataTransfer.dropEffect = 'copy'
    if (!dragging) setDragging(true)
  }

  const onDragLeave = (event: DragEvent<HTMLElement>) => {
    // Leaving for one of the card's own children is not leaving the card.
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false)
  }

  const onDrop = (event: DragEvent<HTMLElement>) => {
    setDragging(false)
    if (readOnly || !carriesFiles(event)) return
    event.preventDefault()
    void actions.addFiles([...event.dataTransfer.files])
  }

  return { dragging, handlers: { onPaste, onDragOver, onDragLeave, onDrop } }
}
