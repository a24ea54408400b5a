namespace Academy.Domain.Catalogue;

public static class ReadingTime
{
    /// <summary>
    /// Beginners read a lesson on the phone, stop and take notes; 120 words a minute keeps the
    /// promised 3–6 minutes honest for 300–700 words.
    /// </summary>
    public const int WordsPerMinute = 120;

    public static int MinutesFor(int wordCount) =>
        Math.Max(1, (int)Math.Ceiling(wordCount / (double)WordsPerMinute));
}
