using System.Globalization;
using SocialInsurance.Api.Infrastructure.Problems;

namespace SocialInsurance.Api.Infrastructure.Input;

/// <summary>
/// The one rule set for text a client sends. Refused everywhere: control characters (C0 except tab and line breaks,
/// DEL, C1), bidirectional embeddings, overrides, isolates and marks (U+202E can make "gpj.exe" read "exe.jpg" in a
/// reviewer's screen), and broken UTF-16 (a lone surrogate from a <c>\ud800</c> escape). Single-line fields refuse tab
/// and line breaks too (they would forge lines in logs, CSV exports and letters); a required field refuses a value
/// that is only invisible characters (spaces, zero-width and format characters, Hangul fillers), which would show as
/// an empty name. <see cref="Http.JsonBodyGuard"/> applies <see cref="TextKind.MultiLine"/> to every string of every
/// JSON body; field readers add the single-line and visible checks where their field needs them.
/// </summary>
public static class TextInput
{
    /// <summary>Why a value was refused, as a code; null when it is acceptable.</summary>
    public static ErrorCode? Problem(string? value, TextKind kind = TextKind.SingleLine, bool required = false)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var visible = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    visible |= IsVisible(CharUnicodeInfo.GetUnicodeCategory(value, i), c);
                    i++;
                    continue;
                }

                return ErrorCodes.TextEncoding;
            }

            if (c is '\n' or '\r' or '\t')
            {
                if (kind == TextKind.SingleLine)
                {
                    return ErrorCodes.TextSingleLine;
                }

                continue;
            }

            if (char.IsControl(c))
            {
                return ErrorCodes.TextControl;
            }

            if (IsBidiControl(c))
            {
                return ErrorCodes.TextBidi;
            }

            visible |= IsVisible(CharUnicodeInfo.GetUnicodeCategory(c), c);
        }

        return required && !visible ? ErrorCodes.TextInvisible : null;
    }

    /// <summary>Adds the field error when the value is refused; true when it is acceptable.</summary>
    public static bool Check(FieldErrors errors, string field, string? value, TextKind kind = TextKind.SingleLine, bool required = false)
    {
        if (Problem(value, kind, required) is not { } problem)
        {
            return true;
        }

        errors.Add(field, problem);
        return false;
    }

    /// <summary>U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069: they reorder how the text around them is shown.</summary>
    public static bool IsBidiControl(char c) =>
        c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    private static bool IsVisible(UnicodeCategory category, char c) =>
        category is not (UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
        && c is not ('\u115F' or '\u1160' or '\u3164' or '\uFFA0' or '\u2800');
}
