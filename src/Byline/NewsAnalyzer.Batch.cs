using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Byline;

public sealed partial class NewsAnalyzer
{
    /// <summary>
    /// Analyses many articles with bounded parallelism, streaming: inputs are read as results are consumed, so memory
    /// stays constant however long the sequence. A failed article gives a result with <see cref="NewsResult.Error"/>.
    /// </summary>
    /// <param name="inputs">The articles; enumerated once, on the caller's thread.</param>
    /// <param name="options">Parallelism and ordering; <see cref="BatchOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the batch: the enumeration throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>One result per input, in input order unless <see cref="BatchOptions.PreserveOrder"/> is false.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="inputs"/> is null.</exception>
    public IEnumerable<NewsResult> AnalyzeMany(IEnumerable<NewsInput> inputs, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        BatchOptions o = Validate(options);
        return AnalyzeManyIterator(inputs, o, cancellationToken);
    }

    /// <summary>
    /// Analyses an asynchronous stream of articles with bounded parallelism; see
    /// <see cref="AnalyzeMany(IEnumerable{NewsInput}, BatchOptions?, CancellationToken)"/>.
    /// </summary>
    /// <param name="inputs">The articles.</param>
    /// <param name="options">Parallelism and ordering; <see cref="BatchOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the batch.</param>
    /// <returns>One result per input.</returns>
    /// <exception cref="ArgumentNullException">When <paramref name="inputs"/> is null.</exception>
    public IAsyncEnumerable<NewsResult> AnalyzeManyAsync(IAsyncEnumerable<NewsInput> inputs, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        BatchOptions o = Validate(options);
        return AnalyzeManyAsyncIterator(inputs, o, cancellationToken);
    }

    private static BatchOptions Validate(BatchOptions? options)
    {
        BatchOptions o = options ?? BatchOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(o.MaxDegreeOfParallelism, nameof(BatchOptions.MaxDegreeOfParallelism));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(o.ReadAheadPerWorker, nameof(BatchOptions.ReadAheadPerWorker));
        return o;
    }

    private IEnumerable<NewsResult> AnalyzeManyIterator(IEnumerable<NewsInput> inputs, BatchOptions options, CancellationToken cancellationToken)
    {
        if (options.MaxDegreeOfParallelism == 1)
        {
            foreach (NewsInput input in inputs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return AnalyzeOne(input, cancellationToken);
            }

            yield break;
        }

        // Dedicated worker threads pull articles from a bounded queue: no thread-pool scheduling between articles,
        // and the caller's thread only reads inputs and hands out results.
        int capacity = options.MaxDegreeOfParallelism * options.ReadAheadPerWorker;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var work = new BlockingCollection<BatchSlot>(capacity);
        using var done = new BlockingCollection<BatchSlot>();
        var window = new Queue<BatchSlot>();
        int inFlight = 0;
        var threads = new Thread[options.MaxDegreeOfParallelism];
        for (int t = 0; t < threads.Length; t++)
        {
            threads[t] = new Thread(() => RunWorker(work, done, stop.Token)) { IsBackground = true, Name = "Byline batch worker" };
            threads[t].Start();
        }

        try
        {
            foreach (NewsInput input in inputs)
            {
                ArgumentNullException.ThrowIfNull(input, nameof(inputs));
                cancellationToken.ThrowIfCancellationRequested();
                var slot = new BatchSlot(input);
                if (options.PreserveOrder)
                {
                    window.Enqueue(slot);
                }

                work.Add(slot, cancellationToken);
                inFlight++;
                while (inFlight >= capacity || (options.PreserveOrder && window.Count > 0 && window.Peek().IsDone))
                {
                    yield return TakeNext(window, done, options.PreserveOrder, cancellationToken);
                    inFlight--;
                }
            }

            work.CompleteAdding();
            while (inFlight > 0)
            {
                yield return TakeNext(window, done, options.PreserveOrder, cancellationToken);
                inFlight--;
            }
        }
        finally
        {
            // Finished or abandoned: stop the workers (abandoned articles are not analysed) and wait for them.
            if (!work.IsAddingCompleted)
            {
                work.CompleteAdding();
            }

            stop.Cancel();
            foreach (Thread thread in threads)
            {
                thread.Join();
            }
        }
    }

    /// <summary>One article of a batch on its way through a worker.</summary>
    private sealed class BatchSlot(NewsInput input)
    {
        private readonly TaskCompletionSource<NewsResult> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public NewsInput Input { get; } = input;

        public bool IsDone => _result.Task.IsCompleted;

        public void Complete(NewsResult result) => _result.SetResult(result);

        public void Fail(OperationCanceledException canceled) => _result.SetException(canceled);

        public NewsResult Wait(CancellationToken cancellationToken)
        {
            Task.WaitAny([_result.Task], cancellationToken); // waits without throwing for a failed article
            return _result.Task.GetAwaiter().GetResult();
        }
    }

    private void RunWorker(BlockingCollection<BatchSlot> work, BlockingCollection<BatchSlot> done, CancellationToken stop)
    {
        try
        {
            foreach (BatchSlot slot in work.GetConsumingEnumerable(stop))
            {
                try
                {
                    slot.Complete(AnalyzeOne(slot.Input, stop));
                }
                catch (OperationCanceledException e)
                {
                    slot.Fail(e);
                }

                done.Add(slot, CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The batch ended or was abandoned.
        }
    }

    private static NewsResult TakeNext(Queue<BatchSlot> window, BlockingCollection<BatchSlot> done, bool preserveOrder, CancellationToken cancellationToken)
    {
        if (preserveOrder)
        {
            return window.Dequeue().Wait(cancellationToken);
        }

        return done.Take(cancellationToken).Wait(cancellationToken);
    }

    private async IAsyncEnumerable<NewsResult> AnalyzeManyAsyncIterator(IAsyncEnumerable<NewsInput> inputs, BatchOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var workers = new SemaphoreSlim(options.MaxDegreeOfParallelism);
        var window = new LinkedList<Task<NewsResult>>();
        int capacity = options.MaxDegreeOfParallelism * options.ReadAheadPerWorker;
        try
        {
            await foreach (NewsInput input in inputs.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                ArgumentNullException.ThrowIfNull(input, nameof(inputs));
                window.AddLast(Schedule(input, workers, cancellationToken));
                while (window.Count >= capacity || (options.PreserveOrder && window.First!.Value.IsCompleted))
                {
                    yield return await TakeNextAsync(window, options.PreserveOrder).ConfigureAwait(false);
                    if (window.Count == 0)
                    {
                        break;
                    }
                }
            }

            while (window.Count > 0)
            {
                yield return await TakeNextAsync(window, options.PreserveOrder).ConfigureAwait(false);
            }
        }
        finally
        {
            if (window.Count > 0)
            {
                try
                {
                    await Task.WhenAll(window).ConfigureAwait(false);
                }
                catch (Exception e) when (e is OperationCanceledException or AggregateException)
                {
                    // Failures of abandoned work are not reported.
                }
            }
        }
    }

    private Task<NewsResult> Schedule(NewsInput input, SemaphoreSlim workers, CancellationToken cancellationToken) =>
        Task.Run(async () =>
        {
            await workers.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return AnalyzeOne(input, cancellationToken);
            }
            finally
            {
                workers.Release();
            }
        }, cancellationToken);

    private static async Task<NewsResult> TakeNextAsync(LinkedList<Task<NewsResult>> window, bool preserveOrder)
    {
        LinkedListNode<Task<NewsResult>> node = window.First!;
        if (!preserveOrder)
        {
            await Task.WhenAny(window).ConfigureAwait(false);
            node = FirstCompleted(window);
        }

        window.Remove(node);
        return await node.Value.ConfigureAwait(false);
    }

    private static LinkedListNode<Task<NewsResult>> FirstCompleted(LinkedList<Task<NewsResult>> window)
    {
        for (LinkedListNode<Task<NewsResult>>? n = window.First; n is not null; n = n.Next)
        {
            if (n.Value.IsCompleted)
            {
                return n;
            }
        }

        return window.First!;
    }

    private NewsResult AnalyzeOne(NewsInput input, CancellationToken cancellationToken)
    {
        try
        {
            NewsDocument document = input.HtmlBytes is { } bytes
                ? AnalyzeHtml(new ReadOnlyMemoryStream(bytes), input.Url, cancellationToken)
                : input.IsHtml
                    ? AnalyzeHtml(input.Content, input.Url, cancellationToken)
                    : Analyze(input.Content, cancellationToken);
            return new NewsResult(input, document, null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A batch reports every failure as a result; nothing may be lost.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new NewsResult(input, null, e);
        }
    }
}
