namespace Passage.Core.Accounts;

/// <summary>
/// The kinds of data DESIGN.md's table grants separately, as views and lists show them. Each is read with one
/// permission (<see cref="AccessPolicy.ReadPermission"/>); a view leaves out, and a filter refuses, what its viewer may not read.
/// </summary>
public enum FieldGroup
{
    /// <summary>Names, sex, birth, documents, camp location.</summary>
    Biodata,

    /// <summary>Specific needs in full, with their notes.</summary>
    SpecificNeeds,

    /// <summary>The categories of a person's specific needs, without notes (what a receiving country's dossier holds).</summary>
    NeedsSummary,

    /// <summary>Only whether a person has specific needs, so movement can plan an escort.</summary>
    NeedsEscortSummary,

    /// <summary>The interview record: who was present, protection concerns, the free text of preferences.</summary>
    InterviewRecord,

    /// <summary>The resident's choice and preferred countries.</summary>
    ResettlementChoice,

    /// <summary>Where a resident who left the camp is now, what they ask for and who is responsible (a walk-out record).</summary>
    Whereabouts,

    /// <summary>A case's status.</summary>
    CaseStatus,

    /// <summary>A case's history and the reasons of the steps that belong to no other group.</summary>
    CaseHistory,

    /// <summary>Pledges and referrals, and the reasons of the referral steps in a case's history.</summary>
    Referrals,

    /// <summary>A receiving country's reasons for its decisions.</summary>
    DecisionReasons,

    /// <summary>Why a case was put on hold or released.</summary>
    HoldReasons,

    /// <summary>The operation's own notes on referrals and clearance.</summary>
    InternalNotes,

    /// <summary>The account names of the staff who recorded something.</summary>
    StaffNames,

    /// <summary>The audit log.</summary>
    Audit,

    /// <summary>Movements, their bookings and manifests.</summary>
    Movements,

    /// <summary>Who the casualties of an incident are, their injuries and follow-up, and the incident's sources: the most dangerous data there is.</summary>
    Casualties,

    /// <summary>Family contact requests: who asks and how to reach them, whom they seek, why, and the sought person's answer.</summary>
    FamilyRequests,
}
