import { App } from 'antd'
import { useSectionTranslation } from './section-translation'
import type { EvidenceRef } from '@shared/assessment/assessment'
import { getDatabase } from '../../db/database'
import {
  addEvidenceFile,
  addEvidenceReference,
  getEvidenceBlob,
  removeEvidence,
  updateEvidenceDetails,
  type EvidenceDetails,
  type ReferenceInput
} from '../../db/repos/evidence'
import { loadSettings } from '../../db/repos/settings'
import { describeError } from '../../i18n/describe-error'
import { formatBytes } from '../../i18n/format'
import { usePlatform } from '../../platform/usePlatform'
import { useSaves } from '../workspace/saves-context'

export interface EvidenceActions {
  /** Resolves false when the file was refused as too large (the caller offers a written reference). */
  addFile: (file: File) => Promise<boolean>
  /** Several files at once (dropped, pasted), one after the other; those too large are named. */
  addFiles: (files: readonly File[]) => Promise<void>
  addReference: (input: ReferenceInput) => Promise<boolean>
  remove: (evidence: EvidenceRef) => Promise<void>
  /** Sets or clears the evidence's date and caption; resolves false when it was not saved. */
  updateDetails: (evidence: EvidenceRef, details: EvidenceDetails) => Promise<boolean>
  download: (evidence: Extract<EvidenceRef, { kind: 'file' }>) => Promise<void>
}

/** Attaching, recording, removing and downloading one question's evidence, under the save indicator. */
export function useEvidenceActions(questionId: string): EvidenceActions {
  const { t, language } = useSectionTranslation()
  const { message } = App.useApp()
  const saves = useSaves()
  const platform = usePlatform()
  const db = getDatabase()
  const id = saves.assessmentId
  const fail = (error: unknown) =>
    void message.error(
      t('questionnaire.evidence.failed', { message: describeError(error, t, language) })
    )

  const actions: EvidenceActions = {
    async addFile(file) {
      try {
        // Read when needed rather than subscribed to: every question card holds these actions.
        const { maxEvidenceBytes } = await loadSettings(db)
        if (file.size > maxEvidenceBytes) {
          const limit = formatBytes(maxEvidenceBytes, language)
          const size = formatBytes(file.size, language)
          void message.warning(
            t('questionnaire.evidence.tooLarge', { name: file.name, size, limit }),
            8
          )
          return false
        }
        await saves.track(() =>
          addEvidenceFile(db, id, questionId, file, { maxBytes: maxEvidenceBytes, by: saves.by })
        )
        void message.success(t('questionnaire.evidence.added', { name: file.name }))
      } catch (error) {
        fail(error)
      }
      return true
    },
    async addFiles(files) {
      for (const file of files) await actions.addFile(file)
    },
    async addReference(input) {
      try {
        await saves.track(() => addEvidenceReference(db, id, questionId, input, { by: saves.by }))
        return true
      } catch (error) {
        fail(error)
        return false
      }
    },
    async remove(evidence) {
      try {
        await saves.track(() => removeEvidence(db, id, questionId, evidence.id, { by: saves.by }))
        void message.success(t('questionnaire.evidence.removed', { name: evidence.name }))
      } catch (error) {
        fail(error)
      }
    },
    async updateDetails(evidence, details) {
      try {
        await saves.track(() =>
          updateEvidenceDetails(db, id, questionId, evidence.id, details, { by: saves.by })
        )
        return true
      } catch (error) {
        fail(error)
        return false
      }
    },
    async download(evidence) {
      try {
        const blob = await getEvidenceBlob(db, evidence.sha256)
        if (!blob) throw new Error(`${evidence.name}: not stored on this computer`)
        await platform.saveFile({
          suggestedName: evidence.name,
          bytes: new Uint8Array(await blob.arrayBuffer()),
          mimeType: evidence.mimeType ?? 'application/octet-stream'
        })
      } catch (error) {
        fail(error)
      }
    }
  }
  return actions
}
