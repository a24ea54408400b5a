namespace Academy.Domain.Quizzes.Statistics;

/// <summary>How a quiz went across its submitted exam attempts. Ratios are 0 to 1; round them only to show them.</summary>
/// <param name="MeanPercent">Null without attempts.</param>
/// <param name="MedianPercent">Null without attempts.</param>
/// <param name="PassRate">Share of attempts that passed; null without attempts.</param>
/// <param name="Items">The quiz's questions in order, then any question that attempts saw but the quiz no longer has.</param>
public sealed record QuizStatistics(int Attempts, decimal? MeanPercent, decimal? MedianPercent, decimal? PassRate, IReadOnlyList<ItemStatistics> Items);

/// <param name="InQuiz">False for a question that old attempts saw but the quiz no longer has.</param>
/// <param name="Seen">Attempts that were shown the question.</param>
/// <param name="Facility">Mean share of the question's points earned; null when nobody saw it.</param>
/// <param name="Discrimination">Upper–lower 27 % index; null with fewer than two attempts.</param>
/// <param name="Unanswered">Attempts that saw the question and gave no answer.</param>
/// <param name="Responses">How many attempts gave each response key, most frequent first.</param>
/// <param name="Flags">Hints for the editor; always empty below <see cref="ItemAnalysis.MinimumAttemptsForFlags"/>.</param>
public sealed record ItemStatistics(
    QuizItem Item,
    bool InQuiz,
    int Seen,
    decimal? Facility,
    decimal? Discrimination,
    int Unanswered,
    IReadOnlyList<ResponseCount> Responses,
    IReadOnlyList<ItemFlag> Flags)
{
    public bool HasEnoughAttemptsForFlags => Seen >= ItemAnalysis.MinimumAttemptsForFlags;
}

/// <param name="IsRight">Null when the question does not say and no attempt with full points tells.</param>
public sealed record ResponseCount(string Key, int Count, bool? IsRight);

public enum ItemFlagKind
{
    TooEasy,
    TooHard,
    DiscriminatesPoorly,
    WrongResponseOftenChosen,
}

/// <param name="Response">The wrong response key, for <see cref="ItemFlagKind.WrongResponseOftenChosen"/>.</param>
public sealed record ItemFlag(ItemFlagKind Kind, string? Response = null);
