import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findForbiddenKeys, findJsonSyntaxError, parseJsonText } from './json-text'

describe('findJsonSyntaxError', () => {
  it('accepts exactly what JSON.parse accepts (property, random JSON and mutations)', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.string({ maxLength: 3 }), (json, at, insert) => {
        expect(findJsonSyntaxError(json, 1000)).toBeNull()
        const mutated =
          json.slice(0, at % (json.length + 1)) + insert + json.slice(at % (json.length + 1))
        let parses = true
        try {
          JSON.parse(mutated)
        } catch {
          parses = false
        }
        expect(findJsonSyntaxError(mutated, 1000) === null).toBe(parses)
      }),
      { numRuns: 500 }
    )
  })

  it('locates problems by line and column', () => {
    expect(findJsonSyntaxError('{\n  "a": 1\n  "b": 2\n}')).toMatchObject({ line: 3, column: 3 })
    expect(findJsonSyntaxError('{"a": "x\ny"}')).toMatchObject({
      line: 1,
      column: 9,
      message: expect.stringContaining('control character')
    })
    expect(findJsonSyntaxError('{"a": tru}')).toMatchObject({ line: 1, column: 7 })
    expect(findJsonSyntaxError('{"a": 01}')).toMatchObject({
      message: expect.stringContaining('expected "," or "}"')
    })
    expect(findJsonSyntaxError('{"a": "')).toMatchObject({
      column: 7,
      message: 'unterminated string (missing closing ")'
    })
    expect(findJsonSyntaxError('[1] x')).toMatchObject({
      column: 5,
      message: 'unexpected "x" after the end of the JSON value'
    })
  })
})

describe('parseJsonText', () => {
  it('refuses forbidden keys wherever they are', () => {
    expect(parseJsonText('{"a":[{"prototype":1}],"b":{"__proto__":null}}')).toMatchObject({
      ok: false,
      issues: [
        {
          path: 'a[0].prototype',
          message: 'the key "prototype" is not allowed',
          code: 'json.keyNotAllowed',
          params: { key: 'prototype' }
        },
        {
          path: 'b.__proto__',
          message: 'the key "__proto__" is not allowed',
          code: 'json.keyNotAllowed',
          params: { key: '__proto__' }
        }
      ]
    })
    expect(findForbiddenKeys(JSON.parse('{"x":{"constructor":{}}}'))).toHaveLength(1)
    expect(({} as Record<string, unknown>).x).toBeUndefined()
  })

  it('parses valid JSON', () => {
    expect(parseJsonText('{"名称": [1, 2.5e3, true, null, "\\u4e2d"]}')).toEqual({
      ok: true,
      value: { 名称: [1, 2500, true, null, '中'] }
    })
  })
  it('locates a syntax error or a nesting too deep by line and column, as the scanner does', () => {
    const broken = '{\n  "a": [1, 2,]\n}'
    const deep = `{"a":\n${'['.repeat(4)}${']'.repeat(4)}}`
    for (const [text, maxDepth] of [
      [broken, 32],
      [deep, 4],
      [deep, 5]
    ] as const) {
      const found = findJsonSyntaxError(text, maxDepth)
      const parsed = parseJsonText(text, { maxDepth })
      if (found === null) expect(parsed.ok).toBe(true)
      else
        expect(parsed).toMatchObject({
          ok: false,
          issues: [{ code: 'json.syntax', place: { line: found.line, column: found.column } }]
        })
    }
    expect(findJsonSyntaxError(deep, 4)).toMatchObject({ line: 2, column: 4 })
    expect(findJsonSyntaxError(deep, 5)).toBeNull()
    expect(findJsonSyntaxError(broken)).toMatchObject({ line: 2, column: 13 })
  })
})
