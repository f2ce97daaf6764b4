namespace SocialInsurance.Api.Infrastructure.Problems;

/// <summary>A catalog entry: the stable code and its texts in both languages (see <see cref="ErrorCatalog"/>).</summary>
public sealed record ErrorCode(string Code, string Zh, string En)
{
    public ErrorText Text => new(Zh, En);

    public ApiError With(object? args = null) => ApiError.Of(this, args);

    public override string ToString() => Code;
}
