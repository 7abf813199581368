/**
 * Test data for the unit tests: builders for banks and assessments, and the fixture banks built
 * from them. Test code only — lint forbids importing this folder from product code.
 */
export * from './bank-builders'
export * from './assessment-builders'
export * from './minimal-bank'
export * from './mini-bank'
export * from './rich-bank'
export * from './backup-builders'
