using Bot.Core.Replies;

namespace Bot.Answering.Verification;

/// <summary>
/// A model's answer after the citation check: the sentences that survived, each with the corpus sentences that
/// back it; whether the model said the passages don't answer; and what the check changed.
/// </summary>
public sealed record VerifiedAnswer(AnswerDraft Draft, bool ModelSaidNotFound, VerificationReport Report)
{
    /// <summary>True when nothing the model wrote is both supported and cited.</summary>
    public bool NothingSupported => !Draft.Parts.Any(p => p.Evidence.Count > 0);
}
