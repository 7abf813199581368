import { Card, Form, InputNumber, Radio, Switch } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAppSettings } from '../../app/startup/useAppSettings'
import { APP_LANGUAGES, type AppLanguage } from '../../i18n/language'
import { useLanguage } from '../../i18n/useLanguage'
import { SettingField } from './SettingField'
import { TextSetting } from './TextSetting'
import { useSettingSaver } from './useSettingSaver'

const MB = 1024 * 1024
const labelKeys = { 'zh-CN': 'language.zhCN', 'en-US': 'language.enUS' } as const

/** The interface language, switched at once (each name in its own language). */
function LanguageField() {
  const { t } = useTranslation()
  const { language, setLanguage } = useLanguage()
  return (
    <Form.Item label={t('settings.general.language')}>
      <Radio.Group
        data-testid="settings-language"
        value={language}
        onChange={(event) => void setLanguage(event.target.value as AppLanguage)}
        options={APP_LANGUAGES.map((value) => ({
          value,
          label: <span lang={value}>{t(labelKeys[value])}</span>
        }))}
      />
    </Form.Item>
  )
}

/** Answer and advance: an answer key moves on to the next open question (on by default). */
function AnswerAndAdvanceField() {
  const { t } = useTranslation()
  const settings = useAppSettings()
  // As in GeneralCard: the switched value stays shown while it is saved.
  const [switchedAdvance, setAdvance] = useState<boolean | null>(null)
  const advance = switchedAdvance ?? settings.answerAndAdvance
  const advanceSaver = useSettingSaver('answerAndAdvance')
  return (
    <SettingField
      name="answer-and-advance"
      label={t('settings.general.answerAndAdvance')}
      help={t('settings.general.answerAndAdvanceHelp')}
      saver={advanceSaver}
      describedBy
      style={{ marginBottom: 0 }}
    >
      {(control) => (
        <Switch
          {...control}
          checked={advance}
          onChange={(on) => {
            setAdvance(on)
            advanceSaver.save(on)
          }}
        />
      )}
    </SettingField>
  )
}

/** Language, the assessor's name and the evidence size limit; each saved as soon as it changes. */
export function GeneralCard() {
  const { t } = useTranslation()
  const settings = useAppSettings()
  // What was typed or switched here stays shown while it is saved, so a field never jumps back
  // mid-word. Until then the fields show the stored settings: the live query answers a moment
  // after the card mounts, and its first answer is what start-up read, not what is stored now.
  const [typedLimitMb, setLimitMb] = useState<number | null>(null)
  const limitMb = typedLimitMb ?? Math.round(settings.maxEvidenceBytes / MB)
  const limitSaver = useSettingSaver('maxEvidenceBytes')

  return (
    <Card title={t('settings.general.title')}>
      <Form layout="vertical" component={false}>
        <LanguageField />
        <TextSetting
          setting="assessorName"
          name="assessor-name"
          label={t('settings.general.assessorName')}
          help={() => t('settings.general.assessorNameHelp')}
          maxLength={200}
          placeholder={t('settings.general.assessorNamePlaceholder')}
        />
        <SettingField
          name="max-evidence"
          label={t('settings.general.maxEvidence')}
          help={t('settings.general.maxEvidenceHelp')}
          saver={limitSaver}
        >
          {(control) => (
            <InputNumber
              {...control}
              min={1}
              max={500}
              precision={0}
              value={limitMb}
              suffix={t('settings.general.maxEvidenceUnit')}
              style={{ width: 160 }}
              onChange={(value) => {
                if (value === null) return
                setLimitMb(value)
                limitSaver.save(value * MB)
              }}
            />
          )}
        </SettingField>
        <AnswerAndAdvanceField />
      </Form>
    </Card>
  )
}
