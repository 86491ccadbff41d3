using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Pledges;

namespace Passage.Core.Cases;

/// <summary>How many persons a case holds, as the case list narrows by it.</summary>
public enum CaseSize
{
    /// <summary>One person.</summary>
    OnePerson = 1,

    /// <summary>Two to four persons.</summary>
    Family = 2,

    /// <summary>Five persons or more.</summary>
    Large = 3,
}

public static class CaseSizes
{
    /// <summary>The fewest and the most persons of a size band (the most: null for no upper bound).</summary>
    public static (int Min, int? Max) Range(CaseSize size) => size switch
    {
        CaseSize.OnePerson => (1, 1),
        CaseSize.Family => (2, 4),
        CaseSize.Large => (5, null),
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, "Not a case size."),
    };

    public static string Label(CaseSize size) => size switch
    {
        CaseSize.OnePerson => "One person",
        CaseSize.Family => "2 to 4 persons",
        CaseSize.Large => "5 persons or more",
        _ => size.ToString(),
    };
}

/// <summary>
/// What the case list is narrowed to: status, size, the country of the case's latest referral, and how long the case has
/// waited in its status (at least <see cref="WaitingMonths"/> months since its last status change).
/// </summary>
public sealed record CaseFilter(
    CaseStatus? Status = null,
    CaseSize? Size = null,
    string? Country = null,
    int? WaitingMonths = null)
{
    /// <summary>The waiting times the list offers, in months.</summary>
    public static readonly IReadOnlyList<int> WaitingChoices = [1, 3, 6, 12];

    /// <summary>The filters in use with the field group each reads: whoever may not read a group may not filter by it.</summary>
    public IEnumerable<(string Field, FieldGroup Group)> Reads() => new (string Field, FieldGroup Group, bool Used)[]
    {
        ("status", FieldGroup.CaseStatus, Status is not null),
        ("size", FieldGroup.CaseStatus, Size is not null),
        ("country", FieldGroup.Referrals, !string.IsNullOrWhiteSpace(Country)),
        ("waiting", FieldGroup.CaseHistory, WaitingMonths is not null),
    }.Where(f => f.Used).Select(f => (f.Field, f.Group));

    /// <summary>The filters in use with their values, for the audit log.</summary>
    public string Describe() => string.Join("; ", new[]
    {
        Status is null ? null : $"status={Status}",
        Size is null ? null : $"size={Size}",
        string.IsNullOrWhiteSpace(Country) ? null : $"country={Country.Trim()}",
        WaitingMonths is null ? null : $"waiting={WaitingMonths}",
    }.Where(x => x is not null));

    /// <summary>Null when every filter is one the list knows; otherwise the problem naming each bad one.</summary>
    public Problem? Check()
    {
        var errors = new ValidationErrors();
        if (Status is { } status && !Enum.IsDefined(status))
        {
            errors.Add("status", "Unknown case status.");
        }

        if (Size is { } size && !Enum.IsDefined(size))
        {
            errors.Add("size", "Unknown case size.");
        }

        if (!string.IsNullOrWhiteSpace(Country) && CountryCode.Normalise(Country) is null)
        {
            errors.Add("country", "Choose a country from the list.");
        }

        if (WaitingMonths is { } months && !WaitingChoices.Contains(months))
        {
            errors.Add("waiting", $"Choose a waiting time of {string.Join(", ", WaitingChoices)} months.");
        }

        return errors.Any ? errors.ToProblem() : null;
    }
}

/// <summary>
/// One line of the case list. <see cref="Country"/> is the country of the case's latest referral, null when it has none or the
/// viewer may not read referrals; <see cref="WaitingSince"/> is its last status change.
/// </summary>
public sealed record CaseRow(Guid Id, string CaseNumber, CaseStatus Status, int Members, string? Country, DateTimeOffset WaitingSince);
