import { useSectionTranslation } from './section-translation'
import type { AnswerValue } from '@shared/assessment/assessment'
import type { MaturityAnchors } from '@shared/bank/question'
import type { Locale } from '@shared/bank/primitives'

interface MaturityLevelsProps {
  name: string
  anchors: MaturityAnchors
  value: AnswerValue
  na: { allowNA: boolean; checked: boolean }
  readOnly: boolean
  language: Locale
  onPick: (level: number) => void
  onNA: () => void
}

/** Levels 0–4 as radio cards with each level's anchor in full (keys 0–4), plus N/A where allowed. */
export function MaturityLevels(props: MaturityLevelsProps) {
  const { t } = useSectionTranslation()
  const { name, na, readOnly } = props
  return (
    <div className="q-levels" role="radiogroup" data-na={na.allowNA ? 'true' : undefined}>
      {props.anchors.map((anchor, level) => (
        <label key={level} className="q-level">
          <span className="q-level-top">
            <input
              type="radio"
              name={name}
              value={level}
              checked={!na.checked && props.value === level}
              disabled={readOnly}
              onChange={() => props.onPick(level)}
            />
            {t('questionnaire.answer.levelName', { level })}
          </span>
          <span>{anchor[props.language]}</span>
        </label>
      ))}
      {na.allowNA && (
        <label className="q-level q-level-na">
          <span className="q-level-top">
            <input
              type="radio"
              name={name}
              value="na"
              checked={na.checked}
              disabled={readOnly}
              onChange={props.onNA}
            />
            {t('questionnaire.answer.na')}
          </span>
        </label>
      )}
    </div>
  )
}
