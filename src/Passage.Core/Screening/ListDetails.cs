using System.Globalization;
using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Matching.Scoring;

namespace Passage.Core.Screening;

/// <summary>What the security officer says about a list being imported: its name, source, date, reference and threshold.</summary>
public sealed record ListDetails(string? Name, string? Source, string? Reference, string? ListDate, double? Threshold = null)
{
    public Result<ValidListDetails> Validate(DateOnly today)
    {
        var errors = new ValidationErrors();
        var name = TextRules.Name(Name, nameof(Name), errors, TextRules.LineLength);
        var source = TextRules.Name(Source, nameof(Source), errors, TextRules.LineLength);
        var reference = TextRules.Name(Reference, nameof(Reference), errors, TextRules.LineLength);
        if (name is null)
        {
            errors.Add(nameof(Name), "Name the list.");
        }

        if (source is null)
        {
            errors.Add(nameof(Source), "Say who published the list.");
        }

        if (reference is null)
        {
            errors.Add(nameof(Reference), "Give the list's reference (its number or address).");
        }

        if (!DateOnly.TryParseExact(ListDate?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(nameof(ListDate), "Give the date of this version of the list (YYYY-MM-DD).");
        }
        else if (date > today)
        {
            errors.Add(nameof(ListDate), "The date is in the future.");
        }

        var threshold = Threshold ?? ListScreening.PossibleThreshold;
        if (threshold is < 0.01 or > 0.99 || double.IsNaN(threshold))
        {
            errors.Add(nameof(Threshold), "The threshold is a likelihood between 0.01 and 0.99.");
        }

        return errors.Any ? errors.ToProblem() : new ValidListDetails(name!, source!, reference!, date, threshold);
    }
}

/// <summary>List details whose every field is valid.</summary>
public sealed record ValidListDetails(string Name, string Source, string Reference, DateOnly ListDate, double Threshold);

/// <summary>One valid entry of a list file.</summary>
public sealed record ValidEntry(string Reference, string Name, IReadOnlyList<string> Aliases, PartialDate? BirthDate, string? Nationality, string? FatherName);
