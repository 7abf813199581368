import type { Section } from '@shared/bank/bank'
import type { Locale } from '@shared/bank/primitives'

const PROVISIONAL_SUFFIX = /\s*[（(]\s*(暂定|provisional)\s*[）)]\s*$/i

/**
 * A section's title for places that show the provisional mark next to it: banks often spell the
 * mark into the title ("变更与发布管理（暂定）"), and saying it twice wastes a narrow sidebar.
 */
export function sectionTitle(section: Section, locale: Locale): string {
  const title = section.title[locale]
  return section.provisional ? title.replace(PROVISIONAL_SUFFIX, '') || title : title
}
