namespace Bastion.Cli.Commands.Risk;

/// <summary>One output row of <c>bastion risk limits</c>.</summary>
/// <param name="Check">The config name of the check (<c>position-weight</c>, <c>var</c>, ...).</param>
/// <param name="Status">pass, warn, breach or skipped.</param>
/// <param name="Figure">The measured figure in the limit's units (null when skipped).</param>
/// <param name="Warn">The warning level.</param>
/// <param name="Limit">The limit.</param>
/// <param name="Detail">What the figure is about (a symbol, a sector, a pair A/B, portfolio) or why the check was skipped.</param>
internal readonly record struct LimitRow(string Check, string Status, double? Figure, double Warn, double Limit, string Detail);
