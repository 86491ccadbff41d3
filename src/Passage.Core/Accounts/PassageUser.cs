using Microsoft.AspNetCore.Identity;

namespace Passage.Core.Accounts;

/// <summary>A person who signs in to Passage. Roles are Identity roles; <see cref="IsSupervisor"/> adds team queues.</summary>
public class PassageUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>Marks a supervisor of their role's team.</summary>
    public bool IsSupervisor { get; set; }

    /// <summary>For a country delegate: the ISO 3166 alpha-2 code of the country they represent.</summary>
    public string? CountryCode { get; set; }
}
