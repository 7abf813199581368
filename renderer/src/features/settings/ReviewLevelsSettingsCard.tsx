import { Card, Flex, Form, Input, Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReviewLevel } from '@shared/assessment/review-record'
import { useAppSettings } from '../../app/startup/useAppSettings'
import { SaveHint } from './SaveHint'
import { useSettingSaver } from './useSettingSaver'

/** 分级复核: how many levels a review goes through, their names and who may sign each. */
export function ReviewLevelsSettingsCard() {
  const { t } = useTranslation()
  const settings = useAppSettings()
  const saver = useSettingSaver('reviewLevels')
  const [levels, setLevels] = useState<ReviewLevel[]>(settings.reviewLevels)
  const defaultNames = t('settings.review.defaultNames', {
    returnObjects: true
  }) as readonly string[]

  const store = (next: ReviewLevel[]) => {
    setLevels(next)
    if (next.every((level) => level.name.trim() !== ''))
      saver.save(next.map((level) => ({ ...level, name: level.name.trim() })))
  }
  const setCount = (count: number) => {
    if (count <= 1) return store([])
    // The default names of the last `count` levels: two levels are 复核 → 审定.
    const names = defaultNames.slice(3 - count)
    store(names.map((name, index) => levels[index] ?? { name }))
  }
  const change = (index: number, patch: Partial<ReviewLevel>) =>
    store(levels.map((level, i) => (i === index ? { ...level, ...patch } : level)))

  return (
    <Card title={t('settings.review.title')} data-testid="settings-review">
      <Form layout="vertical" component={false}>
        <Form.Item
          label={t('settings.review.count')}
          htmlFor="settings-review-count"
          extra={
            <>
              {t('settings.review.countHelp')}{' '}
              <SaveHint testId="review-levels-state" state={saver.state} error={saver.error} />
            </>
          }
        >
          <Select
            id="settings-review-count"
            data-testid="settings-review-count"
            value={Math.max(1, levels.length)}
            style={{ maxWidth: 360, width: '100%' }}
            options={[1, 2, 3].map((count) => ({
              value: count,
              label:
                count === 1 ? t('settings.review.single') : t('settings.review.levels', { count })
            }))}
            onChange={setCount}
          />
        </Form.Item>
        {levels.map((level, index) => (
          <LevelFields
            key={index}
            level={level}
            index={index}
            onChange={(patch) => change(index, patch)}
          />
        ))}
      </Form>
    </Card>
  )
}

/** One level's name and who may sign it. */
function LevelFields({
  level,
  index,
  onChange
}: {
  level: ReviewLevel
  index: number
  onChange: (patch: Partial<ReviewLevel>) => void
}) {
  const { t } = useTranslation()
  return (
    <Flex gap={12} wrap>
      <Form.Item
        label={t('settings.review.name', { level: index + 1 })}
        htmlFor={`settings-review-name-${index + 1}`}
        style={{ minWidth: 200 }}
      >
        <Input
          id={`settings-review-name-${index + 1}`}
          data-testid={`settings-review-name-${index + 1}`}
          value={level.name}
          maxLength={40}
          onChange={(event) => onChange({ name: event.target.value })}
        />
      </Form.Item>
      <Form.Item
        label={t('settings.review.signers')}
        htmlFor={`settings-review-signers-${index + 1}`}
        style={{ flex: 1, minWidth: 260 }}
      >
        <Select
          id={`settings-review-signers-${index + 1}`}
          data-testid={`settings-review-signers-${index + 1}`}
          mode="tags"
          value={level.signers ?? []}
          tokenSeparators={[',', '，', '、']}
          onChange={(signers: string[]) => {
            const names = signers.map((name) => name.trim()).filter((name) => name !== '')
            onChange(names.length > 0 ? { signers: names } : { signers: undefined })
          }}
        />
      </Form.Item>
    </Flex>
  )
}
