using System.CommandLine;
using Passage.Core.Storage.Encryption;

namespace Passage.Cli.Commands;

/// <summary>
/// The global <c>--field-keys</c> option: the folder of the key ring that seals whereabouts, interview notes and
/// family-contact details, else <c>Passage__FieldEncryption__KeysFolder</c>, else ./field-keys. Never inside the database.
/// </summary>
public static class FieldKeysOption
{
    public const string EnvironmentVariable = "Passage__FieldEncryption__KeysFolder";

    public static Option<string?> Create() => new("--field-keys")
    {
        Description = $"Folder of the field encryption keys. Default: ${EnvironmentVariable}, else './{FieldCipher.DefaultFolder}'.",
        Recursive = true,
    };

    public static string Resolve(ParseResult parseResult, Option<string?> option) =>
        parseResult.GetValue(option) is { Length: > 0 } given ? given
        : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured ? configured
        : FieldCipher.DefaultFolder;
}
