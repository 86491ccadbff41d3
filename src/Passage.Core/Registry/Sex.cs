namespace Passage.Core.Registry;

/// <summary>Sex as recorded at registration.</summary>
public enum Sex
{
    Female = 1,
    Male = 2,
}
