using Vigil.Domain.Devices.Lifecycle;

namespace Vigil.Domain.Tests.Devices.Lifecycle;

public class DeviceLifecycleFileTests
{
    [Fact]
    public void A_csv_file_with_quoted_cells_and_both_date_spellings_reads_into_entries()
    {
        var csv = "\uFEFFvendor,model,series,end_of_sale,end_of_sw_maintenance,end_of_security_support,last_date_of_support,source\r\n"
            + "Cisco,ws-c2960x-*,Catalyst 2960-X,2022-10-31,,,31/10/2027,\"EOL13603, End-of-Sale and End-of-Life Announcement\"\r\n"
            + "# a comment\r\n\r\n"
            + "Cisco,AIR-CT5520-K9,,1/8/2022,,,,\r\n";
        var entries = DeviceLifecycleFile.Read(csv, "eox.csv");
        Assert.True(entries.IsSuccess, entries.Error?.Message);
        Assert.Collection(
            entries.Value!,
            e =>
            {
                Assert.Equal(("Cisco", "WS-C2960X-*", "Catalyst 2960-X"), (e.Vendor, e.ModelPattern, e.Series));
                Assert.Equal(new DateOnly(2022, 10, 31), e.EndOfSale);
                Assert.Null(e.EndOfSoftwareMaintenance);
                Assert.Equal(new DateOnly(2027, 10, 31), e.LastDateOfSupport);
                Assert.Equal("EOL13603, End-of-Sale and End-of-Life Announcement", e.Source);
                Assert.Equal(2, e.Line);
            },
            e =>
            {
                Assert.Equal("AIR-CT5520-K9", e.ModelPattern);
                Assert.Equal(new DateOnly(2022, 8, 1), e.EndOfSale);
                Assert.Equal(5, e.Line);
            });
    }

    [Fact]
    public void A_yaml_entry_with_several_models_gives_one_entry_per_model()
    {
        var yaml = "- vendor: Cisco\n  models: [ASA5508*, asa5516*]\n  end_of_sale: 2021-08-02\n  last_date_of_support: 2026-08-31\n  source: c51-744798\n"
            + "- vendor: Cisco\n  model: AIR-CAP3702I-E-K9\n  end_of_security_support: 2022-04-29\n";
        var entries = DeviceLifecycleFile.Read(yaml, "eox.yaml");
        Assert.True(entries.IsSuccess, entries.Error?.Message);
        Assert.Equal(["ASA5508*|1", "ASA5516*|1", "AIR-CAP3702I-E-K9|6"], entries.Value!.Select(e => $"{e.ModelPattern}|{e.Line}"));
    }

    [Theory]
    [InlineData("", "x.csv: line 1: the file is empty")]
    [InlineData("vendor,model,end_of_sale\nCisco,WS-C2960X-*,2022-10-31\nCisco,WS-C3750X-*,30.10.2016\n", "x.csv: line 3, column end_of_sale: '30.10.2016' is not a date")]
    [InlineData("vendor,model,end_of_sale\nCisco,,2022-10-31\n", "x.csv: line 2, column model: the model is empty")]
    [InlineData("vendor,model,end_of_sale\n,WS-C2960X-*,2022-10-31\n", "x.csv: line 2, column vendor: the vendor is empty")]
    [InlineData("vendor,model,end_of_sale\nCisco,WS-C2960X-*,\n", "x.csv: line 2: the entry gives no date")]
    [InlineData("vendor,model,end_of_sale,last_date_of_support\nCisco,WS-C2960X-*,2027-10-31,2022-10-31\n", "x.csv: line 2: last_date_of_support (2022-10-31) is before end_of_sale (2027-10-31)")]
    [InlineData("vendor,model,end_of_sale\nCisco,WS-C2960X-*,2022-10-31\ncisco,ws-c2960x-*,2022-10-30\n", "x.csv: line 3, column model: cisco WS-C2960X-* is already given on line 2")]
    [InlineData("vendor,model,end_of_sale\nCisco,WS-*-L,2022-10-31\n", "x.csv: line 2, column model: 'WS-*-L' is not a model pattern")]
    [InlineData("vendor,model,end_of_sale\nCisco,*,2022-10-31\n", "x.csv: line 2, column model: '*' is not a model pattern")]
    [InlineData("vendor,model,eos\nCisco,A,2022-10-31\n", "x.csv: line 1, column eos: unknown column 'eos'")]
    [InlineData("vendor,model,end_of_sale\nCisco,A,2022-10-31,x\n", "x.csv: line 2: the row has 4 cells but the header has 3 columns")]
    [InlineData("vendor,model,end_of_sale\nCisco,\"A,2022-10-31\n", "x.csv: line 2: ")]
    [InlineData("- vendor: Cisco\n  model: A\n  end_of_sale: 2022-10-31\n- vendor: Cisco\n  modle: B\n", "x.csv: line 5: unknown key 'modle'")]
    [InlineData("- vendor: Cisco\n  models: {a: 1}\n  end_of_sale: 2022-10-31\n", "x.csv: line 2, column models: models is a list")]
    [InlineData("vendor: Cisco\n", "x.csv: line 1: a YAML lifecycle catalog is one list")]
    [InlineData("- vendor: [Cisco\n", "x.csv: line 2: invalid YAML")]
    public void A_bad_file_is_refused_with_file_line_and_reason(string text, string expected)
    {
        var entries = DeviceLifecycleFile.Read(text, "x.csv");
        Assert.False(entries.IsSuccess);
        Assert.StartsWith(expected, entries.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(DeviceLifecycleFile.InvalidCode, entries.Error.Code);
        Assert.StartsWith("line ", entries.Error.Location, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_mutations_of_good_files_never_throw_and_errors_always_name_a_line()
    {
        var seeds = new[]
        {
            "vendor,model,series,end_of_sale,last_date_of_support,source\nCisco,WS-C2960X-*,2960-X,2022-10-31,2027-10-31,\"EOL, 1\"\nCisco,ASA5505*,,2017-08-25,2022-08-31,\n",
            "- vendor: Cisco\n  models: [ASA5508*, ASA5516*]\n  end_of_sale: 2021-08-02\n  last_date_of_support: 31/08/2026\n",
        };
        var random = new Random(20261122);
        const string alphabet = ",:-\n\r\"'#&*[]{}() ./abcdefisx0123456789\t\uFEFF";
        for (var i = 0; i < 3000; i++)
        {
            var chars = seeds[i % seeds.Length].ToCharArray().ToList();
            for (var m = random.Next(1, 6); m > 0; m--)
            {
                var at = random.Next(chars.Count + 1);
                switch (random.Next(3))
                {
                    case 0 when chars.Count > 0 && at < chars.Count:
                        chars.RemoveAt(at);
                        break;
                    case 1:
                        chars.Insert(at, alphabet[random.Next(alphabet.Length)]);
                        break;
                    default:
                        if (at < chars.Count)
                        {
                            chars[at] = alphabet[random.Next(alphabet.Length)];
                        }

                        break;
                }
            }

            var result = DeviceLifecycleFile.Read(new string([.. chars]), "f");
            if (!result.IsSuccess)
            {
                Assert.Matches(@"^f: line \d+", result.Error!.Message);
            }
            else
            {
                Assert.All(result.Value!, e => Assert.True(e.EndOfSale is not null || e.LastDateOfSupport is not null || e.EndOfSecuritySupport is not null || e.EndOfSoftwareMaintenance is not null));
            }
        }
    }
}
