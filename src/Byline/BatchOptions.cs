namespace Byline;

/// <summary>How <see cref="NewsAnalyzer.AnalyzeMany"/> and <see cref="NewsAnalyzer.AnalyzeManyAsync"/> schedule work.</summary>
public sealed record BatchOptions
{
    /// <summary>The default options: one worker per processor, results in input order.</summary>
    public static BatchOptions Default { get; } = new();

    /// <summary>How many articles are analysed at once (default: the processor count).</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>True (default) to return results in input order; false to return each as soon as it is done.</summary>
    public bool PreserveOrder { get; init; } = true;

    /// <summary>
    /// How many articles may be read ahead of the oldest unfinished one, per worker (default 16). Bounds memory: at most
    /// <see cref="MaxDegreeOfParallelism"/> × this many inputs and results are held at once. A deeper window keeps the
    /// workers busy while one slow article holds up the results in input order.
    /// </summary>
    public int ReadAheadPerWorker { get; init; } = 16;
}
