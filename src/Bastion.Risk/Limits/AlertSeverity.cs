namespace Bastion.Risk.Limits;

/// <summary>How urgently a <see cref="RiskAlert"/> needs attention.</summary>
public enum AlertSeverity
{
    /// <summary>At or past a warning level: watch it.</summary>
    Warning = 1,

    /// <summary>Past a limit: act on it.</summary>
    Critical = 2,
}
