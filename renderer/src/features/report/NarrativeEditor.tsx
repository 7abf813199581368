import { Button, Input, Space, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_NARRATIVE_LENGTH, type NarrativePart } from '@shared/assessment/report-fields'
import { useSaves } from '../workspace/saves-context'
import { useWorkspace } from '../workspace/workspace-context'

/**
 * One narrative part of the report (概述, 结论, 建议 introduction): the assessors' text when they
 * wrote one, else the text generated from the results, shown to start from. Typing saves it
 * (autosave, audit log); "use the generated text" removes it again.
 */
export function NarrativeEditor({
  part,
  generated
}: {
  part: NarrativePart
  generated: string | null
}) {
  const { t } = useTranslation()
  const { assessment, readOnly } = useWorkspace()
  const saves = useSaves()
  const field = `narrative:${part}` as const
  const stored = assessment.narrative?.[part]
  // What this window typed last (null: nothing since it opened, or the text was reset).
  const [typed, setTyped] = useState<string | null>(null)
  const written = typed ?? stored ?? ''
  const isWritten = written.trim() !== ''
  const shown = isWritten ? written : (generated ?? '')
  return (
    <section
      className="narrative-part"
      data-testid={`narrative-${part}`}
      data-source={isWritten ? 'written' : 'generated'}
    >
      <Space style={{ marginBottom: 8 }} wrap>
        {/* Level 2: the page's h1 is next above (card titles are not headings) — axe heading-order. */}
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {t(`report.narrative.parts.${part}`)}
        </Typography.Title>
        <Tag color={isWritten ? 'blue' : 'default'}>
          {isWritten ? t('report.narrative.written') : t('report.narrative.generated')}
        </Tag>
        {isWritten && !readOnly && (
          <Button
            size="small"
            data-testid={`narrative-${part}-reset`}
            onClick={() => {
              setTyped('')
              saves.report.change(field, '')
            }}
          >
            {t('report.narrative.useGenerated')}
          </Button>
        )}
      </Space>
      <Input.TextArea
        value={shown}
        readOnly={readOnly}
        maxLength={MAX_NARRATIVE_LENGTH}
        autoSize={{ minRows: 4, maxRows: 16 }}
        aria-label={t(`report.narrative.parts.${part}`)}
        data-testid={`narrative-${part}-text`}
        onChange={(event) => {
          setTyped(event.target.value)
          saves.report.change(field, event.target.value)
        }}
      />
    </section>
  )
}
