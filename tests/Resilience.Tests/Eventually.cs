using System.Net.Http.Json;
using System.Text.Json;

namespace SocialInsurance.Resilience.Tests;

/// <summary>
/// Waits for work the restarted service does on its own (a timer job). The test runs in another process than the
/// service, so there is nothing to await but the service's answer; the deadline only bounds a failure.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(150);

    public static async Task<JsonElement> InstanceAsync(HttpClient admin, Guid instance, Func<JsonElement, bool> done)
    {
        var until = DateTimeOffset.UtcNow + Deadline;
        while (true)
        {
            var detail = await admin.GetFromJsonAsync<JsonElement>($"/api/admin/instances/{instance}");
            if (done(detail) || DateTimeOffset.UtcNow > until)
            {
                return detail;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }
}
