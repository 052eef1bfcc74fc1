using System.Text;
using System.Text.Unicode;

namespace Byline.Articles;

/// <summary>Reads an HTML byte stream into a string: byte order mark, then a declared charset, then UTF-8.</summary>
internal static class HtmlDecoding
{
    private const int SniffLength = 4096;

    public static string ReadToString(Stream stream, int maxChars, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[81920];
        long maxBytes = (long)maxChars * 4;
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            buffer.Write(chunk, 0, read);
            if (buffer.Length >= maxBytes)
            {
                break;
            }
        }

        byte[] bytes = buffer.GetBuffer();
        int length = (int)buffer.Length;
        Encoding encoding = DetectEncoding(bytes.AsSpan(0, length), out int bomLength);
        return encoding.GetString(bytes, bomLength, length - bomLength);
    }

    internal static Encoding DetectEncoding(ReadOnlySpan<byte> bytes, out int bomLength)
    {
        bomLength = 0;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bomLength = 3;
            return new UTF8Encoding(false);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            bomLength = 2;
            return Encoding.Unicode;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            bomLength = 2;
            return Encoding.BigEndianUnicode;
        }

        string head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, SniffLength)]);
        string? name = FindCharset(head);
        if (name is not null && !name.StartsWith("utf-16", StringComparison.OrdinalIgnoreCase))
        {
            // As browsers do (WHATWG Encoding), Latin-1 and ASCII labels mean windows-1252.
            if (name.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase) || name.Equals("latin1", StringComparison.OrdinalIgnoreCase)
                || name.Equals("us-ascii", StringComparison.OrdinalIgnoreCase) || name.Equals("ascii", StringComparison.OrdinalIgnoreCase))
            {
                name = "windows-1252";
            }

            try
            {
                Encoding declared = CodePagesEncodingProvider.Instance.GetEncoding(name) ?? Encoding.GetEncoding(name);
                if (declared.CodePage != Encoding.UTF8.CodePage || Utf8.IsValid(bytes))
                {
                    return declared;
                }
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException)
            {
                // Unknown or refused charset (UTF-7 is disabled in .NET, and the HTML standard forbids it): fall back.
            }
        }

        // No usable declaration (or a false UTF-8 one): UTF-8 when the bytes are valid UTF-8, else windows-1252, the
        // commonest legacy encoding of the web.
        if (!Utf8.IsValid(bytes))
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? new UTF8Encoding(false);
        }

        return new UTF8Encoding(false);
    }

    /// <summary>The charset named by <c>&lt;meta charset=...&gt;</c> or <c>&lt;meta http-equiv content="...; charset=..."&gt;</c>.</summary>
    private static string? FindCharset(string head)
    {
        int at = 0;
        while ((at = head.IndexOf("charset", at, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            int j = at + 7;
            while (j < head.Length && head[j] is ' ' or '\t')
            {
                j++;
            }

            if (j < head.Length && head[j] == '=')
            {
                j++;
                while (j < head.Length && head[j] is ' ' or '"' or '\'')
                {
                    j++;
                }

                int start = j;
                while (j < head.Length && (char.IsAsciiLetterOrDigit(head[j]) || head[j] is '-' or '_' or ':' or '.'))
                {
                    j++;
                }

                if (j > start)
                {
                    return head[start..j];
                }
            }

            at = j;
        }

        return null;
    }
}
