import { createContext } from 'react'
import type { Platform } from './platform'

/** Provided once by App with the platform resolved at start-up. */
export const PlatformContext = createContext<Platform | null>(null)
