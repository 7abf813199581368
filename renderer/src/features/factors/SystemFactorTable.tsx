import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { KeySystem } from '@shared/assessment/assessment'
import type { EvaluationFactor, PerSystem } from '@shared/bank/factor'
import { systemsInScope, type FactorResult, type SystemFactorResult } from '@shared/scoring'
import { paths } from '../../app/paths'
import type { FactorRow } from '../../db/schema'
import { useLanguage } from '../../i18n/useLanguage'
import { formatFactorValue } from '../results/format'
import { FactorInputField } from './FactorInputField'
import { ColumnHeads } from '../../components/ColumnHeads'

interface SystemFactorTableProps {
  assessmentId: string
  factor: EvaluationFactor
  perSystem: PerSystem
  systems: readonly KeySystem[]
  entry: FactorRow | undefined
  result: FactorResult | undefined
  /** Inputs an entry check faults, per system id. */
  faulted: ReadonlyMap<string, ReadonlySet<string>>
  readOnly: boolean
  /** Figure keys (`F16.T_trading@<system id>`) measured from the registers: not typed here. */
  fromRegisters?: ReadonlySet<string>
  onValue: (systemId: string, inputId: string, value: number | null) => void
}

/**
 * A per-system factor's figures: one row per key system it applies to, one column per input,
 * then the system's own value; the system that sets the factor's value is marked.
 */
export function SystemFactorTable(props: SystemFactorTableProps) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { factor, perSystem, result } = props
  const rows = systemsInScope(perSystem, props.systems)
  const bySystem = new Map((result?.systems ?? []).map((s) => [s.systemId, s]))
  const binding = result?.combination?.bindingSystemId ?? null
  const weighted = perSystem.combine === 'classWeightedMin'

  if (rows.length === 0)
    return (
      <div className="system-factor-empty" data-testid={`factor-no-systems-${factor.id}`}>
        <p>
          {t('systems.factorTable.noSystems', {
            which: t(
              perSystem.systems === 'realTime'
                ? 'systems.factorTable.whichRealTime'
                : 'systems.factorTable.whichAll'
            )
          })}
        </p>
        <Link to={paths.systems(props.assessmentId)}>{t('systems.factorTable.goToSystems')}</Link>
      </div>
    )

  return (
    <table className="system-factor-table" data-testid={`factor-systems-${factor.id}`}>
      <caption>
        {t('systems.factorTable.caption', { rule: t(`systems.rules.${perSystem.combine}`) })}
      </caption>
      <ColumnHeads
        columns={[
          { key: 'system', label: t('systems.factorTable.system') },
          ...factor.inputs.map((input) => ({
            key: `input:${input.id}`,
            title: input.description?.[language],
            label: (
              <>
                {input.label[language]}
                <span className="factor-input-code">{input.id}</span>
              </>
            )
          })),
          { key: 'value', label: t('systems.factorTable.value') },
          weighted && { key: 'adjusted', label: t('systems.factorTable.adjusted') }
        ]}
      />
      <tbody>
        {rows.map((system) => (
          <SystemFactorRow
            key={system.id}
            {...props}
            system={system}
            own={bySystem.get(system.id)}
            isBinding={system.id === binding}
            weighted={weighted}
          />
        ))}
      </tbody>
    </table>
  )
}

interface SystemFactorRowProps extends SystemFactorTableProps {
  system: KeySystem
  own: SystemFactorResult | undefined
  isBinding: boolean
  weighted: boolean
}

/** One system's inputs and its own value (and class-adjusted value); marked when it sets the factor. */
function SystemFactorRow(props: SystemFactorRowProps) {
  const { t } = useTranslation()
  const { factor, system, own, isBinding, weighted } = props
  const minutes = (value: string) => t('factors.minutes', { value })
  return (
    <tr
      data-testid={`factor-system-${factor.id}-${system.id}`}
      data-binding={isBinding ? 'true' : undefined}
    >
      <th scope="row">
        {system.name}
        {system.class !== undefined && (
          <Tag className="system-class">{t(`systems.classes.${system.class}`)}</Tag>
        )}
      </th>
      {factor.inputs.map((input) => {
        const value = props.entry?.bySystem?.[system.id]?.[input.id] ?? null
        const measured = props.fromRegisters?.has(`${factor.id}.${input.id}@${system.id}`) ?? false
        return (
          <td key={input.id} data-source={measured ? 'registers' : undefined}>
            <FactorInputField
              // A figure from the registers changes underneath the (uncontrolled) field: remount.
              key={measured ? `${input.id}=${value}` : input.id}
              factorId={factor.id}
              system={{ id: system.id, name: system.name }}
              input={input}
              value={value}
              invalid={props.faulted.get(system.id)?.has(input.id) ?? false}
              readOnly={props.readOnly || measured}
              onValue={(next) => props.onValue(system.id, input.id, next)}
            />
          </td>
        )
      })}
      <td className="system-value" data-testid={`factor-system-value-${factor.id}-${system.id}`}>
        {formatFactorValue(factor, own?.value ?? null, minutes)}
        {isBinding && (
          <Tag color="volcano" className="system-binding">
            {t('systems.factorTable.binding')}
          </Tag>
        )}
      </td>
      {weighted && (
        <td className="system-value">
          {formatFactorValue(factor, own?.adjustedValue ?? null, minutes)}
        </td>
      )}
    </tr>
  )
}
