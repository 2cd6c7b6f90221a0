namespace Bastion.Data.Validation;

/// <summary>The reasons a row or a series is flagged. Errors make a reader fail or drop the row; warnings do not.</summary>
public enum DataIssueKind
{
    /// <summary>Error: a field is not a number or a date, or the row has too few fields.</summary>
    Unparseable,

    /// <summary>Error: a price is zero, negative, NaN or infinite.</summary>
    NonPositivePrice,

    /// <summary>Error: high is below low.</summary>
    HighBelowLow,

    /// <summary>Error: open is outside [low, high].</summary>
    OpenOutsideRange,

    /// <summary>Error: close is outside [low, high].</summary>
    CloseOutsideRange,

    /// <summary>Error: volume is negative or not a number.</summary>
    NegativeVolume,

    /// <summary>Error: the timestamp equals the previous row's.</summary>
    DuplicateTimestamp,

    /// <summary>Error: the timestamp is before the previous row's.</summary>
    OutOfOrderTimestamp,

    /// <summary>Warning: trading days of the calendar with no row.</summary>
    MissingTradingDay,

    /// <summary>Warning: a row on a day the calendar says has no session.</summary>
    NonTradingDay,

    /// <summary>Warning: a log return beyond N robust standard deviations of the recent returns.</summary>
    PriceJump,

    /// <summary>Warning: the same close repeated K or more times in a row.</summary>
    StalePrice,
}
