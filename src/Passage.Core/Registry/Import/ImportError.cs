namespace Passage.Core.Registry.Import;

/// <summary>What is wrong with one field of one line of an imported file; <see cref="Line"/> is null for the file as a whole.</summary>
public sealed record ImportError(int? Line, string Field, string Message)
{
    public override string ToString() => Line is null ? $"{Field}: {Message}" : $"line {Line}: {Field}: {Message}";
}
