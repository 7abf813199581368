import type { LocalizedText } from '../bank/primitives'
import { issueText, issueTexts, type IssueParams } from '../util/issue-codes'
import type { scoringIssues } from '../issues/catalogue/scoring'
import type { IssueCode, ScoringIssue } from './types'

/** Where an issue points. */
export interface IssueTargets {
  questionIds?: string[]
  factorIds?: string[]
  inputId?: string
  /** The key system whose figures a per-system factor's problem is about. */
  systemId?: string
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
    systemId: targets.systemId ?? null,
    message
  }
}

/** A scoring message by its name in shared/issues/catalogue/scoring.ts, in both languages. */
export const scoringText = (
  name: keyof typeof scoringIssues,
  params?: IssueParams
): LocalizedText => issueTexts(issueText(`scoring.${name}`, params))

/**
 * A reference the bank gets wrong (an id twice, an unknown question, input or section): the bank
 * parser rejects these, a hand-built bank may not. The message is the catalogue's text `name`.
 */
export const bankReferenceIssue = (
  targets: IssueTargets,
  name: keyof typeof scoringIssues,
  params: IssueParams
): ScoringIssue => makeIssue('error', 'bankReference', targets, scoringText(name, params))
