namespace Passage.Core.Registry;

/// <summary>Sex as recorded at registration.</summary>
public enum Sex
{
    Female = 1,
    Male = 2,
}

/// <summary>Labels for people.</summary>
public static class Sexes
{
    public static string Label(Sex sex) => sex switch
    {
        Sex.Female => "Female",
        Sex.Male => "Male",
        _ => sex.ToString(),
    };
}
