import { useEffect, useRef } from 'react'

/**
 * A table with a fixed height (antd's `scroll.y`) scrolls its body on its own. So that keyboard
 * users can scroll it too (WCAG 2.1.1; axe's scrollable-region-focusable), the body is made a
 * named region in the tab order. Returns the ref for an element around the table.
 */
export function useScrollableTableBody<T extends HTMLElement>(label: string) {
  const around = useRef<T>(null)
  useEffect(() => {
    const body = around.current?.querySelector<HTMLElement>('.ant-table-body')
    if (!body) return
    body.tabIndex = 0
    body.setAttribute('role', 'region')
    body.setAttribute('aria-label', label)
  })
  return around
}
