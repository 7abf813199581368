import { App } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  figureChanges,
  registerRowChanges,
  replaceRegisters,
  type FigureChange,
  type RegisterRowChanges
} from '@shared/registers/factor-writes'
import type { RegisterImport } from '@shared/registers/read-file'
import type { ValidationIssue } from '@shared/util/validation'
import { getDatabase } from '../../db/database'
import { useAssessorName } from '../../db/hooks/useAssessorName'
import { importRegisters } from '../../db/repos/registers'
import type { RegistersRow } from '../../db/schema'
import { describeError } from '../../i18n/describe-error'
import { readRegistersOffThread } from '../file-check/check-off-thread'
import { useWorkspace } from '../workspace/workspace-context'
import { loadMeasureModule } from './useRegisterFigures'

/** A register file refused: its problems and the rows the user may choose to leave out. */
export interface RegisterRefusal {
  file: File
  issues: ValidationIssue[]
  rowsWithProblems: Record<string, number[]>
}

/** A register file read: what it would change, before anything is written. */
export interface RegisterPreview {
  read: RegisterImport
  rows: RegisterRowChanges[]
  figures: FigureChange[]
  apply: () => Promise<void>
}

/**
 * Reading a register file (in the file-check worker), then — if it passes — the preview of what it
 * changes (rows per register, each figure before and after); only the user's confirmation writes.
 */
export function useRegisterImport(stored: RegistersRow | null | undefined) {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const { assessment, bank } = useWorkspace()
  const by = useAssessorName()?.trim() || assessment.metadata.assessors[0] || '—'
  const [busy, setBusy] = useState(false)
  const [refusal, setRefusal] = useState<RegisterRefusal | null>(null)
  const [preview, setPreview] = useState<RegisterPreview | null>(null)

  async function read(file: File, leaveOut?: Record<string, number[]>): Promise<void> {
    setBusy(true)
    setRefusal(null)
    setPreview(null)
    try {
      const bytes = new Uint8Array(await file.arrayBuffer())
      const options = { importedAt: new Date().toISOString(), ...(leaveOut ? { leaveOut } : {}) }
      const [result, module] = await Promise.all([
        readRegistersOffThread(file.name, bytes, options),
        loadMeasureModule()
      ])
      if (!result.ok) {
        setRefusal({ file, issues: result.issues, rowsWithProblems: result.rowsWithProblems })
        return
      }
      const before = stored?.registers.map((r) => r.table) ?? []
      const after = replaceRegisters(before, result.value.tables)
      const measure = (tables: typeof before) =>
        module.measureRegisters(bank, assessment.metadata, tables).writes
      const writes = measure(after)
      setPreview({
        read: result.value,
        rows: registerRowChanges(before, result.value.tables),
        figures: figureChanges(measure(before), writes),
        apply: async () => {
          const change = { source: result.value.source, incoming: result.value.tables, writes }
          await importRegisters(getDatabase(), assessment.id, change, by)
          setPreview(null)
          void message.success(t('registers.imported', { name: file.name }))
        }
      })
    } catch (error) {
      void message.error(
        t('registers.importFailed', { message: describeError(error, t, i18n.language) })
      )
    } finally {
      setBusy(false)
    }
  }

  return {
    busy,
    refusal,
    preview,
    read: (file: File) => void read(file),
    /** Reads the refused file again, leaving out exactly the rows its problems named. */
    leaveOutListed: () => {
      if (refusal) void read(refusal.file, refusal.rowsWithProblems)
    },
    cancel: () => setPreview(null)
  }
}
