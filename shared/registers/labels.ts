/**
 * Words of the registers for people, in both languages: why a row was left out of a count, and
 * the template's instructions. Column and sheet names are in kinds.ts.
 */
import type { ExclusionReason } from './compute'
import type { Bilingual, RegisterKindId } from './kinds'
import { registerField } from './kinds'
import type { RegisterValue } from './values'

type Language = keyof Bilingual

function shownValue(
  kind: RegisterKindId,
  column: string,
  value: RegisterValue | null,
  language: Language
): string {
  if (value === null) return language === 'zh-CN' ? '空' : 'blank'
  const field = registerField(kind, column)
  if (typeof value === 'boolean')
    return value ? (language === 'zh-CN' ? '是' : 'yes') : language === 'zh-CN' ? '否' : 'no'
  const choice = field?.choices?.find((c) => c.code === value)
  return choice === undefined ? String(value) : choice.label[language]
}

const header = (kind: RegisterKindId, column: string, language: Language): string =>
  registerField(kind, column)?.header[language] ?? column

/** Why a row was left out of a count: 期外（2025-12-30）, 标准变更 excluded as 变更类型 = 标准 … */
export function describeExclusion(
  kind: RegisterKindId,
  reason: ExclusionReason,
  language: Language
): string {
  const zh = language === 'zh-CN'
  switch (reason.code) {
    case 'outsidePeriod':
      return zh
        ? `不在评估期内（${reason.at.replace('T', ' ')}）`
        : `outside the period (${reason.at.replace('T', ' ')})`
    case 'unknownSystem':
      return zh
        ? '系统不在系统清单或重要系统中'
        : 'the system is not in the systems register or the key systems'
    case 'notRealTime':
      return zh ? '非实时交易系统' : 'not a real-time trading system'
    case 'realTime':
      return zh ? '实时交易系统（本项不计）' : 'a real-time trading system (not counted here)'
    case 'systemClass':
      return zh
        ? `系统类别不符（${reason.systemClass || '未分类'}）`
        : `another system class (${reason.systemClass || 'unclassified'})`
    case 'filter':
      return `${header(kind, reason.column, language)} = ${shownValue(kind, reason.column, reason.value, language)}`
    case 'missing':
      return zh
        ? `${header(kind, reason.column, language)}为空`
        : `${header(kind, reason.column, language)} is blank`
    case 'negativeDuration':
      return zh ? `时长为负（${reason.minutes} 分钟）` : `negative duration (${reason.minutes} min)`
  }
}
