using System.Text.Json.Nodes;

namespace Bot.Discord.Tests;

/// <summary>Interaction payloads shaped as Discord sends them.</summary>
public static class Interactions
{
    public const string Ping = """{"id":"1","application_id":"111222333444555666","type":1,"token":"tok","version":1}""";

    public static string Command(string name, params (string Name, object Value)[] options) => Build(2, new JsonObject
    {
        ["id"] = "900",
        ["name"] = name,
        ["type"] = 1,
        ["options"] = new JsonArray([.. options.Select(o => (JsonNode)new JsonObject { ["name"] = o.Name, ["type"] = o.Value is bool ? 5 : 3, ["value"] = JsonValue.Create(o.Value) })]),
    });

    public static string Autocomplete(string typed) => Build(4, new JsonObject
    {
        ["id"] = "900",
        ["name"] = "who",
        ["type"] = 1,
        ["options"] = new JsonArray(new JsonObject { ["name"] = "name", ["type"] = 3, ["value"] = typed, ["focused"] = true }),
    });

    public static string Button(string customId) => Build(3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 });

    private static string Build(int type, JsonObject data) => new JsonObject
    {
        ["id"] = "123456789012345678",
        ["application_id"] = "111222333444555666",
        ["type"] = type,
        ["token"] = "interaction-token-abc",
        ["version"] = 1,
        ["guild_id"] = "42",
        ["channel_id"] = "77",
        ["member"] = new JsonObject { ["user"] = new JsonObject { ["id"] = "555", ["username"] = "ana" } },
        ["data"] = data,
    }.ToJsonString();
}
