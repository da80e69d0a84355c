namespace Bot.Benchmarks;

public static class Paths
{
    public static string Corpus()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "corpus");
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")) && Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return Path.Combine(dir.FullName, "corpus");
            }
        }

        throw new DirectoryNotFoundException("run from the repository");
    }
}
