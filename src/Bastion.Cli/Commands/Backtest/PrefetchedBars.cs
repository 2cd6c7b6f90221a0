using System.Collections;
using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Bastion.Core.MarketData;
using Bastion.Data.Csv;

namespace Bastion.Cli.Commands.Backtest;

/// <summary>
/// Reads a bar file on a background thread, a few fixed chunks ahead of the consumer, so CSV parsing overlaps the
/// simulation. The consumer sees exactly the reader's bars in the file's order, and the reader's exception (if any)
/// after the bars before it: results are the same as enumerating the file directly. Each enumeration opens the file
/// (<paramref name="open"/>) and starts one producer thread, which is stopped and joined when the enumerator is disposed.
/// </summary>
internal sealed class PrefetchedBars(Func<BarBlockReader> open) : IEnumerable<Bar>
{
    // 16,384 bars of 56 bytes per chunk, 8 chunks reused (≈ 7 MB whatever the file's length). Each hand-off can wake a
    // blocked thread (tens of µs); with 1,024-bar chunks a 2 M-bar file made ~2,000 of them and both threads spent about
    // as long waiting for each other as working.
    private const int ChunkBars = 16_384;
    private const int Chunks = 8;

    public IEnumerator<Bar> GetEnumerator()
    {
        using var free = new BlockingCollection<Bar[]>(Chunks);
        using var full = new BlockingCollection<(Bar[] Bars, int Count)>(Chunks);
        using var stop = new CancellationTokenSource();
        for (int i = 0; i < Chunks; i++)
        {
            free.Add(new Bar[ChunkBars]);
        }

        ExceptionDispatchInfo? error = null;
        var producer = new Thread(() =>
        {
            try
            {
                using BarBlockReader reader = open();
                while (true)
                {
                    Bar[] chunk = free.Take(stop.Token);
                    int count;
                    try
                    {
                        count = reader.Read(chunk);
                    }
                    catch (Exception ex)
                    {
                        error = ExceptionDispatchInfo.Capture(ex); // rethrown by the consumer after the bars read before it
                        break;
                    }

                    if (count == 0)
                    {
                        break;
                    }

                    full.Add((chunk, count), stop.Token);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer stopped early; nothing more to hand over.
            }
            catch (Exception ex)
            {
                error = ExceptionDispatchInfo.Capture(ex); // opening the file failed
            }
            finally
            {
                full.CompleteAdding();
            }
        })
        { IsBackground = true, Name = "bastion-bar-prefetch" };
        producer.Start();
        try
        {
            foreach ((Bar[] bars, int count) in full.GetConsumingEnumerable())
            {
                for (int i = 0; i < count; i++)
                {
                    yield return bars[i];
                }

                free.Add(bars);
            }

            error?.Throw();
        }
        finally
        {
            stop.Cancel();
            producer.Join();
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
