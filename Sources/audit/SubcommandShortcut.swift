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
