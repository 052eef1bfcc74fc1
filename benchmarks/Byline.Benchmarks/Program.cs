using BenchmarkDotNet.Running;
using Byline.Benchmarks;

if (args.Length > 0 && args[0].StartsWith("pathological", StringComparison.Ordinal))
{
    return PathologicalInputs.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
