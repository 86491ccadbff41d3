using Passage.Matching.Records;

namespace Passage.Matching.Blocking;

/// <summary>Which candidate pairs to visit, by the kind of the first block the two records share.</summary>
public enum BlockFilter
{
    /// <summary>Every candidate pair.</summary>
    All,

    /// <summary>
    /// Pairs that share a rare pair of name tokens (a block of at most <see cref="BlockIndex.RareBlock"/>
    /// records): mostly the same person, seldom a namesake, which is what a training session needs.
    /// </summary>
    NamePair,

    /// <summary>Pairs first found by another key (date of birth, attribute).</summary>
    Other,
}

/// <summary>
/// Blocks over a list of records: a union of keys (<see cref="BlockingKeys"/>) in which a key held by
/// more than <see cref="Cap"/> records is split by the refiners (birth year, father's name), and a
/// refined key still over the cap is dropped. Candidate pairs are the pairs that share a block; each is
/// produced once, from the first block (in block order) the two records share. For a linkage the records
/// are the left file followed by the right one, and only left–right pairs are produced.
/// </summary>
public sealed class BlockIndex
{
    private readonly int[] _recordStart;
    private readonly int[] _recordBlocks;
    private readonly int[] _start;
    private readonly int[] _members;
    private readonly KeyTable _keys;
    private readonly KeyKind[] _kinds;

    private BlockIndex(int[] recordStart, int[] recordBlocks, int[] start, int[] members, KeyTable keys, int leftCount, int cap)
    {
        _recordStart = recordStart;
        _recordBlocks = recordBlocks;
        _start = start;
        _members = members;
        _keys = keys;
        _kinds = [.. keys.Keys.Select(KeyHash.KindOf)];
        LeftCount = leftCount;
        Cap = cap;
    }

    /// <summary>The largest block of a rare pair of name tokens (<see cref="BlockFilter.NamePair"/>).</summary>
    public const int RareBlock = 6;

    /// <summary>The largest block kept.</summary>
    public int Cap { get; }

    /// <summary>For a linkage, the number of left records (the first ones); for a deduplication, the record count.</summary>
    public int LeftCount { get; }

    /// <summary>The number of indexed records.</summary>
    public int RecordCount => _recordStart.Length - 1;

    /// <summary>The number of blocks.</summary>
    public int BlockCount => _keys.Keys.Length;

    /// <summary>
    /// Builds the blocks of <paramref name="records"/>. With <paramref name="leftCount"/> below the record
    /// count, blocks link records before it to records from it on. With <paramref name="keepOversize"/>,
    /// over-common base keys are kept besides their refinements (for search, which chooses per query), and so are keys
    /// held by one record only: a search's query is the other half of the pair, so a record with a name of its own must
    /// still be found; so are the keys only a search uses (<see cref="BlockingKeys.Base"/>). Keys are counted by sorting, in parallel where it helps; no dictionary of keys is built.
    /// </summary>
    public static BlockIndex Build(IReadOnlyList<PreparedRecord> records, int cap, int? leftCount = null, bool keepOversize = false)
    {
        var (blocks, start, members) = Blocks(records, cap, keepOversize);
        Parallel.For(0, blocks.Keys.Length, b => Array.Sort(members, start[b], start[b + 1] - start[b]));
        var (recordStart, recordBlocks) = BlocksOfRecords(records.Count, start, members);
        return new BlockIndex(recordStart, recordBlocks, start, members, blocks, leftCount ?? records.Count, cap);
    }

    /// <summary>
    /// The kept keys, each block's start and its members (each block's members not yet sorted). A method of its own so
    /// that the records' keys are garbage once it returns, before each record's blocks are listed.
    /// </summary>
    private static (KeyTable Blocks, int[] Start, int[] Members) Blocks(IReadOnlyList<PreparedRecord> records, int cap, bool keepOversize)
    {
        var n = records.Count;
        var baseKeys = KeyLists.Gather(n, (i, list) => BlockingKeys.Base(records[i], list, forSearch: keepOversize));

        // Blocks: the keys held by 2..cap records (and, with keepOversize, over-common base keys and keys of one record).
        var fewest = keepOversize ? 1 : 2;
        var baseTable = KeyTable.Count(baseKeys.RunCount, (run, _) => baseKeys.OfRun(run), fewest);
        var refined = new RefinedKeys(records, baseKeys, baseTable, cap);
        var refinedTable = KeyTable.Count(refined.RunCount, refined.OfRun, fewest);

        bool KeptBase(int count) => count >= fewest && (count <= cap || keepOversize);
        bool KeptRefined(int count) => count >= fewest && count <= cap;
        var keys = new ulong[baseTable.Counts.Count(KeptBase) + refinedTable.Counts.Count(KeptRefined)];
        var blockSizes = new int[keys.Length];
        var next = 0;
        foreach (var (table, keep) in new[] { (baseTable, (Func<int, bool>)KeptBase), (refinedTable, KeptRefined) })
        {
            for (var k = 0; k < table.Keys.Length; k++)
            {
                if (keep(table.Counts[k]))
                {
                    keys[next] = table.Keys[k];
                    blockSizes[next++] = table.Counts[k];
                }
            }
        }

        Array.Sort(keys, blockSizes);
        var blocks = KeyTable.Of(keys, blockSizes);
        var start = new int[keys.Length + 1];
        for (var b = 0; b < keys.Length; b++)
        {
            start[b + 1] = start[b] + blockSizes[b];
        }

        // Records are filled in parallel and each block sorted after (in Build): members must ascend for PairsOf.
        var fill = start[..^1].ToArray();
        var members = new int[start[^1]];
        Parallel.For(0, n, () => new List<ulong>(), (i, _, scratch) =>
        {
            foreach (var key in baseKeys.Of(i))
            {
                Place(blocks.IndexOf(key), i, members, fill);
            }

            scratch.Clear();
            refined.Add(i, scratch);
            foreach (var key in scratch)
            {
                Place(blocks.IndexOf(key), i, members, fill);
            }

            return scratch;
        }, _ => { });
        return (blocks, start, members);
    }

    /// <summary>
    /// Each record's blocks, ascending, read off the blocks' members (walked in block order), in one flat array with
    /// each record's start.
    /// </summary>
    private static (int[] Start, int[] Blocks) BlocksOfRecords(int records, int[] blockStart, int[] members)
    {
        var start = new int[records + 1];
        foreach (var record in members)
        {
            start[record + 1]++;
        }

        for (var i = 0; i < records; i++)
        {
            start[i + 1] += start[i];
        }

        var next = start[..^1].ToArray();
        var blocks = new int[members.Length];
        for (var b = 0; b < blockStart.Length - 1; b++)
        {
            for (var k = blockStart[b]; k < blockStart[b + 1]; k++)
            {
                blocks[next[members[k]]++] = b;
            }
        }

        return (start, blocks);
    }

    /// <summary>The records of the block with this key, empty when there is none.</summary>
    public ReadOnlySpan<int> Members(ulong key) =>
        _keys.IndexOf(key) is var b and >= 0 ? _members.AsSpan(_start[b], _start[b + 1] - _start[b]) : [];

    /// <summary>
    /// Calls <paramref name="visit"/> for every candidate pair (i, j), i &lt; j, whose first record is
    /// <paramref name="record"/>; returns how many pairs it visited. <paramref name="filter"/> keeps only
    /// the pairs that share a block of one kind (for training sessions), each once.
    /// </summary>
    public long PairsOf(int record, Action<int, int> visit, BlockFilter filter = BlockFilter.All)
    {
        var linkage = LeftCount < RecordCount;
        if (linkage && record >= LeftCount)
        {
            return 0;
        }

        long visited = 0;
        var own = BlocksOf(record);
        foreach (var b in own)
        {
            if (!Kept(b, filter))
            {
                continue;
            }

            var members = _members.AsSpan(_start[b], _start[b + 1] - _start[b]);
            var from = members.BinarySearch(linkage ? LeftCount - 1 : record);
            from = from < 0 ? ~from : from + 1;
            for (var k = from; k < members.Length; k++)
            {
                var other = members[k];
                if (FirstCommon(own, BlocksOf(other), filter) == b)
                {
                    visit(record, other);
                    visited++;
                }
            }
        }

        return visited;
    }

    /// <summary>
    /// An upper bound of the number of candidate pairs kept by <paramref name="filter"/>: the pairs
    /// within each kept block, counting a pair once per block it shares. Cheap: no pair is visited.
    /// </summary>
    public long PairBound(BlockFilter filter = BlockFilter.All)
    {
        long bound = 0;
        for (var b = 0; b < BlockCount; b++)
        {
            if (Kept(b, filter))
            {
                long size = _start[b + 1] - _start[b];
                bound += size * (size - 1) / 2;
            }
        }

        return bound;
    }

    /// <summary>The number of candidate pairs (those kept by <paramref name="filter"/>).</summary>
    public long CountPairs(BlockFilter filter = BlockFilter.All)
    {
        long total = 0;
        Parallel.For(0, LeftCount, () => 0L, (i, _, sum) => sum + PairsOf(i, static (_, _) => { }, filter), sum => Interlocked.Add(ref total, sum));
        return total;
    }

    /// <summary>The smallest block records <paramref name="a"/> and <paramref name="b"/> share, or −1 (for diagnostics).</summary>
    internal int SmallestCommonBlock(int a, int b)
    {
        var best = -1;
        var other = BlocksOf(b);
        foreach (var block in BlocksOf(a))
        {
            if (other.BinarySearch(block) >= 0 && (best < 0 || SizeOfBlock(block) < SizeOfBlock(best)))
            {
                best = block;
            }
        }

        return best;
    }

    /// <summary>The kind of a block's key (for diagnostics).</summary>
    internal KeyKind KindOfBlock(int block) => _kinds[block];

    /// <summary>The number of records in a block (for diagnostics).</summary>
    internal int SizeOfBlock(int block) => _start[block + 1] - _start[block];

    /// <summary>True when records <paramref name="a"/> and <paramref name="b"/> share a block.</summary>
    public bool ShareBlock(int a, int b) => FirstCommon(BlocksOf(a), BlocksOf(b), BlockFilter.All) >= 0;

    /// <summary>The blocks of a record, ascending.</summary>
    private ReadOnlySpan<int> BlocksOf(int record) => _recordBlocks.AsSpan(_recordStart[record], _recordStart[record + 1] - _recordStart[record]);

    private bool Kept(int block, BlockFilter filter) => filter switch
    {
        BlockFilter.NamePair => _kinds[block] == KeyKind.NamePair && _start[block + 1] - _start[block] <= RareBlock,
        BlockFilter.Other => _kinds[block] == KeyKind.Other,
        _ => true,
    };

    /// <summary>The first block (in block order) kept by <paramref name="filter"/> that both block lists hold, or −1.</summary>
    private int FirstCommon(ReadOnlySpan<int> x, ReadOnlySpan<int> y, BlockFilter filter)
    {
        int i = 0, j = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j])
            {
                if (filter == BlockFilter.All || Kept(x[i], filter))
                {
                    return x[i];
                }

                i++;
                j++;
                continue;
            }

            if (x[i] < y[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return -1;
    }

    private static void Place(int block, int record, int[] members, int[] fill)
    {
        if (block >= 0)
        {
            members[Interlocked.Increment(ref fill[block]) - 1] = record;
        }
    }
}
