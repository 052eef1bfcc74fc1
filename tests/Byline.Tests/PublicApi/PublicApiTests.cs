using PublicApiGenerator;

namespace Byline.Tests.PublicApi;

/// <summary>
/// The package's public API as text, compared with the reviewed snapshot <c>Byline.approved.txt</c>. A change to the
/// API fails this test and writes <c>Byline.received.txt</c> next to it; review the difference, then accept it with
/// <c>BYLINE_ACCEPT_API=1 dotnet test Library.sln -c Release</c>.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void Public_api_matches_the_approved_snapshot()
    {
        string api = typeof(NewsAnalyzer).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
        }).ReplaceLineEndings("\n");
        string folder = Path.Combine(SharedData.RepositoryRoot, "tests", "Byline.Tests", "PublicApi");
        string approvedPath = Path.Combine(folder, "Byline.approved.txt");
        string receivedPath = Path.Combine(folder, "Byline.received.txt");
        if (Environment.GetEnvironmentVariable("BYLINE_ACCEPT_API") == "1")
        {
            File.WriteAllText(approvedPath, api);
        }

        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (approved != api)
        {
            File.WriteAllText(receivedPath, api);
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }

        Assert.True(approved == api, $"The public API changed: compare {receivedPath} with {approvedPath}.");
    }
}
