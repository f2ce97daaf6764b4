namespace SocialInsurance.Workflows.Validation;

/// <summary>
/// Ids are document-wide in BPMN (they are XML IDs), and the engine keys nodes, flows, journals and bookmarks by them:
/// a repeated id would make two elements indistinguishable.
/// </summary>
internal static class UniqueIdRules
{
    public const string DuplicateId = "duplicate-id";

    public static IEnumerable<ValidationIssue> Check(IEnumerable<(string Id, string ElementType)> elements)
    {
        var firstTypes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, type) in elements)
        {
            if (id.Length == 0)
                continue;
            if (!firstTypes.TryAdd(id, type))
                yield return new ValidationIssue(id, type, DuplicateId,
                    $"Expected a unique id, but '{id}' is already used by a {firstTypes[id]}");
        }
    }
}
