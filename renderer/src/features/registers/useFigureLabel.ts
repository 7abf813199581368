import type { FigureWrite } from '@shared/registers/factor-writes'
import { useLanguage } from '../../i18n/useLanguage'
import { useWorkspace } from '../workspace/workspace-context'

/** A figure as people name it: `F01 故障监控发现率 · 故障总数 · 集中交易`. */
export function useFigureLabel(): (
  f: Pick<FigureWrite, 'factorId' | 'inputId' | 'systemId'>
) => string {
  const { language } = useLanguage()
  const { index, assessment } = useWorkspace()
  const systems = new Map(assessment.metadata.systems.map((s) => [s.id, s.name]))
  return (f) => {
    const factor = index.factors.get(f.factorId)
    const input = factor?.inputs.find((i) => i.id === f.inputId)
    return [
      `${f.factorId} ${factor?.name[language] ?? ''}`.trim(),
      input?.label[language] ?? f.inputId,
      ...(f.systemId === null ? [] : [systems.get(f.systemId) ?? f.systemId])
    ].join(' · ')
  }
}
