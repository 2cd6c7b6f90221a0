namespace Bastion.Data.Lean;

/// <summary>The LEAN trade-bar files <see cref="LeanZipReader"/> reads.</summary>
public enum LeanResolution
{
    /// <summary>One zip per symbol; rows <c>yyyyMMdd 00:00,o,h,l,c,v</c>.</summary>
    Daily,

    /// <summary>One zip per symbol; rows <c>yyyyMMdd HH:mm,o,h,l,c,v</c>, bar start in exchange time.</summary>
    Hour,

    /// <summary>One zip per day (<c>yyyyMMdd_trade.zip</c>); rows <c>ms since midnight,o,h,l,c,v</c>, exchange time.</summary>
    Minute,
}
