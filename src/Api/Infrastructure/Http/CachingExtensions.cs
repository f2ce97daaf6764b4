namespace SocialInsurance.Api.Infrastructure.Http;

public static class CachingExtensions
{
    /// <summary>Marks a response as publicly cacheable (reference data: the same for everyone, changed only by configuration).</summary>
    public static TBuilder CachePublicly<TBuilder>(this TBuilder builder, TimeSpan maxAge)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            context.HttpContext.Response.Headers.CacheControl = $"public, max-age={(int)maxAge.TotalSeconds}";
            return result;
        });
}
