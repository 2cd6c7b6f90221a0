using Bastion.Core.Symbols;

namespace Bastion.Core.Futures;

/// <summary>One roll in a continuous series.</summary>
/// <param name="RollBarStartUtcTicks">Start of the roll bar (the last bar taken from <paramref name="From"/>).</param>
/// <param name="From">Expiring contract.</param>
/// <param name="To">Next contract.</param>
/// <param name="FromClose">Close of the expiring contract on the roll bar.</param>
/// <param name="ToClose">Close of the next contract on the roll bar.</param>
public readonly record struct RollEvent(long RollBarStartUtcTicks, Symbol From, Symbol To, double FromClose, double ToClose)
{
    /// <summary>The difference gap: <see cref="ToClose"/> − <see cref="FromClose"/>.</summary>
    public double Gap => ToClose - FromClose;

    /// <summary>The ratio gap: <see cref="ToClose"/> / <see cref="FromClose"/>.</summary>
    public double Ratio => ToClose / FromClose;
}
