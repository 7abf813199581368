import type { IssueTexts } from './texts'

/**
 * Words a problem's text names as a parameter (`expected {{expected}}`, `duplicate {{what}} id`):
 * the reader passes the term itself, so each language says it in its own words. English terms
 * are the words the readers have always printed (the command line's and the tests' English).
 */
const term = (zh: string, en: string): IssueTexts => ({ 'zh-CN': zh, 'en-US': en })

/** The kinds of value zod reports (`expected number, received string`). */
const VALUE_KINDS: Readonly<Record<string, IssueTexts>> = {
  string: term('文本', 'string'),
  number: term('数字', 'number'),
  int: term('整数', 'int'),
  boolean: term('是/否', 'boolean'),
  object: term('对象', 'object'),
  array: term('列表', 'array'),
  null: term('空值', 'null'),
  undefined: term('空', 'undefined'),
  bigint: term('整数', 'bigint'),
  date: term('日期', 'date'),
  NaN: term('非数字', 'NaN')
}

/** A value kind as a term; a kind zod adds later stays as it is. */
export function valueKind(kind: string): IssueTexts | string {
  return Object.hasOwn(VALUE_KINDS, kind) ? VALUE_KINDS[kind]! : kind
}
