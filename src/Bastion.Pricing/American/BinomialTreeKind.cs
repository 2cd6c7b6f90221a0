namespace Bastion.Pricing.American;

/// <summary>Binomial tree parametrizations, as QuantLib's lattices of the same names.</summary>
public enum BinomialTreeKind
{
    /// <summary>Cox–Ross–Rubinstein (1979): equal jumps ±σ√Δt, drift in the probabilities.</summary>
    CoxRossRubinstein,

    /// <summary>Jarrow–Rudd (1983): equal probabilities ½, drift in the jumps.</summary>
    JarrowRudd,

    /// <summary>Leisen–Reimer (1996) with Peizer–Pratt method-2 inversion; an even step count is raised to the next odd one.</summary>
    LeisenReimer,
}
