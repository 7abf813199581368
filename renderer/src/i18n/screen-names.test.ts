import type { TFunction } from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { enUS } from './locales/en-US'
import { zhCN } from './locales/zh-CN'
import { fixedLanguageT } from './test-support'

/*
 * A screen has one name: the navigation's. Messages that send the user to a screen nest that
 * name ($t(workspace.nav.review)) instead of repeating it, so the two cannot drift apart again
 * (复核与签署 vs 审核签发, "Review and sign-off" vs "Review & sign-off").
 */

/** Every leaf as [dotted key, text]. */
function leaves(tree: object, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]): Array<[string, string]> => {
    const path = prefix ? `${prefix}.${key}` : key
    return typeof value === 'string' ? [[path, value]] : leaves(value as object, path)
  })
}

/** The keys that name a screen in the navigation. */
const SCREEN_KEYS = [
  'nav.banks',
  'nav.settings',
  'workspace.nav.questionnaire',
  'workspace.nav.factors',
  'workspace.nav.results',
  'workspace.nav.findings',
  'workspace.nav.comparison',
  'workspace.nav.review',
  'workspace.nav.audit'
]

/** Screens' own headings: each is its navigation name. */
const SCREEN_TITLES: Record<string, string> = {
  'settings.title': 'nav.settings',
  'factors.title': 'workspace.nav.factors',
  'results.title': 'workspace.nav.results',
  'remediation.title': 'workspace.nav.findings',
  'review.title': 'workspace.nav.review',
  'audit.title': 'workspace.nav.audit'
}

/** Names a screen once had, in neither language any more. */
const RETIRED_NAMES = ['审核签发', 'Review & sign-off']

const locales = { 'zh-CN': zhCN, 'en-US': enUS }
const NESTED = /\$t\(([\w.]+)\)/g

/** How a message points the user at a screen by name, in each language. */
const pointsAt: Record<keyof typeof locales, (name: string) => RegExp> = {
  'zh-CN': (name) => new RegExp(`[“「"]${name}[”」"]`),
  'en-US': (name) => new RegExp(`\\b(under|on the|see|Go to|in) ${name}\\b`)
}

describe('screen names in messages', () => {
  let t: Record<keyof typeof locales, TFunction>
  beforeAll(async () => {
    t = await fixedLanguageT()
  })

  it.each(Object.keys(locales))('%s: every nested name is a message and resolves', (locale) => {
    const messages = locales[locale as keyof typeof locales]
    const texts = new Map(leaves(messages))
    const nesting = [...texts].filter(([, text]) => text.includes('$t('))
    expect(nesting.length).toBeGreaterThanOrEqual(15)
    for (const [key, text] of nesting) {
      for (const [, nested] of text.matchAll(NESTED)) {
        expect(texts.get(nested!), `${key} nests ${nested}`).toBeTypeOf('string')
      }
      const shown = t[locale as keyof typeof locales](key as never, { count: 1 } as never)
      expect(shown, key).not.toContain('$t(')
      expect(shown, key).not.toBe(key)
    }
  })

  it('points at the review screen by the name its navigation shows, in both languages', () => {
    expect(t['zh-CN']('packages.reopenFirst')).toContain('“复核与签署”')
    expect(t['en-US']('packages.reopenFirst')).toContain('on the Review and sign-off screen')
    expect(t['zh-CN']('review.title')).toBe(t['zh-CN']('workspace.nav.review'))
    expect(t['en-US']('review.title')).toBe('Review and sign-off')
    expect(t['en-US']('results.overall.warningsOnly' as never, { count: 2 } as never)).toContain(
      'see Review and sign-off'
    )
  })

  it.each(Object.keys(locales))('%s: no message spells out a screen name', (locale) => {
    const messages = locales[locale as keyof typeof locales]
    const texts = new Map(leaves(messages))
    const offenders: string[] = []
    for (const screenKey of SCREEN_KEYS) {
      const name = texts.get(screenKey)!
      const pattern = pointsAt[locale as keyof typeof locales](name)
      for (const [key, text] of texts)
        if (key !== screenKey && pattern.test(text)) offenders.push(`${key}: ${text}`)
    }
    for (const [key, text] of texts)
      for (const retired of RETIRED_NAMES)
        if (text.includes(retired)) offenders.push(`${key}: ${text}`)
    for (const [titleKey, screenKey] of Object.entries(SCREEN_TITLES))
      if (texts.get(titleKey) !== `$t(${screenKey})`)
        offenders.push(`${titleKey}: ${texts.get(titleKey)}`)
    expect(offenders).toEqual([])
  })
})
