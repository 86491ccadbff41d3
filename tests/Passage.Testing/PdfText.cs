using System.Text;
using UglyToad.PdfPig;

namespace Passage.Testing;

/// <summary>
/// The text a reader gets from a PDF, page by page. Arabic letters are drawn in their joined forms, which readers give as
/// presentation forms; like them, the text is brought back to the letters that were written (compatibility normalisation).
/// </summary>
public static class PdfText
{
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(page => page.Text.Normalize(NormalizationForm.FormKC)).ToList();
    }

    public static string All(byte[] pdf) => string.Join("\n", Pages(pdf));
}
