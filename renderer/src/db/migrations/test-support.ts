import type { RegistersRow } from '../schema'

/**
 * A registers row as schema 4 stored it (each register's rows a list of objects): one change
 * register of two rows (row 4 left out) and one override. The migration tests start from it, and
 * the previous-release profile (tests/e2e/previous-release/fill.ts) stores it in the old app's
 * IndexedDB, handed to page.evaluate: this module imports nothing at run time.
 */
export function legacyRegistersRow(assessmentId: string): RegistersRow {
  return {
    assessmentId,
    registers: [
      {
        source: {
          name: '变更台账.csv',
          sha256: 'cd'.repeat(32),
          bytes: 120,
          importedAt: '2026-11-30T08:00:00.000Z',
          encoding: 'gb18030'
        },
        table: {
          kind: 'changes',
          sheet: '变更台账',
          rows: [
            { row: 2, values: { changeId: 'C1', system: '集中交易系统', automated: true } },
            { row: 3, values: { changeId: 'C2', system: '集中交易系统', automated: false } }
          ],
          leftOut: [4],
          repeatedHeaders: 0
        }
      }
    ],
    overrides: {
      'F02.R_auto': {
        value: 1,
        reason: '见发布平台记录',
        by: '张伟',
        at: '2026-12-01T08:00:00.000Z'
      }
    }
  }
}
