namespace Passage.Core.Common;

/// <summary>
/// The order a list is shown in: one of the list's own columns (<see cref="Key"/>), ascending or descending. Written in a
/// query as the key, or the key after a minus sign for descending ("size", "-size").
/// </summary>
public sealed record Sort(string Key, bool Descending = false)
{
    public override string ToString() => Descending ? "-" + Key : Key;

    /// <summary>
    /// The order named by <paramref name="value"/> if its key is one of <paramref name="allowed"/>; <paramref name="fallback"/>
    /// when nothing is named; otherwise the problem naming the "sort" field.
    /// </summary>
    public static Result<Sort> Parse(string? value, IReadOnlyCollection<string> allowed, Sort fallback)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        var trimmed = value.Trim();
        var descending = trimmed.StartsWith('-');
        var key = descending ? trimmed[1..] : trimmed;
        if (!allowed.Contains(key, StringComparer.Ordinal))
        {
            var errors = new ValidationErrors();
            errors.Add("sort", $"A list can be sorted by {string.Join(", ", allowed)} only.");
            return errors.ToProblem();
        }

        return new Sort(key, descending);
    }
}
