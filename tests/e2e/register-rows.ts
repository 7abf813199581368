import { filledTemplate } from '../../shared/registers/test-support'

/*
 * A 故障台账 whose figures are known by construction, for the specs that import registers into
 * the seeded assessment (period 2026; the seed's key systems 集中交易系统 sys-1 real-time,
 * 清算系统 sys-2 not): I1 集中交易系统 down 76 min in trading hours, I3 清算系统 down 10 min in
 * trading hours, I5 before the period → F01 N_fault 2, F16 T_down_trading of 集中交易系统 76.
 */
export const REGISTERS_PERIOD = { start: '2026-01-01', end: '2026-12-31' }

/** A wall-clock time as exceljs stores a date cell (UTC fields = the time written). */
const at = (text: string): Date => new Date(`${text}:00Z`)

/** An incident found by monitoring, in trading hours, from `start` to `end` (wall-clock). */
export const incident = (id: string, system: string, start: string, end: string) => ({
  故障编号: id,
  系统: system,
  开始时间: at(start),
  发现方式: '监控告警',
  恢复时间: at(end),
  是否交易时段: '是'
})

export const KNOWN_INCIDENTS = [
  incident('I1', '集中交易系统', '2026-03-05T09:30', '2026-03-05T10:46'),
  incident('I3', '清算系统', '2026-07-01T10:00', '2026-07-01T10:10'),
  incident('I5', '集中交易系统', '2025-12-20T10:00', '2025-12-20T10:30')
]

/** The registers template with `rows` in its 故障台账, as a firm's script fills it. */
export const incidentsWorkbook = async (
  rows: Array<ReturnType<typeof incident>>
): Promise<Buffer> => Buffer.from(await filledTemplate({ 故障台账: rows }))
