import type { Page } from '@playwright/test'

/** What a seeded assessment looks like; the defaults mirror a new assessment of the default bank. */
export interface SeedOptions {
  institution?: string
  bankId?: string
  /** The bank's version; the newest installed one when not given (as a new assessment gets). */
  bankVersion?: string
  period?: { start: string; end: string }
  assessors?: string[]
}

/**
 * Creates an empty draft assessment straight in IndexedDB, the way the app's createAssessment
 * does, and returns its id. Test-only: it lets questionnaire tests start from a known blank state
 * without depending on the home and new-assessment screens. The app must have started on `page`
 * (so the database exists with the current schema and the shipped banks are installed); the
 * database is opened without a version, so this keeps working across schema versions.
 */
export async function seedAssessment(page: Page, options: SeedOptions = {}): Promise<string> {
  return page.evaluate(
    async (input) => {
      const request = (r: IDBRequest) =>
        new Promise<unknown>((resolve, reject) => {
          r.onsuccess = () => resolve(r.result)
          r.onerror = () => reject(r.error)
        })
      const db = (await request(indexedDB.open('stability-assessor'))) as IDBDatabase
      try {
        const tx = db.transaction(['banks', 'assessments', 'auditLog'], 'readwrite')
        const banks = (await request(tx.objectStore('banks').getAll())) as Array<{
          contentHash: string
          id: string
          version: string
          bank: { profiles: Array<{ id: string }>; defaultProfileId: string }
        }>
        const newer = (a: string, b: string): boolean => {
          const [x, y] = [a, b].map((v) => v.split(/[.-]/).map((part) => Number(part)))
          for (let i = 0; i < 3; i++) if (x![i] !== y![i]) return x![i]! > y![i]!
          return false
        }
        const row = banks
          .filter((b) => b.id === input.bankId)
          .filter((b) => input.bankVersion === null || b.version === input.bankVersion)
          .reduce<(typeof banks)[number] | undefined>(
            (best, b) => (best === undefined || newer(b.version, best.version) ? b : best),
            undefined
          )
        if (!row)
          throw new Error(`bank ${input.bankId} ${input.bankVersion ?? ''} is not installed`)
        const profile = row.bank.profiles.find((p) => p.id === row.bank.defaultProfileId)
        const id = crypto.randomUUID()
        const at = new Date().toISOString()
        await request(
          tx.objectStore('assessments').add({
            id,
            createdAt: at,
            updatedAt: at,
            metadata: {
              institution: input.institution,
              systems: [
                { id: 'sys-1', name: '集中交易系统', class: 4, realTime: true },
                { id: 'sys-2', name: '清算系统', class: 3, realTime: false }
              ],
              period: input.period,
              assessors: input.assessors
            },
            bank: { id: row.id, version: row.version, contentHash: row.contentHash },
            profile,
            status: 'draft'
          })
        )
        await request(
          tx.objectStore('auditLog').add({
            id: `au-${crypto.randomUUID()}`,
            assessmentId: id,
            at,
            by: input.assessors[0] ?? '—',
            action: 'assessment.create',
            newValue: { institution: input.institution }
          })
        )
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve()
          tx.onerror = () => reject(tx.error)
        })
        return id
      } finally {
        db.close()
      }
    },
    {
      institution: options.institution ?? '示例证券股份有限公司',
      bankId: options.bankId ?? 'sac-stability-2025',
      bankVersion: options.bankVersion ?? null,
      period: options.period ?? { start: '2025-01-01', end: '2025-12-31' },
      assessors: options.assessors ?? ['张伟']
    }
  )
}

/**
 * Test set-up only: opens the app's database with a newer schema version, as a newer app would
 * have left it; this app can no longer open the data. The open page lets go of its connection.
 */
export async function raiseDatabaseVersion(page: Page, version: number): Promise<void> {
  await page.evaluate(
    (to) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('stability-assessor', to)
        request.onsuccess = () => {
          request.result.close()
          resolve()
        }
        request.onerror = () => reject(request.error)
      }),
    version
  )
}
