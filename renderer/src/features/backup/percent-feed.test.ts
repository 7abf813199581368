import { describe, expect, it } from 'vitest'
import { createPercentFeed } from './percent-feed'

describe('percent feed', () => {
  it('tells subscribers of each change, once, and stops after unsubscribing', () => {
    const feed = createPercentFeed()
    const seen: number[] = []
    const off = feed.subscribe(() => seen.push(feed.get()))
    feed.set(1)
    feed.set(1)
    feed.set(40)
    off()
    feed.set(100)
    expect(seen).toEqual([1, 40])
    expect(feed.get()).toBe(100)
  })
})
