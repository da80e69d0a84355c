using System.Text;
using Bot.Core.Replies;

namespace Bot.Host.Cli;

/// <summary>Writes a reply for people: notes, the answer, then the numbered sources with their quotes.</summary>
public static class ReplyPrinter
{
    public static string Format(BotReply reply)
    {
        var text = new StringBuilder();
        foreach (var note in reply.Notes)
        {
            text.Append("Note: ").AppendLine(note);
        }

        text.AppendLine(reply.Text);
        if (reply.Citations.Count > 0)
        {
            text.AppendLine().AppendLine("Sources:");
            foreach (var citation in reply.Citations)
            {
                text.Append('[').Append(citation.Marker).Append("] \u201C").Append(citation.Quote).Append("\u201D \u2014 ")
                    .Append(citation.Title).Append(" (").Append(citation.PassageId);
                if (!string.IsNullOrEmpty(citation.Url))
                {
                    text.Append(", ").Append(citation.Url);
                }

                text.AppendLine(")");
            }
        }

        return text.ToString();
    }
}
