import ArgumentParser

/// `audit <subcommand> ...` parsed by the subcommand alone when that succeeds (issue 19): the
/// whole command tree's parse (the root's arguments, twenty subcommands' configurations, the
/// root's completion-script check) cost a sixth more than the subcommand's own (callgrind, `audit
/// diff 2020 2021`: 20.1 M instructions in ArgumentParser against 16.7 M). Anything the
/// subcommand alone does not accept as a run of its own (help, a usage error, a completion-script
/// request, options before the subcommand's name) is left to the root's parse, so help and errors
/// stay ArgumentParser's, word for word.
enum SubcommandShortcut {
    static func parse(_ arguments: [String], under root: ParsableCommand.Type) -> ParsableCommand? {
        guard let name = arguments.first,
              let subcommand = root.configuration.subcommands.first(where: { $0.configuration.commandName == name }),
              let command = try? subcommand.parseAsRoot(Array(arguments.dropFirst())),
              isCommand(type(of: command), within: subcommand)
        else { return nil }
        return command
    }

    /// Whether `parsed` is `command` or one of its subcommands, rather than ArgumentParser's own
    /// help command, which names its command stack from the root it was parsed under.
    private static func isCommand(_ parsed: ParsableCommand.Type, within command: ParsableCommand.Type) -> Bool {
        ObjectIdentifier(parsed) == ObjectIdentifier(command) || command.configuration.subcommands.contains { isCommand(parsed, within: $0) }
    }
}

extension CommandConfiguration {
    /// A subcommand's configuration naming `audit` as its super-command, which ArgumentParser
    /// reads in two places only: help and usage text rendered with the subcommand as the root
    /// (which the shortcut never prints: it falls back to the root's parse), and the
    /// completion-script check, which it skips for such a command. That check parsed the
    /// arguments twice more, as ArgumentParser's two completion commands, before the subcommand
    /// was looked at: 7.9 M of the 17.2 M instructions of parsing `diff 2020 2021` (issue 19). A
    /// completion request after the subcommand's name is an unknown option to the subcommand, so
    /// it still reaches the root's parse, which answers it as before.
    var parsedUnderAudit: CommandConfiguration {
        var configuration = self
        configuration._superCommandName = AuditCommand.configuration.commandName
        return configuration
    }
}
