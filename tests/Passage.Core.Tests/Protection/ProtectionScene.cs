using Microsoft.AspNetCore.Identity;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Protection;
using Passage.Core.Storage;
using Passage.Core.Tests.Pledges;

namespace Passage.Core.Tests.Protection;

/// <summary>Walk-outs recorded through the use cases on a <see cref="ResettlementScene"/>, with a protection officer's account.</summary>
internal static class ProtectionScene
{
    public const string Officer = "parisa.protection";

    public static WalkOutDetails WalkOut(string whereabouts = "Shelter of the Sisters of Mercy, room 12", string officer = Officer) =>
        new(ResettlementScene.Today.AddDays(-2), whereabouts, [WalkOutAsks.Resettlement, WalkOutAsks.FamilyContact], officer);

    /// <summary>Adds a user account holding <paramref name="role"/>, as the administrator would.</summary>
    public static async Task AddUserAsync(PassageDbContext db, string userName, string role)
    {
        var user = new PassageUser { UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), DisplayName = userName };
        var identityRole = db.Roles.Local.FirstOrDefault(r => r.Name == role) ?? db.Roles.FirstOrDefault(r => r.Name == role)
            ?? db.Roles.Add(new IdentityRole(role) { NormalizedName = role.ToUpperInvariant() }).Entity;
        db.Users.Add(user);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = identityRole.Id });
        await db.SaveChangesAsync();
    }

    public static async Task<Result<WalkOut>> RecordAsync(ResettlementScene scene, Guid caseId, WalkOutDetails details, string role = Roles.Protection)
    {
        var version = await scene.CaseVersionAsync(caseId);
        var actor = scene.As(role);
        await using var db = scene.Context();
        return await new RecordWalkOut(db, actor, new AuditLog(db, actor, scene.Clock), new CaseFactsQuery(db, scene.Clock), scene.Clock)
            .ExecuteAsync(caseId, details, version);
    }
}
