using System.Globalization;
using System.Text;
using Academy.Content;
using Academy.Data;
using Academy.Domain.Catalogue;
using Academy.Domain.Quizzes;
using Academy.Domain.Quizzes.Statistics;
using Academy.Web.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Academy.Web.Pages.Admin.Quizzes;

/// <summary>Item statistics of one quiz for the agency's editors, as a page and as a CSV for Excel.</summary>
[Authorize(Roles = AdminAccountOptions.Role)]
public sealed class StatisticsModel(AcademyDb db, CatalogueStore catalogue, IStringLocalizer<SiteText> text) : PageModel
{
    /// <summary>Practice attempts are for learning, with retries and feedback; only exam attempts measure the questions.</summary>
    public const string ExamMode = "exam";

    private const int PromptLength = 90;

    private Dictionary<string, Question> questionsById = [];

    public Course Course { get; private set; } = null!;

    public Quiz Quiz { get; private set; } = null!;

    public QuizStatistics Statistics { get; private set; } = null!;

    public int PracticeAttempts { get; private set; }

    public async Task<IActionResult> OnGetAsync(string course, string quiz, CancellationToken cancellationToken) =>
        await LoadAsync(course, quiz, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetCsvAsync(string course, string quiz, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(course, quiz, cancellationToken))
        {
            return NotFound();
        }

        var csv = ItemStatisticsCsv.Write(Statistics, item => PromptOf(item), flag => Describe(text, flag), text);
        // The byte order mark makes Excel in Germany read the file as UTF-8 instead of Windows-1252.
        byte[] bytes = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)];
        return File(bytes, "text/csv; charset=utf-8", $"{Course.Slug}-{Quiz.Slug}-statistik.csv");
    }

    /// <summary>The question's prompt, or a note that old attempts saw a question the quiz no longer has.</summary>
    public string PromptOf(ItemStatistics item) =>
        item.InQuiz ? item.Item.Prompt : text["Stats.Retired", item.Item.QuestionId];

    public string ShortPromptOf(ItemStatistics item)
    {
        var prompt = PromptOf(item).ReplaceLineEndings(" ");
        return prompt.Length <= PromptLength ? prompt : prompt[..(PromptLength - 1)].TrimEnd() + "…";
    }

    /// <summary>A response as the editor recognises it: a choice question's option label with its text.</summary>
    public string ResponseText(ItemStatistics item, string key) =>
        questionsById.GetValueOrDefault(item.Item.QuestionId) is ChoiceQuestion choice && LabelIndex(key) is { } index && index < choice.Options.Count
            ? $"{key} – {choice.Options[index]}"
            : key;

    public static string Describe(IStringLocalizer text, ItemFlag flag) =>
        flag.Kind == ItemFlagKind.WrongResponseOftenChosen
            ? text["Stats.Flag.WrongResponseOftenChosen", flag.Response ?? ""]
            : text["Stats.Flag." + flag.Kind];

    public string Percent(decimal ratio, string format = "0") =>
        text["Stats.Percent", (ratio * 100).ToString(format, CultureInfo.CurrentCulture)];

    /// <summary>The id the quiz engine stores a question's results under (see <see cref="QuestionResult"/>).</summary>
    // Until questions carry their own `id:`, that is `q` and the question's position in the file.
    public static string IdOf(Question question) => question.Id;

    public static string OptionLabel(int index) => ((char)('A' + index)).ToString();

    private static int? LabelIndex(string key) => key is [var letter] && letter is >= 'A' and <= 'Z' ? letter - 'A' : null;

    private static QuizItem ItemOf(Question question) => question switch
    {
        ChoiceQuestion choice => new QuizItem(
            IdOf(question),
            question.Prompt,
            [.. choice.Options.Select((_, index) => OptionLabel(index))],
            choice.Options.Select((_, index) => index).Where(choice.IsRightOption).Select(OptionLabel).ToHashSet(StringComparer.Ordinal)),
        _ => new QuizItem(IdOf(question), question.Prompt),
    };

    private async Task<bool> LoadAsync(string courseSlug, string quizSlug, CancellationToken cancellationToken)
    {
        if (catalogue.Current.FindCourse(courseSlug) is not { } course || course.FindQuiz(quizSlug) is not { } quiz)
        {
            return false;
        }

        Course = course;
        Quiz = quiz;
        questionsById = quiz.Questions.ToDictionary(IdOf, StringComparer.Ordinal);

        var submitted = db.QuizAttempts.AsNoTracking()
            .Where(a => a.CourseSlug == course.Slug && a.QuizSlug == quiz.Slug && a.SubmittedAtUtc != null);
        var exams = await submitted
            .Where(a => a.Mode == ExamMode)
            .OrderBy(a => a.SubmittedAtUtc).ThenBy(a => a.StartedAtUtc)
            .Select(a => new { a.ScorePercent, a.Passed, a.OutcomesJson })
            .ToListAsync(cancellationToken);
        PracticeAttempts = await submitted.CountAsync(a => a.Mode != ExamMode, cancellationToken);

        Statistics = ItemAnalysis.Analyse(
            [.. quiz.Questions.Select(ItemOf)],
            [.. exams.Select(a => new ScoredAttempt(a.ScorePercent, a.Passed, QuestionResults.FromJson(a.OutcomesJson)))]);
        return true;
    }
}
