import type { Page } from '@playwright/test'

/** One assessment as the database holds it, reduced to what must survive an upgrade. */
export interface StoredAssessment {
  id: string
  institution: string
  status: string
  /** Rows per table of the assessment's own records. */
  counts: { answers: number; factorInputs: number; findings: number; auditLog: number }
  /**
   * SHA-256 of the assessment's header (without the home list's cached `summary`) and of all its
   * answers, factor inputs, findings and audit entries, exactly as stored.
   */
  digest: string
  /** Each register's kind and its rows (unpacked when the database keeps them packed). */
  registers: Array<{ kind: string; rows: unknown[] }>
}

export interface ProfileContents {
  /** IndexedDB's version number (Dexie's schema version × 10). */
  version: number
  assessments: StoredAssessment[]
}

/**
 * Reads the app's database straight from IndexedDB, without a version (so it reads any schema),
 * in the page of the app's origin. The same function describes the profile when it is made by the
 * previous release and checks it after this build has opened it.
 */
export function readProfileContents(page: Page): Promise<ProfileContents> {
  return page.evaluate(async () => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result)
        r.onerror = () => reject(r.error)
      })
    const db = await request(indexedDB.open('stability-assessor'))
    try {
      // From schema 6 on a register's rows live apart, in registerRows (one per assessment and kind).
      const apart = db.objectStoreNames.contains('registerRows')
      const names = ['assessments', 'answers', 'factorInputs', 'findings', 'auditLog', 'registers']
      const tx = db.transaction(apart ? [...names, 'registerRows'] : names, 'readonly')
      const all = async (name: string) =>
        (await request(tx.objectStore(name).getAll())) as Array<Record<string, unknown>>
      const [assessments, answers, factorInputs, findings, auditLog, registers] = await Promise.all(
        names.map(all)
      )
      const registerRows = apart ? await all('registerRows') : []
      const rowsApart = (id: string, kind: string) =>
        registerRows.find((row) => row.assessmentId === id && row.kind === kind)?.rowsJson as
          string | undefined
      const of = (rows: Array<Record<string, unknown>>, id: string) =>
        rows.filter((row) => row.assessmentId === id)
      const hex = async (text: string) =>
        Array.from(
          new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))),
          (byte) => byte.toString(16).padStart(2, '0')
        ).join('')
      type Register = { table: { kind: string; rows?: unknown[]; rowsJson?: string } }
      const result = []
      for (const row of assessments!) {
        const id = row.id as string
        const { summary: _summary, ...header } = row
        const own = {
          answers: of(answers!, id),
          factorInputs: of(factorInputs!, id),
          findings: of(findings!, id),
          auditLog: of(auditLog!, id)
        }
        const stored = of(registers!, id)[0]?.registers as Register[] | undefined
        result.push({
          id,
          institution: (row.metadata as { institution: string }).institution,
          status: row.status as string,
          counts: {
            answers: own.answers.length,
            factorInputs: own.factorInputs.length,
            findings: own.findings.length,
            auditLog: own.auditLog.length
          },
          digest: await hex(JSON.stringify({ header, ...own })),
          registers: (stored ?? []).map(({ table }) => {
            const json = table.rowsJson ?? rowsApart(id, table.kind)
            return {
              kind: table.kind,
              rows: json === undefined ? table.rows! : (JSON.parse(json) as unknown[])
            }
          })
        })
      }
      result.sort((a, b) => a.institution.localeCompare(b.institution))
      return { version: db.version, assessments: result }
    } finally {
      db.close()
    }
  })
}
