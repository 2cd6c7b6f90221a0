namespace Bastion.Analytics.Tests.Reports;

/// <summary>
/// A fact that needs headless Chromium (env <c>BASTION_CHROMIUM</c>, default <c>/usr/bin/chromium</c>). Without a
/// browser the test is skipped with the reason, except under <c>CI=true</c>, where it runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!File.Exists(BrowserPath) && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = $"Chromium not found at {BrowserPath} (set BASTION_CHROMIUM); under CI=true this test fails instead";
        }
    }

    public static string BrowserPath => Environment.GetEnvironmentVariable("BASTION_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";
}
