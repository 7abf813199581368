import type { Page } from '@playwright/test'
import { AppShell } from './app-shell'
import { AssessmentImport } from './assessment-import'
import { AuditPage } from './audit'
import { BanksPage } from './banks'
import { FactorsPage } from './factors'
import { HomePage } from './home'
import { NewAssessmentPage } from './new-assessment'
import { QuestionnairePage } from './questionnaire'
import { ResultsPage } from './results'
import { ReviewPage } from './review'
import { SettingsPage } from './settings'
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
  readonly factors: FactorsPage
  readonly results: ResultsPage
  readonly review: ReviewPage
  readonly audit: AuditPage
  readonly assessmentImport: AssessmentImport
  readonly banks: BanksPage
  readonly settings: SettingsPage

  constructor(
    readonly page: Page,
    readonly language: AppLanguage
  ) {
    this.text = uiText(language)
    this.shell = new AppShell(page)
    this.home = new HomePage(page)
    this.newAssessment = new NewAssessmentPage(page)
    this.workspace = new Workspace(page)
    this.questionnaire = new QuestionnairePage(page)
    this.factors = new FactorsPage(page)
    this.results = new ResultsPage(page, this.text)
    this.review = new ReviewPage(page, this.text)
    this.audit = new AuditPage(page, this.text)
    this.assessmentImport = new AssessmentImport(page, this.text)
    this.banks = new BanksPage(page)
    this.settings = new SettingsPage(page)
  }
}
