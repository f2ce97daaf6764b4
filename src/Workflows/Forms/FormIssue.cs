namespace SocialInsurance.Workflows.Forms;

/// <summary>
/// One problem, in Chinese and English. For a schema, <see cref="Path"/> points into the document
/// (<c>components[2].validate.required</c>); for a submission, it is the component's key.
/// </summary>
public sealed record FormIssue(string Path, string Zh, string En);
