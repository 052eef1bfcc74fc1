using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Byline.Benchmarks;

/// <summary>
/// Throughput of a case relative to the case of the same job and method whose <c>Workers</c> parameter is 1:
/// the parallel speed-up, read off one run.
/// </summary>
public sealed class SpeedupColumn : IColumn
{
    public string Id => "SpeedupOverOneWorker";

    public string ColumnName => "vs 1 worker";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "vs 1 worker: throughput relative to the same job with one worker";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        BenchmarkCase? single = summary.BenchmarksCases.FirstOrDefault(c =>
            c.Job.DisplayInfo == benchmarkCase.Job.DisplayInfo
            && c.Descriptor == benchmarkCase.Descriptor
            && c.Parameters.Items.Any(p => p.Name == "Workers" && p.Value is 1));
        return single is not null
               && summary[single]?.ResultStatistics is { } baseline
               && summary[benchmarkCase]?.ResultStatistics is { } stats
            ? (baseline.Mean / stats.Mean).ToString("0.00", CultureInfo.InvariantCulture) + "x"
            : "-";
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
