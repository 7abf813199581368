import { describe, expect, it } from 'vitest'
import { displayWidth, renderTable, truncateToWidth } from './table'

describe('displayWidth', () => {
  it('counts CJK and full-width characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3)
    expect(displayWidth('集中交易系统')).toBe(12)
    expect(displayWidth('（L2）')).toBe(6)
    expect(displayWidth('得分: 72.0')).toBe(10)
    expect(displayWidth('e\u0301')).toBe(1)
  })

  it('truncates by columns with an ellipsis', () => {
    expect(truncateToWidth('稳定性架构管理', 9)).toBe('稳定性架…')
    expect(displayWidth(truncateToWidth('稳定性架构管理', 9))).toBeLessThanOrEqual(9)
    expect(truncateToWidth('short', 9)).toBe('short')
  })
})

describe('renderTable', () => {
  it('aligns mixed Chinese and Latin text by display width', () => {
    const text = renderTable(
      ['编号', '名称', '得分'],
      [
        ['C1', '稳定性架构管理', '72.5'],
        ['C10', 'Ops risk', '8.0']
      ],
      { align: ['left', 'left', 'right'] }
    )
    const lines = text.trimEnd().split('\n')
    expect(lines).toEqual([
      '编号  名称            得分',
      '----  --------------  ----',
      'C1    稳定性架构管理  72.5',
      'C10   Ops risk         8.0'
    ])
    const ends = lines.map((line) => displayWidth(line))
    expect(new Set(ends).size).toBe(1)
  })
})
