namespace Byline.Articles;

/// <summary>Why a span of text was marked as boilerplate rather than article body.</summary>
public enum BoilerplateKind
{
    /// <summary>Boilerplate of another kind (a share bar, a tag list, a comment prompt).</summary>
    Other,

    /// <summary>A copyright line: "© 2024 Example Media Ltd. All rights reserved."</summary>
    Copyright,

    /// <summary>A redistribution notice: "This material may not be published, broadcast, rewritten or redistributed."</summary>
    Redistribution,

    /// <summary>A link to another story: "Read more: ...", "Related: ...".</summary>
    ReadMore,

    /// <summary>A social-media prompt: "Follow us on Twitter", "Share this article".</summary>
    SocialPrompt,

    /// <summary>A newsletter or subscription prompt: "Sign up for our newsletter".</summary>
    Newsletter,

    /// <summary>A call to click: "Click here to ...".</summary>
    ClickHere,

    /// <summary>An image credit or caption: "Photo: Jane Doe/Reuters".</summary>
    ImageCredit,

    /// <summary>An advertisement marker: "Advertisement", "Sponsored content".</summary>
    Advertisement,
}
