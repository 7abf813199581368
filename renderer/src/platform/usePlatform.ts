import { use } from 'react'
import { PlatformContext } from './platform-context'
import type { Platform } from './platform'

export function usePlatform(): Platform {
  const platform = use(PlatformContext)
  if (!platform) throw new Error('usePlatform needs a PlatformContext provider (see App)')
  return platform
}
