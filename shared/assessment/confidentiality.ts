import type { Locale } from '../bank/primitives'
import {
  CONFIDENTIALITY_LEVELS,
  DEFAULT_CONFIDENTIALITY,
  type ConfidentialityLevel
} from './report-fields'

/**
 * The confidentiality label's words, one set for every output that carries it: the Word/PDF
 * report, every sheet of the workbooks, the package manifest, the workspace header.
 */
export const CONFIDENTIALITY_WORDS: Readonly<
  Record<Locale, Readonly<Record<ConfidentialityLevel, string>>>
> = {
  'zh-CN': {
    public: '公开',
    internal: '内部资料 注意保密',
    restricted: '受控资料 限定范围',
    secret: '商业秘密 严禁外传'
  },
  'en-US': {
    public: 'Public',
    internal: 'Internal — handle with care',
    restricted: 'Restricted — limited distribution',
    secret: 'Commercial secret — do not disclose'
  }
}

/** The label of an assessment's level (the default when it names none) in `locale`. */
export function confidentialityLabel(
  level: ConfidentialityLevel | undefined,
  locale: Locale
): string {
  return CONFIDENTIALITY_WORDS[locale][level ?? DEFAULT_CONFIDENTIALITY]
}

/** The strictest of several levels: what a file carrying several assessments is marked with. */
export function strictestConfidentiality(
  levels: ReadonlyArray<ConfidentialityLevel | undefined>
): ConfidentialityLevel {
  let rank = 0
  for (const level of levels)
    rank = Math.max(rank, CONFIDENTIALITY_LEVELS.indexOf(level ?? DEFAULT_CONFIDENTIALITY))
  return levels.length === 0 ? DEFAULT_CONFIDENTIALITY : CONFIDENTIALITY_LEVELS[rank]!
}
