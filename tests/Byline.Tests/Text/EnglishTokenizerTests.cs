using Byline.Text;

namespace Byline.Tests.Text;

public class EnglishTokenizerTests
{
    private static (string Text, TokenKind Kind)[] Tokens(string text) =>
        [.. EnglishTokenizer.Tokenize(text).Select(t => (text.Substring(t.Start, t.Length), t.Kind))];

    private static string[] Texts(string text) => [.. Tokens(text).Select(t => t.Text)];

    [Fact]
    public void Splits_words_punctuation_and_quotes()
    {
        Assert.Equal(["\u201c", "We", "will", "win", ",", "\u201d", "she", "said", "."], Texts("\u201cWe will win,\u201d she said."));
        Assert.Equal(["\"", "No", "\"", "!"], Texts("\"No\"!"));
        Assert.Equal(["«", "Oui", "»", "„", "Ja", "\u201c"], Texts("«Oui» „Ja\u201c"));
    }

    [Theory]
    [InlineData("1,000.50", TokenKind.Number)]
    [InlineData("3.5%", TokenKind.Number)]
    [InlineData("$2bn", TokenKind.Number)]
    [InlineData("€48", TokenKind.Number)]
    [InlineData("12:30", TokenKind.Number)]
    [InlineData("1990s", TokenKind.Number)]
    [InlineData("'90s", TokenKind.Number)]
    [InlineData("’08", TokenKind.Number)]
    [InlineData("‘16", TokenKind.Number)]
    [InlineData("U.S.", TokenKind.Abbreviation)]
    [InlineData("a.m.", TokenKind.Abbreviation)]
    [InlineData("Ph.D.", TokenKind.Abbreviation)]
    [InlineData("Gen.", TokenKind.Abbreviation)]
    [InlineData("Jan.", TokenKind.Abbreviation)]
    [InlineData("Inc.", TokenKind.Abbreviation)]
    [InlineData("Mo.", TokenKind.Abbreviation)]
    [InlineData("R-Fla.", TokenKind.Abbreviation)]
    [InlineData("D-Calif.", TokenKind.Abbreviation)]
    [InlineData("well-known", TokenKind.Word)]
    [InlineData("five-year-old", TokenKind.Word)]
    [InlineData("5-year-old", TokenKind.Word)]
    [InlineData("O'Brien", TokenKind.Word)]
    [InlineData("AT&T", TokenKind.Word)]
    [InlineData("https://www.example.com/news/2024/story.html", TokenKind.Url)]
    [InlineData("www.example.org", TokenKind.Url)]
    [InlineData("press@example.com", TokenKind.Email)]
    [InlineData("@Reuters", TokenKind.Handle)]
    [InlineData("#Election2024", TokenKind.Hashtag)]
    [InlineData("—", TokenKind.Dash)]
    [InlineData("–", TokenKind.Dash)]
    [InlineData("…", TokenKind.Ellipsis)]
    [InlineData("...", TokenKind.Ellipsis)]
    public void Reads_one_token(string token, TokenKind kind)
    {
        var tokens = Tokens($"It was {token} then");
        Assert.Contains((token, kind), tokens);
        Assert.Equal(4, tokens.Length);
    }

    [Fact]
    public void Reads_a_state_that_is_also_a_word_as_an_abbreviation_only_between_commas()
    {
        Assert.Contains(("Miss.", TokenKind.Abbreviation), Tokens("Sandra Inman, a nurse from Jackson, Miss., said she would vote."));
        Assert.Contains(("Wash.", TokenKind.Abbreviation), Tokens("A teacher from Seattle, Wash., said so."));
        Assert.Equal(["Doctors", "in", "Chicago", ",", "Ill", ".", "treated", "him", "."], Texts("Doctors in Chicago, Ill. treated him."));
        Assert.Equal(["We", "went", "to", "Mass", ".", "It", "ended", "."], Texts("We went to Mass. It ended."));
    }

    [Fact]
    public void Reads_a_party_label_with_a_state_that_is_also_a_word_as_one_abbreviation_before_a_comma_or_parenthesis()
    {
        Assert.Contains(("D-Wash.", TokenKind.Abbreviation), Tokens("Sen. Dev Raman, D-Wash., said the plan would fail."));
        Assert.Contains(("R-Miss.", TokenKind.Abbreviation), Tokens("Rep. Ann Lee (R-Miss.) said the plan would fail."));
        Assert.Equal(["from", "D-Wash", ".", "He", "left", "."], Texts("from D-Wash. He left."));
    }

    [Fact]
    public void Keeps_an_opening_single_quote_before_digits_when_it_closes_soon()
    {
        Assert.Contains(("‘", TokenKind.Quote), Tokens("He told ‘60 Minutes’ that he would run."));
        Assert.Contains(("‘08", TokenKind.Number), Tokens("Johnson said in ‘08 that the early support of white voters threw old assumptions into doubt."));
    }

    [Fact]
    public void Splits_clitics_and_negations()
    {
        Assert.Equal(["Germany", "'s", "leader", "does", "n't", "know", "it", "'s", "over"], Texts("Germany's leader doesn't know it's over"));
        Assert.Equal(["We", "’re", "sure", "they", "’ll", "come", ",", "I", "'m", "told"], Texts("We’re sure they’ll come, I'm told"));
        Assert.Equal(["ca", "n't"], Texts("can't"));
        Assert.Equal(TokenKind.Clitic, Tokens("don't")[1].Kind);
    }

    [Fact]
    public void Reads_the_apostrophe_of_a_plural_possessive_as_a_clitic_not_a_quotation_mark()
    {
        Assert.Equal(("’", TokenKind.Clitic), Tokens("Jeff Weaver, Sanders’ campaign manager, said")[4]);
        Assert.Equal(("'", TokenKind.Clitic), Tokens("the teachers' union voted")[2]);
        // Closing a single quotation opened earlier on the line: a quotation mark.
        Assert.Equal(("’", TokenKind.Quote), Tokens("She called it ‘a decade of years’ of waste")[8]);
        Assert.Equal(("'", TokenKind.Quote), Tokens("He wrote 'fake news' and 'sad times' on it")[5]);
        Assert.Equal(("'", TokenKind.Quote), Tokens("He wrote 'fake news' and 'sad times' on it")[10]);
        // Inside a single quotation that closes later after its punctuation: a possessive again.
        Assert.Equal(("’", TokenKind.Clitic), Tokens("‘The fans’ support was incredible,’ she said.")[3]);
        Assert.Equal(("'", TokenKind.Clitic), Tokens("'We played at St James' Park and lost,' said Moreno.")[6]);
    }

    [Fact]
    public void Keeps_the_period_of_abbreviations_only()
    {
        Assert.Equal(["Mr.", "Smith", "went", "to", "Washington", "."], Texts("Mr. Smith went to Washington."));
        Assert.Equal(["See", "No.", "55", ";", "he", "said", "no", "."], Texts("See No. 55; he said no."));
        Assert.Equal(["JFK", "Jr.", "'s", "book"], Texts("JFK Jr.'s book"));
        Assert.Equal(["the", "U.S.", "economy"], Texts("the U.S. economy"));
        Assert.Equal(["It", "ended", ".", "The", "end"], Texts("It ended.The end"));
    }

    [Fact]
    public void Reads_urls_without_trailing_punctuation()
    {
        Assert.Equal(["Visit", "https://example.com/a_b.html", "."], Texts("Visit https://example.com/a_b.html."));
        Assert.Equal(["(", "see", "https://en.wikipedia.org/wiki/Foo_(bar)", ")"], Texts("(see https://en.wikipedia.org/wiki/Foo_(bar))"));
        Assert.Equal(["Her", "email", "is", "Jane.Doe@example.com", "."], Texts("Her email is Jane.Doe@example.com."));
    }

    [Fact]
    public void Reads_ellipses_and_dash_variants()
    {
        Assert.Equal(["wait", "...", "what", "--", "no", "…", "yes"], Texts("wait ... what -- no … yes"));
        Assert.Equal(["compounds", ".", ". . .", "The"], Texts("compounds. . . . The"));
        Assert.Equal(["period", ". . . .", "Next"], Texts("period . . . . Next"));
        Assert.Equal(["that", "....", "She"], Texts("that.... She"));
        Assert.Equal(["Hello", "?!", "Is"], Texts("Hello?! Is"));
    }

    [Fact]
    public void Offsets_index_the_input_and_skip_invisible_characters()
    {
        const string text = "Zero\u200Bwidth \u202Ebidi\u202C and\0nul 😀 end";
        var tokens = EnglishTokenizer.Tokenize(text);
        Assert.All(tokens, t => Assert.InRange(t.End, t.Start + 1, text.Length));
        Assert.Contains(("😀", TokenKind.Symbol), Tokens(text));
        Assert.DoesNotContain(tokens, t => text[t.Start] is '\u200B' or '\u202E' or '\0');
        for (int i = 1; i < tokens.Length; i++)
        {
            Assert.True(tokens[i].Start >= tokens[i - 1].End);
        }
    }

    [Fact]
    public void Lone_surrogates_are_single_symbols()
    {
        string text = "a\uD800b\uDC00c";
        Assert.All(EnglishTokenizer.Tokenize(text), t => Assert.True(t.Length >= 1));
    }
}
