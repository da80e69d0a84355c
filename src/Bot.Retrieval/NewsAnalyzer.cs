using Bot.Core.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace Bot.Retrieval;

/// <summary>English analysis for news text: the bot's tokenizer, stop words removed, Porter2 (Snowball English) stems.</summary>
public sealed class NewsAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly CharArraySet s_stopSet = BuildStopSet();

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new NewsTokenizer(reader);
        TokenStream stream = new StopFilter(Version, source, s_stopSet);
        stream = new SnowballFilter(stream, new EnglishStemmer());
        return new TokenStreamComponents(source, stream);
    }

    private static CharArraySet BuildStopSet()
    {
        var set = new CharArraySet(Version, 256, ignoreCase: false);
        foreach (var word in "a an and are as at be been but by for if in into is it its of on or such that the their then there these they this to was were will with".Split(' '))
        {
            if (StopWords.IsStopWord(word))
            {
                set.Add(word);
            }
        }

        return set.AsReadOnly();
    }
}
