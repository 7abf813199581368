import { useEffect, useId, useRef, useState } from 'react'
import type { EvidenceRef } from '@shared/assessment/assessment'
import { MAX_EVIDENCE_CAPTION_LENGTH } from '@shared/assessment/assessment'
import type { EvidenceDetails as Details } from '../../db/repos/evidence'
import { useSectionTranslation } from './section-translation'

/** What is said about a piece of evidence, as shown in the list: 证据日期 and the caption. */
export function EvidenceDetailsText({ evidence }: { evidence: EvidenceRef }) {
  const { t } = useSectionTranslation()
  if (!evidence.effectiveDate && !evidence.caption) return null
  return (
    <span className="q-evidence-details-text" data-evidence-details="">
      {evidence.effectiveDate && (
        <span data-evidence-date={evidence.effectiveDate}>
          {t('questionnaire.evidence.dateShown', { date: evidence.effectiveDate })}
        </span>
      )}
      {evidence.caption && <span data-evidence-caption="">{evidence.caption}</span>}
    </span>
  )
}

const same = (a: Details, b: Details) =>
  (a.effectiveDate ?? '') === (b.effectiveDate ?? '') &&
  (a.caption ?? '').trim() === (b.caption ?? '').trim()

/**
 * The date and caption fields of one piece of evidence. Saved when a field is left, on Enter, and
 * when the editor closes or the page changes while something typed is not saved yet: nothing typed
 * is lost, and the audit trail gets one entry per edit rather than one per key.
 */
export function EvidenceDetailsEditor(props: {
  evidence: EvidenceRef
  save: (details: Details) => Promise<boolean>
}) {
  const { t } = useSectionTranslation()
  const id = useId()
  const stored: Details = {
    effectiveDate: props.evidence.effectiveDate,
    caption: props.evidence.caption
  }
  const [draft, setDraft] = useState<Details>(stored)
  // Read by the handlers and the unmount below, which must see the newest draft.
  const latest = useRef({ draft, stored, save: props.save, saved: stored })
  useEffect(() => {
    latest.current = { ...latest.current, draft, stored, save: props.save }
  })
  const commit = () => {
    const now = latest.current
    if (same(now.draft, now.stored) || same(now.draft, now.saved)) return
    latest.current = { ...now, saved: now.draft }
    void now.save(now.draft)
  }
  // Unmounting (the editor closed, the section left) saves what is still unsaved.
  useEffect(
    () => () => {
      const now = latest.current
      if (!same(now.draft, now.stored) && !same(now.draft, now.saved)) void now.save(now.draft)
    },
    []
  )

  return (
    <div className="q-evidence-editor" data-evidence-editor="">
      <label className="q-field-label" htmlFor={`${id}-date`}>
        {t('questionnaire.evidence.date')}
      </label>
      <input
        id={`${id}-date`}
        type="date"
        // Opened by its button: the cursor goes straight to the date.
        autoFocus
        className="q-input q-evidence-date"
        data-evidence-date-input=""
        value={draft.effectiveDate ?? ''}
        onChange={(event) => setDraft({ ...draft, effectiveDate: event.currentTarget.value })}
        onBlur={commit}
      />
      <label className="q-field-label" htmlFor={`${id}-caption`}>
        {t('questionnaire.evidence.caption')}
      </label>
      <input
        id={`${id}-caption`}
        type="text"
        className="q-input q-evidence-caption"
        data-evidence-caption-input=""
        maxLength={MAX_EVIDENCE_CAPTION_LENGTH}
        placeholder={t('questionnaire.evidence.captionPlaceholder')}
        value={draft.caption ?? ''}
        onChange={(event) => setDraft({ ...draft, caption: event.currentTarget.value })}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.nativeEvent.isComposing) commit()
        }}
      />
    </div>
  )
}
