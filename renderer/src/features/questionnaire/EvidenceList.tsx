import { useSectionTranslation } from './section-translation'
import type { EvidenceRef } from '@shared/assessment/assessment'
import { formatBytes } from '../../i18n/format'
import type { EvidenceActions } from './useEvidenceActions'

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

/** The evidence on one answer, each with download (files) and remove. */
export function EvidenceList(props: {
  evidence: readonly EvidenceRef[]
  readOnly: boolean
  actions: EvidenceActions
}) {
  const { t } = useSectionTranslation()
  return (
    <ul className="q-evidence" aria-label={t('questionnaire.evidence.title')}>
      {props.evidence.map((evidence) => (
        <li key={evidence.id} className="q-evidence-item" data-evidence-kind={evidence.kind}>
          <span className="q-evidence-kind">
            {t(`questionnaire.evidence.kinds.${evidence.kind}`)}
          </span>
          <span className="q-evidence-name">{evidence.name}</span>
          <EvidenceMeta evidence={evidence} />
          {evidence.kind === 'file' && (
            <button
              type="button"
              className="q-action"
              onClick={() => void props.actions.download(evidence)}
            >
              {t('questionnaire.evidence.download')}
            </button>
          )}
          <button
            type="button"
            className="q-action"
            disabled={props.readOnly}
            onClick={() => void props.actions.remove(evidence)}
          >
            {t('questionnaire.evidence.remove')}
          </button>
        </li>
      ))}
    </ul>
  )
}
