import { Button, Select, Table, Tag } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { REGISTER_KIND_TABLE, REGISTER_KINDS, type RegisterKindId } from '@shared/registers/kinds'
import { headerKey } from '@shared/registers/register-header'
import type { UnmappedSheet } from '@shared/registers/read-file'
import type { RegisterMapping } from '../../db/repos/register-mappings'
import { useLanguage } from '../../i18n/useLanguage'
import { useWorkspace } from '../workspace/workspace-context'

/** Per sheet: its register kind and, per template field, the file's column chosen (header text). */
interface SheetChoice {
  kind: RegisterKindId | null
  columns: Record<string, string | undefined>
}

/** The column a field starts on: the remembered mapping's, else a header that is the template's. */
function initialChoice(sheet: UnmappedSheet, remembered: RegisterMapping): SheetChoice {
  const columns: Record<string, string | undefined> = {}
  if (sheet.kind !== null) {
    const mine = remembered[sheet.kind] ?? {}
    for (const field of REGISTER_KIND_TABLE[sheet.kind].fields)
      columns[field.id] =
        sheet.headers.find((h) => mine[h] === field.id) ??
        sheet.headers.find(
          (h) =>
            headerKey(h) === headerKey(field.header['zh-CN']) ||
            headerKey(h) === headerKey(field.header['en-US'])
        )
  }
  return { kind: sheet.kind, columns }
}

/**
 * A file whose column names are not the template's: for each sheet, the template's columns and,
 * beside each, the file's column that holds it. Reading again with the mapping either imports
 * (the preview follows; the mapping is remembered for the institution once confirmed) or names
 * what is still wrong at its sheet, row and column — nothing is written meanwhile.
 */
export function ColumnMappingForm(props: {
  unmapped: readonly UnmappedSheet[]
  remembered: RegisterMapping
  onApply: (mapping: RegisterMapping) => void
}) {
  const { t } = useTranslation()
  const { assessment } = useWorkspace()
  const [choices, setChoices] = useState(() =>
    props.unmapped.map((sheet) => initialChoice(sheet, props.remembered))
  )
  const change = (index: number, next: SheetChoice) =>
    setChoices((all) => all.map((c, i) => (i === index ? next : c)))
  const apply = () => {
    const mapping: RegisterMapping = {}
    choices.forEach(({ kind, columns }) => {
      if (kind === null) return
      const mine: Record<string, string> = {}
      for (const [field, header] of Object.entries(columns)) if (header) mine[header] = field
      mapping[kind] = { ...mapping[kind], ...mine }
    })
    props.onApply(mapping)
  }
  return (
    <div className="register-mapping" data-testid="register-mapping">
      <p>{t('registers.mapping.intro', { institution: assessment.metadata.institution })}</p>
      {props.unmapped.map((sheet, index) => (
        <SheetMapping
          key={sheet.sheet}
          sheet={sheet}
          choice={choices[index]!}
          onChange={(next) => change(index, next)}
        />
      ))}
      <Button type="primary" onClick={apply} data-testid="register-mapping-apply">
        {t('registers.mapping.apply')}
      </Button>
    </div>
  )
}

/** One sheet's mapping: its register (a CSV file's is chosen) and each template column's source. */
function SheetMapping(props: {
  sheet: UnmappedSheet
  choice: SheetChoice
  onChange: (next: SheetChoice) => void
}) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { sheet, choice, onChange } = props
  const headers = sheet.headers.filter((h) => h !== '')
  return (
    <section data-sheet={sheet.sheet}>
      <h4>{t('registers.mapping.title', { sheet: sheet.sheet })}</h4>
      {sheet.kind === null && (
        <label className="register-mapping-kind">
          {t('registers.mapping.kind')}{' '}
          <Select<RegisterKindId>
            data-testid="register-mapping-kind"
            style={{ minWidth: 160 }}
            value={choice.kind ?? undefined}
            onChange={(kind) => onChange({ kind, columns: {} })}
            options={REGISTER_KINDS.map((id) => ({
              value: id,
              label: REGISTER_KIND_TABLE[id].sheet[language]
            }))}
          />
        </label>
      )}
      {choice.kind !== null && (
        <Table
          size="small"
          pagination={false}
          rowKey="id"
          dataSource={REGISTER_KIND_TABLE[choice.kind].fields}
          columns={[
            {
              title: t('registers.mapping.field'),
              key: 'field',
              render: (_: unknown, field) => (
                <>
                  {field.header[language]}{' '}
                  {field.required && <Tag>{t('registers.mapping.required')}</Tag>}
                </>
              )
            },
            {
              title: t('registers.mapping.column'),
              key: 'column',
              render: (_: unknown, field) => (
                <Select<string>
                  data-testid={`register-mapping-field-${field.id}`}
                  aria-label={field.header[language]}
                  style={{ minWidth: 200 }}
                  allowClear
                  placeholder={t('registers.mapping.none')}
                  value={choice.columns[field.id]}
                  onChange={(header) =>
                    onChange({ ...choice, columns: { ...choice.columns, [field.id]: header } })
                  }
                  options={headers.map((h) => ({ value: h, label: h }))}
                />
              )
            }
          ]}
        />
      )}
    </section>
  )
}
