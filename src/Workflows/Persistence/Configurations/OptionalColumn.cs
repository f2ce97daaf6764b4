namespace SocialInsurance.Workflows.Persistence.Configurations;

/// <summary>
/// The filter of an index on a column most rows leave empty: only rows with a value are in it, so writing a row without
/// one touches one tree (and commits one page) fewer. Every lookup on such a column compares it with a value, which
/// SQLite's and PostgreSQL's planners both take as proof of <c>IS NOT NULL</c>, so the index still serves it
/// (OptionalColumnIndexesTests; the case store's report rows use it too, ReportIndexTests). The same SQL for both providers:
/// their quoting agrees.
/// </summary>
public static class OptionalColumn
{
    public static string HasValue(string column) => $"\"{column}\" IS NOT NULL";
}
