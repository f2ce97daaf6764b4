namespace SocialInsurance.Api.Infrastructure.Problems;

/// <summary>Collects every field problem of a request, so the client sees all of them at once, each as a code with arguments.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<ApiError>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public FieldErrors Add(string field, ApiError error)
    {
        if (!_errors.TryGetValue(field, out var errors))
        {
            _errors[field] = errors = [];
        }

        errors.Add(error);
        return this;
    }

    public FieldErrors Add(string field, ErrorCode code, object? args = null) => Add(field, code.With(args));

    /// <summary>A rule whose owner wrote its texts (the domain's <c>DomainError</c>), under the owner's code.</summary>
    public FieldErrors Add(string field, string code, string zh, string en) => Add(field, ApiError.Written(code, zh, en));

    public IReadOnlyDictionary<string, ApiError[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
