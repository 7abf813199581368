import type { KeySystem } from './assessment'

/**
 * The next free key-system id `sys-N` (one above the highest used), so ids are never reused: the
 * systems editor and the questionnaire form's new-system rows both number systems this way.
 */
export function nextSystemId(systems: readonly Pick<KeySystem, 'id'>[]): string {
  let highest = 0
  for (const { id } of systems) {
    const match = /^sys-(\d+)$/.exec(id)
    if (match) highest = Math.max(highest, Number(match[1]))
  }
  return `sys-${highest + 1}`
}
