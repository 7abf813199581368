import type { zhCN } from './locales/zh-CN'

/** Same tree as the reference locale, with every leaf widened to `string`. */
type MessageTree<T> = {
  readonly [K in keyof T]: T[K] extends string ? string : MessageTree<T[K]>
}

/** The shape every locale must have: exactly the keys of zh-CN. */
export type Messages = MessageTree<typeof zhCN>
