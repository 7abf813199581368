import { describe, expect, it } from 'vitest'
import type { Section } from '@shared/bank/bank'
import { sectionTitle } from './section-title'

const section = (zh: string, en: string, provisional: boolean): Section =>
  ({ title: { 'zh-CN': zh, 'en-US': en }, provisional }) as Section

describe('sectionTitle', () => {
  it('drops a spelled-out provisional mark only from provisional sections', () => {
    const s = section('变更与发布管理（暂定）', 'Change & release (provisional)', true)
    expect(sectionTitle(s, 'zh-CN')).toBe('变更与发布管理')
    expect(sectionTitle(s, 'en-US')).toBe('Change & release')
    const confirmed = section('故障管理（暂定）', 'Incidents (provisional)', false)
    expect(sectionTitle(confirmed, 'zh-CN')).toBe('故障管理（暂定）')
  })

  it('keeps a title that is nothing but the mark', () => {
    expect(sectionTitle(section('（暂定）', '(provisional)', true), 'zh-CN')).toBe('（暂定）')
  })
})
