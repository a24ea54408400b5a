namespace Academy.Content.Tests.Validation;

/// <summary>One bad assessment per rule, each asserting the exact path:line and the gist of the message.</summary>
public sealed class AssessmentValidationErrorTests
{
    private const string File = "assessments/check.yml";

    /// <summary>A valid check; the line numbers in the tests below refer to it.</summary>
    private const string Valid = """
        title: Check
        intro: Kurz und *freundlich*.
        outcomes:
          - key: strategie
            title: Plan fehlt
            text: Dir fehlt ein Plan.
            recommend: [strategie]
            reason: Der Kurs hilft.
          - key: agentur
            title: Abgeben
            text: Lass es machen.
            contact: true
            reason: Sprich mit uns.
        questions:
          - prompt: Hast du ein Ziel?
            options:
              - text: Nein
                weights: { strategie: 2 }
              - text: Keine Lust
                weights: { agentur: 3 }
          - id: zeit
            prompt: Wie viel Zeit hast du?
            options:
              - text: Kaum
                weights: { agentur: 1, strategie: -1 }
              - text: Genug
                weights: {}
        """;

    [Fact]
    public void A_valid_check_is_part_of_the_catalogue()
    {
        using var folder = WithCheck(Valid);

        var result = folder.Load();

        Assert.Empty(result.Errors);
        var check = Assert.Single(result.Catalogue!.Assessments);
        Assert.Equal("check", check.Slug);
        Assert.Equal("Check", check.Title);
        Assert.Contains("<em>freundlich</em>", check.IntroHtml, StringComparison.Ordinal);
        Assert.Equal(["strategie", "agentur"], check.Outcomes.Select(outcome => outcome.Key));
        Assert.Equal(["q1", "zeit"], check.Questions.Select(question => question.Id));
        Assert.Equal(["strategie"], check.Outcomes[0].Recommend);
        Assert.False(check.Outcomes[0].SuggestsContact);
        Assert.True(check.Outcomes[1].SuggestsContact);
        Assert.Empty(check.Outcomes[1].Recommend);
        Assert.Equal(new Dictionary<string, int> { ["agentur"] = 1, ["strategie"] = -1 }, check.Questions[1].Options[0].Weights);
        Assert.Empty(check.Questions[1].Options[1].Weights);
    }

    [Fact]
    public void A_weight_for_an_unknown_outcome_points_at_its_line_and_lists_the_outcomes()
    {
        using var folder = WithCheck(Valid.Replace("agentur: 1, strategie: -1", "agentur: 1, strategy: -1", StringComparison.Ordinal));

        Assert.Equal([$"{File}:25: question 2, option 1: 'strategy' is not an outcome; the outcomes are: strategie, agentur"], folder.Errors());
    }

    [Fact]
    public void A_recommendation_that_is_neither_course_nor_package_points_at_its_line()
    {
        using var folder = WithCheck(Valid.Replace("recommend: [strategie]", "recommend: [strategie, zeitt]", StringComparison.Ordinal));

        Assert.Equal([$"{File}:7: outcome 1: 'zeitt' is neither a course nor a package; courses: strategie; packages: none"], folder.Errors());
    }

    [Fact]
    public void A_package_may_be_recommended()
    {
        using var folder = WithCheck(Valid.Replace("contact: true", "recommend: [starter-paket]", StringComparison.Ordinal))
            .With(ContentFolder.PackagesFile, "packages:\n  - slug: starter-paket\n    title: T\n    description: D.\n    courses: [strategie]\n    price: 4900");

        Assert.Empty(folder.Errors());
        Assert.Equal(["starter-paket"], folder.Load().Catalogue!.Assessments[0].Outcomes[1].Recommend);
    }

    [Fact]
    public void A_check_without_a_title_is_reported_on_its_first_line()
    {
        using var folder = WithCheck(Valid.Replace("title: Check\n", "# Kein Titel\n", StringComparison.Ordinal));

        Assert.Equal([$"{File}:1: title is missing or empty"], folder.Errors());
    }

    [Fact]
    public void A_question_without_a_prompt_is_reported_on_its_first_line()
    {
        using var folder = WithCheck(Valid.Replace("    prompt: Wie viel Zeit hast du?\n", "", StringComparison.Ordinal));

        Assert.Equal([$"{File}:21: question 2: prompt is missing or empty"], folder.Errors());
    }

    [Fact]
    public void A_question_with_one_option_is_reported_at_its_options()
    {
        using var folder = WithCheck(Valid.Replace("      - text: Genug\n        weights: {}", "", StringComparison.Ordinal));

        Assert.Equal([$"{File}:23: question 2: there is only one option; a question needs at least two"], folder.Errors());
    }

    [Fact]
    public void A_question_without_options_is_reported()
    {
        using var folder = WithCheck(Valid[..Valid.IndexOf("    options:\n      - text: Kaum", StringComparison.Ordinal)]);

        Assert.Equal([$"{File}:21: question 2: options are missing; a question needs at least two"], folder.Errors());
    }

    [Fact]
    public void A_duplicate_question_id_is_reported_at_the_second_and_counts_the_default_id()
    {
        using var folder = WithCheck(Valid.Replace("id: zeit", "id: q1", StringComparison.Ordinal));

        Assert.Equal([$"{File}:21: question 2: id 'q1' is already used by question 1 (line 15); question ids must be unique (without 'id:' a question is q<number>)"], folder.Errors());
    }

    [Fact]
    public void An_id_that_is_not_a_slug_is_reported()
    {
        using var folder = WithCheck(Valid.Replace("id: zeit", "id: Zeit pro Woche", StringComparison.Ordinal));

        Assert.Equal([$"{File}:21: question 2: id 'Zeit pro Woche' may only use lower-case letters a-z, digits and single dashes"], folder.Errors());
    }

    [Fact]
    public void A_duplicate_outcome_key_is_reported_at_the_second()
    {
        using var folder = WithCheck(Valid.Replace("key: agentur", "key: strategie", StringComparison.Ordinal));

        Assert.Contains($"{File}:9: outcome 2: key 'strategie' is already used by outcome 1 (line 4); outcome keys must be unique", folder.Errors());
    }

    [Fact]
    public void An_outcome_without_text_is_reported_on_its_first_line()
    {
        using var folder = WithCheck(Valid.Replace("    text: Lass es machen.\n", "", StringComparison.Ordinal));

        Assert.Equal([$"{File}:9: outcome 2: text is missing or empty; explain in plain words what this result means"], folder.Errors());
    }

    [Fact]
    public void An_outcome_without_a_key_is_reported_on_its_first_line()
    {
        using var folder = WithCheck(Valid.Replace("  - key: strategie\n    title: Plan fehlt", "  - title: Plan fehlt", StringComparison.Ordinal)
            .Replace("weights: { strategie: 2 }", "weights: {}", StringComparison.Ordinal)
            .Replace("agentur: 1, strategie: -1", "agentur: 1", StringComparison.Ordinal));

        Assert.Equal([$"{File}:4: outcome 1: key is missing or empty; weights name the outcome by its key"], folder.Errors());
    }

    [Fact]
    public void An_outcome_that_recommends_nothing_and_offers_no_contact_is_reported()
    {
        using var folder = WithCheck(Valid.Replace("    contact: true\n", "", StringComparison.Ordinal));

        Assert.Equal([$"{File}:9: outcome 2: recommend is missing or empty; list at least one course or package slug, or set 'contact: true' to point to the agency"], folder.Errors());
    }

    [Fact]
    public void An_outcome_no_option_rewards_is_reported_because_it_could_never_be_recommended()
    {
        using var folder = WithCheck(Valid.Replace("weights: { agentur: 3 }", "weights: { strategie: 1 }", StringComparison.Ordinal)
            .Replace("agentur: 1, strategie: -1", "agentur: 0", StringComparison.Ordinal));

        Assert.Equal([$"{File}:9: outcome 2: no option gives 'agentur' any points, so the check can never recommend it"], folder.Errors());
    }

    [Theory]
    [InlineData("zwei")]
    [InlineData("1.5")]
    [InlineData("101")]
    public void A_weight_that_is_not_a_whole_number_in_range_points_at_its_line(string points)
    {
        using var folder = WithCheck(Valid.Replace("weights: { strategie: 2 }", $"weights: {{ strategie: {points}, agentur: 1 }}", StringComparison.Ordinal));

        Assert.Equal([$"{File}:18: question 1, option 1: the weight for 'strategie' must be a whole number from -100 to 100, not '{points}'"], folder.Errors());
    }

    [Fact]
    public void An_option_without_weights_is_reported_on_its_first_line()
    {
        using var folder = WithCheck(Valid.Replace("      - text: Genug\n        weights: {}", "      - text: Genug", StringComparison.Ordinal));

        Assert.Equal([$"{File}:26: question 2, option 2: weights is missing; write 'weights: {{}}' for an option that counts for no outcome"], folder.Errors());
    }

    [Fact]
    public void Questions_that_are_not_a_list_are_reported()
    {
        using var folder = WithCheck(Valid[..Valid.IndexOf("questions:", StringComparison.Ordinal)] + "questions: Hast du ein Ziel?");

        Assert.Contains($"{File}:14: questions must be a list, each item starting with '- prompt: ...'", folder.Errors());
    }

    [Fact]
    public void A_file_name_that_is_not_a_slug_is_reported()
    {
        using var folder = ContentFolder.WithOneCourse().With("assessments/Mein_Check.yml", Valid);

        Assert.Equal(["assessments/Mein_Check.yml:1: assessment slug 'Mein_Check' may only use lower-case letters a-z, digits and single dashes (write ae, oe, ue, ss for umlauts and ß)"], folder.Errors());
    }

    [Fact]
    public void A_malformed_check_reports_only_the_parsers_line()
    {
        using var folder = WithCheck(Valid.Replace("    reason: Der Kurs hilft.", "   reason: Der Kurs hilft.", StringComparison.Ordinal));

        var error = Assert.Single(folder.Load().Errors);
        Assert.Equal(File, error.Path);
        Assert.InRange(error.Line, 7, 8);
        Assert.StartsWith("malformed YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_list_the_parser_cannot_place_is_still_reported_as_malformed_not_thrown()
    {
        using var folder = WithCheck(Valid.Replace("recommend: [strategie]", "recommend: [strategie", StringComparison.Ordinal));

        var error = Assert.Single(folder.Load().Errors);
        Assert.Equal($"{File}:1: malformed YAML: the file could not be read; look for an unclosed '[', '{{' or quote", error.ToString());
    }

    private static ContentFolder WithCheck(string yaml) => ContentFolder.WithOneCourse().With(File, yaml);
}
