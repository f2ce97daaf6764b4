namespace SocialInsurance.Workflows.InstanceMigration;

/// <summary>
/// Why a plan or an instance cannot migrate, as data: a stable <see cref="Code"/> (see <see cref="MigrationProblemCodes"/>),
/// the element it is about, its arguments, and an English message (hosts render the code in the reader's language).
/// </summary>
public sealed record MigrationProblem(string Code, string ElementId, string Message, IReadOnlyDictionary<string, object?> Args)
{
    public static MigrationProblem Of(string code, string elementId, string message, object? args = null) =>
        new(code, elementId, message, args is null
            ? new Dictionary<string, object?>()
            : args.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(args), StringComparer.Ordinal));
}
