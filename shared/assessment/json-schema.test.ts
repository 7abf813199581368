import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderSchemaFiles } from '../../scripts/generate-schemas'
import { CURRENT_ASSESSMENT_FORMAT_VERSION } from './assessment'

const root = resolve(import.meta.dirname, '../..')

describe('docs/schema', () => {
  it('matches a fresh generation from the zod schemas (run npx tsx scripts/generate-schemas.ts)', async () => {
    for (const { path, text } of await renderSchemaFiles()) {
      const committed = await readFile(resolve(root, path), 'utf8').catch(() => '(missing)')
      expect(committed, `${path} is stale: run npx tsx scripts/generate-schemas.ts`).toBe(text)
    }
  })

  it('describes the assessment file as draft 2020-12 with its kind and format version', async () => {
    const [assessment] = await renderSchemaFiles()
    const schema = JSON.parse(assessment!.text)
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema')
    expect(schema.properties.kind.const).toBe('stability-assessor/assessment')
    expect(schema.properties.formatVersion.const).toBe(CURRENT_ASSESSMENT_FORMAT_VERSION)
    expect(schema.additionalProperties).toBe(false)
  })
})
