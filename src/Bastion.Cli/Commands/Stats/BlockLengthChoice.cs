using System.CommandLine;
using System.Globalization;
using Bastion.Cli.Infrastructure;

namespace Bastion.Cli.Commands.Stats;

/// <summary><c>--block-length N|auto</c>: a fixed (mean) block length, or Politis–White's automatic choice.</summary>
internal static class BlockLengthChoice
{
    public static Option<string> Create(string auto) => new("--block-length")
    {
        Description = $"Block length (mean block length for the stationary bootstrap), a number >= 1, or 'auto': {auto} (default auto)",
        DefaultValueFactory = _ => "auto",
    };

    /// <summary>The fixed block length, or null for <c>auto</c>.</summary>
    public static double? Parse(string text)
    {
        if (string.Equals(text, "auto", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double b) || !(b >= 1) || !double.IsFinite(b))
        {
            throw new CliUsageException($"--block-length: must be a number >= 1 or 'auto', got '{text}'");
        }

        return b;
    }

    /// <summary>Checks a fixed block length against the sample size (the bootstrap draws blocks inside the sample).</summary>
    public static void Check(double blockLength, int observations)
    {
        if (blockLength > observations)
        {
            throw new CliUsageException($"--block-length: {blockLength.ToString(CultureInfo.InvariantCulture)} is longer than the {observations} observations");
        }
    }

    /// <summary>A Politis–White estimate, at least 1 (the estimate falls below 1 for series without autocorrelation).</summary>
    public static double AtLeastOne(double estimate) => double.IsFinite(estimate) ? Math.Max(1.0, estimate) : 1.0;
}
