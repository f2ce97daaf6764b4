using System.Text.Json;
using System.Text.Json.Serialization;
using SocialInsurance.Workflows.Execution.Tokens;

namespace SocialInsurance.Workflows.Persistence.Configurations;

/// <summary>
/// An instance's tokens as JSON, serialised by code generated at build time rather than by reflection: every step that
/// moves a token writes the whole list and every load reads it, a tenth of a task completion's CPU in the engine bench
/// through the reflection-based serializer (bench/README.md, issue 14). The web defaults (camelCase names, names matched
/// without regard to case) are those the column was written with from the start, so stored rows read unchanged.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(List<Token>))]
internal sealed partial class TokenJson : JsonSerializerContext;
