import { useEffect, useId, useRef, useState, type InputHTMLAttributes } from 'react'
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

  /**
   * A labelled field `${id}-<part>` (class `q-evidence-<part>`) editing one detail of the draft;
   * saved when left, and with `enterSaves` on Enter too.
   */
  const field = (
    part: 'date' | 'caption',
    detail: keyof Details,
    input: InputHTMLAttributes<HTMLInputElement> & { [data: `data-${string}`]: string },
    enterSaves = false
  ) => (
    <>
      <label className="q-field-label" htmlFor={`${id}-${part}`}>
        {t(`questionnaire.evidence.${part}`)}
      </label>
      <input
        id={`${id}-${part}`}
        className={`q-input q-evidence-${part}`}
        value={draft[detail] ?? ''}
        onChange={(event) => setDraft({ ...draft, [detail]: event.currentTarget.value })}
        onBlur={commit}
        onKeyDown={(event) => {
          if (enterSaves && event.key === 'Enter' && !event.nativeEvent.isComposing) commit()
        }}
        {...input}
      />
    </>
  )

  return (
    <div className="q-evidence-editor" data-evidence-editor="">
      {/* Opened by its button: the cursor goes straight to the date. */}
      {field('date', 'effectiveDate', {
        type: 'date',
        autoFocus: true,
        'data-evidence-date-input': ''
      })}
      {field(
        'caption',
        'caption',
        {
          type: 'text',
          'data-evidence-caption-input': '',
          maxLength: MAX_EVIDENCE_CAPTION_LENGTH,
          placeholder: t('questionnaire.evidence.captionPlaceholder')
        },
        true
      )}
    </div>
  )
}
