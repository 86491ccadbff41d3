namespace Passage.Core.Cases;

/// <summary>
/// Which flow owns a transition. Only <see cref="Generic"/> transitions are made by hand (the case page and
/// <c>POST /api/v1/cases/{id}/transitions</c>); every other one only by its own flow, which keeps the records
/// beside the case (interviews, referrals, decisions, clearances, movements) in step with its status.
/// </summary>
public enum CaseFlow
{
    /// <summary>No flow of its own: on hold and release, withdrawn.</summary>
    Generic = 1,

    /// <summary>Recording the individual interview of every adult of the case.</summary>
    Interview = 2,

    /// <summary>Referring the case to a pledge and submitting its dossier.</summary>
    Referral = 3,

    /// <summary>The receiving country's decision on a submitted referral.</summary>
    CountryDecision = 4,

    /// <summary>Exit clearance after acceptance.</summary>
    ExitClearance = 5,

    /// <summary>Booking onto a movement, departure, no-show and arrival.</summary>
    Movement = 6,

    /// <summary>Voluntary repatriation: request, clearance, departure.</summary>
    Repatriation = 7,

    /// <summary>Withdrawing the case's referral, with a reason, so its membership may change again.</summary>
    ReferralWithdrawal = 8,

    /// <summary>A protection officer recording that the case's residents left the camp and where they are now.</summary>
    WalkOut = 9,

    /// <summary>Recording a casualty of an incident: a death closes the case once none of its members is alive.</summary>
    Incident = 10,
}

/// <summary>Labels of <see cref="CaseFlow"/> for people.</summary>
public static class CaseFlows
{
    /// <summary>Where a user makes a transition of this flow.</summary>
    public static string Label(CaseFlow flow) => flow switch
    {
        CaseFlow.Interview => "recording the interview of every adult",
        CaseFlow.Referral => "the case's referral to a pledge (refer, submit the dossier)",
        CaseFlow.CountryDecision => "the receiving country's decision on the referral",
        CaseFlow.ExitClearance => "recording exit clearance on the referral",
        CaseFlow.Movement => "the movement flow (booking, departure, no-show, arrival)",
        CaseFlow.Repatriation => "the repatriation flow",
        CaseFlow.ReferralWithdrawal => "withdrawing the referral, with a reason",
        CaseFlow.WalkOut => "recording the walk-out (protection)",
        CaseFlow.Incident => "the security officer's record of a casualty of an incident",
        _ => "changing the case's status",
    };
}
