using Passage.Core.Accounts;

namespace Passage.Core.Tests.Accounts;

public class ResettlementAccessTests
{
    public static TheoryData<Permission, string[]> Table => new()
    {
        { Permission.ReadInterviewRecord, [Roles.Protection] },
        { Permission.WriteInterviewRecord, [Roles.Protection] },
        { Permission.ReadResettlementChoice, [Roles.Protection, Roles.Resettlement] },
        { Permission.ReadPledges, [Roles.Protection, Roles.Resettlement, Roles.Movement, Roles.CountryDelegate] },
        { Permission.WritePledges, [Roles.Resettlement] },
        { Permission.DecideReferrals, [Roles.Resettlement, Roles.CountryDelegate] },
        { Permission.ManagePriorityWeights, [Roles.Administrator] },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Allows_ResettlementPermissions_GrantedExactlyAsDesignTableSays(Permission permission, string[] granted)
    {
        Roles.All.Where(role => AccessPolicy.Allows([role], permission)).ShouldBe(granted, ignoreOrder: true);
    }
}
