namespace SocialInsurance.Workflows.Runtime;

public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize);
