using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Passage.Core.FamilyContact;

/// <summary>
/// Who a requester is, for counting their requests against the limits: the matching engine's keys of their name
/// (script-neutral, so Karimi, Kareemi and کریمی meet) and every phone number and e-mail address in their contact details,
/// normalised. Two requests come from one requester when their name keys are the same or they share a phone number or an
/// e-mail address, directly or through other requests, so a requester who spells their own name another way, or adds a
/// name to it, is still counted as one as long as the agency can reach them the same way.
/// </summary>
public sealed partial record RequesterIdentity
{
    /// <summary>Phone numbers are compared on their last nine digits: the country code, the international prefix (00, +) and the trunk zero vary with who writes them.</summary>
    public const int PhoneDigits = 9;

    // Fewer digits than this are not a phone number (a year, a house number).
    private const int ShortestPhone = 7;

    private RequesterIdentity(string nameKeys, IReadOnlySet<string> contacts)
    {
        NameKeys = nameKeys;
        Contacts = contacts;
    }

    public string NameKeys { get; }

    /// <summary>The normalised phone numbers (<c>tel:</c> and their last <see cref="PhoneDigits"/> digits) and e-mail addresses (<c>mailto:</c>).</summary>
    public IReadOnlySet<string> Contacts { get; }

    public static RequesterIdentity Of(string nameKeys, string contactDetails)
    {
        var contacts = new HashSet<string>(StringComparer.Ordinal);
        var text = AsciiDigits(contactDetails.Normalize(NormalizationForm.FormKC));
        foreach (Match email in EmailPattern().Matches(text))
        {
            contacts.Add("mailto:" + Mailbox(email.Value));
        }

        foreach (Match phone in PhonePattern().Matches(EmailPattern().Replace(text, " ")))
        {
            var digits = new string(phone.Value.Where(char.IsAsciiDigit).ToArray());
            if (digits.Length >= ShortestPhone)
            {
                contacts.Add("tel:" + digits[Math.Max(0, digits.Length - PhoneDigits)..]);
            }
        }

        return new RequesterIdentity(nameKeys, contacts);
    }

    /// <summary>Whether both requests come from the same requester: the same name keys, or a phone number or e-mail address in common.</summary>
    public bool SameRequesterAs(RequesterIdentity other) =>
        string.Equals(NameKeys, other.NameKeys, StringComparison.Ordinal) || Contacts.Overlaps(other.Contacts);

    /// <summary>
    /// The positions in <paramref name="earlier"/> of the requests from this requester, in their order, linked through any
    /// chain: a request that shares only a new e-mail address with one that shares the name with this one is theirs too, so
    /// changing the name and the contact one at a time does not make a new requester.
    /// </summary>
    public IReadOnlyList<int> SameRequesterAmong(IReadOnlyList<RequesterIdentity> earlier)
    {
        var linked = new SortedSet<int>();
        var known = new List<RequesterIdentity> { this };
        for (var grew = true; grew;)
        {
            grew = false;
            for (var i = 0; i < earlier.Count; i++)
            {
                if (!linked.Contains(i) && known.Exists(k => k.SameRequesterAs(earlier[i])))
                {
                    linked.Add(i);
                    known.Add(earlier[i]);
                    grew = true;
                }
            }
        }

        return [.. linked];
    }

    // Lower-cased, with the sub-address (name+anything@) dropped: one mailbox however it is written.
    private static string Mailbox(string email)
    {
        var lower = email.ToLowerInvariant();
        var at = lower.IndexOf('@', StringComparison.Ordinal);
        var plus = lower.IndexOf('+', StringComparison.Ordinal);
        return plus > 0 && plus < at ? lower[..plus] + lower[at..] : lower;
    }

    // Persian and Arabic-Indic digits (۰۹۱۲, ٠٩١٢) as 0-9, so a number written in either script is the same number.
    private static string AsciiDigits(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsDigit(c) && !char.IsAsciiDigit(c) ? (char)('0' + (int)CharUnicodeInfo.GetNumericValue(c)) : c);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"[^\s@<>(),;:""\[\]]+@[^\s@<>(),;:""\[\]]+\.[a-z]{2,}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    // Digits with the separators people write inside one number: spaces, dashes, dots, brackets, a leading plus.
    [GeneratedRegex(@"\+?\(?\d[\d \-.()]*\d", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
