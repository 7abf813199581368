import type { Locale } from '../../../shared/bank/primitives'
import { sealVerdict, type SealVerdict } from '../../../shared/assessment'
import {
  verifyAuditChain,
  type AuditChainBreak,
  type AuditChainVerdict
} from '../../../shared/assessment/audit-chain'
import type { Assessment } from '../../../shared/assessment'
import type { CliContext } from '../context'
import { EXIT_INVALID, EXIT_OK } from '../io'
import { readAssessmentFile } from '../assessment-file'

export interface VerifyOptions {
  json?: boolean
  lang: Locale
}

const TEXTS = {
  'zh-CN': {
    intact: (n: number, legacy: number) =>
      `审计日志：完整（共 ${n} 条${legacy > 0 ? `，其中前 ${legacy} 条早于防篡改链` : ''}）`,
    broken: (index: number, id: string | undefined, problem: AuditChainBreak) =>
      `审计日志：第 ${index + 1} 条${id === undefined ? '' : `（${id}）`}不符 — ${
        {
          altered: '内容已被修改',
          missing: '此处有记录被删除',
          order: '顺序被调换',
          unchained: '链条中出现未链接的记录',
          unrecorded: '链头之后有未记录的条目'
        }[problem]
      }`,
    seal: (verdict: SealVerdict | null) =>
      verdict === null
        ? '定稿签署：未定稿'
        : {
            valid: '定稿签署：与内容一致',
            beforeRegisters:
              '定稿签署：签署早于台账随评估保存，与台账以外的内容一致（台账不在签署范围内）',
            mismatch: '定稿签署：与内容不一致'
          }[verdict],
    sealChain: (ok: boolean) => (ok ? '签署覆盖的日志：完整' : '签署覆盖的日志：已被改动')
  },
  'en-US': {
    intact: (n: number, legacy: number) =>
      `audit log: intact (${n} entries${legacy > 0 ? `, the first ${legacy} from before the chain` : ''})`,
    broken: (index: number, id: string | undefined, problem: AuditChainBreak) =>
      `audit log: entry ${index + 1}${id === undefined ? '' : ` (${id})`} does not fit — ${
        {
          altered: 'its content was changed',
          missing: 'an entry was removed here',
          order: 'entries were reordered',
          unchained: 'an unlinked entry inside the chain',
          unrecorded: 'entries after the recorded head'
        }[problem]
      }`,
    seal: (verdict: SealVerdict | null) =>
      verdict === null
        ? 'seal: not finalized'
        : {
            valid: 'seal: matches the content',
            beforeRegisters:
              'seal: sealed before registers were stored; matches the content without the registers (they are not covered)',
            mismatch: 'seal: does not match the content'
          }[verdict],
    sealChain: (ok: boolean) =>
      ok ? 'log covered by the seal: intact' : 'log covered by the seal: changed'
  }
} as const

export interface VerifyReport {
  auditLog: AuditChainVerdict
  seal: boolean | null
  /** valid, beforeRegisters (an unmarked 2026-12-06 seal; registers not covered) or mismatch. */
  sealVerdict: SealVerdict | null
  /** Whether the entries the seal covered still fit the head it recorded (null: no such head). */
  sealedLog: boolean | null
}

/** The checks `verify` makes on one assessment: the audit chain, the seal, the log it covered. */
export function verifyAssessment(assessment: Assessment): VerifyReport {
  const auditLog = verifyAuditChain(assessment.auditLog, assessment.auditHead)
  const sealedHead = assessment.finalization?.auditHead
  const sealedLog =
    sealedHead === undefined
      ? null
      : verifyAuditChain(assessment.auditLog.slice(0, sealedHead.length), sealedHead).intact
  const verdict = sealVerdict(assessment)
  return {
    auditLog,
    seal: verdict === null ? null : verdict !== 'mismatch',
    sealVerdict: verdict,
    sealedLog
  }
}

/**
 * `verify <assessment.json>`: is the audit log as it was written (docs/review.md)? Says "intact"
 * or names the first entry that does not fit; also checks the finalization seal and the log it
 * covered. Exits 1 when anything does not fit.
 */
export async function verifyCommand(
  file: string,
  options: VerifyOptions,
  ctx: CliContext
): Promise<number> {
  const report = verifyAssessment(await readAssessmentFile(ctx.io, file))
  const ok = report.auditLog.intact && report.seal !== false && report.sealedLog !== false
  if (options.json === true) {
    ctx.io.stdout(`${JSON.stringify({ file, ok, ...report }, null, 2)}\n`)
    return ok ? EXIT_OK : EXIT_INVALID
  }
  const texts = TEXTS[options.lang]
  const chain = report.auditLog
  const lines = [
    chain.intact
      ? texts.intact(chain.length, chain.unchained)
      : texts.broken(chain.index, chain.entryId, chain.problem),
    texts.seal(report.sealVerdict),
    ...(report.sealedLog === null ? [] : [texts.sealChain(report.sealedLog)])
  ]
  ctx.io.stdout(`${file}\n${lines.map((line) => `  ${line}`).join('\n')}\n`)
  return ok ? EXIT_OK : EXIT_INVALID
}
