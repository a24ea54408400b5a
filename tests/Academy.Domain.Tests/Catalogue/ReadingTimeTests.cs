using Academy.Domain.Catalogue;

namespace Academy.Domain.Tests.Catalogue;

public sealed class ReadingTimeTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(120, 1)]
    [InlineData(121, 2)]
    [InlineData(300, 3)]
    [InlineData(700, 6)]
    public void Minutes_are_words_at_120_a_minute_rounded_up_and_at_least_one(int words, int minutes)
    {
        Assert.Equal(minutes, ReadingTime.MinutesFor(words));
    }
}
