import type { Page } from '@playwright/test'
import { AppShell } from './app-shell'
import { AssessmentImport } from './assessment-import'
import { AuditPage } from './audit'
import { BackupPage, RecoveryScreen } from './backup'
import { BankUpgradePage } from './bank-upgrade'
import { BanksPage } from './banks'
import { ComparisonPage } from './comparison'
import { DownloadReady } from './download-ready'
import { FactorsPage } from './factors'
import { GuidePage } from './guide'
import { HomePage } from './home'
import { NewAssessmentPage } from './new-assessment'
import { FormImport, MergeView, PackageImport } from './packages'
import { QuestionnairePage } from './questionnaire'
import { ReportPage } from './report'
import { RegisterPage } from './register'
import { ResultsPage } from './results'
import { ReviewPage } from './review'
import { SettingsPage } from './settings'
import { SystemsPage } from './systems'
import { uiText, type AppLanguage, type UiText } from './ui-text'
import { Workspace } from './workspace'

/**
 * The app as a test drives it: one page object per screen, all on the same page and speaking the
 * language the app shows (`text` words an i18n key as the app does). Specs reach the UI only
 * through these; selectors live in the page objects.
 */
export class App {
  readonly text: UiText
  readonly shell: AppShell
  readonly home: HomePage
  readonly newAssessment: NewAssessmentPage
  readonly workspace: Workspace
  readonly questionnaire: QuestionnairePage
  readonly systems: SystemsPage
  readonly factors: FactorsPage
  readonly results: ResultsPage
  readonly register: RegisterPage
  readonly comparison: ComparisonPage
  readonly review: ReviewPage
  readonly audit: AuditPage
  readonly report: ReportPage
  readonly assessmentImport: AssessmentImport
  readonly banks: BanksPage
  readonly bankUpgrade: BankUpgradePage
  readonly settings: SettingsPage
  readonly downloadReady: DownloadReady
  readonly packageImport: PackageImport
  readonly merge: MergeView
  readonly formImport: FormImport
  readonly backup: BackupPage
  readonly recovery: RecoveryScreen
  readonly guide: GuidePage

  constructor(
    readonly page: Page,
    readonly language: AppLanguage
  ) {
    this.text = uiText(language)
    this.shell = new AppShell(page, this.text)
    this.home = new HomePage(page, this.text)
    this.newAssessment = new NewAssessmentPage(page, this.text)
    this.guide = new GuidePage(page, this.text)
    this.workspace = new Workspace(page)
    this.questionnaire = new QuestionnairePage(page, this.text)
    this.systems = new SystemsPage(page, this.text)
    this.factors = new FactorsPage(page)
    this.bankUpgrade = new BankUpgradePage(page, this.text)
    this.results = new ResultsPage(page, this.text)
    this.register = new RegisterPage(page, this.text)
    this.comparison = new ComparisonPage(page)
    this.review = new ReviewPage(page, this.text)
    this.audit = new AuditPage(page, this.text)
    this.report = new ReportPage(page, this.text)
    this.assessmentImport = new AssessmentImport(page, this.text)
    this.banks = new BanksPage(page, this.text)
    this.settings = new SettingsPage(page, this.text)
    this.downloadReady = new DownloadReady(page, this.text)
    this.packageImport = new PackageImport(page, this.text)
    this.merge = new MergeView(page, this.text)
    this.formImport = new FormImport(page, this.text)
    this.backup = new BackupPage(page)
    this.recovery = new RecoveryScreen(page)
  }
}
