using Passage.Core.Accounts;
using Passage.Core.Exports;

namespace Passage.Core.Tests.Exports;

public class ExportColumnsTests
{
    private const string AllPersons =
        "RegistrationNumber,GivenName,FamilyName,FatherName,GivenNameArabic,FamilyNameArabic,FatherNameArabic,Sex,BirthDate,CampBlock,CampUnit,Aliases,CaseNumber,CaseStatus,Needs";

    private const string AllCases = "CaseNumber,Status,Members,Country,WaitingSince";
    private const string CasesWithoutCountry = "CaseNumber,Status,Members,WaitingSince";
    private const string AllAudit = "Sequence,At,User,Address,Action,RecordType,Record,Detail";
    private const string AllIncidents = "OccurredAt,Type,Location,Injured,Killed";
    private const string AllReferrals = "CaseNumber,Country,Persons,Status,ReferredAt,SubmittedAt";
    private const string AllWalkOuts = "CaseNumber,LeftOn,Asks,ResponsibleOfficer,RecordedAt";

    public static TheoryData<string, ExportList, string> Expected => new()
    {
        { Roles.Registration, ExportList.Persons, AllPersons },
        { Roles.Protection, ExportList.Persons, AllPersons },
        { Roles.Resettlement, ExportList.Persons, AllPersons },
        { Roles.Movement, ExportList.Persons, "" },
        { Roles.CountryDelegate, ExportList.Persons, "" },
        { Roles.Tracing, ExportList.Persons, "" },
        { Roles.Security, ExportList.Persons, "" },
        { Roles.Auditor, ExportList.Persons, "" },
        { Roles.Viewer, ExportList.Persons, "" },
        { Roles.Administrator, ExportList.Persons, "" },

        { Roles.Registration, ExportList.Cases, CasesWithoutCountry },
        { Roles.Protection, ExportList.Cases, AllCases },
        { Roles.Resettlement, ExportList.Cases, AllCases },
        { Roles.Movement, ExportList.Cases, AllCases },
        { Roles.Security, ExportList.Cases, CasesWithoutCountry },
        { Roles.CountryDelegate, ExportList.Cases, "" },
        { Roles.Tracing, ExportList.Cases, "" },
        { Roles.Auditor, ExportList.Cases, "" },
        { Roles.Viewer, ExportList.Cases, "" },
        { Roles.Administrator, ExportList.Cases, "" },

        { Roles.Auditor, ExportList.Audit, AllAudit },
        { Roles.Registration, ExportList.Audit, "" },
        { Roles.Security, ExportList.Audit, "" },
        { Roles.Administrator, ExportList.Audit, "" },

        { Roles.Registration, ExportList.Incidents, AllIncidents },
        { Roles.Security, ExportList.Incidents, AllIncidents },
        { Roles.Viewer, ExportList.Incidents, AllIncidents },
        { Roles.Tracing, ExportList.Incidents, AllIncidents },
        { Roles.Auditor, ExportList.Incidents, "" },
        { Roles.CountryDelegate, ExportList.Incidents, "" },
        { Roles.Administrator, ExportList.Incidents, "" },

        { Roles.Protection, ExportList.WalkOuts, AllWalkOuts },
        { Roles.Registration, ExportList.WalkOuts, "" },
        { Roles.Resettlement, ExportList.WalkOuts, "" },
        { Roles.Security, ExportList.WalkOuts, "" },
        { Roles.Auditor, ExportList.WalkOuts, "" },

        { Roles.Resettlement, ExportList.Referrals, AllReferrals },
        { Roles.CountryDelegate, ExportList.Referrals, AllReferrals },
        { Roles.Registration, ExportList.Referrals, "" },
        { Roles.Viewer, ExportList.Referrals, "" },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void NamesFor_EachRoleAndList_GivesExactlyTheColumnsItMayRead(string role, ExportList list, string columns)
    {
        var actor = new Actor();
        actor.Set("u", "u@test", null, [role]);

        string.Join(',', ExportColumns.NamesFor(actor, list)).ShouldBe(columns);
    }

    [Fact]
    public void GroupsRead_NoListHasAColumnOfWhereaboutsOrCasualties() =>
        ExportColumns.GroupsRead().ShouldNotContain(g => ExportColumns.NeverExported.Contains(g));

    [Fact]
    public void NamesFor_EveryRoleAtOnce_StillLeavesWhereaboutsAndCasualtiesOut()
    {
        var actor = new Actor();
        actor.Set("u", "u@test", null, Roles.All);

        ExportColumns.NamesFor(actor, ExportList.WalkOuts).ShouldNotContain("Whereabouts");
        Enum.GetValues<ExportList>().SelectMany(l => ExportColumns.NamesFor(actor, l))
            .ShouldNotContain(c => c.Contains("Casualt", StringComparison.Ordinal) || c.Contains("Where", StringComparison.Ordinal));
    }
}
