using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Passage.Core.Audit;

namespace Passage.Core.Exports;

/// <summary>
/// An export that was allowed and is ready to write: its file name, type and columns. <see cref="WriteAsync"/> streams the
/// rows to the output as they are read and then audits what the file held: the list, its filters, the format and columns,
/// how many rows, the first and last record and a SHA-256 of every record's key (registration or case numbers), which
/// proves later which records a file held without keeping them all in the log. An export cut short is audited with what
/// it wrote so far.
/// </summary>
public sealed class ExportFile
{
    private readonly AuditLog _audit;
    private readonly string _entityType;
    private readonly string _filters;
    private readonly Func<CancellationToken, IAsyncEnumerable<ExportRow>> _rows;

    internal ExportFile(
        AuditLog audit, string list, string entityType, string filters, ExportFormat format, IReadOnlyList<string> columns,
        Func<CancellationToken, IAsyncEnumerable<ExportRow>> rows, IReadOnlyList<string>? hxl = null)
    {
        _audit = audit;
        _entityType = entityType;
        _filters = filters;
        _rows = rows;
        List = list;
        Format = format;
        Columns = columns;
        Hxl = hxl;
    }

    public string List { get; }

    public ExportFormat Format { get; }

    public IReadOnlyList<string> Columns { get; }

    /// <summary>The HXL hashtag row under the header: only ever on aggregate tables.</summary>
    public IReadOnlyList<string>? Hxl { get; }

    public string ContentType => TableFile.ContentType(Format);

    public string FileName => $"{List}{TableFile.Extension(Format)}";

    /// <summary>Writes the file and audits it; returns how many rows it held. <paramref name="progress"/> hears the count every 1,000 rows.</summary>
    public async Task<int> WriteAsync(Stream output, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var count = 0;
        string? first = null;
        string? last = null;
        using var keys = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var complete = false;
        try
        {
            await TableFile.WriteAsync(output, Format, Columns, Hxl, Cells(ct), ct);
            complete = true;
        }
        finally
        {
            var detail = string.Create(CultureInfo.InvariantCulture,
                $"export of {List}{(complete ? "" : " (interrupted)")}: {Format.ToString().ToUpperInvariant()}; filters: {_filters}; columns: {string.Join(", ", Columns)}; {count} rows");
            if (first is not null)
            {
                detail += $"; {first} to {last}; keys sha256 {Convert.ToHexStringLower(keys.GetHashAndReset())}";
            }

            await _audit.RecordNowAsync(AuditAction.Exported, _entityType, "export", detail, CancellationToken.None);
        }

        progress?.Report(count);
        return count;

        async IAsyncEnumerable<IReadOnlyList<string>> Cells([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken token)
        {
            await foreach (var row in _rows(token).WithCancellation(token))
            {
                first ??= row.Key;
                last = row.Key;
                keys.AppendData(Encoding.UTF8.GetBytes(row.Key + "\n"));
                count++;
                if (count % 1000 == 0)
                {
                    progress?.Report(count);
                }

                yield return row.Cells;
            }
        }
    }

    /// <summary>The SHA-256 the audit entry of an export names for these record keys, in the order written.</summary>
    public static string KeysHash(IEnumerable<string> keys) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(keys.Select(k => k + "\n")))));
}
