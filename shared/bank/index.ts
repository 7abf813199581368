/**
 * The question-bank module: schema (types and zod schemas), loading (upgrade → schema →
 * semantic checks), identity (content hash), lookups and the formula expression parser.
 * Import from here rather than from the individual files.
 */
export * from './primitives'
export * from './conditions'
export * from './question'
export * from './factor'
export * from './replaces'
export * from './profile'
export * from './rules'
export * from './bank'
export * from './expression'
export * from './upgrade'
export * from './parse'
export * from './identity'
export * from './lookup'
