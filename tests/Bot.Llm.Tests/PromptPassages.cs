using System.Text.RegularExpressions;
using Bot.Llm.Tests.FakeOpenAI;

namespace Bot.Llm.Tests;

/// <summary>Reads the numbered passages out of a recorded prompt, so a scripted answer can cite the right numbers.</summary>
public static partial class PromptPassages
{
    [GeneratedRegex(@"^\[(\d+)\] ""[^""]*"": (.*)$", RegexOptions.Multiline)]
    private static partial Regex Line();

    public static IReadOnlyDictionary<int, string> Of(RecordedRequest request) =>
        Line().Matches(UserText(request)).ToDictionary(m => int.Parse(m.Groups[1].Value), m => m.Groups[2].Value.TrimEnd('\r'));

    /// <summary>The number of the passage that contains <paramref name="text"/>.</summary>
    public static int NumberOf(RecordedRequest request, string text) =>
        Of(request).First(p => p.Value.Contains(text, StringComparison.Ordinal)).Key;

    public static string UserText(RecordedRequest request) => request.Messages.Last(m => m.Role == "user").Content;

    public static string SystemText(RecordedRequest request) => request.Messages.First(m => m.Role == "system").Content;

    /// <summary>A completion written after seeing the prompt: <c>{text}</c> placeholders become that passage's number.</summary>
    public static ScriptedResponse Citing(string template, params string[] passageTexts) =>
        ScriptedResponse.From(request =>
        {
            var answer = template;
            for (var i = 0; i < passageTexts.Length; i++)
            {
                answer = answer.Replace("{" + i + "}", NumberOf(request, passageTexts[i]).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
            }

            return ScriptedResponse.Completion(answer);
        });
}
