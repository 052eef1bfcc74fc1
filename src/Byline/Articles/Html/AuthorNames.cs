namespace Byline.Articles.Html;

/// <summary>Cleans author strings from meta tags and bylines into names: "By Jane Doe and John Roe | Reuters" gives two names.</summary>
internal static class AuthorNames
{
    private static readonly string[] Prefixes =
    [
        "written by", "posted by", "reported by", "eingestellt von", "geschrieben von", "gespeichert von", "publié par",
        "blog beitrag von", "beitrag von", "text von", "words by", "story by", "text by", "by", "von", "par", "por", "door",
        "text:", "texto:", "autor:", "autorin:", "author:", "autore:", "auteur:", "redaktion:", "from", "interview:", "von:", "by:",
        "written by:", "text und fotos:", "fotos:",
    ];

    private static readonly HashSet<string> NotNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "staff", "writer", "reporter", "correspondent", "editor", "editors", "contributor", "news", "desk", "team", "redaktion",
        "online", "agency", "agencies", "updated", "published", "posted", "share", "follow", "email", "twitter", "facebook",
        "admin", "administrator", "uhr", "min", "read", "minutes", "guest", "gastautor", "autor", "autorin", "author", "homepage", "home", "more", "all",
        "articles", "posts", "view", "profile", "about", "the", "und", "and", "comments", "comment", "photo", "photos",
        "image", "video", "am", "um", "pm", "on", "at", "de", "en", "in", "le", "la", "editorial", "press", "release",
        "redacción", "rédaction", "redazione", "newsroom", "webmaster", "dpa", "afp", "reuters", "ap", "apa", "kna", "epd",
    };

    /// <summary>Splits and cleans an author string into names; empty when it names nobody.</summary>
    /// <param name="raw">The author string.</param>
    /// <param name="structured">The string comes from a field meant for authors (JSON-LD, meta author), so a single
    /// word ("Redaktion", "Floyd") counts as a name too.</param>
    public static List<string> Parse(string raw, bool structured = false)
    {
        var names = new List<string>();
        string s = Collapse(raw);
        if (s.Length == 0 || s.Length > 300 || s.StartsWith("http", StringComparison.OrdinalIgnoreCase) || s.Contains('@', StringComparison.Ordinal) && !s.Contains(' ', StringComparison.Ordinal))
        {
            return names;
        }

        // A byline often goes on with a place, an outlet or a date after a separator.
        int cut = s.AsSpan().IndexOfAny("•·\n(");
        if (cut > 0)
        {
            s = s[..cut];
        }

        foreach (string sep in new[] { ", updated", ", published", " am ", " on ", " um ", " le ", " el ", " il ", " em ", " at ", " @ " })
        {
            // Lower case only: " Le " in "Loïc Le Clerc" is a name particle, " le " before a date is not.
            int at = s.IndexOf(sep, sep.StartsWith(", ", StringComparison.Ordinal) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
            if (at > 0)
            {
                s = s[..at];
            }
        }

        s = CutAtCredit(s);
        s = CutAtDate(s);
        foreach (string part in SplitNames(s))
        {
            string trimmed = part.Trim().Trim('.', ',', ':', ';', '-', '–', '—', '/', ' ', '"', '\'');
            string name = StripPrefix(trimmed);
            // "Posted by Konstantin": after an explicit label, one capitalised word is a name too.
            bool labelled = name.Length < trimmed.Length;
            name = Undouble(name);
            name = StripRole(name);
            name = SplitDottedUserName(name);
            if ((LooksLikeName(name) || (structured && LooksLikeStructuredName(name)) || (labelled && LooksLikeSingleName(name)))
                && !names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }

        // "unocero - Alberto Ávila", "Jane Doe | Reuters": when a part is a full name, the one-word parts are outlets.
        if (names.Exists(n => n.Contains(' ', StringComparison.Ordinal)))
        {
            names.RemoveAll(n => !n.Contains(' ', StringComparison.Ordinal));
        }

        return names;
    }

    private static readonly string[] CreditMarkers =
    [
        " illustration", " illustrationen", " fotos:", " foto:", " fotos von", " foto von", " bilder:", " bild:", " grafik:", " grafiken:",
        " photos by", " photo by", " photos:", " photo:", " illustrations by", " video:", " kamera:",
    ];

    /// <summary>Cuts a byline where other contributors' credits start ("Text von Christian Seiler Illustration von Markus Roost").</summary>
    private static string CutAtCredit(string s)
    {
        foreach (string marker in CreditMarkers)
        {
            int at = s.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && (at + marker.Length == s.Length || !char.IsLetter(s[at + marker.Length])))
            {
                s = s[..at];
            }
        }

        return s;
    }

    private static readonly string[] RoleSuffixes =
    [
        "experte", "expertin", "redakteur", "redakteurin", "korrespondent", "korrespondentin", "rechtsanwalt", "rechtsanwältin",
        "reporter", "reporterin", "journalist", "journalistin", "gastautor", "gastautorin", "chefredakteur", "chefredakteurin",
        "correspondent", "columnist", "kolumnist", "kolumnistin",
    ];

    /// <summary>Drops a job title before a name: "FOCUS-Online-Experte Robin Tschöpe", "Rechtsanwalt Sebastian Einbock".</summary>
    private static string StripRole(string name)
    {
        int space = name.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || name.AsSpan(space + 1).Count(' ') < 1)
        {
            // Only before a name of two words or more.
            return name;
        }

        string first = name[..space].ToLowerInvariant();
        foreach (string role in RoleSuffixes)
        {
            if (first.EndsWith(role, StringComparison.Ordinal))
            {
                return name[(space + 1)..].Trim();
            }
        }

        return name;
    }

    /// <summary>"Isabella.DiBiase", a user name printed as the author, gives "Isabella DiBiase".</summary>
    private static string SplitDottedUserName(string name)
    {
        int dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot < 2 || dot > name.Length - 3 || name.Contains(' ', StringComparison.Ordinal) || name.IndexOf('.', dot + 1) >= 0
            || !char.IsUpper(name[0]) || !char.IsUpper(name[dot + 1]))
        {
            return name;
        }

        foreach (char c in name)
        {
            if (!char.IsLetter(c) && c != '.')
            {
                return name;
            }
        }

        return name[..dot] + " " + name[(dot + 1)..];
    }

    private static readonly HashSet<string> DateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag", "mittwoch",
        "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "january", "february", "march", "april",
        "june", "july", "august", "september", "october", "november", "december", "januar", "februar", "märz", "juni", "juli",
        "oktober", "dezember", "updated", "published", "aktualisiert", "veröffentlicht", "today", "yesterday", "heute", "gestern",
        "hace", "ago", "vor", "il y a",
    };

    /// <summary>German, English and French weekday abbreviations, read as dates only before "," or "." ("Tomas Spahn Fr, 03.01.").</summary>
    private static readonly HashSet<string> WeekdayAbbreviations = new(StringComparer.Ordinal)
    {
        "Mo", "Di", "Mi", "Do", "Fr", "Sa", "So", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Lun", "Mar", "Mer", "Jeu", "Ven", "Sam", "Dim",
    };

    /// <summary>Cuts a byline at the date or time that follows the names ("Alex Bozarjian Thursday, November 9").</summary>
    private static string CutAtDate(string s)
    {
        int i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && !char.IsLetterOrDigit(s[i]))
            {
                i++;
            }

            int start = i;
            while (i < s.Length && char.IsLetterOrDigit(s[i]))
            {
                i++;
            }

            if (i > start && start > 0 && (char.IsDigit(s[start]) || DateWords.Contains(s[start..i])
                || (WeekdayAbbreviations.Contains(s[start..i]) && i < s.Length && s[i] is ',' or '.')))
            {
                return s[..start];
            }
        }

        return s;
    }

    private static List<string> SplitNames(string s)
    {
        var parts = new List<string>();
        int start = 0;
        for (int i = 0; i <= s.Length; i++)
        {
            int sepLength = 0;
            if (i == s.Length)
            {
                sepLength = 0;
            }
            else if (s[i] is ',' or ';' or '&' or '/' or '|')
            {
                sepLength = 1;
            }
            else
            {
                foreach (string word in new[] { " and ", " und ", " et ", " y ", " e ", " en ", " - ", " – ", " — " })
                {
                    if (string.CompareOrdinal(s, i, word, 0, word.Length) == 0)
                    {
                        sepLength = word.Length;
                        break;
                    }
                }

                if (sepLength == 0)
                {
                    continue;
                }
            }

            parts.Add(s[start..i]);
            start = i + sepLength;
            i += Math.Max(sepLength - 1, 0);
        }

        return parts;
    }

    private static string StripPrefix(string s)
    {
        bool again = true;
        while (again)
        {
            again = false;
            foreach (string p in Prefixes)
            {
                if (s.Length > p.Length + 1 && s.StartsWith(p, StringComparison.OrdinalIgnoreCase)
                    && (p.EndsWith(':') || !char.IsLetter(s[p.Length])))
                {
                    s = s[p.Length..].TrimStart(' ', ':', '\u00A0');
                    again = true;
                    break;
                }
            }
        }

        return s;
    }

    private static readonly string[] OrganizationWords =
    [
        "gmbh", "e.v.", "e. v.", " ag", " ltd", " inc", " llc", "verlag", "magazin", "zeitung", "online", ".com", ".de", ".at", ".ch",
        ".net", ".org", "volksblatt", "bund der", "media group", "news service",
    ];

    /// <summary>True for a company or outlet name ("Web Commerce GmbH", "OÖ Volksblatt", "laola1.at").</summary>
    public static bool IsOrganization(string name)
    {
        string lower = name.ToLowerInvariant();
        foreach (string w in OrganizationWords)
        {
            int at = lower.IndexOf(w, StringComparison.Ordinal);
            if (at >= 0 && (w[0] is '.' or ' ' || at == 0 || !char.IsLetter(lower[at - 1])))
            {
                int end = at + w.Length;
                if (end == lower.Length || !char.IsLetter(lower[end]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"Jane DoeJane Doe" (a name printed twice, once for screen readers) gives "Jane Doe".</summary>
    private static string Undouble(string name)
    {
        if (name.Length >= 8 && name.Length % 2 == 0)
        {
            int half = name.Length / 2;
            if (name.AsSpan(0, half).SequenceEqual(name.AsSpan(half)))
            {
                return name[..half].Trim();
            }
        }

        return name;
    }

    private static readonly HashSet<string> NotSingleNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "admin", "administrator", "staff", "guest", "unknown", "anonymous", "user", "editor", "author", "webmaster", "null",
        "none", "default", "system", "root", "test", "gast", "autor",
    };

    /// <summary>One capitalised word of letters that is no role, outlet or stop word ("Konstantin", not "Redaktion" or "Admin").</summary>
    private static bool LooksLikeSingleName(string name)
    {
        if (name.Length is < 3 or > 30 || !char.IsUpper(name[0]) || !char.IsLower(name[1]) || NotSingleNames.Contains(name) || NotNameWords.Contains(name)
            || DateWords.Contains(name) || IsOrganization(name))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!char.IsLetter(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An author field's value: one to five words of letters ("Redaktion", "R. R.", "Redaktion Polizeiticker Schweiz").</summary>
    private static bool LooksLikeStructuredName(string name)
    {
        if (name.Length is < 2 or > 50 || NotSingleNames.Contains(name) || name.Split(' ').Length > 5
            || name.Split(' ').Any(w => w.ToLowerInvariant() is "more" or "posts" or "view" or "all" or "profile" or "articles" or "beiträge"))
        {
            return false;
        }

        bool letter = false;
        foreach (char c in name)
        {
            letter |= char.IsLetter(c);
            if (!char.IsLetterOrDigit(c) && c is not ('-' or '.' or '\'' or ' ' or '_'))
            {
                return false;
            }
        }

        // User names ("reineckefuchs", "ThE_PaiN", "r23") are what some sites print as the author.
        return letter;
    }

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "la", "le", "du", "des", "del", "della", "di", "da", "dos", "das", "van", "von", "der", "den", "ten", "ter", "zu", "y", "bin", "al", "el",
    };

    /// <summary>Two to four capitalised words, no digits, none of them a role or an outlet word.</summary>
    public static bool LooksLikeName(string name)
    {
        if (name.Length < 4 || name.Length > 60)
        {
            return false;
        }

        string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 5)
        {
            return false;
        }

        int capitalised = 0;
        for (int i = 0; i < words.Length; i++)
        {
            string w = words[i];
            // "Jose de la Cruz", "Ursula von der Leyen": a particle inside a name is not a stop word.
            bool particle = i > 0 && i < words.Length - 1 && Particles.Contains(w);
            if (!particle && NotNameWords.Contains(w.Trim('.', ',')))
            {
                return false;
            }

            foreach (char c in w)
            {
                if (char.IsDigit(c) || c is '@' or '#' or '=' or '?' or '!' or '+' or '*')
                {
                    return false;
                }
            }

            if (char.IsUpper(w[0]))
            {
                capitalised++;
            }
        }

        // "Jane van der Berg": particles may be lower case, but most words are capitalised.
        return capitalised >= Math.Max(2, words.Length - 2) || (capitalised >= 1 && words.Length == 2 && char.IsUpper(words[^1][0]));
    }

    private static string Collapse(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ')
                {
                    sb.Append(' ');
                }
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Trim();
    }
}
