using System.Text.Json.Nodes;
using Bot.Slack.Protocol;

namespace Bot.Slack.Rendering;

/// <summary>
/// Lays blocks out in order over as many messages as needed. Each message holds at most the given number of blocks,
/// measures at most <see cref="SlackLimits.MaxMessageBlockChars"/> characters (<see cref="BlockSize"/>), and gets a
/// non-empty, escaped <c>text</c> fallback of at most <see cref="SlackLimits.MaxFallbackChars"/> characters built from
/// its own blocks.
/// </summary>
internal sealed class MessagePacker(int maxBlocks, string defaultFallback)
{
    private readonly List<SlackMessage> _messages = [];
    private readonly List<string> _fallback = [];
    private JsonArray _blocks = [];
    private int _size = 2;

    public void Add(RenderedBlock rendered)
    {
        var size = BlockSize.Of(rendered.Block) + 1;
        if (_blocks.Count > 0 && (_blocks.Count >= maxBlocks || _size + size > SlackLimits.MaxMessageBlockChars))
        {
            Flush();
        }

        _blocks.Add(rendered.Block);
        _size += size;
        if (rendered.Fallback.Length > 0)
        {
            _fallback.Add(rendered.Fallback);
        }
    }

    public void AddRange(IEnumerable<RenderedBlock> blocks)
    {
        foreach (var block in blocks)
        {
            Add(block);
        }
    }

    public IReadOnlyList<SlackMessage> Finish()
    {
        if (_blocks.Count > 0)
        {
            Flush();
        }

        return _messages;
    }

    private void Flush()
    {
        var text = _fallback.Count > 0 ? string.Join("\n", _fallback) : defaultFallback;
        _messages.Add(new SlackMessage(EscapedText.Truncate(text, SlackLimits.MaxFallbackChars), _blocks));
        _blocks = [];
        _fallback.Clear();
        _size = 2;
    }
}
