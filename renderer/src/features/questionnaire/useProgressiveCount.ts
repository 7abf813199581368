import { startTransition, useEffect, useState } from 'react'

/** About one screenful of question cards. */
export const FIRST_SCREEN = 12

/**
 * How many of a section's cards to render: the first screenful at once, so a 120-question section
 * shows up as fast as a short one, then the rest in a transition right after the first paint
 * (interruptible, so typing or a key press is never held up by it). The caller remounts per
 * section (keyed by its id), so each section starts with its first screenful again.
 */
export function useProgressiveCount(total: number): { count: number; complete: boolean } {
  const [complete, setComplete] = useState(total <= FIRST_SCREEN)
  useEffect(() => {
    if (complete) return
    // Scheduling after paint, not derived state: the first screenful must reach the screen first.
    const frame = requestAnimationFrame(() => startTransition(() => setComplete(true)))
    return () => cancelAnimationFrame(frame)
  }, [complete])
  return { count: complete ? total : FIRST_SCREEN, complete }
}
