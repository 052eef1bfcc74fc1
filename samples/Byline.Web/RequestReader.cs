using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace Byline.Web;

/// <summary>
/// Reads an article from a request body, at most a set number of bytes: JSON <c>{"text": ...}</c> or
/// <c>{"html": ..., "url": ...}</c>, or a raw <c>text/plain</c> or <c>text/html</c> body (address in <c>?url=</c>).
/// Bad input gives 400, an oversized body 413, an unknown content type 415, each with a JSON message.
/// </summary>
internal sealed class RequestReader(long maxBytes)
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public async Task<(AnalyzeRequest? Request, IResult? Error)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, TooLarge());
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out MediaTypeHeaderValue? mediaType))
        {
            return (null, ErrorResponse.Result(StatusCodes.Status415UnsupportedMediaType,
                "Send the article as application/json ({\"text\": \"...\"} or {\"html\": \"...\", \"url\": \"...\"}), text/plain or text/html."));
        }

        byte[]? body;
        try
        {
            body = await ReadBodyAsync(request.Body, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            body = null;
        }

        if (body is null)
        {
            return (null, TooLarge());
        }

        string type = mediaType.MediaType.Value ?? string.Empty;
        if (type.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase))
        {
            return ParseJson(body);
        }

        string content = Utf8NoBom.GetString(body);
        if (content.Length > 0 && content[0] == '\uFEFF')
        {
            content = content[1..];
        }

        if (string.IsNullOrWhiteSpace(content))
        {
            return (null, BadRequest("The request body is empty: send the article's text or HTML."));
        }

        if (type.Equals("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            return (new AnalyzeRequest(request.Query["id"], content, null, null), null);
        }

        if (type.Equals("text/html", StringComparison.OrdinalIgnoreCase))
        {
            (Uri? url, IResult? error) = ParseUrl(request.Query["url"]);
            return error is null ? (new AnalyzeRequest(request.Query["id"], null, content, url), null) : (null, error);
        }

        return (null, ErrorResponse.Result(StatusCodes.Status415UnsupportedMediaType,
            $"Content type '{type}' is not supported: use application/json, text/plain or text/html."));
    }

    private static (AnalyzeRequest?, IResult?) ParseJson(byte[] body)
    {
        if (body.Length == 0)
        {
            return (null, BadRequest("The request body is empty: send {\"text\": \"...\"} or {\"html\": \"...\", \"url\": \"...\"}."));
        }

        try
        {
            using var json = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
            JsonElement root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, BadRequest("The JSON body must be an object: {\"text\": \"...\"} or {\"html\": \"...\", \"url\": \"...\"}."));
            }

            (string? text, IResult? textError) = OptionalString(root, "text");
            (string? html, IResult? htmlError) = OptionalString(root, "html");
            (string? id, IResult? idError) = OptionalString(root, "id");
            (string? urlText, IResult? urlError) = OptionalString(root, "url");
            if ((textError ?? htmlError ?? idError ?? urlError) is { } error)
            {
                return (null, error);
            }

            if (text is null && html is null)
            {
                return (null, BadRequest("The JSON object needs a \"text\" or an \"html\" property."));
            }

            if (text is not null && html is not null)
            {
                return (null, BadRequest("Give either \"text\" or \"html\", not both."));
            }

            if (string.IsNullOrWhiteSpace(text ?? html))
            {
                return (null, BadRequest($"The \"{(text is null ? "html" : "text")}\" property is empty."));
            }

            (Uri? url, IResult? badUrl) = ParseUrl(urlText);
            return badUrl is null ? (new AnalyzeRequest(id, text, html, url), null) : (null, badUrl);
        }
        catch (JsonException e)
        {
            return (null, BadRequest($"The body is not valid JSON: {e.Message}"));
        }
    }

    private static (string?, IResult?) OptionalString(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return (null, null);
        }

        return value.ValueKind == JsonValueKind.String
            ? (value.GetString(), null)
            : (null, BadRequest($"The \"{name}\" property must be a string."));
    }

    private static (Uri?, IResult?) ParseUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return (null, null);
        }

        return Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? (uri, null)
            : (null, BadRequest("The \"url\" must be an absolute http or https address."));
    }

    /// <summary>Reads the whole body, or returns <see langword="null"/> as soon as it passes the cap.</summary>
    private async Task<byte[]?> ReadBodyAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        while (true)
        {
            Memory<byte> memory = buffer.GetMemory(16 * 1024);
            int read = await body.ReadAsync(memory, cancellationToken);
            if (read == 0)
            {
                return buffer.WrittenSpan.ToArray();
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                return null;
            }
        }
    }

    private IResult TooLarge() => ErrorResponse.Result(StatusCodes.Status413PayloadTooLarge,
        $"The request body is larger than the {maxBytes:N0}-byte limit (Byline:MaxRequestBytes).");

    private static IResult BadRequest(string message) => ErrorResponse.Result(StatusCodes.Status400BadRequest, message);
}
