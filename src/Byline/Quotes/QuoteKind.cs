namespace Byline.Quotes;

/// <summary>How a quote reports what was said.</summary>
public enum QuoteKind
{
    /// <summary>The speaker's words inside quotation marks.</summary>
    Direct,

    /// <summary>Quoted fragments inside the writer's sentence: called for "concrete steps" on trade.</summary>
    Partial,

    /// <summary>Reported speech without quotation marks: She said that the talks had failed.</summary>
    Indirect,
}
