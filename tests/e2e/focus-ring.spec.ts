import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/**
 * Issue 16: every control is reachable by keyboard and shows where the focus is. Tab walks each
 * screen from the top; every element it lands on must carry a visible focus indicator — an outline
 * or a box shadow on itself or, for visually hidden or native inputs (antd's checkbox, radio,
 * switch, select search; the questionnaire's answer cards), on the control drawn for it. Tab
 * stops are collected until the focus comes round to one already seen (or 80 stops).
 */
const MAX_TABS = 80

async function unmarkedStops(page: Page): Promise<string[]> {
  await page.locator('body').click({ position: { x: 1, y: 1 } })
  const missing: string[] = []
  const seen = new Set<string>()
  for (let i = 0; i < MAX_TABS; i++) {
    await page.keyboard.press('Tab')
    const stop = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null
      if (!element || element === document.body) return null
      const marked = (e: Element | null): boolean => {
        if (!e) return false
        const style = getComputedStyle(e)
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
        return outline || (style.boxShadow !== 'none' && style.boxShadow !== '')
      }
      const drawnFor = [
        element,
        element.nextElementSibling,
        element.parentElement,
        // The questionnaire's answer cards ring the whole card (.q-level:has(input:focus-visible)).
        element.closest('.q-level, .q-choice'),
        element.closest(
          '.ant-checkbox, .ant-radio, .ant-switch, .ant-select-selector, .ant-select, .ant-picker, .ant-input-affix-wrapper, .ant-input-number, .ant-segmented-item, .ant-tabs-tab, .ant-pagination-item, .ant-pagination-options'
        ),
        element.closest('.ant-select')?.querySelector('.ant-select-selector') ?? null
      ]
      const rect = element.getBoundingClientRect()
      const id =
        element.getAttribute('data-testid') ??
        element.getAttribute('aria-label') ??
        element.textContent?.trim().slice(0, 40) ??
        ''
      return {
        key: `${element.tagName}#${element.id}.${element.className}|${id}|${Math.round(rect.top + window.scrollY)}`,
        label: `${element.tagName.toLowerCase()}[type=${element.getAttribute('type') ?? ''}] "${id}" (${String(element.className).slice(0, 60)}) in ${String(element.parentElement?.className ?? '').slice(0, 60)}`,
        marked: drawnFor.some(marked)
      }
    })
    if (!stop) continue
    if (seen.has(stop.key)) break
    seen.add(stop.key)
    if (!stop.marked) missing.push(stop.label)
  }
  expect(seen.size, 'Tab reaches the screen’s controls').toBeGreaterThan(3)
  return missing
}

test.use({ locale: 'en-US' })

test('every Tab stop on the main screens shows a visible focus ring', async ({
  page,
  openApp,
  app
}) => {
  test.setTimeout(240_000)
  const report: Record<string, string[]> = {}
  await openApp('/assessments')
  const id = await app.home.openSample()
  const screens: Array<[string, () => Promise<void>]> = [
    ['home', () => openApp('/assessments')],
    ['new assessment', () => openApp('/assessments/new')],
    ['settings', () => openApp('/settings')],
    ['section A1', () => app.questionnaire.open(id, 'A1')],
    ['results', () => app.workspace.goTo('results', id)],
    ['findings', () => app.workspace.goTo('findings', id)],
    ['review', () => app.workspace.goTo('review', id)]
  ]
  for (const [name, open] of screens) {
    await open()
    await page.waitForTimeout(300)
    report[name] = await unmarkedStops(page)
  }
  expect(report).toEqual(Object.fromEntries(screens.map(([name]) => [name, []])))
})
