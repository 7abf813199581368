import { describe, expect, it } from 'vitest'
import { wrapTitle } from './chart-options'

describe('wrapTitle (radar axis names)', () => {
  it('keeps short Chinese titles on one line and halves longer ones', () => {
    expect(wrapTitle('巡检管理', 'zh-CN')).toBe('巡检管理')
    expect(wrapTitle('灾备与恢复能力管理', 'zh-CN')).toBe('灾备与恢复\n能力管理')
    expect(wrapTitle('变更与发布管理（暂定）', 'zh-CN')).toBe('变更与发布管理\n（暂定）')
    expect(wrapTitle('巡检管理（暂定）', 'zh-CN')).toBe('巡检管理\n（暂定）')
  })

  it('breaks English titles between words, about 16 characters a line', () => {
    expect(wrapTitle('Backup, DR & resilience management', 'en-US')).toBe(
      'Backup, DR &\nresilience\nmanagement'
    )
    expect(wrapTitle('Observability management', 'en-US')).toBe('Observability\nmanagement')
  })
})
