using Vigil.Domain.Devices;

namespace Vigil.Domain.Tests.Devices;

public class FirmwareBaselineFileTests
{
    [Fact]
    public void A_csv_file_reads_into_normalised_rows()
    {
        var csv = "\uFEFFfamily,model,minimum_version,note\r\nIOS,,15.2(7)E4,PSIRT\r\n# comment\r\nios xe,c9300-48p,17.9.4a,\r\n\r\nASA,ASA5516,9.12(4),\"EoS 2026\"\r\n";
        var rows = FirmwareBaselineFile.Read(csv);
        Assert.True(rows.IsSuccess, rows.Error?.Message);
        Assert.Equal(
            ["ios||15.2(7)E4|PSIRT|2", "ios-xe|C9300-48P|17.9.4a||4", "asa|ASA5516|9.12(4)|EoS 2026|6"],
            rows.Value!.Select(r => $"{r.Family}|{r.Model}|{r.MinimumVersion}|{r.Note}|{r.Line}"));
    }

    [Fact]
    public void A_yaml_file_reads_into_normalised_rows()
    {
        var yaml = "# baselines\n- family: nx-os\n  minimum_version: 9.3(10)\n- family: aireos\n  model: AIR-CT5520-K9\n  minimum_version: 8.10.151.0\n  note: TAC\n";
        var rows = FirmwareBaselineFile.Read(yaml);
        Assert.True(rows.IsSuccess, rows.Error?.Message);
        Assert.Equal(["nx-os||9.3(10)|2", "aireos|AIR-CT5520-K9|8.10.151.0|4"], rows.Value!.Select(r => $"{r.Family}|{r.Model}|{r.MinimumVersion}|{r.Line}"));
    }

    [Theory]
    [InlineData("", "line 1: the file is empty")]
    [InlineData("family,model,minimum_version\nios,,15.2(7)E4\nasa,,banana\n", "line 3: 'banana' is not an ASA version")]
    [InlineData("family,model,minimum_version\nios,,15.2(7)E4\nfortios,,7.2.1\n", "line 3: unknown software family 'fortios'")]
    [InlineData("family,model,minimum_version\nios,,15.2(7)E4\nios,,\n", "line 3: minimum_version is empty")]
    [InlineData("family,model,minimum_version\nios,,15.2(7)E4\nIOS,,15.2(7)E5\n", "line 3: ios (all models) is already given on line 2")]
    [InlineData("family,model,minimum_version\nios,,15.2(7)E4,x,y\n", "line 2: the row has 5 cells but the header has 3 columns")]
    [InlineData("family,version\nios,1\n", "line 1: the header must name")]
    [InlineData("- family: ios\n  minimum_version: 15.2(7)E4\n- family: asa\n  minmum_version: 9.8(4)\n", "line 4: unknown key 'minmum_version'")]
    [InlineData("- family: ios\n  minimum_version: [1, 2\n", "line 3: invalid YAML")]
    [InlineData("family: ios\n", "line 1: a YAML baseline file is one list")]
    [InlineData("- a: &x 1\n- b: *x\n", "line 2: invalid YAML")]
    public void A_bad_file_is_refused_at_its_first_bad_line(string text, string expected)
    {
        var rows = FirmwareBaselineFile.Read(text);
        Assert.False(rows.IsSuccess);
        Assert.StartsWith(expected, rows.Error!.Message, StringComparison.Ordinal);
        Assert.StartsWith("line ", rows.Error.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_mutations_of_good_files_never_throw_and_errors_always_name_a_line()
    {
        var seeds = new[]
        {
            "family,model,minimum_version,note\nios,,15.2(7)E4,PSIRT\nios-xe,C9300-48P,17.9.4a,\nnx-os,,7.0(3)I7(9),\n",
            "- family: asa\n  model: ASA5516\n  minimum_version: 9.12(4)\n- family: aireos\n  minimum_version: 8.10.151.0\n",
        };
        var random = new Random(20240523);
        const string alphabet = ",:-\n\r\"'#&*[]{}() .abcdefiosx0123456789\t\uFEFF";
        for (var i = 0; i < 3000; i++)
        {
            var chars = seeds[i % seeds.Length].ToCharArray().ToList();
            for (var m = random.Next(1, 6); m > 0; m--)
            {
                var at = random.Next(chars.Count);
                switch (random.Next(3))
                {
                    case 0: chars.RemoveAt(at); break;
                    case 1: chars.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    default: chars[at] = alphabet[random.Next(alphabet.Length)]; break;
                }
            }

            var result = FirmwareBaselineFile.Read(new string(chars.ToArray()));
            if (!result.IsSuccess)
            {
                Assert.Matches(@"^line \d+: .+", result.Error!.Message);
            }
            else
            {
                Assert.All(result.Value!, r => Assert.True(CiscoVersion.Parse(r.Family, r.MinimumVersion).IsSuccess));
            }
        }
    }
}
