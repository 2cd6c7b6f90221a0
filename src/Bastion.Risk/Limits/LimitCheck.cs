namespace Bastion.Risk.Limits;

/// <summary>One evaluated limit with its figures.</summary>
/// <param name="Limit">Which limit: position weight, sector weight, correlation, VaR budget, daily loss, gross, net, days to liquidate.</param>
/// <param name="Subject">What it applies to: an asset, a sector, a pair "A/B", or "portfolio".</param>
/// <param name="Value">The measured figure (same units as the limit).</param>
/// <param name="Threshold">The limit.</param>
/// <param name="Status">Pass, warn or breach.</param>
public readonly record struct LimitCheck(string Limit, string Subject, double Value, double Threshold, LimitStatus Status);
