/**
 * What a finalization seal made now covers beyond the original content: the registers
 * (`finalization.covers`, seal.ts). A module of its own, free of zod, for the code that seals.
 */
export const SEAL_COVERS = ['registers'] as const
export type SealCover = (typeof SEAL_COVERS)[number]
