namespace Bot.Slack.Protocol.Tests.SocketMode;

/// <summary>An <c>apps.connections.open</c> call as the stand-in saw it; <paramref name="At"/> is read from the test's clock.</summary>
public sealed record OpenRequest(string Method, string? Authorization, string? ContentType, string Body, DateTimeOffset At);
