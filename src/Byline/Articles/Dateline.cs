using Byline.Text;

namespace Byline.Articles;

/// <summary>Finds a dateline at the start of the first paragraph: "WASHINGTON (AP) —", "LONDON, March 5 (Reuters) -".</summary>
internal static class Dateline
{
    private const int MaxLength = 80;

    public static TextSpan? Find(string text, TextSpan paragraph)
    {
        ReadOnlySpan<char> s = text.AsSpan(paragraph.Start, Math.Min(paragraph.Length, MaxLength));
        int i = 0;
        int upper = 0;
        // The place in capitals: "WASHINGTON", "NEW YORK", "ST. LOUIS", "RIO DE JANEIRO".
        while (i < s.Length && (char.IsUpper(s[i]) || s[i] is ' ' or '.' or '\'' or '’' or '-' && i > 0 && char.IsUpper(s[i - 1])
               || (s[i] == ' ' && i + 1 < s.Length && char.IsUpper(s[i + 1]))))
        {
            upper += char.IsUpper(s[i]) ? 1 : 0;
            i++;
        }

        if (upper < 2)
        {
            return null;
        }

        // ", Calif.", ", March 5", ", Ukraine", ", Democratic Republic of the Congo"
        int j = i;
        if (j < s.Length && s[j] == ',')
        {
            j++;
            while (j < s.Length && s[j] != '(' && s[j] != '—' && s[j] != '–' && s[j] != '-' && j - i < 40)
            {
                j++;
            }
        }

        while (j < s.Length && s[j] == ' ')
        {
            j++;
        }

        if (j < s.Length && s[j] == '(')
        {
            int close = s[j..].IndexOf(')');
            if (close < 0 || close > 25)
            {
                return null;
            }

            j += close + 1;
            while (j < s.Length && s[j] == ' ')
            {
                j++;
            }
        }

        if (j >= s.Length || s[j] is not ('—' or '–' or '-' or ':'))
        {
            return null;
        }

        int dashEnd = j + 1;
        while (dashEnd < s.Length && s[dashEnd] == '-')
        {
            dashEnd++;
        }

        if (dashEnd >= s.Length || s[dashEnd] != ' ')
        {
            return null;
        }

        return new TextSpan(paragraph.Start, dashEnd);
    }
}
