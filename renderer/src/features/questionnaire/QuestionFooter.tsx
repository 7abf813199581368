import {
  FileAddOutlined,
  FlagFilled,
  FlagOutlined,
  FormOutlined,
  MessageOutlined
} from '@ant-design/icons'
import { useState } from 'react'
import { useSectionTranslation } from './section-translation'
import type { AnswerChange } from '../../db/repos/answers'
import type { AnswerView } from './answer-view'
import { EvidenceList } from './EvidenceList'
import { NoteField } from './NoteField'
import { ReferenceDialog } from './ReferenceDialog'
import type { EvidenceActions } from './useEvidenceActions'
import { QAction } from './QAction'

interface QuestionFooterProps {
  questionId: string
  view: AnswerView
  readOnly: boolean
  set: (change: AnswerChange) => void
  actions: EvidenceActions
}

/** Comment, evidence (files and written references) and the review flag of one question. */
export function QuestionFooter(props: QuestionFooterProps) {
  const { questionId, view, readOnly, set, actions } = props
  const { t } = useSectionTranslation()
  const [commentOpen, setCommentOpen] = useState(false)
  // The reference dialog, with the name of a refused file filled in when that is why it opened.
  const [reference, setReference] = useState<{ name: string } | null>(null)
  const showComment = commentOpen || view.comment !== ''
  const commentId = `q-comment-${questionId}`

  return (
    <>
      {view.evidence.length > 0 && (
        <EvidenceList evidence={view.evidence} readOnly={readOnly} actions={actions} />
      )}
      {showComment && (
        <NoteField
          className="q-comment"
          id={commentId}
          label={t('questionnaire.comment.label')}
          data-comment=""
          // Opened by the button: the cursor goes straight in.
          autoFocus={commentOpen && view.comment === ''}
          defaultValue={view.comment}
          disabled={readOnly}
          placeholder={t('questionnaire.comment.placeholder')}
          onChange={(event) => set({ comment: event.currentTarget.value })}
        />
      )}
      <div className="q-foot">
        {!showComment && (
          <QAction
            disabled={readOnly}
            data-testid={`comment-add-${questionId}`}
            onClick={() => setCommentOpen(true)}
          >
            <MessageOutlined />
            {t('questionnaire.comment.add')}
          </QAction>
        )}
        <label
          className="q-action"
          aria-disabled={readOnly || undefined}
          title={t('questionnaire.evidence.pasteHint')}
        >
          <FileAddOutlined />
          {t('questionnaire.evidence.addFile')}
          <input
            type="file"
            className="q-file-input"
            multiple
            disabled={readOnly}
            data-testid={`evidence-file-${questionId}`}
            onChange={(event) => {
              const files = [...(event.currentTarget.files ?? [])]
              event.currentTarget.value = ''
              const [file] = files
              // One file too large: offer to record it as a written reference instead.
              if (file && files.length === 1)
                void actions.addFile(file).then((ok) => ok || setReference({ name: file.name }))
              else void actions.addFiles(files)
            }}
          />
        </label>
        <QAction
          disabled={readOnly}
          data-testid={`reference-add-${questionId}`}
          onClick={() => setReference({ name: '' })}
        >
          <FormOutlined />
          {t('questionnaire.evidence.addReference')}
        </QAction>
        <QAction
          aria-pressed={view.flagged}
          title={t('questionnaire.flag.hint')}
          disabled={readOnly}
          data-testid={`flag-${questionId}`}
          onClick={() => set({ flagged: !view.flagged })}
        >
          {view.flagged ? <FlagFilled /> : <FlagOutlined />}
          {t(view.flagged ? 'questionnaire.flag.flagged' : 'questionnaire.flag.flag')}
        </QAction>
      </div>
      {reference && (
        <ReferenceDialog
          initialName={reference.name}
          onCancel={() => setReference(null)}
          onSubmit={async (input) => {
            if (await actions.addReference(input)) setReference(null)
          }}
        />
      )}
    </>
  )
}
