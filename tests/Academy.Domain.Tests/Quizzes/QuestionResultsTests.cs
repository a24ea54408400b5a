using Academy.Domain.Quizzes;

namespace Academy.Domain.Tests.Quizzes;

public sealed class QuestionResultsTests
{
    [Fact]
    public void Results_are_stored_with_pascal_case_names_and_read_back()
    {
        QuestionResult[] results = [new("q1", 0.5m, 1, ["1:rot", "2:gelb"]), new("werkzeug", 0, 1, [])];

        var json = QuestionResults.ToJson(results);
        var read = QuestionResults.FromJson(json);

        Assert.Contains("\"QuestionId\":\"q1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"MaxPoints\":1", json, StringComparison.Ordinal);
        Assert.Equal(2, read.Count);
        Assert.Equal(("q1", 0.5m, 1m), (read[0].QuestionId, read[0].Points, read[0].MaxPoints));
        Assert.Equal(["1:rot", "2:gelb"], read[0].Responses);
        Assert.Empty(read[1].Responses);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("")]
    [InlineData(null)]
    public void An_empty_column_reads_as_no_results(string? json) =>
        Assert.Empty(QuestionResults.FromJson(json));
}
