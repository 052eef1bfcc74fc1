namespace Byline.Text;

/// <summary>What a <see cref="Token"/> is.</summary>
public enum TokenKind : byte
{
    /// <summary>A word, including hyphenated words and words with inner apostrophes (O'Brien).</summary>
    Word,

    /// <summary>A number, with its grouping, decimals, currency sign and percent sign (1,000.50, 3.5%, $2bn).</summary>
    Number,

    /// <summary>A word that ends in its own period: Mr., U.S., a.m., Inc., initials (J.).</summary>
    Abbreviation,

    /// <summary>A clitic split from the word before it: 's, n't, 're, 'll, 've, 'd, 'm.</summary>
    Clitic,

    /// <summary>Punctuation, including runs of sentence-final marks (?!).</summary>
    Punctuation,

    /// <summary>A quotation mark of any style: " “ ” „ ' ‘ ’ ‚ « » ‹ ›.</summary>
    Quote,

    /// <summary>A dash: em dash, en dash, a double hyphen or a lone hyphen.</summary>
    Dash,

    /// <summary>An ellipsis: …, ... or . . . (any number of dots).</summary>
    Ellipsis,

    /// <summary>A web address.</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A social-media handle (@name).</summary>
    Handle,

    /// <summary>A hashtag (#topic).</summary>
    Hashtag,

    /// <summary>Any other symbol: $, &amp;, %, °, bullets, emoji.</summary>
    Symbol,
}
