namespace SocialInsurance.Workflows.Forms.Feel;

/// <summary>An expression outside the supported FEEL subset, or malformed; <see cref="Position"/> is the 0-based offset in the text.</summary>
public sealed class FeelException(string message, int position) : Exception(message)
{
    public int Position { get; } = position;
}
