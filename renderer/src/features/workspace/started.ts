import type { SectionResult } from '@shared/scoring'

/**
 * Whether anything was entered for a section yet (an answer or a factor). Unanswered items score
 * 0, but "0.0" on an untouched section reads like a verdict, so screens show "—" until then.
 */
export const isStarted = (section: SectionResult | undefined): boolean =>
  !!section && (section.completion.done > 0 || section.availableFactorIds.length > 0)
