import { useState } from 'react'
import { useSectionTranslation } from './section-translation'
import type { EvidenceRef } from '@shared/assessment/assessment'
import { formatBytes } from '../../i18n/format'
import { EvidenceDetailsEditor, EvidenceDetailsText } from './EvidenceDetails'
import type { EvidenceActions } from './useEvidenceActions'
import { QAction } from './QAction'

/** What the assessor sees of each piece of evidence: the file's size and hash, or where the material is. */
function EvidenceMeta({ evidence }: { evidence: EvidenceRef }) {
  const { t, language } = useSectionTranslation()
  if (evidence.kind === 'file') {
    return (
      <span
        className="q-evidence-meta"
        // The short hash is for the eye; the full one is a hover away, to compare with a file.
        title={`SHA-256 ${evidence.sha256}`}
        data-sha256={evidence.sha256}
      >
        {t('questionnaire.evidence.fileMeta', {
          size: formatBytes(evidence.size, language),
          hash: evidence.sha256.slice(0, 12)
        })}
      </span>
    )
  }
  const parts = (['location', 'page', 'interviewee'] as const)
    .filter((field) => evidence[field])
    .map((field) => t(`questionnaire.evidence.referenceMeta.${field}`, { value: evidence[field] }))
  if (evidence.note) parts.push(evidence.note)
  return <span className="q-evidence-meta">{parts.join(' · ')}</span>
}

/** One piece of evidence: what it is, its date and caption, and what can be done with it. */
function EvidenceItem(props: {
  evidence: EvidenceRef
  readOnly: boolean
  actions: EvidenceActions
}) {
  const { t } = useSectionTranslation()
  const { evidence, actions } = props
  const [editing, setEditing] = useState(false)
  return (
    <li
      className="q-evidence-item"
      data-evidence-kind={evidence.kind}
      data-evidence-id={evidence.id}
    >
      <span className="q-evidence-kind">{t(`questionnaire.evidence.kinds.${evidence.kind}`)}</span>
      <span className="q-evidence-name">{evidence.name}</span>
      <EvidenceMeta evidence={evidence} />
      <EvidenceDetailsText evidence={evidence} />
      {evidence.kind === 'file' && (
        <QAction onClick={() => void actions.download(evidence)}>
          {t('questionnaire.evidence.download')}
        </QAction>
      )}
      <QAction
        disabled={props.readOnly}
        aria-expanded={editing}
        data-evidence-edit=""
        onClick={() => setEditing(!editing)}
      >
        {t('questionnaire.evidence.editDetails')}
      </QAction>
      <QAction disabled={props.readOnly} onClick={() => void actions.remove(evidence)}>
        {t('questionnaire.evidence.remove')}
      </QAction>
      {editing && !props.readOnly && (
        <EvidenceDetailsEditor
          evidence={evidence}
          save={(details) => actions.updateDetails(evidence, details)}
        />
      )}
    </li>
  )
}

/** The evidence on one answer, each with its date and caption, download (files) and remove. */
export function EvidenceList(props: {
  evidence: readonly EvidenceRef[]
  readOnly: boolean
  actions: EvidenceActions
}) {
  const { t } = useSectionTranslation()
  return (
    <ul className="q-evidence" aria-label={t('questionnaire.evidence.title')}>
      {props.evidence.map((evidence) => (
        <EvidenceItem
          key={evidence.id}
          evidence={evidence}
          readOnly={props.readOnly}
          actions={props.actions}
        />
      ))}
    </ul>
  )
}
