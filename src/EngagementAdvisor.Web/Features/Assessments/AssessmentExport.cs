using System.Globalization;
using System.Text.Json;
using CsvHelper;
using EngagementAdvisor.Core;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>
/// The admins' CSV export of stored results, written row by row as they are read (CsvHelper, ADR 19): one column per
/// question of the questionnaire, so a new question is exported without a change here. Columns are only ever added,
/// never renamed or removed; a new question's column comes after the last question's, before the ranking, so
/// spreadsheets read the columns by name (docs/api.md lists them).
/// </summary>
public sealed partial class AssessmentExport(AssessmentStore store, Questionnaire questionnaire)
{
    public const string ContentType = "text/csv; charset=utf-8";

    // A text cell that a spreadsheet would run as a formula (a label "=HYPERLINK(…)") is written as text. Without a
    // byte-order mark Excel reads the file in the system's code page, and "—" in a label or an answer comes out as "â€”".
    private static readonly CsvWriterOptions Options = new() { NewLine = "\n", Injection = CsvInjection.Escape, WriteByteOrderMark = true };

    public async Task WriteAsync(AssessmentFilter filter, Stream output, CancellationToken cancellationToken = default)
    {
        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        foreach (var name in Header()) csv.WriteField(name);
        await csv.EndRecordAsync(cancellationToken);
        await foreach (var row in store.ListAsync(filter, cancellationToken: cancellationToken))
        {
            csv.WriteField(row.Id.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(row.CreatedAt.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            csv.WriteField(row.WeightsVersion.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(row.Recommended.Id());
            foreach (var question in questionnaire.All) csv.WriteField(question.Kind == QuestionKind.Text ? Defused(row.Answers[question]) : row.Answers[question] ?? "");
            csv.WriteField(string.Join(" ", row.Ranking.Select(s => $"{s.Model.Id()}:{Formats.Score(s.Score)}")));
            csv.WriteField(row.Recommended.DisplayName());
            csv.WriteField(RankingInWords(row.Ranking));
            await csv.EndRecordAsync(cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }

    /// <summary>
    /// CsvHelper defuses a formula at the start of a cell; a spreadsheet whose list separator is ";" (most of Europe)
    /// splits "Acme;=2*3" into two cells, the second a formula. So every part that follows a separator and starts a
    /// formula is written as text too.
    /// </summary>
    public static string Defused(string? text) =>
        text is null ? "" : FormulaAfterSeparator().Replace(text, "$1'$2");

    [System.Text.RegularExpressions.GeneratedRegex(@"([,;|\t])(\s*[=+\-@])")]
    private static partial System.Text.RegularExpressions.Regex FormulaAfterSeparator();

    /// <summary>
    /// "Outsourcing (62), Outstaffing (50), …": the ranking as an admin reads it. Commas, not semicolons, between the
    /// models: a spreadsheet whose list separator is ";" would split the cell at each one.
    /// </summary>
    public static string RankingInWords(IEnumerable<Core.Scoring.ModelScore> ranking) =>
        string.Join(", ", ranking.Select(s => $"{s.Model.DisplayName()} ({Formats.Score(s.Score)})"));

    // The ids first, as they always were; the names in words were added by issue 22.
    private IEnumerable<string> Header() =>
        ["id", "created_at", "weights_version", "recommended_model", .. questionnaire.All.Select(q => JsonNamingPolicy.SnakeCaseLower.ConvertName(q.Field)), "ranking",
            "recommended_model_name", "ranking_names"];
}
