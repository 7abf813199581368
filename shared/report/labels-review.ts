/**
 * The fixed texts of the review record (复核记录): the workbook's sheet and the Word report's
 * annex 5 both show it from the one report model, in both languages. `{name}` placeholders are
 * filled by `fill`.
 */
export interface ReviewLabels {
  title: string
  levelsTitle: string
  levelHeaders: {
    level: string
    name: string
    by: string
    at: string
    decision: string
    comment: string
    contentHash: string
  }
  /** `第 {n} 级` / `Level {n}`. */
  levelNumber: string
  /** `{level}「{name}」` / `{level} ({name})`: a level with its name in the history. */
  levelNamed: string
  /** A review step in running text: `{level}：{decision}` / `{level}: {decision}`. */
  stepText: string
  /** `{text}；{comment}` / `{text}; {comment}`. */
  withComment: string
  decisions: {
    approved: string
    /** The last level: its signature is the finalization. */
    finalized: string
    /** Signed, but the assessment was edited after (the hash no longer matches). */
    stale: string
    pending: string
    /** `{level}`: the level sent back to. */
    sentBack: string
    finalize: string
    reopen: string
  }
  /** No graded review: `{seal}` is the seal sentence (who, when, valid or not). */
  noLevels: string
  sealTitle: string
  sealHeaders: { by: string; at: string; contentHash: string; state: string }
  sealNone: string
  historyTitle: string
  historyHeaders: { at: string; by: string; level: string; decision: string; comment: string }
  historyNone: string
  note: string
}

const ZH_CN: ReviewLabels = {
  title: '复核与签署记录',
  levelsTitle: '分级复核',
  levelHeaders: {
    level: '层级',
    name: '名称',
    by: '签署人',
    at: '签署时间',
    decision: '结论',
    comment: '意见',
    contentHash: '批准内容摘要（SHA-256）'
  },
  levelNumber: '第 {n} 级',
  levelNamed: '{level}「{name}」',
  stepText: '{level}：{decision}',
  withComment: '{text}；{comment}',
  decisions: {
    approved: '通过',
    finalized: '通过并定稿',
    stale: '通过（签署后内容已修改）',
    pending: '待签署',
    sentBack: '退回至{level}',
    finalize: '定稿签署',
    reopen: '重新打开'
  },
  noLevels: '本评估未设置分级复核（单级定稿）；签署状态：{seal}。',
  sealTitle: '定稿签署',
  sealHeaders: {
    by: '签署人',
    at: '签署时间',
    contentHash: '评估内容摘要（SHA-256）',
    state: '状态'
  },
  sealNone: '本评估尚未定稿签署。',
  historyTitle: '复核过程',
  historyHeaders: {
    at: '时间',
    by: '人员',
    level: '层级',
    decision: '结论',
    comment: '意见或退回原因'
  },
  historyNone: '暂无复核操作记录。',
  note: '“批准内容摘要”为该级签署时评估内容的 SHA-256 摘要；与封面“评估内容摘要”相同，即表示签署后内容未被修改。复核过程取自变更记录（防篡改链）。'
}

const EN_US: ReviewLabels = {
  title: 'Review and sign-off record',
  levelsTitle: 'Graded review',
  levelHeaders: {
    level: 'Level',
    name: 'Name',
    by: 'Signed by',
    at: 'Signed at',
    decision: 'Decision',
    comment: 'Comment',
    contentHash: 'Content approved (SHA-256)'
  },
  levelNumber: 'Level {n}',
  levelNamed: '{level} ({name})',
  stepText: '{level}: {decision}',
  withComment: '{text}; {comment}',
  decisions: {
    approved: 'Approved',
    finalized: 'Approved and finalized',
    stale: 'Approved (content changed since)',
    pending: 'Awaiting signature',
    sentBack: 'Sent back to {level}',
    finalize: 'Finalized and signed',
    reopen: 'Reopened'
  },
  noLevels:
    'This assessment has no graded review levels (finalized in one step); sign-off: {seal}.',
  sealTitle: 'Sign-off (seal)',
  sealHeaders: {
    by: 'Signed by',
    at: 'Signed at',
    contentHash: 'Assessment content (SHA-256)',
    state: 'State'
  },
  sealNone: 'The assessment has not been finalized and signed.',
  historyTitle: 'Review history',
  historyHeaders: {
    at: 'When',
    by: 'Who',
    level: 'Level',
    decision: 'Decision',
    comment: 'Comment or reason for sending back'
  },
  historyNone: 'No review steps recorded.',
  note: '"Content approved" is the SHA-256 of the assessment content a level signed; when it equals the content digest on the Cover, nothing changed after that signature. The review history is taken from the audit log (hash-chained).'
}

export const REVIEW_LABELS: Record<'zh-CN' | 'en-US', ReviewLabels> = {
  'zh-CN': ZH_CN,
  'en-US': EN_US
}
