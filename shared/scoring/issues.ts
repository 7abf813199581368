import type { LocalizedText } from '../bank/primitives'
import type { IssueCode, ScoringIssue } from './types'

/** Where an issue points. */
export interface IssueTargets {
  questionIds?: string[]
  factorIds?: string[]
  inputId?: string
  ruleId?: string
}

/** Builds an issue with every field present (null/empty rather than missing), for stable JSON. */
export function makeIssue(
  severity: ScoringIssue['severity'],
  code: IssueCode,
  targets: IssueTargets,
  message: LocalizedText
): ScoringIssue {
  return {
    severity,
    code,
    ruleId: targets.ruleId ?? null,
    questionIds: targets.questionIds ?? [],
    factorIds: targets.factorIds ?? [],
    inputId: targets.inputId ?? null,
    message
  }
}

/** A bilingual text. */
export const localized = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, 'en-US': en })
