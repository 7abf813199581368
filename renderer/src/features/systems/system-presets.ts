import type { KeySystem } from '@shared/assessment/assessment'

/**
 * Systems most securities firms list, with whether they serve in real time during trading
 * hours. Their names come from i18n (`systems.presets.<key>`) in the interface language.
 */
export const SYSTEM_PRESETS = [
  { key: 'trading', realTime: true },
  { key: 'online', realTime: true },
  { key: 'mobile', realTime: true },
  { key: 'margin', realTime: true },
  { key: 'custody', realTime: true },
  { key: 'market', realTime: true },
  { key: 'clearing', realTime: false },
  { key: 'otc', realTime: false },
  { key: 'assetManagement', realTime: false },
  { key: 'risk', realTime: false },
  { key: 'dataCenter', realTime: false }
] as const
export type SystemPresetKey = (typeof SYSTEM_PRESETS)[number]['key']

export { nextSystemId } from '@shared/assessment/key-systems'

/** Problems of a system list the editor shows before saving; null when it can be saved. */
export function systemsProblem(
  systems: readonly KeySystem[]
): { kind: 'nameRequired' } | { kind: 'nameTwice'; name: string } | null {
  const seen = new Set<string>()
  for (const system of systems) {
    const name = system.name.trim()
    if (name === '') return { kind: 'nameRequired' }
    if (seen.has(name)) return { kind: 'nameTwice', name }
    seen.add(name)
  }
  return null
}

/** A system as stored: trimmed texts, empty optional fields left out. */
export function cleanSystem(system: KeySystem): KeySystem {
  const window = system.serviceWindow?.trim()
  return {
    id: system.id,
    name: system.name.trim(),
    ...(system.class === undefined ? {} : { class: system.class }),
    ...(system.realTime === undefined ? {} : { realTime: system.realTime }),
    ...(window ? { serviceWindow: window } : {})
  }
}
