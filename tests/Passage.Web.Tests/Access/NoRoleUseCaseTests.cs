using System.Collections;
using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Audit.BreakGlass;
using Passage.Core.Cases;
using Passage.Core.Common;
using Passage.Core.Exports;
using Passage.Core.FamilyContact;
using Passage.Core.Incidents;
using Passage.Core.Interviews;
using Passage.Core.Movements;
using Passage.Core.Movements.Planning;
using Passage.Core.Pledges;
using Passage.Core.Priorities;
using Passage.Core.Protection;
using Passage.Core.Registry;
using Passage.Core.Registry.Import;
using Passage.Core.Screening;
using Passage.Core.Storage;
using Passage.Core.Verification;
using Passage.Testing;

namespace Passage.Web.Tests.Access;

/// <summary>
/// Every use case of the core, run by a signed-in user with no role against records that exist, answers "not found", a
/// refusal or nothing at all, and writes nothing but the audit entries of its refusals.
/// </summary>
public sealed class NoRoleUseCaseTests
{
    /// <summary>
    /// Use cases that act for nobody (they take no <see cref="Actor"/>): jobs the host runs and the query the lifecycle guards use.
    /// Any other use case must take the acting user.
    /// </summary>
    private static readonly Type[] RunForNobody =
    [
        typeof(CaseFactsQuery), typeof(Core.Registry.Matching.InterruptUnfinishedScans), typeof(Core.Registry.Matching.ScanForDuplicates),
        typeof(RecomputeSearchKeys), typeof(ScreenChangedPersons), typeof(Core.Retention.ApplyRetention),
    ];

    /// <summary>Use cases on the caller's own account, which every signed-in user may run whatever their roles.</summary>
    private static readonly Type[] OwnAccount = [typeof(ChangePassword), typeof(EndSessions)];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task EveryUseCase_ActorWithoutRoles_IsRefusedAndWritesNothing(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var scene = await AccessScene.SeedAsync(factory);
        var nobody = await factory.CreateUserAsync("matrix.nobody");
        var useCases = UseCases().ToList();
        var failures = new List<string>();

        useCases.Where(t => !TakesActor(t)).ShouldBe(RunForNobody, ignoreOrder: true);
        foreach (var useCase in useCases.Where(TakesActor).Except(OwnAccount))
        {
            var before = await CountsAsync(factory);
            var lastAudit = await factory.WithDbAsync(db => db.AuditEntries.MaxAsync(e => (long?)e.Id));
            await using var scope = factory.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<Actor>().Set(nobody.Id, nobody.UserName!, "127.0.0.1", []);
            var method = useCase.GetMethod("ExecuteAsync")!;
            var arguments = await ArgumentsAsync(method, factory, scene);
            var task = (Task)method.Invoke(scope.ServiceProvider.GetRequiredService(useCase), arguments)!;
            await task;
            var answer = task.GetType().GetProperty("Result")!.GetValue(task);

            if (Answered(answer) is { } problem)
            {
                failures.Add($"{useCase.Name}: {problem}");
            }

            var after = await CountsAsync(factory);
            var changed = after.Where(c => c.Key != "AuditEntries" && before[c.Key] != c.Value).Select(c => $"{c.Key} {before[c.Key]} → {c.Value}").ToList();
            var audited = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Id > (lastAudit ?? 0) && e.UserId == nobody.Id && e.Action != AuditAction.Refused).CountAsync());
            if (changed.Count > 0 || audited > 0)
            {
                failures.Add($"{useCase.Name} wrote: {string.Join(", ", changed)}{(audited > 0 ? $" and {audited} audit entries other than refusals" : "")}");
            }
        }

        useCases.Count.ShouldBeGreaterThan(25);
        failures.ShouldBeEmpty();
    }

    private static IEnumerable<Type> UseCases() =>
        typeof(Actor).Assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetMethod("ExecuteAsync") is { } m && typeof(Task).IsAssignableFrom(m.ReturnType));

    /// <summary>
    /// Whether the use case acts for the user, itself or through a helper of ours it takes; the audit log, which only records
    /// who acted, does not count.
    /// </summary>
    private static bool TakesActor(Type type) =>
        type == typeof(Actor)
        || (type.Assembly == typeof(Actor).Assembly && type != typeof(AuditLog)
            && type.GetConstructors().Any(c => c.GetParameters().Any(p => TakesActor(p.ParameterType))));

    /// <summary>Null when the answer is "not found", a refusal or empty; otherwise what it was.</summary>
    private static string? Answered(object? answer)
    {
        if (answer is null)
        {
            return null;
        }

        var type = answer.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Result<>))
        {
            var problem = (Problem?)type.GetProperty(nameof(Result<int>.Problem))!.GetValue(answer);
            if (problem is null)
            {
                // A list that pages answers a user who may see none of it with an empty page, as a plain list answers with no items.
                var value = type.GetProperty(nameof(Result<int>.Value))!.GetValue(answer);
                return value is not null && IsEmptyPage(value) ? null : "answered with a value";
            }

            return problem.Kind is ProblemKind.NotFound or ProblemKind.Refused ? null : $"answered {problem.Kind}";
        }

        return answer is ICollection { Count: 0 } ? null : $"answered {type.Name}";
    }

    private static bool IsEmptyPage(object value) =>
        value.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(Page<>)
        && (int)type.GetProperty(nameof(Page<int>.Total))!.GetValue(value)! == 0;

    /// <summary>Arguments that name real records, so that "not found" can only mean "not for you".</summary>
    private static async Task<object?[]> ArgumentsAsync(MethodInfo method, PassageWebFactory factory, AccessScene scene)
    {
        var open = scene.Records["Q"];
        var referred = scene.Records["A"];
        var caseVersion = await factory.WithDbAsync(db => db.Cases.Where(c => c.Id == open.CaseId).Select(c => c.Version).SingleAsync());
        var registrationNumber = await factory.WithDbAsync(db => db.Persons.Where(p => p.Id == open.PersonId).Select(p => p.RegistrationNumber).SingleAsync());
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return method.GetParameters().Select(p => Argument(p, Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType)).ToArray();

        object? Argument(ParameterInfo parameter, Type type)
        {
            var name = parameter.Name!.ToUpperInvariant();
            return type switch
            {
                _ when type == typeof(CancellationToken) => CancellationToken.None,
                _ when type == typeof(Guid) && method.DeclaringType!.Namespace == typeof(ClaimDetails).Namespace => scene.VerificationId,
                _ when type == typeof(Guid) && name.Contains("LIST", StringComparison.Ordinal) => scene.ScreeningListId,
                _ when type == typeof(long) && name.Contains("HIT", StringComparison.Ordinal) => scene.HitId,
                _ when type == typeof(ClaimDetails) => new ClaimDetails("Parvin", "Sadeghi", CountryCode: "DE"),
                _ when type == typeof(VerificationDecision) => new VerificationDecision(VerificationAnswer.NotVerified),
                _ when type == typeof(ListDetails) => new ListDetails("List", "A ministry", "M/2", today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                _ when type == typeof(HitStatus) => HitStatus.FalseMatch,
                _ when type == typeof(Guid) => name.Contains("INCIDENT", StringComparison.Ordinal) ? scene.IncidentId
                    : name.Contains("CASUALTY", StringComparison.Ordinal) ? scene.CasualtyId
                    : name.Contains("REQUEST", StringComparison.Ordinal) ? scene.FamilyRequestId
                    : name.Contains("REFERRAL", StringComparison.Ordinal) ? referred.ReferralId
                    : name.Contains("MOVEMENT", StringComparison.Ordinal) ? referred.MovementId
                    : name.Contains("PLEDGE", StringComparison.Ordinal) ? referred.PledgeId
                    : name.Contains("CASE", StringComparison.Ordinal) ? open.CaseId
                    : open.PersonId,
                _ when type == typeof(long) => name.Contains("VERSION", StringComparison.Ordinal) ? caseVersion : scene.ScanId,
                _ when type == typeof(int) => 1,
                _ when type == typeof(bool) => true,
                _ when type == typeof(string) => "Asked by the family",
                _ when type == typeof(DateOnly) => today.AddDays(-1),
                _ when type == typeof(CaseStatus) => CaseStatus.OnHold,
                _ when type == typeof(Relationship) => Relationship.Sibling,
                _ when type == typeof(DecisionOutcome) => DecisionOutcome.Accepted,
                _ when type == typeof(PersonFileFormat) => PersonFileFormat.Csv,
                _ when type == typeof(Stream) => new MemoryStream("given_name,family_name\nSara,Mousavi\n"u8.ToArray()),
                _ when type == typeof(PersonDetails) => PassageWebFactory.SampleDetails("Sara", "Mousavi", "1991"),
                _ when type == typeof(PersonFilter) => new PersonFilter(),
                _ when type == typeof(WalkOutDetails) => new WalkOutDetails(today.AddDays(-1), "Protected facility in the capital", [WalkOutAsks.Return], "matrix.protection"),
                _ when type == typeof(CaseFilter) => new CaseFilter(),
                _ when type == typeof(FamilyRequestDetails) => new FamilyRequestDetails(
                    "Kamran Rezaei", RequesterRelationship.Sibling, "+49 151 2345 6789", IdentityCheck.DocumentSeen, null, "Zahra Rezaei", null, 1972, null, null, "Lost contact"),
                _ when type == typeof(ConsentAnswer) => ConsentAnswer.Accept,
                _ when type == typeof(ContactKind) => ContactKind.MessagePassed,
                _ when type == typeof(BreakGlassRequest) => new BreakGlassRequest("Person", open.PersonId, "Injured in the attack on block B, needs known now"),
                _ when type == typeof(AuditFilter) => new AuditFilter(null, null, null, null, null, null),
                _ when type == typeof(ManifestFormat) => ManifestFormat.Csv,
                _ when type == typeof(ExportFormat) => ExportFormat.Csv,
                _ when type == typeof(AggregateTable) => AggregateTable.Pledges,
                _ when type == typeof(ReferralStatus) => ReferralStatus.Submitted,
                _ when type == typeof(IReadOnlyList<PlannedBooking>) => new List<PlannedBooking> { new(referred.MovementId!.Value, 1, open.CaseId) },
                _ when type == typeof(MovementDetails) => new MovementDetails(MovementKind.Flight, DateTimeOffset.UtcNow.AddDays(3), "Baghdad", "DE", "Frankfurt", "Iraqi Airways", "IA 7", 10),
                _ when type == typeof(IncidentDetails) => new IncidentDetails(DateTimeOffset.UtcNow.AddHours(-1), IncidentType.Fire, "Block C"),
                _ when type == typeof(CasualtyDetails) => new CasualtyDetails(registrationNumber, CasualtyOutcome.Killed),
                _ when type == typeof(PledgeDetails) => new PledgeDetails("SE", 10, today, PledgeCategories.Any),
                _ when type == typeof(PriorityWeightValues) => new PriorityWeightValues(1, 1, 1, 1, 1, 1, 1),
                _ when type == typeof(ThirdPartyListDetails) => new ThirdPartyListDetails("Camp leadership", today, ThirdPartyListKind.ReadyToLeave, [registrationNumber]),
                _ when type == typeof(NewUser) => new NewUser("matrix.made", "Made Up", PassageWebFactory.Password, [Roles.Registration]),
                _ when type == typeof(UserChanges) => new UserChanges([Roles.Registration], true, null, false),
                _ when type == typeof(InterviewDetails) => new InterviewDetails(
                    today.AddDays(-1), "Leila Karimi", null, "Persian", true, null, ResettlementChoice.Resettle, [], [], null, false),
                _ when parameter.HasDefaultValue => parameter.DefaultValue,
                _ => throw new InvalidOperationException($"No test argument for {parameter.Name} ({type.Name}) of {method.DeclaringType!.Name}."),
            };
        }
    }

    /// <summary>The number of rows of every table the application maps.</summary>
    private static Task<Dictionary<string, long>> CountsAsync(PassageWebFactory factory) => factory.WithDbAsync(async db =>
    {
        var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().ToList();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            await using DbCommand command = connection.CreateCommand();
#pragma warning disable CA2100 // the table names come from the model, not from input
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
#pragma warning restore CA2100
            counts[table] = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return counts;
    });
}
