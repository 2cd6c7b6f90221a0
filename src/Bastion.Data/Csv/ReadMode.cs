namespace Bastion.Data.Csv;

/// <summary>What a reader does with a bad row.</summary>
public enum ReadMode
{
    /// <summary>Throw a <see cref="DataFormatException"/> naming file, line and field at the first bad row.</summary>
    FailFast,

    /// <summary>Skip bad rows and count them by reason in <see cref="BarStream.Dropped"/>.</summary>
    DropBadRows,
}
