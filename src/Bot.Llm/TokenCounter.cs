using Microsoft.ML.Tokenizers;

namespace Bot.Llm;

/// <summary>Counts tokens as current OpenAI models do (o200k_base), to keep the context sent within budget.</summary>
public sealed class TokenCounter
{
    private readonly Lazy<Tokenizer> _tokenizer = new(() => TiktokenTokenizer.CreateForEncoding("o200k_base"));

    public int Count(string text) => string.IsNullOrEmpty(text) ? 0 : _tokenizer.Value.CountTokens(text);
}
