import { Command, type Help, type Option } from 'commander'
import type { UsageTexts } from './usage-texts'

/**
 * commander's own words said in the chosen language: usage errors by their code (the names they
 * quote are taken from commander's message, whose wording the pinned version fixes; the built
 * command line's tests run every one), and the help's titles and option notes.
 */
export function sayUsageError(
  message: string,
  code: string | undefined,
  texts: UsageTexts
): string {
  const e = texts.errors
  const [first = '', second = ''] = [...message.matchAll(/'([^']*)'/g)].map((m) => m[1] ?? '')
  const suggestion = /\(Did you mean (.+)\?\)/.exec(message)?.[1]
  const hint = suggestion === undefined ? '' : e.didYouMean(suggestion)
  switch (code) {
    case 'commander.missingArgument':
      return e.prefix + e.missingArgument(first)
    case 'commander.optionMissingArgument':
      return e.prefix + e.optionMissingArgument(first)
    case 'commander.missingMandatoryOptionValue':
      return e.prefix + e.missingMandatoryOption(first)
    case 'commander.unknownOption':
      return e.prefix + e.unknownOption(first) + hint
    case 'commander.unknownCommand':
      return e.prefix + e.unknownCommand(first) + hint
    case 'commander.excessArguments': {
      const [expected = '0', got = '0'] =
        /Expected (\d+) arguments? but got (\d+)/.exec(message)?.slice(1) ?? []
      return e.prefix + e.excessArguments(expected, got)
    }
    case 'commander.invalidArgument': {
      if (!message.startsWith('error: option ')) return message
      const reason = message.slice(message.indexOf(' is invalid.') + ' is invalid.'.length).trim()
      const choices = /^Allowed choices are (.*)\.$/.exec(reason)?.[1]
      const why = choices === undefined ? reason : e.allowedChoices(choices)
      return e.prefix + e.invalidOption(first, second, why)
    }
    default:
      return message
  }
}

/** Section titles and the notes after an option's description, in the chosen language. */
function helpIn(texts: UsageTexts): Partial<Help> {
  return {
    styleTitle: (title: string) => texts.titles[title] ?? title,
    optionDescription: (option: Option) => {
      const notes: string[] = []
      if (option.argChoices !== undefined) notes.push(texts.choices(option.argChoices))
      if (option.defaultValue !== undefined && !option.isBoolean())
        notes.push(texts.defaultValue(String(option.defaultValue)))
      return notes.length === 0 ? option.description : option.description + texts.notes(notes)
    }
  }
}

/** A commander Command (and every subcommand it makes) that speaks `texts`. */
export class LocalizedCommand extends Command {
  constructor(
    private readonly texts: UsageTexts,
    name?: string
  ) {
    super(name)
    this.configureHelp(helpIn(texts))
  }

  override createCommand(name?: string): Command {
    return new LocalizedCommand(this.texts, name)
  }

  override error(message: string, options?: { code?: string; exitCode?: number }): never {
    return super.error(sayUsageError(message, options?.code, this.texts), options)
  }
}
