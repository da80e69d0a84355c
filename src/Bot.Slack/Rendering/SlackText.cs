using System.Text;

namespace Bot.Slack.Rendering;

/// <summary>
/// Makes text safe for Slack <c>mrkdwn</c> and the message <c>text</c> field. Slack treats only <c>&amp;</c>,
/// <c>&lt;</c> and <c>&gt;</c> as control characters, so exactly those three are replaced by their HTML entities; this
/// turns <c>&lt;!channel&gt;</c>, <c>&lt;!here&gt;</c>, <c>&lt;@U123&gt;</c> and links written by users, models or
/// articles into inert text. Call it once per piece of raw text: escaping already-escaped text would show entities.
/// </summary>
public static class SlackText
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
