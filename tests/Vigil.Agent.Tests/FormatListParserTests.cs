using System.Text;
using Vigil.Agent.Collection.Windows;

namespace Vigil.Agent.Tests;

public class FormatListParserTests
{
    [Fact]
    public void Get_wmiobject_output_is_one_record_whose_first_value_wins_and_wrapped_lines_are_joined()
    {
        var records = FormatListParser.Parse(RecordedWindows.Text("Win32_BIOS_select_all.txt"));

        var bios = Assert.Single(records);
        Assert.Equal("5CG3281NM4", bios["SerialNumber"]);
        Assert.Equal("Win32_BIOS", bios["__CLASS"]);
        Assert.Equal("20230530000000.000000+000", bios["ReleaseDate"]);
        Assert.Equal(@"Win32_BIOS.Name=""V70 Ver. 01.01.08"",SoftwareElementID=""V70 Ver. 01.01.08"",SoftwareElementState=3,TargetOperatingSystem=0,Version=""HPQOEM - 0""", bios["__RELPATH"]);
        Assert.Equal(["HPQOEM - 0", "V70 Ver. 01.01.08", "HP - 1010800"], bios.List("BIOSVersion"));
        Assert.Null(bios["BuildNumber"]);
    }

    [Fact]
    public void Prompts_are_skipped_and_blank_lines_separate_instances()
    {
        var records = FormatListParser.Parse(RecordedWindows.Text("MSFT_PhysicalDisk_handwritten.txt"));

        Assert.Equal(["Samsung SSD 990 PRO 2TB", "ST1000DM010-2EP102"], records.Select(r => r["FriendlyName"]));
        Assert.All(records, r => Assert.False(r.Values.ContainsKey("PS")));
    }

    [Fact]
    public void Wmic_list_format_is_read()
    {
        var record = Assert.Single(FormatListParser.Parse(RecordedWindows.Text("AntiVirusProduct_wmic_output.txt")));

        Assert.Equal("Windows Defender", record["displayName"]);
        Assert.Single(record.Values);
    }

    [Fact]
    public void Class_names_are_taken_from_file_names()
    {
        Assert.Equal("Win32_OperatingSystem", RecordedWindowsSource.ClassNameOf("Win32_OperatingSystem_select_all"));
        Assert.Equal("AntiVirusProduct", RecordedWindowsSource.ClassNameOf("AntiVirusProduct_get-ciminstance_output"));
        Assert.Equal("MSFT_PhysicalDisk", RecordedWindowsSource.ClassNameOf("MSFT_PhysicalDisk"));
    }

    /// <summary>Seeded mutations of every recorded file: the parser never throws and yields only identifier names.</summary>
    [Fact]
    public void Fuzz_mutated_recordings_never_throw()
    {
        var random = new Random(20240523);
        var samples = Directory.GetFiles(Path.GetDirectoryName(RecordedWindows.File("x"))!, "*.txt").Select(File.ReadAllText).ToList();
        const string alphabet = " :={},\t\r\n_-.\\\"'…AZaz09ÿ\0";
        for (var i = 0; i < 2000; i++)
        {
            var text = new StringBuilder(samples[random.Next(samples.Count)]);
            for (var m = random.Next(1, 20); m > 0 && text.Length > 0; m--)
            {
                var at = random.Next(text.Length);
                switch (random.Next(4))
                {
                    case 0:
                        text.Insert(at, alphabet[random.Next(alphabet.Length)]);
                        break;
                    case 1:
                        text.Remove(at, Math.Min(random.Next(1, 40), text.Length - at));
                        break;
                    case 2:
                        text[at] = (char)random.Next(0, 0x3000);
                        break;
                    default:
                        text.Insert(at, text.ToString(random.Next(text.Length), 0));
                        break;
                }
            }

            var records = FormatListParser.Parse(text.ToString());

            Assert.All(records, r => Assert.All(r.Values.Keys, k => Assert.Matches("^[A-Za-z_][A-Za-z0-9_]*$", k)));
            _ = new WindowsCollector(new RecordedWindowsSource().Add("Win32_OperatingSystem_x", text.ToString()), TimeProvider.System).Collect();
        }
    }
}
