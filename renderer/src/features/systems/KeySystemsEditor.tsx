import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Checkbox, Input, Select, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { SYSTEM_CLASSES, type KeySystem } from '@shared/assessment/assessment'
import { nextSystemId, SYSTEM_PRESETS } from './system-presets'
import { ColumnHeads } from '../../components/ColumnHeads'
import './systems.css'

interface KeySystemsEditorProps {
  value: readonly KeySystem[]
  onChange: (systems: KeySystem[]) => void
  readOnly?: boolean
  /** Asked before a row goes; resolve false to keep it (the screen confirms lost figures). */
  confirmRemove?: (system: KeySystem) => Promise<boolean>
}

/**
 * The key systems of an assessment as an editable table: name, class (第一类 … 第五类), whether it
 * serves in real time during trading hours, and its service window; common systems one click away.
 */
export function KeySystemsEditor({
  value,
  onChange,
  readOnly,
  confirmRemove
}: KeySystemsEditorProps) {
  const { t } = useTranslation()
  const update = (id: string, patch: Partial<KeySystem>): void =>
    onChange(value.map((system) => (system.id === id ? { ...system, ...patch } : system)))
  const remove = async (system: KeySystem): Promise<void> => {
    if (confirmRemove && !(await confirmRemove(system))) return
    onChange(value.filter((s) => s.id !== system.id))
  }
  const classOptions = [
    { value: 0, label: t('systems.classes.none') },
    ...SYSTEM_CLASSES.map((c) => ({ value: c, label: t(`systems.classes.${c}`) }))
  ]

  return (
    <div className="systems-editor" data-testid="systems-editor">
      {value.length === 0 ? (
        <p className="systems-empty">{t('systems.empty')}</p>
      ) : (
        <table className="systems-table">
          <ColumnHeads
            columns={[
              { key: 'name', label: t('systems.columns.name') },
              { key: 'class', label: t('systems.columns.class'), title: t('systems.classHelp') },
              { key: 'realTime', label: t('systems.columns.realTime') },
              { key: 'serviceWindow', label: t('systems.columns.serviceWindow') },
              !readOnly && { key: 'actions', label: t('systems.columns.actions') }
            ]}
          />
          <tbody>
            {value.map((system) => (
              <KeySystemRow
                key={system.id}
                system={system}
                classOptions={classOptions}
                readOnly={readOnly}
                update={(patch) => update(system.id, patch)}
                remove={() => void remove(system)}
              />
            ))}
          </tbody>
        </table>
      )}
      {!readOnly && <SystemsAddBar value={value} onChange={onChange} />}
    </div>
  )
}

interface KeySystemRowProps {
  system: KeySystem
  classOptions: Array<{ value: number; label: string }>
  readOnly?: boolean
  update: (patch: Partial<KeySystem>) => void
  remove: () => void
}

/** One key system: name, class, real-time and service window, and its remove button. */
function KeySystemRow({ system, classOptions, readOnly, update, remove }: KeySystemRowProps) {
  const { t } = useTranslation()
  return (
    <tr data-testid={`system-row-${system.id}`} data-system-id={system.id}>
      <td>
        <Input
          data-testid={`system-name-${system.id}`}
          aria-label={t('systems.columns.name')}
          value={system.name}
          placeholder={t('systems.namePlaceholder')}
          disabled={readOnly}
          status={system.name.trim() === '' ? 'error' : undefined}
          onChange={(event) => update({ name: event.target.value })}
        />
      </td>
      <td>
        <Select
          data-testid={`system-class-${system.id}`}
          aria-label={t('systems.columns.class')}
          value={system.class ?? 0}
          options={classOptions}
          disabled={readOnly}
          style={{ width: 110 }}
          onChange={(next: KeySystem['class'] | 0) =>
            update({ class: next === 0 ? undefined : next })
          }
        />
      </td>
      <td className="systems-check">
        <Checkbox
          data-testid={`system-realtime-${system.id}`}
          aria-label={`${system.name} ${t('systems.columns.realTime')}`}
          checked={system.realTime === true}
          disabled={readOnly}
          onChange={(event) => update({ realTime: event.target.checked })}
        />
      </td>
      <td>
        <Input
          data-testid={`system-window-${system.id}`}
          aria-label={t('systems.columns.serviceWindow')}
          value={system.serviceWindow ?? ''}
          placeholder={t('systems.windowPlaceholder')}
          disabled={readOnly}
          onChange={(event) => update({ serviceWindow: event.target.value })}
        />
      </td>
      {!readOnly && (
        <td>
          <Button
            type="text"
            danger
            icon={<DeleteOutlined />}
            data-testid={`system-remove-${system.id}`}
            aria-label={`${t('systems.remove')} ${system.name}`}
            onClick={remove}
          />
        </td>
      )}
    </tr>
  )
}

/** Adds a blank row, or one of the common systems not on the list yet, with one click. */
function SystemsAddBar({ value, onChange }: Pick<KeySystemsEditorProps, 'value' | 'onChange'>) {
  const { t } = useTranslation()
  const names = new Set(value.map((system) => system.name.trim()))
  const presets = SYSTEM_PRESETS.map((preset) => ({
    ...preset,
    name: t(`systems.presets.${preset.key}`)
  })).filter((preset) => !names.has(preset.name))
  return (
    <div className="systems-add">
      <Button
        icon={<PlusOutlined />}
        data-testid="system-add"
        onClick={() => onChange([...value, { id: nextSystemId(value), name: '' }])}
      >
        {t('systems.add')}
      </Button>
      {presets.length > 0 && (
        <span className="systems-presets-label">{t('systems.addPreset')}</span>
      )}
      {presets.map((preset) => (
        <Tag.CheckableTag
          key={preset.key}
          checked={false}
          data-testid={`system-preset-${preset.key}`}
          onChange={() =>
            onChange([
              ...value,
              { id: nextSystemId(value), name: preset.name, realTime: preset.realTime }
            ])
          }
        >
          + {preset.name}
        </Tag.CheckableTag>
      ))}
    </div>
  )
}
