using Lucene.Net.Analysis.TokenAttributes;
using CoreTokenizer = Bot.Core.Text.Tokenizer;

namespace Bot.Retrieval;

/// <summary>
/// A Lucene tokenizer over the bot's own word splitter, so the index and the answerer see the same words
/// ("U.S." is the country, possessives dropped, contractions kept with their negation).
/// </summary>
public sealed class NewsTokenizer : Lucene.Net.Analysis.Tokenizer
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private List<Bot.Core.Text.Token> _tokens = [];
    private int _next;

    public NewsTokenizer(TextReader input)
        : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_next >= _tokens.Count)
        {
            return false;
        }

        var token = _tokens[_next++];
        _term.SetEmpty().Append(token.Lower);
        _offset.SetOffset(CorrectOffset(token.Start), CorrectOffset(token.Start + token.Length));
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        _tokens = CoreTokenizer.Tokenize(m_input.ReadToEnd());
        _next = 0;
    }
}
