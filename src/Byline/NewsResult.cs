namespace Byline;

/// <summary>The outcome of one article of a batch: its document, or why it failed. Failures are results, never lost.</summary>
public sealed record NewsResult
{
    internal NewsResult(NewsInput input, NewsDocument? document, Exception? error)
    {
        Input = input;
        Document = document;
        Error = error;
    }

    /// <summary>The input this result is for.</summary>
    public NewsInput Input { get; }

    /// <summary>The analysed document; <see langword="null"/> when the analysis failed.</summary>
    public NewsDocument? Document { get; }

    /// <summary>Why the analysis failed; <see langword="null"/> when it succeeded.</summary>
    public Exception? Error { get; }

    /// <summary>True when <see cref="Document"/> is set.</summary>
    public bool Succeeded => Document is not null;
}
