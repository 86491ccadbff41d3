using System.CommandLine;

namespace Passage.Cli.Matching;

/// <summary><c>passage match</c>: scoring, deduplication, linkage and search of people's records.</summary>
public static class MatchCommand
{
    public static Command Create()
    {
        var command = new Command("match", "Find the same person across scripts and spellings: score, dedup, link, search.");
        command.Subcommands.Add(ScoreCommand.Create());
        command.Subcommands.Add(DedupCommand.Create());
        command.Subcommands.Add(LinkCommand.Create());
        command.Subcommands.Add(SearchCommand.Create());
        return command;
    }
}
