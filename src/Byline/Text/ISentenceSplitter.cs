using System.Collections.Immutable;

namespace Byline.Text;

/// <summary>Splits tokenized text into sentences. Implementations must be thread-safe.</summary>
public interface ISentenceSplitter
{
    /// <summary>Splits each block into sentences; no sentence crosses a block.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="tokens">The document's tokens, in order.</param>
    /// <param name="blocks">Spans that sentences never cross (the headline, the paragraphs), in order.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The sentences, in order, each holding at least one token.</returns>
    ImmutableArray<Sentence> Split(string text, ImmutableArray<Token> tokens, ImmutableArray<TextSpan> blocks, CancellationToken cancellationToken);
}
