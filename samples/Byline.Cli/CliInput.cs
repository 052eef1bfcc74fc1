namespace Byline.Cli;

/// <summary>One document to analyse, or the reason it could not be read.</summary>
internal sealed record CliInput(string Id, string? Text, string? Html, Uri? Url, string? Error)
{
    /// <summary>An HTML file's bytes, decoded by the library (byte order mark, then the declared charset).</summary>
    public byte[]? HtmlBytes { get; init; }
}
