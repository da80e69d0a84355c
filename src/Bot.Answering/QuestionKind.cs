namespace Bot.Answering;

/// <summary>What a question asks for; decides which part of the story map or index answers it.</summary>
public enum QuestionKind
{
    General,
    Summary,
    Help,
    OutOfScope,
    WhoIs,
    Profile,
    Reaction,
    WhoDecided,
    Why,
    When,
    HowLong,
    HowMany,
    Where,
    GroupNames,
    WhoReacted,
    Sourcing,
    Meaning,
    WhatDecided,
    ListActors,
    Unknowns,
    ArticleEnd,
    ArticleDetails,
    Stakes,
}
