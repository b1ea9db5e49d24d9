using System.CommandLine;

namespace SoLienLac.Bot.Cli;

/// <summary>
/// A path kept as typed (a trailing <c>/</c> names a folder, which <see cref="FileInfo"/> would lose),
/// still known as a path: handed to a running bot, it is made absolute like the
/// <see cref="FileInfo"/> options (<see cref="CommandLine.ForTheBot"/>).
/// </summary>
internal sealed class PathOption(string name) : Option<string>(name);
