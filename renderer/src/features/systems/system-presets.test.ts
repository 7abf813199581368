import { describe, expect, it } from 'vitest'
import { cleanSystem, nextSystemId, systemsProblem } from './system-presets'

describe('key-system helpers', () => {
  it('gives the next id above the highest, never reusing one', () => {
    expect(nextSystemId([])).toBe('sys-1')
    expect(nextSystemId([{ id: 'sys-1' }, { id: 'sys-7' }, { id: 'custom' }])).toBe('sys-8')
  })

  it('asks for a name and refuses the same name twice', () => {
    expect(systemsProblem([{ id: 'sys-1', name: ' ' }])).toEqual({ kind: 'nameRequired' })
    expect(
      systemsProblem([
        { id: 'sys-1', name: '行情系统' },
        { id: 'sys-2', name: '行情系统 ' }
      ])
    ).toEqual({ kind: 'nameTwice', name: '行情系统' })
    expect(systemsProblem([{ id: 'sys-1', name: '行情系统' }])).toBeNull()
  })

  it('stores trimmed texts and leaves empty optional fields out', () => {
    expect(cleanSystem({ id: 'sys-1', name: ' 清算 ', serviceWindow: '  ' })).toEqual({
      id: 'sys-1',
      name: '清算'
    })
    expect(
      cleanSystem({
        id: 'sys-2',
        name: '集中交易',
        class: 4,
        realTime: false,
        serviceWindow: ' 交易日 '
      })
    ).toEqual({ id: 'sys-2', name: '集中交易', class: 4, realTime: false, serviceWindow: '交易日' })
  })
})
