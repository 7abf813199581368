import { App } from 'antd'
import { startTransition, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RegisterKindId } from '@shared/registers/kinds'
import type { UnmappedSheet } from '@shared/registers/read-file'
import type { ValidationIssue } from '@shared/util/validation'
import { getDatabase } from '../../db/database'
import { useAssessorName } from '../../db/hooks/useAssessorName'
import {
  readRegisterMapping,
  rememberRegisterMapping,
  type RegisterMapping
} from '../../db/repos/register-mappings'
import type { RegisterHeadsRow } from '../../db/schema'
import { useWorkspace } from '../workspace/workspace-context'
import type { ReadPreview } from './measure-messages'
import { measureScope, readRegistersMeasured, storeRegisterRead } from './register-measurer'
import { phaseAsync } from './register-phase'
import { useFailureToast } from '../../i18n/useFailureToast'

/** A register file refused: its problems and the rows the user may choose to leave out. */
export interface RegisterRefusal {
  file: File
  /** Its first problems (PROBLEMS_SENT at most, in the problem table) … */
  issues: ValidationIssue[]
  /** … of how many. */
  problems: number
  rowsWithProblems: Record<string, number[]>
  /** Sheets whose columns a mapping of the firm's column names may fix. */
  unmapped: UnmappedSheet[]
  /** The mapping the file was read with (the institution's remembered one, or the user's). */
  mapping: RegisterMapping
}

/** A register file read (its rows wait in the register worker): what it would change. */
export interface RegisterPreview extends ReadPreview {
  apply: () => Promise<void>
}

/** The sheets being mapped, a CSV file's register now the one the user chose. */
function stillMapping(
  sheets: readonly UnmappedSheet[],
  chosen: RegisterMapping | undefined
): UnmappedSheet[] {
  const kinds = Object.keys(chosen ?? {}) as RegisterKindId[]
  return sheets.map((sheet) =>
    sheet.kind === null && kinds.length === 1 ? { ...sheet, kind: kinds[0]! } : sheet
  )
}

/**
 * The mapping to read a refused file with: a CSV file holds one register, so the kind mapped is
 * the one it is; a workbook keeps the remembered mappings of its other sheets.
 */
function mappingToRead(refusal: RegisterRefusal, mapping: RegisterMapping): RegisterMapping {
  const workbook = refusal.file.name.toLowerCase().endsWith('.xlsx')
  return workbook ? { ...refusal.mapping, ...mapping } : mapping
}

/**
 * The name of the file being read: the preview opens on it at once, "reading", so its mount
 * (antd's modal, its styles made on first use) runs while the worker reads, not after. Each read
 * is numbered: one the user cancelled (or a newer one replaced) shows nothing when it ends.
 */
function useReading() {
  const [name, setName] = useState<string | null>(null)
  const reads = useRef(0)
  return {
    name,
    /** Opens the preview on `file`, reading; true while this read is the current one. */
    start: (file: string): (() => boolean) => {
      const read = ++reads.current
      // A transition: the modal renders in slices between frames while the worker reads.
      startTransition(() => setName(file))
      return () => reads.current === read
    },
    end: () => setName(null),
    cancel: () => {
      reads.current++
      setName(null)
    }
  }
}

/**
 * Reading a register file (in the file-check worker), then — if it passes — the preview of what it
 * changes (rows per register, each figure before and after); only the user's confirmation writes.
 */
export function useRegisterImport(stored: RegisterHeadsRow | null | undefined) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const failed = useFailureToast()
  const { assessment, bank } = useWorkspace()
  const by = useAssessorName()?.trim() || assessment.metadata.assessors[0] || '—'
  const [refusal, setRefusal] = useState<RegisterRefusal | null>(null)
  const [preview, setPreview] = useState<RegisterPreview | null>(null)
  const reading = useReading()
  // Transitions: React renders the preview modal or the refusal's problem table (antd's modal and
  // tables, their styles made on first use) in slices between frames, not in one long task.
  const showPreview = (next: RegisterPreview) => startTransition(() => setPreview(next))
  const showRefusal = (next: RegisterRefusal) => startTransition(() => setRefusal(next))
  const { institution } = assessment.metadata

  async function read(
    file: File,
    leaveOut?: Record<string, number[]>,
    chosen?: RegisterMapping,
    /** The sheets the user is mapping: still offered when the mapping chosen is refused. */
    beingMapped?: readonly UnmappedSheet[]
  ): Promise<void> {
    const current = reading.start(file.name)
    setRefusal(null)
    setPreview(null)
    try {
      const mapping = chosen ?? (await readRegisterMapping(getDatabase(), institution))
      const options = {
        importedAt: new Date().toISOString(),
        ...(leaveOut ? { leaveOut } : {}),
        ...(Object.keys(mapping).length > 0 ? { mapping } : {})
      }
      const scope = measureScope(bank, assessment.metadata)
      const result = await readRegistersMeasured(file, options, scope, assessment.id, stored)
      if (!current()) return
      if (!result.ok) {
        reading.end()
        showRefusal({
          file,
          issues: result.issues,
          problems: result.problems,
          rowsWithProblems: result.rowsWithProblems,
          unmapped: result.unmapped ?? stillMapping(beingMapped ?? [], chosen),
          mapping
        })
        return
      }
      const { preview } = result
      showPreview({
        ...preview,
        apply: async () => {
          // Written by the register worker, where the rows are: only counts cross to the page.
          await phaseAsync('page: store call', () =>
            storeRegisterRead(assessment.id, preview.writes, by, scope)
          )
          // Remembered only once it read cleanly and the user took the import.
          if (chosen) await rememberRegisterMapping(getDatabase(), institution, chosen)
          // The modal closes (its file no longer read) in a transition too: its unmount renders
          // between frames. The preview it showed is dropped when the next file is picked.
          startTransition(reading.end)
          void message.success(t('registers.imported', { name: file.name }))
        }
      })
    } catch (error) {
      if (current()) reading.end()
      failed(error, (message) => t('registers.importFailed', { message }))
    }
  }

  return {
    /** Reading a file: until its preview or its refusal shows. */
    busy: reading.name !== null && preview === null,
    refusal,
    preview,
    read: (file: File) => void read(file),
    /** Reads the refused file again, leaving out exactly the rows its problems named. */
    leaveOutListed: () => {
      if (refusal) void read(refusal.file, refusal.rowsWithProblems, refusal.mapping)
    },
    /** Reads the refused file again with the firm's column names mapped as chosen. */
    readWithMapping: (mapping: RegisterMapping) => {
      if (refusal)
        void read(refusal.file, undefined, mappingToRead(refusal, mapping), refusal.unmapped)
    },
    /** The file being read or previewed (the preview open), else null. */
    reading: reading.name,
    cancel: () => {
      reading.cancel()
      setPreview(null)
    }
  }
}
