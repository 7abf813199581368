import { answerIssues } from './answer'
import { assessmentIssues } from './assessment'
import { backupIssues } from './backup'
import { bankIssues } from './bank'
import { bankXlsxIssues } from './bank-xlsx'
import { encryptedIssues } from './encrypted'
import { feedbackIssues } from './feedback'
import { formIssues } from './form'
import { jsonIssues } from './json'
import { packageIssues } from './package'
import { registerIssues } from './register'
import { scoringIssues } from './scoring'
import { syntaxIssues } from './syntax'
import { upgradeIssues } from './upgrade'
import { xlsxIssues } from './xlsx'
import { zipIssues } from './zip'
import { zodIssues } from './zod'

/**
 * Every problem the readers of outside files (and the scoring engine) report, by area and name (the code is
 * `<area>.<name>`), with its words in zh-CN and en-US side by side: the app and the command line
 * say problems from here (issues/describe.ts); the English text is also the issue's `message`.
 * One file per area. issues/catalogue.test.ts checks every code has both texts with the same
 * parameters.
 */
export const ISSUE_CATALOGUE = {
  zod: zodIssues,
  json: jsonIssues,
  assessment: assessmentIssues,
  answer: answerIssues,
  form: formIssues,
  feedback: feedbackIssues,
  xlsx: xlsxIssues,
  zip: zipIssues,
  package: packageIssues,
  backup: backupIssues,
  encrypted: encryptedIssues,
  bank: bankIssues,
  syntax: syntaxIssues,
  bankXlsx: bankXlsxIssues,
  upgrade: upgradeIssues,
  scoring: scoringIssues,
  register: registerIssues
}
