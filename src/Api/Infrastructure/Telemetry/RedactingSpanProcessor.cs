using System.Diagnostics;
using OpenTelemetry;

namespace SocialInsurance.Api.Infrastructure.Telemetry;

/// <summary>
/// The last line of defence before any exporter: every string tag of every span (HTTP paths, outgoing URLs, SQL text,
/// ours) that looks like personal data is masked. Our own spans are written not to need it; instrumentation we do not
/// own records URL paths, and a route could one day carry an ID number. Registered before the exporters, so they only
/// ever see the masked span.
/// </summary>
public sealed class RedactingSpanProcessor : BaseProcessor<Activity>
{
    public override void OnEnd(Activity data)
    {
        List<KeyValuePair<string, string>>? masked = null;
        foreach (var (key, value) in data.TagObjects)
        {
            if (value is string text && PersonalDataPattern.Contains(text))
            {
                (masked ??= []).Add(new(key, PersonalDataPattern.Redact(text)));
            }
        }

        foreach (var (key, text) in masked ?? [])
        {
            data.SetTag(key, text);
        }

        if (PersonalDataPattern.Contains(data.DisplayName))
        {
            data.DisplayName = PersonalDataPattern.Redact(data.DisplayName);
        }
    }
}
