import { ISSUE_CATALOGUE } from '../issues/catalogue'
import type { IssueLanguage, IssueTexts } from '../issues/catalogue/texts'

/**
 * Every problem a reader of input files (packages, backups, banks, assessment files, questionnaire
 * workbooks) reports is a stable code with parameters; its words in each language are in the
 * catalogue (shared/issues/catalogue/, one file per area). The English text is the issue's
 * `message` (logs and tests read it); the app and the command line say the code in the user's
 * language (shared/issues/describe.ts). `{{name}}` in a text stands for a parameter.
 */
type Catalogue = typeof ISSUE_CATALOGUE

/** `package.tooLarge`, `zod.required`, … */
export type IssueCode = {
  [Area in keyof Catalogue]: `${Area & string}.${keyof Catalogue[Area] & string}`
}[keyof Catalogue]

/** A parameter is a number, a text the reader found, or a term said in each language. */
export type IssueParam = string | number | IssueTexts
export type IssueParams = Readonly<Record<string, IssueParam>>

/** A reader's problem without its place: code, parameters and the English text. */
export interface IssueText {
  code: IssueCode
  params?: IssueParams
  message: string
}

/** Every code, for tests that check each has its text in every language. */
export function allIssueCodes(): IssueCode[] {
  return Object.entries(ISSUE_CATALOGUE).flatMap(([area, names]) =>
    Object.keys(names).map((name) => `${area}.${name}` as IssueCode)
  )
}

/** The words of a code in one language (English unless said otherwise). */
export function issueTemplate(code: IssueCode, language: IssueLanguage = 'en-US'): string {
  const [area, name] = code.split('.') as [keyof Catalogue, string]
  return (ISSUE_CATALOGUE[area] as Record<string, IssueTexts>)[name]![language]
}

/** Fills `{{name}}` placeholders in `language`; an unknown one stays as it is. */
export function fillTemplate(
  template: string,
  params: IssueParams = {},
  language: IssueLanguage = 'en-US'
): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
    if (!Object.hasOwn(params, key)) return whole
    const value = params[key]!
    return typeof value === 'object' ? value[language] : String(value)
  })
}

/** A problem by code: its English `message` is the code's text filled with `params`. */
export function issueText(code: IssueCode, params?: IssueParams): IssueText {
  const message = fillTemplate(issueTemplate(code), params)
  return params === undefined ? { code, message } : { code, params, message }
}

/** A problem's words in every language, to give as a parameter of another problem. */
export function issueTexts(problem: IssueText): IssueTexts {
  return {
    'zh-CN': fillTemplate(issueTemplate(problem.code, 'zh-CN'), problem.params, 'zh-CN'),
    'en-US': problem.message
  }
}

/** A list as a parameter, joined the way each language writes a list. */
export function listParam(items: readonly string[]): IssueTexts {
  return { 'zh-CN': items.join('、'), 'en-US': items.join(', ') }
}

/** The problem of an issue without its place (to say it again somewhere else). */
export function problemOf({ code, params, message }: IssueText): IssueText {
  return params === undefined ? { code, message } : { code, params, message }
}

/**
 * A coded problem at a place in a text, thrown inside a parser and caught where the parse started
 * (JSON text, formula expressions): `at` is where it stands, as that parser counts places.
 */
export class TextProblem extends Error {
  readonly problem: IssueText
  constructor(
    readonly at: number,
    code: IssueCode,
    params?: IssueParams
  ) {
    const problem = issueText(code, params)
    super(problem.message)
    this.problem = problem
  }
}
