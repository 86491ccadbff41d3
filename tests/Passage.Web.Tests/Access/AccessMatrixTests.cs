using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Testing;

namespace Passage.Web.Tests.Access;

/// <summary>
/// The generated access matrix: every endpoint and page × every role × the records it applies to (the delegate's own
/// country's, another country's; entries a user wrote themself and entries others wrote) × every field group. What each cell
/// must answer comes from <see cref="AccessPolicy"/> alone; the test lists every cell that answers otherwise.
/// </summary>
public sealed class AccessMatrixTests
{
    [Fact]
    public void Rows_CoverEveryEndpointOfTheApplication()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        _ = factory.Server;
        var endpoints = EndpointKeys(factory);
        var rows = AccessMatrix.Rows.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);

        endpoints.Where(e => !rows.Contains(e)).ShouldBeEmpty("endpoints without a row in the access matrix");
        rows.Where(r => !endpoints.Contains(r)).ShouldBeEmpty("matrix rows without an endpoint");
        AccessMatrix.Rows.GroupBy(r => r.Key).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty("rows listed twice");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task EveryCell_AnswersWhatTheTableSays(DatabaseProvider provider)
    {
        using var factory = new PassageWebFactory(provider);
        var scene = await AccessScene.SeedAsync(factory);
        var clients = await ClientsAsync(factory, scene);
        var failures = new List<string>();
        var cells = 0;

        // Reads first: the writes, sent empty bodies, must not change what the reads see.
        foreach (var row in AccessMatrix.Rows.OrderBy(r => r.Write))
        {
            foreach (var record in Records(row, scene))
            {
                foreach (var role in Roles.All)
                {
                    var client = clients[(role, row.Kind)];
                    using var response = await SendAsync(client, row, Url(row, record, scene));
                    var body = await response.Content.ReadAsStringAsync();
                    var cell = $"{row.Key} [{record?.Name ?? "-"}] as {role}";
                    cells += Enum.GetValues<FieldGroup>().Length;
                    var allowed = Allowed(role, row.Gate, record);
                    if (StatusProblem(row, response, allowed) is { } problem)
                    {
                        failures.Add($"{cell}: {problem}");
                        continue;
                    }

                    if (!row.Write && !row.Anonymous && !row.Describes)
                    {
                        failures.AddRange(ContentProblems(row, role, record, allowed, body, scene).Select(p => $"{cell}: {p}"));
                    }
                }
            }
        }

        cells.ShouldBeGreaterThan(5_000);
        failures.ShouldBeEmpty($"{failures.Count} unexpected cells:\n{string.Join('\n', failures.Take(60))}");
    }

    /// <summary>Whether the table lets <paramref name="role"/> through <paramref name="gate"/> for <paramref name="record"/>.</summary>
    private static bool Allowed(string role, Permission? gate, MatrixRecord? record) =>
        gate is not { } permission || AccessPolicy.ScopeOf([role], permission) switch
        {
            AccessScope.All => true,
            AccessScope.OwnCountry => record is null || record.Country == AccessScene.DelegateCountry,
            _ => false,
        };

    /// <summary>Whether the role may read the marker's group of the record, through the row's own view where it carries the group.</summary>
    private static bool MayRead(string role, MatrixRow row, Marker marker, MatrixRecord record) =>
        marker.Author == role || ReadPermissions(row, marker.Group).Any(permission => AccessPolicy.ScopeOf([role], permission) switch
        {
            AccessScope.All => true,
            AccessScope.OwnCountry => record.Country == AccessScene.DelegateCountry,
            _ => false,
        });

    // A group is read under its own permission, or under the row's gate or an embedded view where that view carries it.
    private static IEnumerable<Permission> ReadPermissions(MatrixRow row, FieldGroup group) =>
        new[] { row.Gate, row.Embeds }.OfType<Permission>().Where(p => AccessPolicy.Carries(p).Contains(group))
            .Append(AccessPolicy.ReadPermission(group));

    private static string? StatusProblem(MatrixRow row, HttpResponseMessage response, bool allowed)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return $"answered {status}";
        }

        if (row.Anonymous)
        {
            return null;
        }

        var deniedPage = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/Account/Denied", StringComparison.Ordinal) == true;
        var refused = status is 403 or 404 || (row.Kind == MatrixKind.Page && deniedPage);
        if (!allowed)
        {
            return refused ? null : $"expected a refusal, answered {status}";
        }

        if (row.Write)
        {
            return status is 401 or 403 || (row.Target != MatrixTarget.None && status == 404) ? $"expected to be let through, answered {status}" : null;
        }

        return (row.Allowed ?? [200]).Contains(status) ? null : $"expected {string.Join(" or ", row.Allowed ?? [200])}, answered {status}";
    }

    /// <summary>
    /// Each record's markers of each field group: absent unless the role may read that group of that record (or wrote it);
    /// present, for at least one record, wherever the row shows the group to a role that may read it.
    /// </summary>
    private static IEnumerable<string> ContentProblems(MatrixRow row, string role, MatrixRecord? target, bool allowed, string body, AccessScene scene)
    {
        var records = target is null ? scene.Records.Values.ToList() : [target];
        var sets = scene.Markers
            .Where(m => m.Only is null || m.Only == row.Kind)
            .Where(m => records.Any(r => r.Name == m.Record))
            .GroupBy(m => (m.Record, m.Group, m.Author))
            .Select(g => (g.Key.Group, Record: scene.Records[g.Key.Record], Markers: g.ToList()))
            .ToList();
        foreach (var (group, record, markers) in sets)
        {
            var mayRead = MayRead(role, row, markers[0], record);
            if (!mayRead && markers.FirstOrDefault(m => body.Contains(m.Text, StringComparison.Ordinal)) is { } leaked)
            {
                yield return $"{group} of {record.Name} leaks ('{leaked.Text}')";
            }
        }

        if (!allowed)
        {
            yield break;
        }

        foreach (var group in row.Showing)
        {
            var readable = sets.Where(s => s.Group == group && MayRead(role, row, s.Markers[0], s.Record)).ToList();
            if (readable.Count > 0 && !readable.Any(s => s.Markers.Any(m => body.Contains(m.Text, StringComparison.Ordinal))))
            {
                yield return $"{group} missing (expected one of: {string.Join(", ", readable.SelectMany(s => s.Markers).Select(m => m.Text))})";
            }
        }
    }

    private static IEnumerable<MatrixRecord?> Records(MatrixRow row, AccessScene scene) =>
        row.Target is MatrixTarget.Person or MatrixTarget.Case or MatrixTarget.Referral or MatrixTarget.Pledge or MatrixTarget.Movement
            ? [scene.Records["A"], scene.Records["B"]]
            : [null];

    private static string Url(MatrixRow row, MatrixRecord? record, AccessScene scene)
    {
        var id = row.Target switch
        {
            MatrixTarget.Person => record!.PersonId.ToString(),
            MatrixTarget.Case => record!.CaseId.ToString(),
            MatrixTarget.Referral => record!.ReferralId!.Value.ToString(),
            MatrixTarget.Pledge => record!.PledgeId!.Value.ToString(),
            MatrixTarget.Movement => record!.MovementId!.Value.ToString(),
            MatrixTarget.Scan => scene.ScanId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            MatrixTarget.User => scene.Users[Roles.Registration].Id,
            MatrixTarget.Incident => scene.IncidentId.ToString(),
            MatrixTarget.Casualty => scene.CasualtyId.ToString(),
            MatrixTarget.FamilyRequest => scene.FamilyRequestId.ToString(),
            MatrixTarget.Verification => scene.VerificationId.ToString(),
            MatrixTarget.ScreeningList => scene.ScreeningListId.ToString(),
            MatrixTarget.Hit => scene.HitId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => Guid.NewGuid().ToString(),
        };
        var path = row.Pattern
            .Replace("{id:guid}", id, StringComparison.Ordinal).Replace("{id:long}", id, StringComparison.Ordinal).Replace("{id}", id, StringComparison.Ordinal)
            .Replace("{code:int}", "404", StringComparison.Ordinal).Replace("{number:int}", "1", StringComparison.Ordinal)
            .Replace("{personId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal).Replace("{relatedId:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace("{key}", "list:none:none", StringComparison.Ordinal).Replace("{kind}", "Person", StringComparison.Ordinal).Replace("{table}", "Pledges", StringComparison.Ordinal).Replace("{documentName}", "v1", StringComparison.Ordinal)
            .Replace("{*path:nonfile}", "no/such/thing", StringComparison.Ordinal)
            .Replace("{number}", row.Target == MatrixTarget.Case ? record?.CaseNumber : record?.RegistrationNumber, StringComparison.Ordinal);
        return path + row.Query;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, MatrixRow row, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(row.Method), new Uri(url, UriKind.Relative));
        if (row.Write && row.Method != "DELETE")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request);
    }

    private static async Task<Dictionary<(string Role, MatrixKind Kind), HttpClient>> ClientsAsync(PassageWebFactory factory, AccessScene scene)
    {
        var clients = new Dictionary<(string, MatrixKind), HttpClient>();
        foreach (var (role, user) in scene.Users)
        {
            var api = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
            api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await factory.CreateTokenAsync(user.Id));
            clients[(role, MatrixKind.Api)] = api;
            var browser = factory.CreateBrowser();
            (await PassageWebFactory.PostSignInAsync(browser, user.UserName!, PassageWebFactory.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
            clients[(role, MatrixKind.Page)] = browser;
        }

        return clients;
    }

    private static HashSet<string> EndpointKeys(PassageWebFactory factory) =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => $"{m} {Normalise(e.RoutePattern.RawText)}"))
            .ToHashSet(StringComparer.Ordinal);

    // A page answers at its folder's address as well as at ".../Index"; the matrix lists it once.
    private static string Normalise(string? pattern)
    {
        var path = "/" + (pattern ?? "").TrimStart('/');
        return path.EndsWith("/Index", StringComparison.Ordinal) ? path[..^"/Index".Length] is "" ? "/" : path[..^"/Index".Length] : path;
    }
}
