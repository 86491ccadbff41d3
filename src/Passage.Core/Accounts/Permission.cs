namespace Passage.Core.Accounts;

/// <summary>What a user may do with a kind of data. Granted to roles by <see cref="AccessPolicy"/>, the one table of DESIGN.md.</summary>
public enum Permission
{
    /// <summary>Read names, sex, birth and documents of every registered person.</summary>
    ReadBiodata,

    /// <summary>Register persons and change their biodata.</summary>
    WriteBiodata,

    /// <summary>Read specific needs in full.</summary>
    ReadSpecificNeeds,

    /// <summary>Record or change specific needs.</summary>
    WriteSpecificNeeds,

    /// <summary>See cases, their members and their history.</summary>
    ReadCases,

    /// <summary>Move persons between cases.</summary>
    ManageCaseMembers,

    /// <summary>Search the audit log.</summary>
    ReadAudit,

    /// <summary>Add users and give roles.</summary>
    ManageUsers,

    /// <summary>See aggregate counts.</summary>
    ReadAggregateReports,

    /// <summary>Export person records (only the fields the caller may see).</summary>
    ExportPersons,

    /// <summary>Import person records from a file.</summary>
    ImportPersons,

    /// <summary>Read interview records in full: who was present, preferences, protection concerns.</summary>
    ReadInterviewRecord,

    /// <summary>Record interviews and third-party lists.</summary>
    WriteInterviewRecord,

    /// <summary>Read a resident's choice and preferred countries, without the rest of the interview record.</summary>
    ReadResettlementChoice,

    /// <summary>Read pledges, referrals and decisions (a country delegate: those of their country only).</summary>
    ReadPledges,

    /// <summary>Record pledges, refer cases, submit dossiers and record exit clearance.</summary>
    WritePledges,

    /// <summary>Record a receiving country's decision on a referral (a country delegate: their country only).</summary>
    DecideReferrals,

    /// <summary>Set the weights of the referral priority score.</summary>
    ManagePriorityWeights,

    /// <summary>Put a case on hold and release it (screening hit, protection concern).</summary>
    HoldCases,

    /// <summary>Close a case: withdrawn, deceased (a walk-out closes it through its own flow).</summary>
    CloseCases,

    /// <summary>Book cases onto movements and record departure, no-show and arrival.</summary>
    ManageMovements,

    /// <summary>Record a request for voluntary repatriation and its clearance.</summary>
    ManageRepatriation,

    /// <summary>Read the categories of specific needs, without notes (a country delegate: in their country's dossiers).</summary>
    ReadNeedsSummary,

    /// <summary>Read only whether a person has specific needs, to plan an escort.</summary>
    ReadNeedsEscortSummary,

    /// <summary>Build a referral's submission dossier (a country delegate: of referrals submitted to their country).</summary>
    ReadDossier,

    /// <summary>Read why a case was put on hold or released.</summary>
    ReadHoldReasons,

    /// <summary>Read the whereabouts of residents who left the camp.</summary>
    ReadWhereabouts,

    /// <summary>Read the operation's internal notes on referrals and clearance.</summary>
    ReadInternalNotes,

    /// <summary>Read the account names of the staff who recorded something.</summary>
    ReadStaffNames,

    /// <summary>Open, by stating a reason, a record the role may not read otherwise, for a short time (break-glass).</summary>
    BreakGlass,

    /// <summary>Review emergency access and mark it justified or not.</summary>
    ReviewBreakGlass,

    /// <summary>Read movements, their bookings and manifests (a country delegate: movements to their country only).</summary>
    ReadMovements,

    /// <summary>Confirm that a passenger arrived (a country delegate: on movements to their country only).</summary>
    ConfirmArrivals,

    /// <summary>Record a walk-out: that residents left the camp, where they are now and what they ask for.</summary>
    WriteWhereabouts,

    /// <summary>Read incidents with the number of their casualties, never who they are.</summary>
    ReadIncidents,

    /// <summary>Record incidents and their casualties.</summary>
    WriteIncidents,

    /// <summary>Read who the casualties of an incident are, their injuries and medical follow-up, and the incident's sources.</summary>
    ReadCasualties,

    /// <summary>Read family contact requests: who asks, whom they seek, the candidates, the sought person's answer.</summary>
    ReadFamilyRequests,

    /// <summary>Receive family contact requests, search the registry for the sought person, record their answer and the contact made.</summary>
    WriteFamilyRequests,

    /// <summary>Read the requesters flagged for asking about many people or about people named in an incident.</summary>
    ReadFamilyRequestFlags,
}
