namespace SocialInsurance.Api.Infrastructure.Http;

public static class CachingExtensions
{
    /// <summary>
    /// Marks a response as publicly cacheable (reference data: the same for everyone). An inner (endpoint) setting wins
    /// over an outer (group) one, so data administrators edit at run time can be cached for less than the catalogs.
    /// </summary>
    public static TBuilder CachePublicly<TBuilder>(this TBuilder builder, TimeSpan maxAge)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            var headers = context.HttpContext.Response.Headers;
            if (string.IsNullOrEmpty(headers.CacheControl))
            {
                headers.CacheControl = $"public, max-age={(int)maxAge.TotalSeconds}";
            }

            return result;
        });
}
