using System.Runtime.CompilerServices;

namespace Bastion.Pricing;

/// <summary>Guard clauses for the public boundary: every model input named in the message.</summary>
internal static class Guard
{
    public static void Positive(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!(value > 0.0) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be a positive finite number");
        }
    }

    public static void Finite(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be a finite number");
        }
    }

    public static void Defined(OptionType type, [CallerArgumentExpression(nameof(type))] string? paramName = null)
    {
        if (type is not (OptionType.Call or OptionType.Put))
        {
            throw new ArgumentOutOfRangeException(paramName, type, "option type must be Call or Put");
        }
    }
}
