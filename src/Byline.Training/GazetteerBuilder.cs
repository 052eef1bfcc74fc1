using System.Text.Json;
using Byline.Entities.Tagging;
using Byline.Text;

namespace Byline.Training;

/// <summary>
/// Compiles name lists into the gazetteer hashes the tagger ships. Only lists whose licence allows shipping a
/// derived table are used (FACTORIE lexicons: Apache-2.0 / Wikipedia titles; US census and SSA names: public
/// domain; world-countries: ODbL; GeoNames cities: CC BY 4.0). The Illinois lists are not used.
/// </summary>
internal static class GazetteerBuilder
{
    public static Gazetteer Build(string data, List<string> sources)
    {
        var table = new Dictionary<uint, byte>();
        string res = Path.Combine(data, "ner-resources");
        string fac = Path.Combine(res, "gazetteers-factorie");
        void List(string relative, int category, int minLength = 1)
        {
            string path = Path.Combine(fac, relative);
            int added = 0;
            foreach (string line in File.ReadLines(path))
            {
                if (line.StartsWith('#')) continue;
                if (Add(table, line.Trim(), category, minLength)) added++;
            }

            sources.Add($"{relative}: {added}");
        }

        List("wikipedia/person-paren.txt", Gazetteer.Person, 2);
        List("wikipedia/person-redirect-paren.txt", Gazetteer.Person, 2);
        List("wikipedia/person-disambiguation.txt", Gazetteer.Person, 2);
        List("iesl/person-first-highest.txt", Gazetteer.FirstName);
        List("iesl/person-first-high.txt", Gazetteer.FirstName);
        List("uscensus/person-first-male.txt", Gazetteer.FirstName);
        List("uscensus/person-first-female.txt", Gazetteer.FirstName);
        List("iesl/person-last-highest.txt", Gazetteer.LastName);
        List("iesl/person-last-high.txt", Gazetteer.LastName);
        List("wikipedia/organization.txt", Gazetteer.Organization);
        List("wikipedia/organization-paren.txt", Gazetteer.Organization);
        List("wikipedia/organization-redirect-paren.txt", Gazetteer.Organization);
        List("iesl/company.txt", Gazetteer.Organization);
        List("wikipedia/location-paren.txt", Gazetteer.Location);
        List("wikipedia/city-paren.txt", Gazetteer.Location);
        List("wikipedia/city-redirect-paren.txt", Gazetteer.Location);
        List("iesl/continents.txt", Gazetteer.Location);
        List("iesl/uk-county.txt", Gazetteer.Location);
        List("wikipedia/country.txt", Gazetteer.Gpe);
        List("wikipedia/country-redirect.txt", Gazetteer.Gpe);
        List("iesl/country.txt", Gazetteer.Gpe);
        List("iesl/city.txt", Gazetteer.Gpe);
        List("iesl/us-state.txt", Gazetteer.Gpe);
        List("wikipedia/event.txt", Gazetteer.Misc);
        List("wikipedia/events-redirect.txt", Gazetteer.Misc);

        foreach (string line in File.ReadLines(Path.Combine(fac, "iesl/demonym.txt")))
        {
            if (line.StartsWith('#')) continue;
            string[] cols = line.Split('\t');
            for (int i = 1; i < cols.Length; i++) Add(table, cols[i].Trim(), Gazetteer.Demonym, 1);
        }

        int cities = 0;
        foreach (string line in File.ReadLines(Path.Combine(res, "gazetteers-illinois-via-grobid", "cities15000.txt")))
        {
            if (Add(table, line.Trim(), Gazetteer.Gpe, 1)) cities++;
        }

        sources.Add($"GeoNames cities15000: {cities}");

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(data, "ner", "gazetteers", "countries", "countries.json")));
        foreach (JsonElement c in json.RootElement.EnumerateArray())
        {
            JsonElement name = c.GetProperty("name");
            Add(table, name.GetProperty("common").GetString()!, Gazetteer.Gpe, 1);
            Add(table, name.GetProperty("official").GetString()!, Gazetteer.Gpe, 1);
            foreach (JsonElement cap in c.GetProperty("capital").EnumerateArray()) Add(table, cap.GetString()!, Gazetteer.Gpe, 1);
            if (c.TryGetProperty("demonyms", out JsonElement dem) && dem.TryGetProperty("eng", out JsonElement eng))
            {
                Add(table, eng.GetProperty("m").GetString()!, Gazetteer.Demonym, 1);
                Add(table, eng.GetProperty("f").GetString()!, Gazetteer.Demonym, 1);
            }
        }

        var keys = table.Keys.ToArray();
        Array.Sort(keys);
        var masks = new byte[keys.Length];
        for (int i = 0; i < keys.Length; i++) masks[i] = table[keys[i]];
        sources.Add($"total phrases: {keys.Length}");
        return new Gazetteer(keys, masks);
    }

    /// <summary>Hashes a phrase exactly as the tagger does: lowercase tokens from the Byline tokenizer.</summary>
    public static bool Add(Dictionary<uint, byte> table, string phrase, int category, int minTokens)
    {
        if (phrase.Length == 0 || phrase.Length > 80) return false;
        var tokens = EnglishTokenizer.Tokenize(phrase);
        if (tokens.Length < minTokens || tokens.Length > Gazetteer.MaxPhraseTokens) return false;
        ulong h = Gazetteer.Start;
        foreach (Token t in tokens) h = Gazetteer.Extend(h, StableHash.OfLower(phrase.AsSpan(t.Start, t.Length)));
        uint key = Gazetteer.KeyOf(h);
        table[key] = (byte)(table.GetValueOrDefault(key) | (1 << category));
        return true;
    }
}
