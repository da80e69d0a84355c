namespace Bot.Host;

/// <summary>
/// Loads <c>.env</c> (the nearest one at or above the working directory) into the environment. Variables that are
/// already set win, so the real environment always overrides the file.
/// </summary>
public static class EnvironmentFile
{
    public static void Load()
    {
        try
        {
            DotNetEnv.Env.NoClobber().TraversePath().Load();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            Console.Error.WriteLine($"warning: could not read .env: {ex.Message}");
        }
    }
}
