using Passage.Core.Accounts;
using Passage.Core.Common;

namespace Passage.Core.FamilyContact;

/// <summary>
/// Someone outside asks the agency for contact with a person they believe is a resident. The requester's details, whom they
/// seek and why are sealed in the database. The request moves from received to a confirmed candidate (or none), then to the
/// sought person's own answer, given privately; nothing of it reaches the requester but <see cref="RequesterAnswers"/>.
/// </summary>
public sealed class FamilyRequest
{
    private readonly List<FamilyContactMade> _contacts = [];

    private FamilyRequest()
    {
    }

    public Guid Id { get; private set; }

    public string Number { get; private set; } = "";

    public DateTimeOffset ReceivedAt { get; private set; }

    public string ReceivedByName { get; private set; } = "";

    public string RequesterName { get; private set; } = "";

    public RequesterRelationship Relationship { get; private set; }

    public string RequesterContact { get; private set; } = "";

    public IdentityCheck IdentityCheck { get; private set; }

    public string? IdentityCheckNote { get; private set; }

    /// <summary>The matching engine's keys of the requester's name, to count their requests (the name itself is sealed).</summary>
    public string RequesterKeys { get; private set; } = "";

    public string SoughtName { get; private set; } = "";

    public string? SoughtNameOtherScript { get; private set; }

    public int? SoughtBirthYear { get; private set; }

    public string? SoughtFatherName { get; private set; }

    public string? SoughtPlaceOfOrigin { get; private set; }

    /// <summary>The matching engine's keys of the sought name, to count the requests about one name.</summary>
    public string SoughtKeys { get; private set; } = "";

    public string Reason { get; private set; } = "";

    public FamilyRequestStage Stage { get; private set; }

    /// <summary>The registered person the tracing officer confirmed as the one sought; null until then, or when none was.</summary>
    public Guid? MatchedPersonId { get; private set; }

    public DateTimeOffset? MatchedAt { get; private set; }

    public string? MatchedByName { get; private set; }

    /// <summary>What the sought person said when asked privately, in their words as the agency recorded them.</summary>
    public string? AnswerNote { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public string? AnswerRecordedByName { get; private set; }

    public long Version { get; private set; }

    public IReadOnlyList<FamilyContactMade> Contacts => _contacts;

    internal static FamilyRequest Receive(string number, ValidFamilyRequestDetails details, Actor actor, DateTimeOffset now) => new()
    {
        Id = Guid.NewGuid(),
        Number = number,
        ReceivedAt = now,
        ReceivedByName = actor.UserName,
        RequesterName = details.RequesterName,
        Relationship = details.Relationship,
        RequesterContact = details.RequesterContact,
        IdentityCheck = details.IdentityCheck,
        IdentityCheckNote = details.IdentityCheckNote,
        RequesterKeys = details.RequesterKeys,
        SoughtName = details.SoughtName,
        SoughtNameOtherScript = details.SoughtNameOtherScript,
        SoughtBirthYear = details.SoughtBirthYear,
        SoughtFatherName = details.SoughtFatherName,
        SoughtPlaceOfOrigin = details.SoughtPlaceOfOrigin,
        SoughtKeys = details.SoughtKeys,
        Reason = details.Reason,
        Stage = FamilyRequestStage.Received,
    };

    /// <summary>The tracing officer confirms one registered person as the one sought, or that none is.</summary>
    internal Result<FamilyRequest> Confirm(Guid? personId, Actor actor, DateTimeOffset now)
    {
        if (Stage is not (FamilyRequestStage.Received or FamilyRequestStage.NoneFound))
        {
            return Problem.Refused($"The candidate is confirmed once, before the sought person is asked; this request is {FamilyRequestStages.Label(Stage).ToLowerInvariant()}.");
        }

        MatchedPersonId = personId;
        MatchedAt = now;
        MatchedByName = actor.UserName;
        Stage = personId is null ? FamilyRequestStage.NoneFound : FamilyRequestStage.AwaitingAnswer;
        Version++;
        return this;
    }

    /// <summary>Records the sought person's own answer, given alone with the agency. They may change it later.</summary>
    internal Result<FamilyRequest> Answer(ConsentAnswer answer, string? note, Actor actor, DateTimeOffset now)
    {
        if (MatchedPersonId is null || Stage is FamilyRequestStage.Accepted or FamilyRequestStage.MessageOnly)
        {
            return Problem.Refused(MatchedPersonId is null
                ? "Only the person confirmed as the one sought can be asked; confirm a candidate first."
                : "Their consent is in force; record its withdrawal before another answer.");
        }

        Stage = answer switch
        {
            ConsentAnswer.Accept => FamilyRequestStage.Accepted,
            ConsentAnswer.MessageOnly => FamilyRequestStage.MessageOnly,
            _ => FamilyRequestStage.Declined,
        };
        AnswerNote = note;
        AnsweredAt = now;
        AnswerRecordedByName = actor.UserName;
        Version++;
        return this;
    }

    /// <summary>The sought person withdraws their consent: from now on the requester gets the standard answer again.</summary>
    internal Result<FamilyRequest> WithdrawConsent(string note, Actor actor, DateTimeOffset now)
    {
        if (Stage is not (FamilyRequestStage.Accepted or FamilyRequestStage.MessageOnly))
        {
            return Problem.Refused("There is no consent in force to withdraw.");
        }

        Stage = FamilyRequestStage.ConsentWithdrawn;
        AnswerNote = note;
        AnsweredAt = now;
        AnswerRecordedByName = actor.UserName;
        Version++;
        return this;
    }

    /// <summary>Records a contact made through the agency, within what the sought person agreed to.</summary>
    internal Result<FamilyContactMade> RecordContact(ContactKind kind, string note, Actor actor, DateTimeOffset now)
    {
        var allowed = Stage == FamilyRequestStage.Accepted || (Stage == FamilyRequestStage.MessageOnly && kind == ContactKind.MessagePassed);
        if (!allowed)
        {
            return Problem.Refused(Stage == FamilyRequestStage.MessageOnly
                ? "They agreed to a message only; a call is not arranged."
                : "Contact is made only with the sought person's consent in force.");
        }

        var contact = new FamilyContactMade(Id, kind, note, actor.UserName, now);
        _contacts.Add(contact);
        Version++;
        return contact;
    }
}

/// <summary>A contact made through the agency on a request: a message passed or a call arranged.</summary>
public sealed class FamilyContactMade
{
    private FamilyContactMade()
    {
    }

    internal FamilyContactMade(Guid requestId, ContactKind kind, string note, string byName, DateTimeOffset at)
    {
        Id = Guid.NewGuid();
        RequestId = requestId;
        Kind = kind;
        Note = note;
        RecordedByName = byName;
        RecordedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid RequestId { get; private set; }

    public ContactKind Kind { get; private set; }

    /// <summary>What was passed or arranged. Sealed.</summary>
    public string Note { get; private set; } = "";

    public string RecordedByName { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }
}
