import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Checkbox, Input, Select, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { SYSTEM_CLASSES, type KeySystem } from '@shared/assessment/assessment'
import { nextSystemId, SYSTEM_PRESETS } from './system-presets'
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
  const names = new Set(value.map((system) => system.name.trim()))
  const presets = SYSTEM_PRESETS.map((preset) => ({
    ...preset,
    name: t(`systems.presets.${preset.key}`)
  })).filter((preset) => !names.has(preset.name))
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
          <thead>
            <tr>
              <th scope="col">{t('systems.columns.name')}</th>
              <th scope="col" title={t('systems.classHelp')}>
                {t('systems.columns.class')}
              </th>
              <th scope="col">{t('systems.columns.realTime')}</th>
              <th scope="col">{t('systems.columns.serviceWindow')}</th>
              {!readOnly && <th scope="col">{t('systems.columns.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {value.map((system) => (
              <tr
                key={system.id}
                data-testid={`system-row-${system.id}`}
                data-system-id={system.id}
              >
                <td>
                  <Input
                    data-testid={`system-name-${system.id}`}
                    aria-label={t('systems.columns.name')}
                    value={system.name}
                    placeholder={t('systems.namePlaceholder')}
                    disabled={readOnly}
                    status={system.name.trim() === '' ? 'error' : undefined}
                    onChange={(event) => update(system.id, { name: event.target.value })}
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
                      update(system.id, { class: next === 0 ? undefined : next })
                    }
                  />
                </td>
                <td className="systems-check">
                  <Checkbox
                    data-testid={`system-realtime-${system.id}`}
                    aria-label={`${system.name} ${t('systems.columns.realTime')}`}
                    checked={system.realTime === true}
                    disabled={readOnly}
                    onChange={(event) => update(system.id, { realTime: event.target.checked })}
                  />
                </td>
                <td>
                  <Input
                    data-testid={`system-window-${system.id}`}
                    aria-label={t('systems.columns.serviceWindow')}
                    value={system.serviceWindow ?? ''}
                    placeholder={t('systems.windowPlaceholder')}
                    disabled={readOnly}
                    onChange={(event) => update(system.id, { serviceWindow: event.target.value })}
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
                      onClick={() => void remove(system)}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!readOnly && (
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
      )}
    </div>
  )
}
