using Passage.Core.Accounts;
using Passage.Testing;
using Passage.Web.Tests.Api;

namespace Passage.Web.Tests.OpenApi;

/// <summary>
/// The API description as a client developer uses it: it passes Redocly's recommended rules with warnings counted as errors,
/// and the TypeScript client openapi-typescript generates from it type-checks with code that calls it (tests/openapi/client.ts).
/// </summary>
public sealed class OpenApiToolsTests
{
    [Fact]
    public async Task Document_LintsCleanAndItsGeneratedTypeScriptClientTypeChecks()
    {
        using var factory = new PassageWebFactory(DatabaseProvider.Sqlite);
        using var api = await factory.ApiClientAsync("karim.script", Roles.Viewer);
        using var response = await api.GetAsync("/openapi/v1.json");
        var generated = Directory.CreateDirectory(Path.Combine(NodeTools.Folder, "generated")).FullName;
        await File.WriteAllTextAsync(Path.Combine(generated, "openapi.json"), await response.Content.ReadAsStringAsync());
        await NodeTools.InstallAsync();

        await NodeTools.RunAsync("redocly", "lint generated/openapi.json --config redocly.yaml").ShouldSucceedAsync("Redocly lint");
        await NodeTools.RunAsync("openapi-typescript", "generated/openapi.json --output generated/passage-api.ts").ShouldSucceedAsync("openapi-typescript");
        await NodeTools.RunAsync("tsc", "--noEmit --project tsconfig.json").ShouldSucceedAsync("tsc");
    }
}
