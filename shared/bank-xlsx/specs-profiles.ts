/** Sheets of the scoring profiles: the profiles, their pillar/section weights and their levels. */
import { bool, choice, column, localized, type ColumnSpec, type SheetSpec } from './sheet-spec'

/** What a profile_weights row sets. */
export const WEIGHT_SCOPES = ['pillar', 'section', 'factorShare'] as const

const gate = (name: string, zh: string, en: string): ColumnSpec =>
  column(name, 'number', zh, en, true)

export const profilesSheet: SheetSpec = {
  name: 'profiles',
  zh: '计分方案',
  en: 'Scoring profiles',
  required: true,
  frozenColumns: 1,
  columns: [
    column('id', 'id', '方案编号', 'Profile id', true),
    column('version', 'text', '方案版本', 'Profile version', true),
    ...localized('name', '名称', 'Name', { required: true }),
    ...localized('description', '说明', 'Description', { long: true }),
    gate(
      'questionnaire_share',
      '有要素的章节中问卷得分占比 0–1',
      'Share of the questionnaire where a section has factors, 0–1'
    ),
    choice(
      'factor_scoring',
      ['bands', 'linear'],
      '要素计分：bands 分档 / linear 线性',
      'Factor scoring: bands or linear'
    ),
    ...[0, 1, 2, 3, 4].map((level) =>
      gate(
        `maturity_score_${level}`,
        `成熟度 ${level} 级得分`,
        `Item score of maturity level ${level}`
      )
    ),
    gate('yes_score', '“是”得分', 'Score of yes'),
    gate('partial_score', '“部分”得分', 'Score of partial'),
    gate('no_score', '“否”得分', 'Score of no'),
    bool('gate_critical_item', '关键项上限规则启用', 'Critical-item gate enabled', true),
    gate(
      'gate_critical_levels_above',
      '章节等级至多为最低关键项等级加此数',
      'Section level at most lowest critical level + this'
    ),
    bool('gate_red_line', '红线上限规则启用', 'Red-line gate enabled', true),
    gate(
      'gate_red_line_cap_level',
      '触发红线时总体等级上限',
      'Overall level cap on a red-line breach'
    ),
    bool('gate_coverage', '覆盖度规则启用', 'Coverage gate enabled', true),
    gate('gate_coverage_max_na_share', '不适用权重占比上限 0–1', 'Largest N/A weight share, 0–1'),
    bool(
      'gate_unevidenced_maturity',
      '无证据高成熟度降级启用',
      'Unevidenced-maturity gate enabled',
      true
    ),
    gate('gate_unevidenced_min_level', '自此级别起须有证据', 'Level from which evidence is needed'),
    gate(
      'gate_unevidenced_scored_as',
      '无证据时按此级别计分',
      'Level scored when evidence is missing'
    )
  ]
}

export const profileWeightsSheet: SheetSpec = {
  name: 'profile_weights',
  zh: '计分方案中体系与章节的相对权重',
  en: 'Relative weights of pillars and sections per profile',
  required: false,
  frozenColumns: 1,
  columns: [
    column('profile', 'id', '方案编号', 'Profile id', true),
    choice(
      'scope',
      WEIGHT_SCOPES,
      'pillar 体系权重 / section 章节权重 / factorShare 章节综合分中评价要素的占比（0–1）',
      "pillar or section weight, or factorShare: the factors' share of a section's combined score (0–1)"
    ),
    column('target', 'id', '体系或章节编号', 'Pillar or section id', true),
    column(
      'weight',
      'number',
      '相对权重 ≥ 0；factorShare 为 0–1 的占比',
      'Relative weight ≥ 0; for factorShare a share 0–1',
      true
    )
  ]
}

export const levelsSheet: SheetSpec = {
  name: 'levels',
  zh: '计分方案的成熟度等级 L0–L4（每个方案五行）',
  en: 'Maturity levels L0–L4 of each profile (five rows per profile)',
  required: true,
  frozenColumns: 2,
  columns: [
    column('profile', 'id', '方案编号', 'Profile id', true),
    column('level', 'number', '等级 0–4', 'Level 0–4', true),
    choice('code', ['L0', 'L1', 'L2', 'L3', 'L4'], '等级代码', 'Level code'),
    column('min_score', 'number', '最低分（L0 为 0）', 'Lowest score (0 for L0)', true),
    ...localized('label', '等级名称', 'Label', { required: true }),
    ...localized('description', '说明', 'Description', { long: true })
  ]
}
