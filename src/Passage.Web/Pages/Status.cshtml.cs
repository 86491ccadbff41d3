using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Passage.Web.Pages;

/// <summary>The page shown for an error status without its own body, such as 404.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        (Title, Explanation) = code switch
        {
            StatusCodes.Status404NotFound => ("Not found", "There is nothing here, or nothing you may see. Check the address or search the registry again."),
            StatusCodes.Status403Forbidden => ("Not allowed", "Your role does not give access to this page."),
            StatusCodes.Status400BadRequest => ("The request was not accepted", "The form may have expired. Go back, reload the page and try again."),
            _ => ("Something went wrong", "Passage could not finish this request."),
        };
    }
}
