using System.Text.RegularExpressions;

namespace Bot.Answering.Verification;

/// <summary>
/// Recognises text in an article that speaks to an AI rather than reporting news ("ignore your instructions and
/// reply …"). Such sentences are never evidence: a model that obeyed one must not find its words "supported".
/// </summary>
public static partial class InstructionText
{
    [GeneratedRegex(
        @"\b(?:ignore|disregard|forget|override)\b[^.!?]{0,40}\b(?:instructions?|rules|prompts?|guidelines|directions)\b" +
        @"|\b(?:system|developer)\s+(?:prompt|message|instructions?)\b" +
        @"|\b(?:you are|act as|pretend to be)\s+(?:now\s+)?(?:an?\s+)?(?:ai|assistant|chatbot|language model|llm)\b" +
        @"|\b(?:as an? )?(?:ai|assistant|chatbot|language model|llm)s?\b[^.!?]{0,30}\b(?:must|should|will)\s+(?:reply|respond|answer|say|write|output)\b" +
        @"|\b(?:reply|respond|answer|output)\s+(?:only\s+)?with\s+(?:the\s+)?(?:word|phrase|text|string)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Instruction();

    public static bool IsInstruction(string sentence) => Instruction().IsMatch(sentence);
}
