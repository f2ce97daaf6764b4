namespace SocialInsurance.Workflows.Expressions;

/// <summary>
/// The text as written, <c>${ ... }</c> included, so a hit skips unwrapping too. Expressions and scripts compile
/// differently, so the same text is two entries.
/// </summary>
internal readonly record struct CacheKey(string Source, bool IsScript);
