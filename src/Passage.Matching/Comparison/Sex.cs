namespace Passage.Matching.Comparison;

/// <summary>Recorded sex, as registries hold it.</summary>
public enum Sex : byte
{
    /// <summary>Not recorded.</summary>
    Unknown,

    /// <summary>Male.</summary>
    Male,

    /// <summary>Female.</summary>
    Female,
}

/// <summary>Reads the usual spellings of sex in English and Persian.</summary>
public static class SexParser
{
    /// <summary>
    /// Reads m/male/man/1/مرد/مذکر as male and f/female/woman/w/2/زن/مونث as female (case-insensitive),
    /// a blank value as unknown; anything else fails with the reason.
    /// </summary>
    public static ParseResult<Sex> Parse(string? text)
    {
        var s = (text ?? string.Empty).Trim().ToUpperInvariant();
        return s switch
        {
            "" or "U" or "UNKNOWN" or "X" => ParseResult<Sex>.Ok(Sex.Unknown),
            "M" or "MALE" or "MAN" or "1" or "مرد" or "مذکر" => ParseResult<Sex>.Ok(Sex.Male),
            "F" or "FEMALE" or "WOMAN" or "W" or "2" or "زن" or "مونث" or "مؤنث" => ParseResult<Sex>.Ok(Sex.Female),
            _ => ParseResult<Sex>.Fail($"'{text}' is not a sex (M or F)"),
        };
    }
}
