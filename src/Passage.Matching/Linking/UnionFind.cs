namespace Passage.Matching.Linking;

/// <summary>Groups records linked by matched pairs into clusters (connected components).</summary>
public sealed class UnionFind
{
    private readonly int[] _parent;

    /// <summary>Creates <paramref name="count"/> singleton clusters.</summary>
    public UnionFind(int count)
    {
        _parent = new int[count];
        for (var i = 0; i < count; i++)
        {
            _parent[i] = i;
        }
    }

    /// <summary>The representative of the cluster of <paramref name="x"/>.</summary>
    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }

        return x;
    }

    /// <summary>Joins the clusters of <paramref name="a"/> and <paramref name="b"/>.</summary>
    public void Union(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra != rb)
        {
            _parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
    }
}
