using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Passage.Core.Accounts;
using Passage.Core.Common;
using Passage.Core.Interviews;
using Passage.Web.Pages.Persons;

namespace Passage.Web.Pages.Interviews;

/// <summary>
/// A person's interviews, every version, as the user's role may see them, and for protection officers the form that
/// records a new interview (which supersedes the earlier ones; nothing is changed in place).
/// </summary>
[Authorize(Policy = nameof(Permission.ReadResettlementChoice))]
public sealed class PersonModel(ViewInterviews view, RecordInterview record, Actor actor, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public InterviewForm Form { get; set; } = new();

    public PersonInterviews Person { get; private set; } = null!;

    public bool MayRecord => actor.Can(Permission.WriteInterviewRecord);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Form.HeldOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!MayRecord)
        {
            return NotFound();
        }

        ModelState.Clear();
        var result = await record.ExecuteAsync(Id, Form.ToDetails(), ct);
        if (result.Succeeded)
        {
            TempData.SetNotice("The interview was recorded; it is now the one in force.");
            return Redirect($"/Persons/{Id}/Interviews");
        }

        if (result.Problem!.Kind == ProblemKind.NotFound)
        {
            return NotFound();
        }

        result.Problem.AddTo(ModelState, nameof(Form));
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var result = await view.ExecuteAsync(Id, ct);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        Person = result.Value;
        return Page();
    }
}

/// <summary>The interview form as typed; countries are up to three ISO codes, each with its reason.</summary>
public sealed class InterviewForm
{
    public DateOnly HeldOn { get; set; }

    public string? Interviewer { get; set; }

    public string? Interpreter { get; set; }

    public string? Language { get; set; } = "Persian";

    /// <summary>Never assumed: the interviewer states it, and the form asks until they do.</summary>
    public bool? InterviewedAlone { get; set; }

    public string? OthersPresent { get; set; }

    public ResettlementChoice? Choice { get; set; }

    /// <summary>Asked only of a choice to return, and never assumed: the interviewer states it.</summary>
    public bool? InformedOfReturn { get; set; }

    public List<string?> Countries { get; set; } = ["", "", ""];

    public List<PreferenceReason> Reasons { get; set; } = [PreferenceReason.FamilyThere, PreferenceReason.FamilyThere, PreferenceReason.FamilyThere];

    public string? TravelWith { get; set; }

    public string? ProtectionConcerns { get; set; }

    public bool ConfidentialFromFamily { get; set; }

    /// <summary>The bound names of the fields in the order the form shows them, for the error summary.</summary>
    public static IReadOnlyList<string> FieldOrder { get; } = [.. new[]
    {
        nameof(HeldOn), nameof(Interviewer), nameof(Interpreter), nameof(Language), nameof(InterviewedAlone), nameof(OthersPresent), nameof(Choice), nameof(InformedOfReturn),
        nameof(InterviewDetails.PreferredCountries), nameof(TravelWith), nameof(ProtectionConcerns),
    }.Select(field => "Form." + field)];

    public InterviewDetails ToDetails() => new(
        HeldOn, Interviewer, Interpreter, Language, InterviewedAlone, OthersPresent, Choice ?? 0,
        Countries.Select((c, i) => (c, i)).Where(x => !string.IsNullOrWhiteSpace(x.c))
            .Select(x => new PreferenceDetails(x.c, x.i < Reasons.Count ? Reasons[x.i] : PreferenceReason.Other)).ToList(),
        (TravelWith ?? "").Split([',', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        ProtectionConcerns, ConfidentialFromFamily, InformedOfReturn: InformedOfReturn);
}
