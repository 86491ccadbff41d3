using Passage.Matching.Comparison;
using Passage.Matching.Records;

namespace Passage.Core.Verification;

/// <summary>
/// How a claim is presented to the matching engine: its name as given (in whichever script), and each other name given,
/// all sharing the birth date and father's name. The sex is not asked: a claim is matched on names, birth and father.
/// </summary>
public static class ClaimRecords
{
    public static IReadOnlyList<PersonRecord> For(ValidClaim claim)
    {
        BirthDate? birth = claim.BirthDate is { } date ? new BirthDate(date.Year, date.Month ?? 0, date.Day ?? 0) : null;
        var records = new List<PersonRecord>();
        if (claim.GivenName is not null || claim.FamilyName is not null)
        {
            records.Add(new PersonRecord("claim", GivenName: claim.GivenName, FamilyName: claim.FamilyName, Birth: birth, Father: claim.FatherName));
        }

        records.AddRange(claim.OtherNames.Select(name => new PersonRecord("claim", Name: name, Birth: birth, Father: claim.FatherName)));
        return records;
    }
}
