namespace Bastion.Pricing.Tests;

internal static class Close
{
    /// <summary>Asserts |actual − expected| ≤ relative·|expected| + absolute, naming the case on failure.</summary>
    public static void Assert(double expected, double actual, double relative, double absolute, string what)
    {
        double error = Math.Abs(actual - expected);
        double tolerance = (relative * Math.Abs(expected)) + absolute;
        if (!(error <= tolerance))
        {
            throw new Xunit.Sdk.XunitException($"{what}: expected {expected:R}, got {actual:R}, error {error:E3} > tolerance {tolerance:E3}");
        }
    }
}
