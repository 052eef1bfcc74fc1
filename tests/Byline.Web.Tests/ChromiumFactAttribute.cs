namespace Byline.Web.Tests;

/// <summary>
/// A test that needs a Chromium executable: <c>BYLINE_CHROMIUM</c> when set, else Debian's <c>/usr/bin/chromium</c>
/// (<c>apt-get install -y chromium</c>). Playwright never downloads a browser here. Without the executable the test
/// is skipped with the reason, so <c>dotnet test</c> stays green on machines without it.
/// </summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(ExecutablePath))
        {
            Skip = $"Chromium not found at {ExecutablePath}: install it (apt-get install -y chromium) or set BYLINE_CHROMIUM.";
        }
    }

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("BYLINE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
}
