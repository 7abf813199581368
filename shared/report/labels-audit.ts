import type { AuditEntry } from '../assessment/assessment'
import type { AuditRow } from './model'

/** The fixed texts of the audit log sheet and annex, in both languages. */
export interface AuditLabels {
  headers: Record<keyof AuditRow, string>
  actions: Record<AuditEntry['action'], string>
  truncated: string
}

export const AUDIT_LABELS: Record<'zh-CN' | 'en-US', AuditLabels> = {
  'zh-CN': {
    headers: {
      at: '时间',
      by: '操作人',
      action: '操作',
      target: '对象',
      oldValue: '原值',
      newValue: '新值',
      reason: '理由'
    },
    actions: {
      'assessment.create': '创建评估',
      'assessment.update': '修改评估信息',
      'answer.set': '作答',
      'answer.clear': '清除答案',
      'factor.set': '填报评价要素',
      'finding.set': '更新整改事项',
      'evidence.add': '添加证据',
      'evidence.remove': '移除证据',
      'evidence.update': '修改证据日期或说明',
      'status.change': '变更状态',
      'assessment.finalize': '定稿签署',
      'assessment.reopen': '重新打开',
      'assessment.import': '导入',
      'assessment.merge': '合并',
      'assessment.bankUpgrade': '升级题库',
      'assessment.bankUpgradeUndo': '撤销题库升级',
      'review.sign': '签署复核',
      'review.sendBack': '退回复核'
    },
    truncated: '变更记录超过 {max} 条，仅列出最近的 {max} 条（共 {n} 条）'
  },
  'en-US': {
    headers: {
      at: 'When',
      by: 'Who',
      action: 'Action',
      target: 'Item',
      oldValue: 'Old value',
      newValue: 'New value',
      reason: 'Reason'
    },
    actions: {
      'assessment.create': 'Created',
      'assessment.update': 'Details changed',
      'answer.set': 'Answered',
      'answer.clear': 'Answer cleared',
      'factor.set': 'Factor data entered',
      'finding.set': 'Finding updated',
      'evidence.add': 'Evidence added',
      'evidence.remove': 'Evidence removed',
      'evidence.update': 'Evidence date or caption changed',
      'status.change': 'Status changed',
      'assessment.finalize': 'Finalized and signed',
      'assessment.reopen': 'Reopened',
      'assessment.import': 'Imported',
      'assessment.merge': 'Merged',
      'assessment.bankUpgrade': 'Bank upgraded',
      'assessment.bankUpgradeUndo': 'Bank upgrade undone',
      'review.sign': 'Review signed',
      'review.sendBack': 'Sent back for review'
    },
    truncated: 'The audit log has more than {max} entries; the latest {max} of {n} are listed'
  }
}
