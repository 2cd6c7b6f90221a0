using System.Globalization;
using Bastion.Core.Calendars;

namespace Bastion.Data.Validation;

/// <summary>
/// Checks over consecutive good rows of one price series: robust price jumps, stale runs, and gaps against a
/// calendar. Fed row by row; memory bounded by the jump window. One owner.
/// </summary>
internal sealed class SeriesChecks
{
    private const double MadToSigma = 1.4826;
    private const int MinReturns = 20;
    private readonly string _file;
    private readonly string _field;
    private readonly ValidationOptions _options;
    private readonly ITradingCalendar? _calendar;
    private readonly double[] _window;
    private readonly double[] _scratch;
    private int _filled;
    private int _next;
    private double _lastClose = double.NaN;
    private int _run;
    private DateOnly? _lastDate;

    public SeriesChecks(string file, string field, ValidationOptions options)
    {
        _file = file;
        _field = field;
        _options = options;
        _calendar = options.Calendar;
        _window = new double[options.JumpWindow];
        _scratch = new double[options.JumpWindow];
    }

    /// <summary>Checks one good row. <paramref name="close"/> may be NaN (a missing cell): it breaks nothing and is skipped.</summary>
    public void Add(int line, long utcTicks, double close, List<DataIssue> issues)
    {
        CheckCalendar(line, utcTicks, issues);
        if (double.IsNaN(close))
        {
            return;
        }

        if (!double.IsNaN(_lastClose))
        {
            CheckJump(line, Math.Log(close / _lastClose), close, issues);
            _run = close == _lastClose ? _run + 1 : 1;
            if (_run == _options.StaleRun)
            {
                issues.Add(DataIssue.Create(_file, line, _field, DataIssueKind.StalePrice,
                    $"close {close.ToString("R", CultureInfo.InvariantCulture)} repeated {_run} times in a row (ending here)"));
            }
        }
        else
        {
            _run = 1;
        }

        _lastClose = close;
    }

    private void CheckJump(int line, double r, double close, List<DataIssue> issues)
    {
        if (_filled >= MinReturns)
        {
            ReadOnlySpan<double> recent = _window.AsSpan(0, _filled);
            Span<double> scratch = _scratch.AsSpan(0, _filled);
            recent.CopyTo(scratch);
            double median = Median(scratch);
            for (int i = 0; i < scratch.Length; i++)
            {
                scratch[i] = Math.Abs(recent[i] - median);
            }

            double sigma = MadToSigma * Median(scratch);
            // A zero MAD (a mostly flat series) gives no scale to judge a jump by: the stale check speaks instead.
            if (sigma > 0 && Math.Abs(r - median) > _options.MaxSigma * sigma)
            {
                issues.Add(DataIssue.Create(_file, line, _field, DataIssueKind.PriceJump, string.Create(CultureInfo.InvariantCulture,
                    $"close {close:R} after {_lastClose:R}: log return {r:F4} is {Math.Abs(r - median) / sigma:F1} robust sigma from the median of the last {_filled} (limit {_options.MaxSigma})")));
            }
        }

        _window[_next] = r;
        _next = (_next + 1) % _window.Length;
        _filled = Math.Min(_filled + 1, _window.Length);
    }

    private void CheckCalendar(int line, long utcTicks, List<DataIssue> issues)
    {
        if (_calendar is null)
        {
            return;
        }

        var date = DateOnly.FromDateTime(new DateTime(utcTicks, DateTimeKind.Utc));
        if (_lastDate == date)
        {
            return;
        }

        if (!_calendar.IsTradingDay(date))
        {
            issues.Add(DataIssue.Create(_file, line, _field, DataIssueKind.NonTradingDay,
                $"{date:yyyy-MM-dd} is not a trading day of {_calendar.Name}"));
        }

        if (_lastDate is { } previous && date > previous)
        {
            int missing = 0;
            DateOnly first = default;
            for (DateOnly d = previous.AddDays(1); d < date; d = d.AddDays(1))
            {
                if (_calendar.IsTradingDay(d))
                {
                    first = missing == 0 ? d : first;
                    missing++;
                }
            }

            if (missing > 0)
            {
                issues.Add(DataIssue.Create(_file, line, _field, DataIssueKind.MissingTradingDay, missing == 1
                    ? $"trading day {first:yyyy-MM-dd} of {_calendar.Name} has no row"
                    : $"{missing} trading days of {_calendar.Name} from {first:yyyy-MM-dd} to before {date:yyyy-MM-dd} have no row"));
            }
        }

        _lastDate = date;
    }

    /// <summary>Median by selection (expected O(n), the span is reordered): the jump check runs on every row.</summary>
    internal static double Median(Span<double> values)
    {
        int mid = values.Length / 2;
        double upper = Select(values, mid);
        if (values.Length % 2 == 1)
        {
            return upper;
        }

        // After selection every element left of mid is ≤ values[mid]: the lower middle is their maximum.
        double lower = double.NegativeInfinity;
        foreach (double v in values[..mid])
        {
            lower = Math.Max(lower, v);
        }

        return 0.5 * (lower + upper);
    }

    /// <summary>Hoare's quickselect: puts the k-th smallest at index k, smaller ones left of it, and returns it.</summary>
    private static double Select(Span<double> a, int k)
    {
        int lo = 0, hi = a.Length - 1;
        while (lo < hi)
        {
            // Median of three as pivot, then a three-way split around it (robust to runs of equal values).
            double x = a[lo], y = a[(lo + hi) >>> 1], z = a[hi];
            double pivot = Math.Max(Math.Min(x, y), Math.Min(Math.Max(x, y), z));
            int lt = lo, i = lo, gt = hi;
            while (i <= gt)
            {
                if (a[i] < pivot)
                {
                    (a[lt], a[i]) = (a[i], a[lt]);
                    lt++;
                    i++;
                }
                else if (a[i] > pivot)
                {
                    (a[gt], a[i]) = (a[i], a[gt]);
                    gt--;
                }
                else
                {
                    i++;
                }
            }

            if (k < lt)
            {
                hi = lt - 1;
            }
            else if (k > gt)
            {
                lo = gt + 1;
            }
            else
            {
                return a[k];
            }
        }

        return a[k];
    }
}
