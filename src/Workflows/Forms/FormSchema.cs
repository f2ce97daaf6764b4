namespace SocialInsurance.Workflows.Forms;

/// <summary>A deployed form-js schema compiled for server-side checks: its input fields in document order.</summary>
public sealed record FormSchema(IReadOnlyList<FormField> Fields)
{
    public FormField? Field(string key) => Fields.FirstOrDefault(f => f.Key == key);
}
