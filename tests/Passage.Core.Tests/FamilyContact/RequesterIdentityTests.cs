using Passage.Core.FamilyContact;

namespace Passage.Core.Tests.FamilyContact;

/// <summary>Who counts as one requester: the same name keys in either script, or a phone number or e-mail address in common however it is written.</summary>
public class RequesterIdentityTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Theory]
    [InlineData("Yousef Karimi", "+98 912 345 6789", "Yusuf Kareemi", "+46 70 000 1111", true, "a spelling the matching engine keys alike")]
    [InlineData("Yousef Karimi", "+98 912 345 6789", "یوسف کریمی", "+46 70 000 1111", true, "the same name in Arabic script")]
    [InlineData("Yousef Karimi", "+98 912 345 6789", "Joseph Karimi Tehrani", "0912-345-6789", true, "another name, the same phone with a trunk zero")]
    [InlineData("Yousef Karimi", "+98 912 345 6789", "J. K.", "00989123456789", true, "the same phone with an international prefix")]
    [InlineData("Yousef Karimi", "+98 912 345 6789", "J. K.", "۰۹۱۲ ۳۴۵ ۶۷۸۹", true, "the same phone in Persian digits")]
    [InlineData("Yousef Karimi", "+98 912 345 6789", "J. K.", "٠٩١٢ ٣٤٥ ٦٧٨٩", true, "the same phone in Arabic-Indic digits")]
    [InlineData("Maryam Sadeghi", "Maryam.Sadeghi@Example.org", "M. Sadeghi-Nejad", "write to maryam.sadeghi+family@example.org", true, "the same mailbox, other case, sub-address")]
    [InlineData("Maryam Sadeghi", "phone +98 21 5555 0101 or maryam@example.org", "Azadeh Moradi", "MARYAM@EXAMPLE.ORG", true, "one of two contacts in common")]
    [InlineData("Yousef Karimi", "+98 912 345 6789", "Reza Tehrani", "+98 912 345 6780", false, "another name and another number")]
    [InlineData("Maryam Sadeghi", "maryam@example.org", "Narges Ahmadi", "narges@example.org", false, "another name and another mailbox")]
    [InlineData("Maryam Sadeghi", "at the office since 2011, room 12", "Narges Ahmadi", "at the office since 2011, room 12", false, "a year and a room number are not a phone number")]
    public void SameRequesterAs_TheirNameOrContactWrittenAnotherWay_CountsOnlyTheSameRequesterAsOne(
        string name, string contact, string otherName, string otherContact, bool same, string why)
    {
        Identity(name, contact).SameRequesterAs(Identity(otherName, otherContact)).ShouldBe(same, why);
        Identity(otherName, otherContact).SameRequesterAs(Identity(name, contact)).ShouldBe(same, why);
    }

    [Fact]
    public void Of_ContactDetailsWithAPhoneAndAnEmail_KeepsTheLastNineDigitsAndTheLowerCasedMailbox() =>
        RequesterIdentity.Of("", "Tel. +49 (151) 2345-6789; Kamran.R+1@Example.ORG").Contacts
            .ShouldBe(["tel:123456789", "mailto:kamran.r@example.org"], ignoreOrder: true);

    [Fact]
    public void SameRequesterAmong_NameAndContactChangedOneAtATime_FollowsTheChainAndLeavesOthersOut()
    {
        var earlier = new[]
        {
            Identity("Yousef Karimi", "+98 912 345 6789"),
            Identity("Narges Ahmadi", "narges@example.org"),
            Identity("Joseph Tehrani", "yousef.k@example.org"),
            Identity("یوسف کریمی", "yousef.k@example.org"),
        };

        Identity("Joseph Tehrani", "+44 7700 900123").SameRequesterAmong(earlier).ShouldBe([0, 2, 3]);
    }

    private static RequesterIdentity Identity(string name, string contact)
    {
        var details = FamilyScene.AskingFor(requester: name, contact: contact).Validate(Today).Value;
        return RequesterIdentity.Of(details.RequesterKeys, details.RequesterContact);
    }
}
