namespace Passage.Core.FamilyContact;

public enum FamilyRequestStage
{
    Received = 1,
    NoneFound = 2,
    AwaitingAnswer = 3,
    Accepted = 4,
    MessageOnly = 5,
    Declined = 6,
    ConsentWithdrawn = 7,
}

public enum RequesterRelationship
{
    Parent = 1,
    Child = 2,
    Sibling = 3,
    Spouse = 4,
    OtherRelative = 5,
    Friend = 6,
}

/// <summary>How the agency checked who the requester is.</summary>
public enum IdentityCheck
{
    DocumentSeen = 1,
    KnownToPartnerAgency = 2,
    CallBackVerified = 3,
    NotChecked = 4,
}

/// <summary>The sought person's answer, asked alone.</summary>
public enum ConsentAnswer
{
    Accept = 1,
    MessageOnly = 2,
    Decline = 3,
}

public enum ContactKind
{
    MessagePassed = 1,
    CallArranged = 2,
}

/// <summary>Labels for people.</summary>
public static class FamilyRequestStages
{
    public static string Label(FamilyRequestStage stage) => stage switch
    {
        FamilyRequestStage.Received => "Received",
        FamilyRequestStage.NoneFound => "No one found",
        FamilyRequestStage.AwaitingAnswer => "Waiting for the sought person's answer",
        FamilyRequestStage.Accepted => "Contact accepted",
        FamilyRequestStage.MessageOnly => "A message only accepted",
        FamilyRequestStage.Declined => "Declined",
        FamilyRequestStage.ConsentWithdrawn => "Consent withdrawn",
        _ => stage.ToString(),
    };

    public static string Label(RequesterRelationship relationship) => relationship switch
    {
        RequesterRelationship.OtherRelative => "Other relative",
        _ => relationship.ToString(),
    };

    public static string Label(IdentityCheck check) => check switch
    {
        IdentityCheck.DocumentSeen => "Identity document seen",
        IdentityCheck.KnownToPartnerAgency => "Known to a partner agency",
        IdentityCheck.CallBackVerified => "Called back on a verified number",
        IdentityCheck.NotChecked => "Not checked",
        _ => check.ToString(),
    };

    public static string Label(ConsentAnswer answer) => answer switch
    {
        ConsentAnswer.Accept => "Accepts contact",
        ConsentAnswer.MessageOnly => "Accepts a message only",
        ConsentAnswer.Decline => "Declines",
        _ => answer.ToString(),
    };

    public static string Label(ContactKind kind) => kind == ContactKind.CallArranged ? "Call arranged" : "Message passed";
}

/// <summary>
/// The only texts a requester is ever told. The standard one is given whatever happened — no one found, a declined answer,
/// a person not reachable, deceased, injured, gone from the camp, consent withdrawn — so that the answers tell nothing; the
/// other two only while the sought person's consent is in force. Chosen from the stage alone (<see cref="For"/>).
/// </summary>
public static class RequesterAnswers
{
    public const string Standard =
        "Your request is registered. The agency does not say whether it found anyone or anything about anyone. "
        + "If contact becomes possible, the agency will get in touch with you through the details you gave.";

    public const string MessageOnly =
        "The agency can pass a written message from you. It will tell you nothing else; give the message to the agency's office.";

    public const string Contact =
        "The agency can pass a message from you or arrange a call through its office. It will get in touch with you to arrange it.";

    public static readonly IReadOnlyList<string> All = [Standard, MessageOnly, Contact];

    public static string For(FamilyRequestStage stage) => stage switch
    {
        FamilyRequestStage.Accepted => Contact,
        FamilyRequestStage.MessageOnly => MessageOnly,
        _ => Standard,
    };
}
