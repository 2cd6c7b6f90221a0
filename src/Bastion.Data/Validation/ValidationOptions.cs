using Bastion.Core.Calendars;

namespace Bastion.Data.Validation;

/// <summary>Thresholds of the series checks of <see cref="DataValidator"/>. Immutable.</summary>
public sealed record ValidationOptions
{
    /// <summary>
    /// A log return further than this many robust standard deviations (1.4826 × the median absolute deviation of the
    /// last <see cref="JumpWindow"/> returns) from their median is a <see cref="DataIssueKind.PriceJump"/>. Default 10.
    /// </summary>
    public double MaxSigma { get; init; } = 10.0;

    /// <summary>Number of previous returns the jump check looks at. Default 60; at least 20 are needed before it flags.</summary>
    public int JumpWindow { get; init; } = 60;

    /// <summary>The same close this many times in a row is a <see cref="DataIssueKind.StalePrice"/>. Default 5.</summary>
    public int StaleRun { get; init; } = 5;

    /// <summary>When set, trading days of this calendar with no row are reported (UTC date of each row = its trading date).</summary>
    public ITradingCalendar? Calendar { get; init; }

    /// <summary>Read options for OHLCV-like files (period, timestamp label). The read mode is ignored: validation reads every row.</summary>
    public Csv.BarReadOptions Read { get; init; } = Csv.BarReadOptions.Default;

    /// <summary>The defaults: 10 sigma, 60-return window, stale run 5, no calendar.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>Throws when a threshold is out of range.</summary>
    /// <exception cref="ArgumentOutOfRangeException">MaxSigma not positive, JumpWindow below 20, StaleRun below 2.</exception>
    public void Validate()
    {
        if (!(MaxSigma > 0) || double.IsInfinity(MaxSigma))
        {
            throw new ArgumentOutOfRangeException(nameof(MaxSigma), MaxSigma, "must be a positive number of standard deviations");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(JumpWindow, 20, nameof(JumpWindow));
        ArgumentOutOfRangeException.ThrowIfLessThan(StaleRun, 2, nameof(StaleRun));
    }
}
