import { Modal } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { paths } from '../../app/paths'

const SHORTCUTS = [
  { keys: ['0', '1', '2', '3', '4'], text: 'level' },
  { keys: ['Y', 'P', 'N'], text: 'yesPartialNo' },
  { keys: ['1', '…', '9'], text: 'choice' },
  { keys: ['X'], text: 'na' },
  { keys: ['J', 'K'], text: 'next' },
  { keys: ['Shift + J', 'Shift + K'], text: 'section' },
  { keys: ['F'], text: 'flag' },
  { keys: ['Enter'], text: 'enter' },
  { keys: ['Esc'], text: 'leave' },
  { keys: ['?'], text: 'help' }
] as const

/**
 * Lists the questionnaire's shortcuts (opened with ? or the button in the section header) and says
 * whether answer-and-advance is on.
 */
export function KeyboardHelp(props: { open: boolean; advance: boolean; onClose: () => void }) {
  const { open, advance, onClose } = props
  const { t } = useTranslation()
  return (
    <Modal
      open={open}
      title={t('questionnaire.keyboard.title')}
      footer={null}
      onCancel={onClose}
      width={560}
      destroyOnHidden
    >
      <p className="kbd-mode" data-testid="keyboard-mode" data-advance={advance ? 'on' : 'off'}>
        <strong>
          {t(advance ? 'questionnaire.keyboard.advanceOn' : 'questionnaire.keyboard.advanceOff')}
        </strong>{' '}
        {t(
          advance
            ? 'questionnaire.keyboard.advanceOnDetail'
            : 'questionnaire.keyboard.advanceOffDetail'
        )}
      </p>
      <p className="kbd-intro">{t('questionnaire.keyboard.intro')}</p>
      <table className="kbd-table" data-testid="keyboard-help">
        <tbody>
          {SHORTCUTS.map(({ keys, text }) => (
            <tr key={text}>
              <td>
                {keys.map((key) => (
                  <kbd key={key}>{key}</kbd>
                ))}
              </td>
              <td>{t(`questionnaire.keyboard.keys.${text}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <Link to={paths.guide('keyboard')} data-testid="keyboard-guide">
          {t('guide.openKeyboard')}
        </Link>
      </p>
    </Modal>
  )
}
