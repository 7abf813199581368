import { bilingual, type IssueTexts } from './texts'

/**
 * The version of a file and the chain that upgrades older formats (util/upgrade-chain.ts), for
 * assessment files (formatVersion), banks (schemaVersion) and packages (packageVersion).
 */
export const upgradeIssues = {
  versionMissing: bilingual('缺少 {{field}}（文件格式版本）', '{{field}} is missing'),
  versionInvalid: bilingual(
    '{{field}} 应为不小于 1 的整数，实际为 {{found}}',
    '{{field}} must be a whole number ≥ 1, got {{found}}'
  ),
  versionNewer: bilingual(
    '{{field}} {{version}} 高于本应用支持的版本（{{supported}}），请升级应用后再打开',
    '{{field}} {{version}} is newer than this app supports ({{supported}}); update the app to open this file'
  ),
  noPath: bilingual(
    '本应用无法读取 {{field}} {{version}}（没有从 {{from}} 到 {{to}} 的升级；最早支持的版本为 {{oldest}}）',
    '{{field}} {{version}} cannot be read by this app (no upgrade from {{from}} to {{to}}; the oldest supported version is {{oldest}})'
  ),
  stepRefused: bilingual(
    '将 {{field}} 从 {{from}} 升级到 {{to}} 时：{{problem}}',
    'upgrading {{field}} {{from}} → {{to}}: {{problem}}'
  ),
  stepFailed: bilingual(
    '将 {{field}} 从 {{from}} 升级到 {{to}} 失败：{{detail}}',
    'upgrading from {{field}} {{from}} to {{to}} failed: {{detail}}'
  ),
  wrongVersion: bilingual(
    '从 {{field}} {{from}} 升级后没有得到 {{field}} {{to}}',
    'the upgrade from {{field}} {{from}} did not produce {{field}} {{to}}'
  ),
  bankV1Profile: bilingual(
    '第 1 版题库需要一个“profile”对象',
    'a version-1 bank needs a single "profile" object'
  ),
  bankV1ProfileId: bilingual(
    '计分方案需要编号（它将成为 defaultProfileId）',
    'the profile needs an id (it becomes defaultProfileId)'
  ),
  bankV1Profiles: bilingual(
    '第 1 版题库只有一个“profile”；“profiles”/“defaultProfileId”属于第 2 版',
    'a version-1 bank has a single "profile"; "profiles"/"defaultProfileId" belong to version 2'
  )
} satisfies Record<string, IssueTexts>
