using System.Text.Json;
using Byline;
using Byline.Cli;
using Byline.Serialization;

if (!CliOptions.TryParse(args, out CliOptions options, out string? error))
{
    if (!string.IsNullOrEmpty(error))
    {
        Console.Error.WriteLine($"byline: {error}");
    }

    Console.Error.WriteLine(CliOptions.Usage);
    return string.IsNullOrEmpty(error) ? 0 : 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return Analyzer.Run(options, Console.OpenStandardInput, Console.OpenStandardOutput(), Console.Error, cancellation.Token);
