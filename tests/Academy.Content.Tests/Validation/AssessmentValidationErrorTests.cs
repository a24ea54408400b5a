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

        Assert.Equal([$"{File}:25: Frage 2, Option 1: 'strategy' ist kein Ergebnis; die Ergebnisse sind: strategie, agentur"], folder.Errors());
    }

    [Fact]
    public void A_recommendation_that_is_neither_course_nor_package_points_at_its_line()
    {
        using var folder = WithCheck(Valid.Replace("recommend: [strategie]", "recommend: [strategie, zeitt]", StringComparison.Ordinal));

        Assert.Equal([$"{File}:7: Ergebnis 1: 'zeitt' ist weder ein Kurs noch ein Paket; Kurse: strategie; Pakete: keine"], folder.Errors());
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

        Assert.Equal([$"{File}:1: 'title' fehlt oder ist leer"], folder.Errors());
    }

    [Fact]
    public void A_question_without_a_prompt_is_reported_on_its_first_line()
    {
        using var folder = WithCheck(Valid.Replace("    prompt: Wie viel Zeit hast du?\n", "", StringComparison.Ordinal));

        Assert.Equal([$"{File}:21: Frage 2: 'prompt' fehlt oder ist leer"], folder.Errors());
    }

    [Fact]
    public void A_question_with_one_option_is_reported_at_its_options()
    {
        using var folder = WithCheck(Valid.Replace("      - text: Genug\n        weights: {}", "", StringComparison.Ordinal));

        Assert.Equal([$"{File}:23: Frage 2: es gibt nur eine Option; eine Frage braucht mindestens zwei"], folder.Errors());
    }

    [Fact]
    public void A_question_without_options_is_reported()
    {
        using var folder = WithCheck(Valid[..Valid.IndexOf("    options:\n      - text: Kaum", StringComparison.Ordinal)]);

        Assert.Equal([$"{File}:21: Frage 2: 'options' fehlt; eine Frage braucht mindestens zwei"], folder.Errors());
    }

    [Fact]
    public void A_duplicate_question_id_is_reported_at_the_second_and_counts_the_default_id()
    {
        using var folder = WithCheck(Valid.Replace("id: zeit", "id: q1", StringComparison.Ordinal));

        Assert.Equal([$"{File}:21: Frage 2: die id 'q1' wird schon von Frage 1 (Zeile 15) verwendet; jede Frage braucht eine eigene id (ohne 'id:' heißt eine Frage q<Nummer>)"], folder.Errors());
    }

    [Fact]
    public void An_id_that_is_not_a_slug_is_reported()
    {
        using var folder = WithCheck(Valid.Replace("id: zeit", "id: Zeit pro Woche", StringComparison.Ordinal));

        Assert.Equal([$"{File}:21: Frage 2: die id 'Zeit pro Woche' darf nur Kleinbuchstaben a-z, Ziffern und einzelne Bindestriche enthalten"], folder.Errors());
    }

    [Fact]
    public void A_duplicate_outcome_key_is_reported_at_the_second()
    {
        using var folder = WithCheck(Valid.Replace("key: agentur", "key: strategie", StringComparison.Ordinal));

        Assert.Contains($"{File}:9: Ergebnis 2: der key 'strategie' wird schon von Ergebnis 1 (Zeile 4) verwendet; jedes Ergebnis braucht einen eigenen key", folder.Errors());
    }

    [Fact]
    public void An_outcome_without_text_is_reported_on_its_first_line()
    {
        using var folder = WithCheck(Valid.Replace("    text: Lass es machen.\n", "", StringComparison.Ordinal));

        Assert.Equal([$"{File}:9: Ergebnis 2: 'text' fehlt oder ist leer; erklär in einfachen Worten, was dieses Ergebnis bedeutet"], folder.Errors());
    }

    [Fact]
    public void An_outcome_without_a_key_is_reported_on_its_first_line()
    {
        using var folder = WithCheck(Valid.Replace("  - key: strategie\n    title: Plan fehlt", "  - title: Plan fehlt", StringComparison.Ordinal)
            .Replace("weights: { strategie: 2 }", "weights: {}", StringComparison.Ordinal)
            .Replace("agentur: 1, strategie: -1", "agentur: 1", StringComparison.Ordinal));

        Assert.Equal([$"{File}:4: Ergebnis 1: 'key' fehlt oder ist leer; die Gewichte nennen ein Ergebnis bei seinem key"], folder.Errors());
    }

    [Fact]
    public void An_outcome_that_recommends_nothing_and_offers_no_contact_is_reported()
    {
        using var folder = WithCheck(Valid.Replace("    contact: true\n", "", StringComparison.Ordinal));

        Assert.Equal([$"{File}:9: Ergebnis 2: 'recommend' fehlt oder ist leer; nenn mindestens einen Kurs- oder Paket-Slug, oder setz 'contact: true', um auf die Agentur zu verweisen"], folder.Errors());
    }

    [Fact]
    public void An_outcome_no_option_rewards_is_reported_because_it_could_never_be_recommended()
    {
        using var folder = WithCheck(Valid.Replace("weights: { agentur: 3 }", "weights: { strategie: 1 }", StringComparison.Ordinal)
            .Replace("agentur: 1, strategie: -1", "agentur: 0", StringComparison.Ordinal));

        Assert.Equal([$"{File}:9: Ergebnis 2: keine Option gibt 'agentur' Punkte, also kann der Check es nie empfehlen"], folder.Errors());
    }

    [Theory]
    [InlineData("zwei")]
    [InlineData("1.5")]
    [InlineData("101")]
    public void A_weight_that_is_not_a_whole_number_in_range_points_at_its_line(string points)
    {
        using var folder = WithCheck(Valid.Replace("weights: { strategie: 2 }", $"weights: {{ strategie: {points}, agentur: 1 }}", StringComparison.Ordinal));

        Assert.Equal([$"{File}:18: Frage 1, Option 1: das Gewicht für 'strategie' muss eine ganze Zahl von -100 bis 100 sein, nicht '{points}'"], folder.Errors());
    }

    [Fact]
    public void An_option_without_weights_is_reported_on_its_first_line()
    {
        using var folder = WithCheck(Valid.Replace("      - text: Genug\n        weights: {}", "      - text: Genug", StringComparison.Ordinal));

        Assert.Equal([$"{File}:26: Frage 2, Option 2: 'weights' fehlt; schreib 'weights: {{}}' für eine Option, die für kein Ergebnis zählt"], folder.Errors());
    }

    [Fact]
    public void Questions_that_are_not_a_list_are_reported()
    {
        using var folder = WithCheck(Valid[..Valid.IndexOf("questions:", StringComparison.Ordinal)] + "questions: Hast du ein Ziel?");

        Assert.Contains($"{File}:14: 'questions' muss eine Liste sein, jeder Eintrag beginnt mit '- prompt: ...'", folder.Errors());
    }

    [Fact]
    public void A_file_name_that_is_not_a_slug_is_reported()
    {
        using var folder = ContentFolder.WithOneCourse().With("assessments/Mein_Check.yml", Valid);

        Assert.Equal(["assessments/Mein_Check.yml:1: Slug 'Mein_Check' (Check) darf nur Kleinbuchstaben a-z, Ziffern und einzelne Bindestriche enthalten (schreib ae, oe, ue, ss für Umlaute und ß)"], folder.Errors());
    }

    [Fact]
    public void A_malformed_check_reports_only_the_parsers_line()
    {
        using var folder = WithCheck(Valid.Replace("    reason: Der Kurs hilft.", "   reason: Der Kurs hilft.", StringComparison.Ordinal));

        var error = Assert.Single(folder.Load().Errors);
        Assert.Equal(File, error.Path);
        Assert.InRange(error.Line, 7, 8);
        Assert.StartsWith("fehlerhaftes YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unclosed_list_the_parser_cannot_place_is_reported_at_the_line_that_opens_it()
    {
        using var folder = WithCheck(Valid.Replace("recommend: [strategie]", "recommend: [strategie", StringComparison.Ordinal));

        var error = Assert.Single(folder.Load().Errors);
        Assert.Equal($"{File}:7: fehlerhaftes YAML: die Datei lässt sich nicht lesen; such nach einem nicht geschlossenen '[', '{{' oder Anführungszeichen", error.ToString());
    }

    private static ContentFolder WithCheck(string yaml) => ContentFolder.WithOneCourse().With(File, yaml);
}
