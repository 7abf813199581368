import type { IssueTexts } from './texts'

/**
 * The version of a file and the chain that upgrades older formats (util/upgrade-chain.ts), for
 * assessment files (formatVersion), banks (schemaVersion) and packages (packageVersion).
 */
export const upgradeIssues = {
  versionMissing: {
    'zh-CN': '缺少 {{field}}（文件格式版本）',
    'en-US': '{{field}} is missing'
  },
  versionInvalid: {
    'zh-CN': '{{field}} 应为不小于 1 的整数，实际为 {{found}}',
    'en-US': '{{field}} must be a whole number ≥ 1, got {{found}}'
  },
  versionNewer: {
    'zh-CN': '{{field}} {{version}} 高于本应用支持的版本（{{supported}}），请升级应用后再打开',
    'en-US':
      '{{field}} {{version}} is newer than this app supports ({{supported}}); update the app to open this file'
  },
  noPath: {
    'zh-CN':
      '本应用无法读取 {{field}} {{version}}（没有从 {{from}} 到 {{to}} 的升级；最早支持的版本为 {{oldest}}）',
    'en-US':
      '{{field}} {{version}} cannot be read by this app (no upgrade from {{from}} to {{to}}; the oldest supported version is {{oldest}})'
  },
  stepRefused: {
    'zh-CN': '将 {{field}} 从 {{from}} 升级到 {{to}} 时：{{problem}}',
    'en-US': 'upgrading {{field}} {{from}} → {{to}}: {{problem}}'
  },
  stepFailed: {
    'zh-CN': '将 {{field}} 从 {{from}} 升级到 {{to}} 失败：{{detail}}',
    'en-US': 'upgrading from {{field}} {{from}} to {{to}} failed: {{detail}}'
  },
  wrongVersion: {
    'zh-CN': '从 {{field}} {{from}} 升级后没有得到 {{field}} {{to}}',
    'en-US': 'the upgrade from {{field}} {{from}} did not produce {{field}} {{to}}'
  },
  bankV1Profile: {
    'zh-CN': '第 1 版题库需要一个“profile”对象',
    'en-US': 'a version-1 bank needs a single "profile" object'
  },
  bankV1ProfileId: {
    'zh-CN': '计分方案需要编号（它将成为 defaultProfileId）',
    'en-US': 'the profile needs an id (it becomes defaultProfileId)'
  },
  bankV1Profiles: {
    'zh-CN': '第 1 版题库只有一个“profile”；“profiles”/“defaultProfileId”属于第 2 版',
    'en-US':
      'a version-1 bank has a single "profile"; "profiles"/"defaultProfileId" belong to version 2'
  }
} satisfies Record<string, IssueTexts>
