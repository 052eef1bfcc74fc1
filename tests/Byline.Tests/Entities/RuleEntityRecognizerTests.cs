namespace Byline.Tests.Entities;

public class RuleEntityRecognizerTests
{
    [Theory]
    [InlineData("The council voted 6-3 on Tuesday to build the wall.", "DATE:Tuesday")]
    [InlineData("The report was published last week by the ministry.", "DATE:last week")]
    [InlineData("Talks will resume In November, the envoy said.", "DATE:November")]
    [InlineData("The law takes effect on March 7, 2025, officials said.", "DATE:March 7, 2025")]
    [InlineData("Prices have doubled since 2019, the agency said.", "DATE:2019")]
    [InlineData("The company was founded in the 1990s in Ohio.", "DATE:1990s")]
    [InlineData("She resigned three weeks after the vote, 10 days ago.", "DATE:10 days ago")]
    [InlineData("She resigned three weeks after the vote, 10 days ago.", "DATE:three weeks")]
    [InlineData("The talks collapsed on Friday, Oct. 23, after a long night.", "DATE:Friday, Oct. 23")]
    [InlineData("Sales have fallen over the last five years.", "DATE:last five years")]
    [InlineData("The meeting ended at 5 p.m. and the vote followed.", "TIME:5 p.m.")]
    [InlineData("Polls close at 10:30 on Thursday.", "TIME:10:30")]
    [InlineData("Polls close at 9 p.m. EST on Thursday.", "TIME:9 p.m. EST")]
    [InlineData("The strike began at midnight, union leaders said.", "TIME:midnight")]
    [InlineData("After a 16-hour flight, the envoy spent about five hours in Dar es Salaam.", "TIME:16-hour")]
    [InlineData("After a 16-hour flight, the envoy spent about five hours in Dar es Salaam.", "TIME:five hours")]
    [InlineData("Rescuers searched for 90 minutes before the rain returned.", "TIME:90 minutes")]
    [InlineData("Many of the leaders of the 1992 protests have moved away.", "DATE:1992")]
    [InlineData("The storm lasted one day, forecasters said.", "DATE:one day")]
    [InlineData("The council approved a $48 million flood wall.", "MONEY:$48 million")]
    [InlineData("The club paid 20 million euros for the striker.", "MONEY:20 million euros")]
    [InlineData("Profits rose to £2bn last year.", "MONEY:£2bn")]
    [InlineData("Inflation rose 3.5% in March, the bureau said.", "PERCENT:3.5%")]
    [InlineData("Unemployment fell by 2 percentage points over the year.", "PERCENT:2 percentage points")]
    [InlineData("Turnout was 61 percent, up from 55 per cent in 2019.", "PERCENT:55 per cent")]
    [InlineData("Secretary of State Marco Rubio arrived in Kyiv on Friday.", "TITLE:Secretary of State")]
    [InlineData("Deputy Press Secretary Olivia Dalton declined to comment.", "TITLE:Deputy Press Secretary")]
    [InlineData("Foreign Minister Annalena Baerbock called the attack a crime.", "TITLE:Foreign Minister")]
    [InlineData("The company's CEO, Satya Nadella, said demand was strong.", "TITLE:CEO")]
    [InlineData("Prime Minister Rishi Sunak said the election would be held in July.", "TITLE:Prime Minister")]
    public void Rules_find_dates_times_amounts_and_titles(string text, string expected) =>
        Assert.Contains(expected, EntityTestHelpers.Mentions(text));

    [Theory]
    [InlineData("She may decide to run again, aides said.")]
    [InlineData("Protesters plan to march on the capital.")]
    public void May_and_march_as_words_are_not_dates(string text) =>
        Assert.DoesNotContain(EntityTestHelpers.Mentions(text), m => m.StartsWith("DATE:", StringComparison.Ordinal));

    [Fact]
    public void Plain_numbers_are_not_money_or_years()
    {
        var mentions = EntityTestHelpers.Mentions("The wall would protect about 1,200 homes and 2500 people.");
        Assert.DoesNotContain(mentions, m => m.StartsWith("MONEY:", StringComparison.Ordinal) || m.StartsWith("DATE:", StringComparison.Ordinal));
    }
}
