import type { FeedbackResponse, FindingStatus, RecheckResult } from '../assessment/finding-record'
import type { RiskLevel } from '../scoring/risk-level'

/**
 * The Chinese words for a finding's status, risk level, re-check result and the auditee's
 * response: one source for the app's remediation screens (renderer locale) and the exported
 * report (shared/report labels), so the screen and the workbook never name a status twice.
 */
export const FINDING_WORDS_ZH_CN: {
  statuses: Record<FindingStatus, string>
  risk: Record<RiskLevel, string>
  recheckResults: Record<RecheckResult, string>
  responses: Record<FeedbackResponse, string>
} = {
  statuses: {
    open: '待整改',
    inProgress: '整改中',
    done: '已整改待验证',
    verified: '已验证关闭',
    accepted: '接受风险'
  },
  risk: { high: '高', medium: '中', low: '低' },
  recheckResults: { passed: '通过', failed: '未通过' },
  responses: { agree: '同意', partial: '部分同意', disagree: '不同意' }
}
