import { useSectionTranslation } from './section-translation'
import type { Question } from '@shared/bank/question'
import type { Locale, RegulatoryDocument } from '@shared/bank/primitives'

interface QuestionHeaderProps {
  question: Question
  references: ReadonlyMap<string, RegulatoryDocument>
  language: Locale
}

/** Id, text, weight / critical / optional marks, source tag, guidance and regulatory references. */
export function QuestionHeader({ question, references, language }: QuestionHeaderProps) {
  const { t } = useSectionTranslation()
  const refs = question.references.map((ref) => {
    const title = references.get(ref.document)?.title[language] ?? ref.document
    return ref.clause ? `${title} ${ref.clause}` : title
  })
  return (
    <>
      <div className="q-head">
        <span className="q-id">{question.id}</span>
        <p className="q-text" id={`q-text-${question.id}`}>
          {question.text[language]}
        </p>
        <span className="q-marks">
          {question.critical && (
            <span className="q-mark q-mark-critical">{t('questionnaire.question.critical')}</span>
          )}
          {question.weight !== 1 && (
            <span className="q-mark">
              {t('questionnaire.question.weight', { weight: question.weight })}
            </span>
          )}
          {!question.required && (
            <span className="q-mark">{t('questionnaire.question.optional')}</span>
          )}
          <span
            className="q-mark q-mark-source"
            title={t(`questionnaire.question.sourceHint.${question.source}`)}
          >
            {t(`questionnaire.question.source.${question.source}`)}
          </span>
        </span>
      </div>
      <div className="q-body">
        {question.guidance && (
          <p className="q-guidance">
            <span className="q-guidance-label">{t('questionnaire.question.guidance')}</span>
            {question.guidance[language]}
          </p>
        )}
        {refs.length > 0 && (
          <p className="q-refs">
            {t('questionnaire.question.references', {
              list: refs.join(t('questionnaire.question.listSeparator'))
            })}
          </p>
        )}
      </div>
    </>
  )
}
