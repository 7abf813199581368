/**
 * The firm's own registers (系统清单, 故障台账, 变更台账, 演练台账, 压测台账): kinds as data, the
 * template workbook, the importer (.xlsx through shared/xlsx, .csv in UTF-8 or GB18030), the
 * measure vocabulary and the counting of factor inputs with every counted and excluded row.
 * docs/registers.md describes them for users.
 */
export * from './kinds'
export * from './values'
export * from './read-table'
export * from './csv'
export * from './read-file'
export * from './measure'
export * from './compute'
export * from './inputs'
export * from './labels'
export { registerTemplate, TEMPLATE_ROWS } from './template'
export * from './apply'
export * from './factor-writes'
export * from './figure-measurer'
export * from './stored-size'
