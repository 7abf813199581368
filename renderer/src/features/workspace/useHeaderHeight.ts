import { useLayoutEffect, useRef } from 'react'

/**
 * Keeps `--ws-header` on the workspace equal to the sticky header's real height. The header wraps
 * to two or three rows on narrow windows and in English; the sticky section tree and the scroll
 * margins of questions and factors sit below it, so they must follow its height, not a guess.
 */
export function useHeaderHeight<T extends HTMLElement>() {
  const ref = useRef<T>(null)
  useLayoutEffect(() => {
    const header = ref.current
    const workspace = header?.parentElement
    if (!header || !workspace) return
    const apply = () => workspace.style.setProperty('--ws-header', `${header.offsetHeight}px`)
    apply()
    const observer = new ResizeObserver(apply)
    observer.observe(header)
    return () => observer.disconnect()
  }, [])
  return ref
}
