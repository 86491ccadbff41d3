using System.CommandLine;

namespace Passage.Cli;

/// <summary>The <c>passage</c> command and its subcommands, one factory per subcommand.</summary>
public static class PassageCommands
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Passage: case management for a relocation operation.");
        root.Subcommands.Add(Matching.MatchCommand.Create());
        return root;
    }
}
