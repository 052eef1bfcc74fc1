using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Byline.Articles;
using Byline.Entities;
using Byline.Quotes;
using Byline.Text;

namespace Byline.Serialization;

/// <summary>
/// Writes a <see cref="NewsDocument"/> as the JSON object of Byline's command-line contract: offsets are .NET string
/// indices into <c>text</c>, ends exclusive, entity types as "PERSON", "ORG"...
/// </summary>
public static class NewsDocumentJson
{
    private static readonly JsonWriterOptions CompactOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions IndentedOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>Writes the document as one JSON object.</summary>
    /// <param name="writer">The writer to write to.</param>
    /// <param name="document">The document.</param>
    /// <param name="id">The document's identifier, written as <c>"id"</c> (null when absent).</param>
    /// <exception cref="ArgumentNullException">When <paramref name="writer"/> or <paramref name="document"/> is null.</exception>
    public static void Write(Utf8JsonWriter writer, NewsDocument document, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        ArticleMetadata meta = document.Metadata;
        writer.WriteStartObject();
        WriteNullable(writer, "id", id);
        WriteNullable(writer, "title", meta.Title);
        writer.WriteStartArray("authors");
        foreach (string author in meta.Authors)
        {
            writer.WriteStringValue(author);
        }

        writer.WriteEndArray();
        WriteDate(writer, "published", meta.Published);
        WriteDate(writer, "modified", meta.Modified);
        WriteNullable(writer, "publisher", meta.Publisher);
        WriteNullable(writer, "section", meta.Section);
        WriteNullable(writer, "language", meta.Language);
        WriteNullable(writer, "url", (meta.CanonicalUrl ?? meta.Url)?.OriginalString);
        writer.WriteString("text", document.Text);

        writer.WriteStartArray("paragraphs");
        foreach (TextSpan p in document.Paragraphs)
        {
            WritePair(writer, p);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("sentences");
        foreach (Sentence s in document.Sentences)
        {
            WritePair(writer, s.Span);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("boilerplate");
        foreach (BoilerplateSpan b in document.Boilerplate)
        {
            WritePair(writer, b.Span);
        }

        writer.WriteEndArray();

        writer.WriteStartArray("entities");
        foreach (Entity entity in document.Entities)
        {
            writer.WriteStartObject();
            writer.WriteString("id", entity.Id);
            writer.WriteString("type", entity.Type.Name);
            writer.WriteString("name", entity.Name);
            writer.WriteStartArray("mentions");
            foreach (TextSpan m in entity.Mentions)
            {
                WritePair(writer, m);
            }

            writer.WriteEndArray();
            if (!entity.Titles.IsEmpty)
            {
                writer.WriteStartArray("titles");
                foreach (string title in entity.Titles)
                {
                    writer.WriteStringValue(title);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("quotes");
        foreach (Quote quote in document.Quotes)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", quote.Span.Start);
            writer.WriteNumber("end", quote.Span.End);
            writer.WriteString("text", document.AsSpan(quote.Span));
            writer.WriteString("kind", quote.Kind switch
            {
                QuoteKind.Direct => "direct",
                QuoteKind.Partial => "partial",
                _ => "indirect",
            });
            if (quote.Speaker is { } speaker)
            {
                writer.WriteStartObject("speaker");
                WriteNullable(writer, "entity", speaker.EntityId);
                WriteNullable(writer, "name", speaker.Name);
                writer.WriteNumber("start", speaker.Span.Start);
                writer.WriteNumber("end", speaker.Span.End);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("speaker");
            }

            writer.WriteStartArray("fragments");
            foreach (TextSpan f in quote.Fragments)
            {
                WritePair(writer, f);
            }

            writer.WriteEndArray();
            if (quote.Cue is { } cue)
            {
                writer.WriteStartObject("cue");
                writer.WriteNumber("start", cue.Span.Start);
                writer.WriteNumber("end", cue.Span.End);
                writer.WriteString("text", cue.Text);
                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNull("cue");
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("diagnostics");
        foreach (Diagnostic d in document.Diagnostics)
        {
            writer.WriteStartObject();
            writer.WriteString("code", d.Code);
            writer.WriteString("message", d.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The document as a JSON string.</summary>
    /// <param name="document">The document.</param>
    /// <param name="id">The document's identifier, written as <c>"id"</c>.</param>
    /// <param name="indented">Whether to indent the JSON.</param>
    /// <returns>One JSON object.</returns>
    public static string ToJson(NewsDocument document, string? id = null, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, indented ? IndentedOptions : CompactOptions))
        {
            Write(writer, document, id);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The writer options Byline uses: relaxed escaping (non-ASCII text written as is), optionally indented.</summary>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>Options for a <see cref="Utf8JsonWriter"/>.</returns>
    public static JsonWriterOptions WriterOptions(bool indented) => indented ? IndentedOptions : CompactOptions;

    private static void WritePair(Utf8JsonWriter writer, TextSpan span)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(span.Start);
        writer.WriteNumberValue(span.End);
        writer.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            // The offset the source stated is kept: converting to UTC can move a date to the day before or after.
            writer.WriteString(name, v.Offset == TimeSpan.Zero
                ? v.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
                : v.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
