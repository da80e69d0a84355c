namespace Bot.Discord.Interactions;

/// <summary>Interaction and callback types of Discord's interactions API.</summary>
public static class InteractionTypes
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;
    public const int Autocomplete = 4;

    public const int Pong = 1;
    public const int ChannelMessage = 4;
    public const int DeferredChannelMessage = 5;
    public const int AutocompleteResult = 8;

    public const int EphemeralFlag = 64;
}
