using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace SocialInsurance.Api.Generators.ErrorCatalog;

/// <summary>
/// Reads a JSON object whose values are all strings (<c>{"code": "text", …}</c>), the one shape the catalog files have.
/// A generator cannot bring System.Text.Json into the compiler, and this shape needs no more than this.
/// </summary>
internal sealed class FlatJson
{
    private readonly string _text;
    private int _at;

    private FlatJson(string text) => _text = text;

    public static Dictionary<string, string> Parse(string text)
    {
        var reader = new FlatJson(text);
        var entries = new Dictionary<string, string>(System.StringComparer.Ordinal);
        reader.Expect('{');
        if (reader.Peek() == '}')
        {
            reader._at++;
            return entries;
        }

        while (true)
        {
            var key = reader.String();
            reader.Expect(':');
            var value = reader.String();
            if (entries.ContainsKey(key))
            {
                throw reader.Error($"'{key}' stands twice");
            }

            entries.Add(key, value);
            reader.SkipSpace();
            var next = reader.Next();
            if (next == '}')
            {
                reader.SkipSpace();
                return reader._at == text.Length ? entries : throw reader.Error("text after the object");
            }

            if (next != ',')
            {
                throw reader.Error("expected ',' or '}'");
            }
        }
    }

    private string String()
    {
        Expect('"');
        var value = new StringBuilder();
        while (true)
        {
            var c = Next();
            if (c == '"')
            {
                return value.ToString();
            }

            if (c != '\\')
            {
                value.Append(c);
                continue;
            }

            var escaped = Next();
            value.Append(escaped switch
            {
                '"' or '\\' or '/' => escaped,
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'b' => '\b',
                'f' => '\f',
                'u' => Unicode(),
                _ => throw Error($"unknown escape '\\{escaped}'"),
            });
        }
    }

    private char Unicode()
    {
        if (_at + 4 > _text.Length || !int.TryParse(_text.Substring(_at, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
        {
            throw Error("expected four hex digits after \\u");
        }

        _at += 4;
        return (char)code;
    }

    private void Expect(char expected)
    {
        SkipSpace();
        if (Next() != expected)
        {
            throw Error($"expected '{expected}'");
        }
    }

    private char Peek()
    {
        SkipSpace();
        return _at < _text.Length ? _text[_at] : '\0';
    }

    private char Next() => _at < _text.Length ? _text[_at++] : throw Error("unexpected end");

    private void SkipSpace()
    {
        while (_at < _text.Length && char.IsWhiteSpace(_text[_at]))
        {
            _at++;
        }
    }

    private InvalidDataException Error(string what) => new($"{what} at character {_at}");
}
