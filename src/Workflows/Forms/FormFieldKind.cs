namespace SocialInsurance.Workflows.Forms;

/// <summary>What a submitted value must look like.</summary>
public enum FormFieldKind
{
    /// <summary>textfield, textarea, datetime: a string.</summary>
    Text,
    /// <summary>number: a JSON number.</summary>
    Number,
    /// <summary>checkbox: true or false.</summary>
    Boolean,
    /// <summary>radio, select: one of <see cref="FormField.Values"/>.</summary>
    Choice,
    /// <summary>checklist, taglist: a list of distinct <see cref="FormField.Values"/>.</summary>
    MultiChoice,
}
