namespace SocialInsurance.Api.Features.SavedFilters;

/// <summary>
/// A reviewer's named inbox filter: the inbox URL's query string as the Studio writes it (scope, process, region, due
/// window, sort), so opening it is opening that URL and sharing it is sharing the link. Search text is not kept: it can
/// be an ID number, which must not sit in a URL.
/// </summary>
public sealed class SavedFilter
{
    public const int MaxNameLength = 60;
    public const int MaxQueryLength = 1000;

    public Guid Id { get; init; }
    public required string UserName { get; init; }
    public required string Name { get; set; }
    public required string Query { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
}
