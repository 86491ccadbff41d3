namespace Passage.Core.Interviews;

/// <summary>What a resident said they want, alone with a caseworker. Only their own interview sets it.</summary>
public enum ResettlementChoice
{
    Resettle = 1,
    ReturnToOriginCountry = 2,
    Undecided = 3,
    Remain = 4,
}

/// <summary>Labels for people.</summary>
public static class ResettlementChoices
{
    public static string Label(ResettlementChoice choice) => choice switch
    {
        ResettlementChoice.Resettle => "Resettle to a third country",
        ResettlementChoice.ReturnToOriginCountry => "Return voluntarily to the origin country",
        ResettlementChoice.Undecided => "Undecided",
        ResettlementChoice.Remain => "Remain",
        _ => choice.ToString(),
    };
}
