using Academy.Domain.Quizzes;

namespace Academy.Content.Tests.Markdown;

/// <summary>A quiz.yml with every setting and every question type, read into the quiz the site grades.</summary>
public sealed class QuizFileTests
{
    private const string EveryType = """
        title: "Quiz – Alles"
        pass: 60
        mode: exam
        draw: 7
        shuffle: false
        scoring: partial
        attempts: 3
        cooldown: 10m
        grading: last
        feedback: immediate
        timeLimit: 15m
        review:
          score: always
          correctness: never
          answers: after-last-attempt
          explanations: after-pass
        questions:
          - type: single
            id: ziel-smart
            shuffle: false
            prompt: Welches Ziel ist SMART?
            options: ["Mehr Follower", "20 Anfragen bis März", "Alle oben"]
            answer: 1
            explanation: Nur das zweite ist messbar.
          - type: multiple
            prompt: Welche zeigen Interesse?
            options: [Gespeichert, Beiträge, Kommentare]
            answer: [0, 2]
            explanation: Handlungen.
          - type: truefalse
            prompt: Reichweite ist ein Ziel.
            answer: false
            explanation: Sie ist ein Mittel.
          - type: text
            prompt: Für wen schreibst du?
            answer: ["Zielgruppe", "Target group"]
            typos: 1
            explanation: Die Zielgruppe.
          - type: number
            prompt: Wie viele Stunden?
            answer: 1,5
            tolerance: 0.25
            unit: h
            explanation: Anderthalb.
          - type: order
            prompt: Bring in die richtige Reihenfolge
            items: [Ziel, Analyse, Plan]
            explanation: Erst das Ziel.
          - type: match
            prompt: Was passt?
            pairs:
              - left: Instagram
                right: Reels
              - left: LinkedIn
                right: Fachbeiträge
            distractors: [Anzeigen]
            explanation: So.
          - type: cloze
            prompt: Fülle die Lücken.
            text: "Plane {1} Minuten auf {2} Kanal."
            gaps:
              - answer: ["30", "dreißig"]
                typos: 0
              - options: [drei, einem]
                answer: 1
            explanation: Wenig, aber regelmäßig.
        """;

    [Fact]
    public void Every_setting_is_built_into_the_quiz()
    {
        var quiz = Load(EveryType).FindQuiz("ziele")!;

        Assert.Equal("Quiz – Alles", quiz.Title);
        Assert.Equal(60, quiz.PassPercent);
        Assert.Equal(
            new QuizSettings(
                QuizMode.Exam,
                Draw: 7,
                Shuffle: false,
                Scoring.Partial,
                Attempts: 3,
                Cooldown: TimeSpan.FromMinutes(10),
                Grading.Last,
                Feedback.Immediate,
                TimeLimit: TimeSpan.FromMinutes(15),
                new ReviewPolicy(true, false, Reveal.AfterLastAttempt, Reveal.AfterPass)),
            quiz.Settings);
    }

    [Fact]
    public void A_quiz_without_settings_gets_the_defaults()
    {
        using var folder = ContentFolder.WithOneCourse();

        var quiz = folder.Load().Catalogue!.Courses[0].FindQuiz("ziele")!;

        Assert.Equal(QuizSettings.Default, quiz.Settings);
        Assert.Equal(ReviewPolicy.Everything, quiz.Settings.ReviewPolicy);
        Assert.Equal(["q1", "q2"], quiz.Questions.Select(question => question.Id));
    }

    [Fact]
    public void Every_question_type_is_built_with_its_answer()
    {
        var questions = Load(EveryType).FindQuiz("ziele")!.Questions;

        Assert.Equal(["ziel-smart", "q2", "q3", "q4", "q5", "q6", "q7", "q8"], questions.Select(question => question.Id));
        Assert.Equal(["single", "multiple", "truefalse", "text", "number", "order", "match", "cloze"], questions.Select(question => question.Type));
        Assert.All(questions, question => Assert.False(string.IsNullOrEmpty(question.Explanation)));

        var single = Assert.IsType<SingleChoiceQuestion>(questions[0]);
        Assert.False(single.ShuffleChoices);
        Assert.True(single.IsRightOption(1));
        Assert.Equal("Welches Ziel ist SMART?", single.Prompt);
        var multiple = Assert.IsType<MultipleChoiceQuestion>(questions[1]);
        Assert.True(multiple.ShuffleChoices);
        Assert.Equal([true, false, true], Enumerable.Range(0, 3).Select(multiple.IsRightOption));
        Assert.False(Assert.IsType<TrueFalseQuestion>(questions[2]).IsTrue);
        var text = Assert.IsType<TextQuestion>(questions[3]);
        Assert.Equal(["Zielgruppe", "Target group"], text.Accepted);
        Assert.Equal(1, text.Typos);
        var number = Assert.IsType<NumberQuestion>(questions[4]);
        Assert.Equal((1.5m, 0.25m, "h"), (number.Answer, number.Tolerance, number.Unit));
        Assert.Equal(["Ziel", "Analyse", "Plan"], Assert.IsType<OrderQuestion>(questions[5]).Items);
        var match = Assert.IsType<MatchQuestion>(questions[6]);
        Assert.Equal(["Instagram", "LinkedIn"], match.Lefts);
        Assert.Equal(["Reels", "Fachbeiträge", "Anzeigen"], match.Rights);
        var cloze = Assert.IsType<ClozeQuestion>(questions[7]);
        Assert.Equal("Plane {1} Minuten auf {2} Kanal.", cloze.Text);
        Assert.Equal([ClozeGap.Typed(["30", "dreißig"]).Accepted, []], cloze.Gaps.Select(gap => gap.Accepted));
        Assert.Equal(["drei", "einem"], cloze.Gaps[1].Options);
        Assert.Equal("einem", cloze.Gaps[1].RightAnswer);
    }

    [Fact]
    public void The_built_quiz_grades_a_right_submission_of_every_type_in_full()
    {
        var quiz = Load(EveryType.Replace("draw: 7", "draw: 8", StringComparison.Ordinal)).FindQuiz("ziele")!;
        var presentation = quiz.Present(11);

        // Shuffle is off: order and match show alphabetically, everything else in file order.
        var form = QuizForm.Read(
            new Dictionary<string, IReadOnlyList<string>>
            {
                ["q1"] = ["1"],
                ["q2"] = ["0", "2"],
                ["q3"] = ["false"],
                ["q4"] = ["zielgrupe"],
                ["q5"] = ["1,6 h"],
                ["q6.0"] = ["2"], ["q6.1"] = ["3"], ["q6.2"] = ["1"],
                ["q7.0"] = ["2"], ["q7.1"] = ["1"],
                ["q8.1"] = ["Dreißig"], ["q8.2"] = ["1"],
            },
            presentation.Questions.Count);
        var grade = quiz.Grade(presentation, form);

        Assert.Equal(Enumerable.Range(1, 8), presentation.Questions.Select(question => question.Question.Number));
        Assert.Equal(100, grade.ScorePercent);
        Assert.Empty(grade.Problems);
    }

    [Fact]
    public void A_number_may_be_written_with_a_decimal_comma_or_point()
    {
        var quiz = Load(EveryType.Replace("answer: 1,5", "answer: 2.75", StringComparison.Ordinal).Replace("tolerance: 0.25", "tolerance: 0,5", StringComparison.Ordinal)).FindQuiz("ziele")!;

        var number = Assert.IsType<NumberQuestion>(quiz.Questions[4]);
        Assert.Equal((2.75m, 0.5m), (number.Answer, number.Tolerance));
    }

    [Fact]
    public void The_practice_pool_is_built_as_the_courses_uebung_quiz_in_practice_mode()
    {
        using var folder = ContentFolder.WithOneCourse().With(ContentFolder.PracticeFile, """
            title: Übung – Strategie
            pass: 50
            draw: 2
            attempts: 3
            feedback: deferred
            questions:
              - type: truefalse
                prompt: P?
                answer: true
                explanation: E.
              - type: truefalse
                prompt: P?
                answer: false
                explanation: E.
              - type: text
                prompt: P?
                answer: Zielgruppe
                explanation: E.
            """);

        var result = folder.Load();

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var course = result.Catalogue!.Courses[0];
        var practice = course.FindQuiz(Quiz.PracticeSlug);
        Assert.NotNull(practice);
        Assert.Same(course.Practice, practice);
        Assert.Equal(Quiz.PracticeSlug, practice.Slug);
        Assert.Equal(QuizMode.Practice, practice.Settings.Mode);
        Assert.Equal(0, practice.Settings.Attempts);
        Assert.Equal(Feedback.Immediate, practice.Settings.Feedback);
        Assert.Equal(2, practice.QuestionsPerAttempt);
        Assert.Equal(["Zielgruppe"], Assert.IsType<TextQuestion>(practice.Questions[2]).Accepted);
        Assert.Equal(["ziele"], course.Quizzes.Select(quiz => quiz.Slug));
        Assert.Equal(1, result.Catalogue.QuizCount);
    }

    [Fact]
    public void A_practice_pool_may_say_mode_practice()
    {
        using var folder = ContentFolder.WithOneCourse().With(ContentFolder.PracticeFile,
            "title: Übung\npass: 50\nmode: practice\nquestions:\n  - type: truefalse\n    prompt: P?\n    answer: true\n    explanation: E.\n");

        Assert.Empty(folder.Errors());
    }

    [Fact]
    public void A_course_without_practice_yml_has_no_practice_pool()
    {
        using var folder = ContentFolder.WithOneCourse();

        Assert.Null(folder.Load().Catalogue!.Courses[0].FindQuiz(Quiz.PracticeSlug));
    }

    private static Domain.Catalogue.Course Load(string quiz)
    {
        using var folder = ContentFolder.WithOneCourse().With(ContentFolder.QuizFile, quiz);
        var result = folder.Load();
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        return result.Catalogue!.Courses[0];
    }
}
