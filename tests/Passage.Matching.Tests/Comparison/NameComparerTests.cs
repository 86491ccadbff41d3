using Passage.Matching.Comparison;
using Passage.Matching.Normalisation;

namespace Passage.Matching.Tests.Comparison;

public class NameComparerTests
{
    [Theory]
    [InlineData("Ali Hosseini", "Ali Hosseini", NameLevel.Exact, "same spelling")]
    [InlineData("Hosseini Ali", "Ali Hosseini", NameLevel.Exact, "given and family names swapped")]
    [InlineData("Hosseini, Ali", "Ali Hosseini", NameLevel.Exact, "Family, Given")]
    [InlineData("Mohammadreza Karimi", "Mohammad Reza Karimi", NameLevel.Exact, "joined and split compound")]
    [InlineData("Mohammad-Reza Karimi", "Mohammadreza Karimi", NameLevel.Exact, "hyphenated and joined compound")]
    [InlineData("محمد‌رضا کریمی", "محمدرضا کریمی", NameLevel.Exact, "ZWNJ compound and joined compound")]
    [InlineData("Mohammad Hosseini", "محمد حسینی", NameLevel.Exact, "listed names across scripts")]
    [InlineData("Seyyed Ali Hosseini", "Ali Hosseini", NameLevel.Exact, "optional honorific on one side")]
    [InlineData("Muhammad Husseini", "Mohammad Hosseini", NameLevel.Variant, "Latin spelling variants")]
    [InlineData("Hossieni", "Hosseini", NameLevel.Variant, "vowel transposition keeps the skeleton")]
    [InlineData("Hurriya Jafari", "Hurriyeh Jafari", NameLevel.Variant, "female name endings")]
    [InlineData("Kourosh Shahbazi", "Kourosh Shahbazy", NameLevel.Variant, "final y for i in an unlisted surname")]
    [InlineData("Stanley Waller", "Stanley Walker", NameLevel.Close, "a consonant typo in a Latin name")]
    [InlineData("Azam Karimabadi", "Aem Karimabadi", NameLevel.Misspelt, "a bad misspelling of one token, the other exact")]
    [InlineData("Zahra Ahmadi", "Zahra Moradi", NameLevel.Different, "two listed surnames that look alike are two families")]
    [InlineData("Ali Reza Hosseini", "Ali Hosseini", NameLevel.Subset, "an extra token on one side")]
    [InlineData("Hossein Rezaei", "Hassan Rezaei", NameLevel.Different, "different given names with one skeleton")]
    [InlineData("Mahmoud Karimi", "Mohammad Karimi", NameLevel.Different, "Mahmoud is not Mohammad")]
    [InlineData("Ali Hosseini", "Ali Hosseinzadeh", NameLevel.Different, "different surname affixes")]
    [InlineData("Hamid Karimi", "حامد کریمی", NameLevel.Different, "Hamid is not Hamed, across scripts")]
    [InlineData("Saeed Karimi", "Saeedeh Karimi", NameLevel.Different, "a name and its feminine form")]
    [InlineData("Saied Karimi", "سعیده کریمی", NameLevel.Different, "a name and its feminine form across scripts")]
    [InlineData("Ali Rostami", "Alieh Rostami", NameLevel.Different, "Ali is not Alieh")]
    [InlineData("Soheil Amini", "سهیلا امینی", NameLevel.Different, "a feminine form in -a")]
    [InlineData("Reza Rahimi", "Reza Rahmani", NameLevel.Different, "Rahimi is not Rahmani")]
    [InlineData("Reza Karimi", "Reza Karimian", NameLevel.Different, "-i and -ian are two families")]
    [InlineData("Reza Tavakkoli", "Reza Tavakolian", NameLevel.Different, "-i and -ian of an unlisted stem")]
    [InlineData("رضا کریمی", "رضا کریمیان", NameLevel.Different, "-i and -ian in Persian script")]
    [InlineData("Reza Hosseinpour", "Reza Hosseinzadeh", NameLevel.Different, "-pour and -zadeh are two families")]
    [InlineData("Farshid Qorbanian", "Farshid Qorbanien", NameLevel.Variant, "-ian misspelt as -ien is not another family")]
    [InlineData("Hamideh Samannejad", "Hamideh Samannejed", NameLevel.Variant, "-nejad misspelt as -nejed")]
    [InlineData("Ashraf Fereydounpour", "Ashraf Fereydownpowr", NameLevel.Variant, "-pour spelled -powr")]
    [InlineData("Majid Burzuwzade", "Majid Burzuuzada", NameLevel.Variant, "-zade spelled -zada")]
    [InlineData("Azam Bahramzadeh", "Azam Bahramzede", NameLevel.Variant, "-zadeh spelled -zede, as -zade misspelt")]
    [InlineData("Maryam Rezaei", "Maryam Rezae", NameLevel.Variant, "-ei cut short to -e is the same surname")]
    [InlineData("Maryam Rezaee", "Maryam Rezae", NameLevel.Variant, "-ee cut short to -e is the same surname")]
    [InlineData("مریم رضایی", "مریم رضای", NameLevel.Variant, "-یی cut short to -ی is the same surname")]
    [InlineData("Maryam Rezae", "مریم رضایی", NameLevel.Variant, "a cut-short -ei against the whole surname in Persian script")]
    [InlineData("Ali Reza", "Ali Rezai", NameLevel.Different, "a stem ending in a vowel and its -i are still two names")]
    [InlineData("Reza Tavakkoli", "Reza Tavakol", NameLevel.Different, "-i and no affix: a short affix is never taken for a misspelling")]
    [InlineData("Reza Soleimanian", "Reza Soleyman", NameLevel.Different, "a stem without its -ian is not -ian misspelt")]
    [InlineData("Jalal Amini", "Jalil Amini", NameLevel.Different, "two listed names one letter apart are not a typo")]
    [InlineData("Naseer Amini", "Nasser Amini", NameLevel.Different, "an unlisted spelling of Nasir is not Nasser")]
    [InlineData("Mashhadi Hossein Karimi", "Hossein Karimi", NameLevel.Exact, "a pilgrim's title before the name")]
    [InlineData("کربلایی حسین کریمی", "حسین کریمی", NameLevel.Exact, "a pilgrim's title in Persian script")]
    [InlineData("Sayyid Ali Mousavi", "Seyed Ali Mousavi", NameLevel.Variant, "Sayyid and Seyed")]
    [InlineData("Ali Mashhadi", "Ali Mashhadi", NameLevel.Exact, "Mashhadi as the surname stays")]
    [InlineData("Gholam-Reza Karimi", "Gholamreza Karimi", NameLevel.Exact, "a hyphenated compound")]
    [InlineData("Gholam Reza Karimi", "غلامرضا کریمی", NameLevel.Variant, "a split compound across scripts")]
    [InlineData("Nazanin Mohammadi", "Mohamed Danialnia", NameLevel.Different, "a surname is not a given name and a surname run together")]
    [InlineData("Hossein Majidi", "Nahid Hosseni", NameLevel.Different, "a surname that begins like a given name is not the whole name")]
    [InlineData("Mohammadreza Karimi", "Mohamad Reza Karimi", NameLevel.Variant, "a compound spelled otherwise and split")]
    [InlineData("Kourosh Shahbazy", "Kourosh Shahbazi", NameLevel.Variant, "final y for i in a listed surname")]
    [InlineData("Hameed Rezaei", "Hamid Rezaei", NameLevel.Variant, "an unlisted long-vowel spelling of a listed name")]
    [InlineData("Reza Khosravi", "Reza Kosravi", NameLevel.Variant, "kh written as k: the h of a digraph lost")]
    [InlineData("Reza Bagheri", "Reza Bageri", NameLevel.Variant, "gh written as g")]
    [InlineData("Shahram Karimi", "Sahram Karimi", NameLevel.Variant, "sh written as s")]
    [InlineData("Reza Kosravi", "رضا خسروی", NameLevel.Variant, "k for خ across scripts")]
    [InlineData("Reza Bageri", "رضا باقری", NameLevel.Variant, "g for ق across scripts")]
    [InlineData("Maryam Fathi", "مریم فتحی", NameLevel.Variant, "th as the two letters ت ح")]
    [InlineData("Muhammadreza Abbasvand", "Mohammed Abbasvand", NameLevel.Partial, "a compound given name against its first part agrees in part")]
    [InlineData("علیرضا کریمی", "علی کریمی", NameLevel.Partial, "a compound and its first part in Persian script")]
    [InlineData("Alireza Karimi", "علی کریمی", NameLevel.Partial, "a compound and its first part across scripts")]
    [InlineData("علیرضا کریمی", "Alee Karimi", NameLevel.Partial, "a compound and a long-vowel spelling of its first part across scripts")]
    [InlineData("Mohammadi Karimi", "Mohammad Karimi", NameLevel.Different, "a surname affix is not the second part of a compound")]
    [InlineData("Zahra Sadeghi", "Kaveh Amini", NameLevel.Different, "nothing in common")]
    public void Compare_NamePairs_GiveTheExpectedLevel(string a, string b, NameLevel expected, string covers)
    {
        NameComparer.Compare(PreparedName.From(a), PreparedName.From(b)).Level.ShouldBe(expected, covers);
        NameComparer.Compare(PreparedName.From(b), PreparedName.From(a)).Level.ShouldBe(expected, covers + " (symmetric)");
    }

    [Fact]
    public void Compare_CloserSpelling_RanksHigher()
    {
        var query = PreparedName.From("Hossein Rezaei");
        var same = NameComparer.Compare(query, PreparedName.From("حسین رضایی")).Similarity;
        var other = NameComparer.Compare(query, PreparedName.From("Hassan Rezaei")).Similarity;
        same.ShouldBeGreaterThan(other);
    }
}
