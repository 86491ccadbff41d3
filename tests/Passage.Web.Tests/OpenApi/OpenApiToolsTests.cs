using Passage.Testing;

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
        var generated = Directory.CreateDirectory(Path.Combine(NodeTools.Folder, "generated")).FullName;
        await File.WriteAllTextAsync(Path.Combine(generated, "openapi.json"), (await OpenApiDocumentTests.DocumentAsync(factory)).ToString());
        await NodeTools.InstallAsync();

        await NodeTools.RunAsync("redocly", "lint generated/openapi.json --config redocly.yaml --format=stylish").ShouldSucceedAsync("Redocly lint");
        await NodeTools.RunAsync("openapi-typescript", "generated/openapi.json --output generated/passage-api.ts").ShouldSucceedAsync("openapi-typescript");
        await NodeTools.RunAsync("tsc", "--noEmit --project tsconfig.json").ShouldSucceedAsync("tsc");
    }
}
