namespace Passage.Web.Pages;

/// <summary>The id a form field gets from its bound name, as the tag helpers make it ("Form.GivenName" becomes "Form_GivenName").</summary>
public static class FieldIds
{
    public static string Of(string name) => name.Replace('.', '_').Replace('[', '_').Replace(']', '_');
}
