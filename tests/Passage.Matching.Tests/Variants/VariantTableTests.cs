using Passage.Matching.Normalisation;
using Passage.Matching.Variants;

namespace Passage.Matching.Tests.Variants;

public class VariantTableTests
{
    [Theory]
    [InlineData("Mohammad", "Muhammad", "Latin spellings of one given name")]
    [InlineData("Mohammad", "محمد", "Latin and Arabic script")]
    [InlineData("Davood", "Daoud", "spellings the skeleton cannot join")]
    [InlineData("Rezaei", "رضایی", "derived surname in both scripts")]
    [InlineData("Rezaei", "Rezaee", "derived surname, two Latin suffix spellings")]
    [InlineData("Hosseinzadeh", "حسین‌زاده", "derived -zadeh surname across scripts")]
    [InlineData("Hurriya", "Hurriyeh", "female name, two endings")]
    [InlineData("Abdul Rahman", "عبدالرحمن", "abd name across scripts")]
    public void Lookup_Variants_ShareACluster(string a, string b, string covers)
    {
        Cluster(a).ShouldBeGreaterThanOrEqualTo(0, covers);
        Cluster(a).ShouldBe(Cluster(b), covers);
    }

    [Theory]
    [InlineData("Hassan", "Hossein", "names with one skeleton")]
    [InlineData("Mahmoud", "Mohammad", "names with one skeleton")]
    [InlineData("Hosseini", "Hosseinzadeh", "different affixes of one base")]
    public void Lookup_DifferentNames_AreDifferentClusters(string a, string b, string covers)
    {
        Cluster(a).ShouldNotBe(Cluster(b), covers);
    }

    [Fact]
    public void Lookup_UnknownToken_HasNoCluster()
    {
        Cluster("Zxqwy").ShouldBe(NameToken.NoCluster);
    }

    [Fact]
    public void Describe_DerivedCluster_NamesBaseAndAffix()
    {
        VariantTable.Default.Describe(Cluster("Hosseini")).ShouldBe("hossein+i");
    }

    private static int Cluster(string name)
    {
        var tokens = PreparedName.From(name);
        return tokens.Tokens.Count == 1 ? tokens.Tokens[0].Cluster : tokens.JoinedArray[0].Cluster;
    }
}
