namespace Bot.Host;

/// <summary>Tells a command line apart from host settings ("--urls=...", "--environment=...").</summary>
public static class HostArguments
{
    private static readonly string[] s_cliOptions = ["--help", "-h", "-?", "--version"];

    public static bool AreHostSettingsOnly(string[] args) =>
        args.Length == 0 || args.All(a => a.StartsWith("--", StringComparison.Ordinal) && !s_cliOptions.Contains(a.Split('=')[0]));
}
