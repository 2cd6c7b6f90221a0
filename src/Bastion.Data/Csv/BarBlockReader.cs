using System.Runtime.ExceptionServices;
using Bastion.Core.MarketData;
using Bastion.Data.Validation;

namespace Bastion.Data.Csv;

/// <summary>
/// Reads a <see cref="BarStream"/>'s file in blocks (<see cref="BarStream.OpenBlocks"/>): each <see cref="Read"/> fills
/// a buffer with the next bars of the time window. A bad row (fail-fast mode) ends the block before it: the bars read
/// before it are returned first and the error is thrown by the next call, so a consumer sees exactly the bars an
/// enumeration would have yielded before its exception. Not thread-safe; one owner, who disposes it.
/// </summary>
public sealed class BarBlockReader : IDisposable
{
    private readonly BarStream _stream;
    private readonly Utf8LineReader _reader;
    private readonly BarRowParser _parser;
    private readonly long _from;
    private readonly long _to;
    private readonly List<DataIssue> _issues = [];
    private ExceptionDispatchInfo? _pending;
    private bool _ended;

    internal BarBlockReader(BarStream stream, Utf8LineReader reader, BarRowParser parser, long fromUtcTicks, long toUtcTicks)
    {
        _stream = stream;
        _reader = reader;
        _parser = parser;
        _from = fromUtcTicks;
        _to = toUtcTicks;
    }

    /// <summary>Writes the next bars into <paramref name="destination"/> from its start; returns how many, 0 at the end.</summary>
    /// <exception cref="DataFormatException">A row is bad and the stream fails fast (after the bars before it were returned).</exception>
    public int Read(Span<Bar> destination)
    {
        _pending?.Throw();
        int n = 0;
        try
        {
            while (n < destination.Length && !_ended)
            {
                if (!_stream.TryNext(_reader, _parser, _issues, out Bar bar))
                {
                    _ended = true;
                    break;
                }

                _stream.Dropped.RowsRead++;
                if (bar.StartUtcTicks >= _to)
                {
                    _ended = true;
                    break;
                }

                if (bar.StartUtcTicks >= _from)
                {
                    destination[n++] = bar;
                }
            }
        }
        catch (Exception ex)
        {
            _ended = true;
            if (n == 0)
            {
                throw;
            }

            _pending = ExceptionDispatchInfo.Capture(ex);
        }

        return n;
    }

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();
}
