using Vigil.Domain.Vulnerabilities.Cpe;

namespace Vigil.Domain.Tests.Vulnerabilities;

public class CpeNameTests
{
    [Fact]
    public void Parses_a_formatted_string_with_any_and_na()
    {
        var cpe = CpeNameParser.Parse("cpe:2.3:o:microsoft:windows_7:-:sp1:*:*:*:*:x64:*").Value!;

        Assert.Equal(CpePart.OperatingSystem, cpe.Part);
        Assert.Equal("microsoft", cpe.Vendor.Text);
        Assert.Equal("windows_7", cpe.Product.Text);
        Assert.Equal(CpeValueKind.NotApplicable, cpe.Version.Kind);
        Assert.Equal("sp1", cpe.Update.Text);
        Assert.True(cpe.Edition.IsAny);
        Assert.Equal("x64", cpe.TargetHardware.Text);
        Assert.Equal("microsoft:windows_7", cpe.Key);
        Assert.Equal("cpe:2.3:o:microsoft:windows_7:-:sp1:*:*:*:*:x64:*", cpe.Formatted);
    }

    [Fact]
    public void Unquotes_escaped_characters_and_keeps_them_when_formatting()
    {
        var cpe = CpeNameParser.Parse(@"cpe:2.3:o:cisco:ios:15.2\(7\)e4:*:*:*:*:*:*:*").Value!;
        var plus = CpeNameParser.Parse(@"cpe:2.3:a:notepad-plus-plus:notepad\+\+:8.5.1:*:*:*:*:*:*:*").Value!;
        var colon = CpeNameParser.Parse(@"cpe:2.3:a:vendor:product\:x:1.0:*:*:*:*:*:*:*").Value!;

        Assert.Equal("15.2(7)e4", cpe.Version.Text);
        Assert.False(cpe.Version.HasWildcards);
        Assert.Equal(@"cpe:2.3:o:cisco:ios:15.2\(7\)e4:*:*:*:*:*:*:*", cpe.Formatted);
        Assert.Equal("notepad++", plus.Product.Text);
        Assert.Equal("product:x", colon.Product.Text);
        Assert.Equal("1.0", colon.Version.Text);
    }

    [Theory]
    [InlineData("cpe:/o:microsoft:windows_7", "does not start with cpe:2.3:")]
    [InlineData("cpe:2.3:o:microsoft:windows_7:-:sp1", "has 5 components")]
    [InlineData("cpe:2.3:x:microsoft:windows_7:-:sp1:*:*:*:*:*:*", "the part 'x'")]
    [InlineData(@"cpe:2.3:o:microsoft:windows_7:-:sp1:*:*:*:*:*:\", "lone backslash")]
    public void Rejects_malformed_names_with_the_reason(string text, string reason)
    {
        var result = CpeNameParser.Parse(text);

        Assert.False(result.IsSuccess);
        Assert.Contains(reason, result.Error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cpe:2.3:o:microsoft:windows_7:-:sp1:*:*:*:*:*:*", "cpe:2.3:o:microsoft:windows_7:-:sp1:*:*:*:*:x64:*", true)]
    [InlineData("cpe:2.3:o:microsoft:windows_7:-:sp1:*:*:*:*:x86:*", "cpe:2.3:o:microsoft:windows_7:-:sp1:*:*:*:*:x64:*", false)]
    [InlineData("cpe:2.3:o:microsoft:windows_7:-:sp1:*:*:*:*:*:*", "cpe:2.3:o:microsoft:windows_7:-:-:*:*:*:*:x64:*", false)]
    [InlineData("cpe:2.3:o:microsoft:windows_7:-:-:*:*:*:*:*:*", "cpe:2.3:o:microsoft:windows_7:-:-:*:*:*:*:*:*", true)]
    [InlineData("cpe:2.3:o:microsoft:windows_7:-:sp1:*:*:*:*:*:*", "cpe:2.3:o:microsoft:windows_7:-:*:*:*:*:*:*:*", false)]
    [InlineData("cpe:2.3:a:microsoft:windows_7:-:sp1:*:*:*:*:*:*", "cpe:2.3:o:microsoft:windows_7:-:sp1:*:*:*:*:*:*", false)]
    [InlineData("cpe:2.3:o:cisco:ios_xe:17.3.*:*:*:*:*:*:*:*", "cpe:2.3:o:cisco:ios_xe:17.3.4a:*:*:*:*:*:*:*", true)]
    [InlineData("cpe:2.3:o:cisco:ios_xe:17.?.1:*:*:*:*:*:*:*", "cpe:2.3:o:cisco:ios_xe:17.3.1:*:*:*:*:*:*:*", true)]
    [InlineData("cpe:2.3:o:cisco:ios_xe:17.?.1:*:*:*:*:*:*:*", "cpe:2.3:o:cisco:ios_xe:17.10.1:*:*:*:*:*:*:*", false)]
    [InlineData(@"cpe:2.3:a:vendor:a\*b*:*:*:*:*:*:*:*:*", "cpe:2.3:a:vendor:a\\*bcd:*:*:*:*:*:*:*:*", true)]
    [InlineData(@"cpe:2.3:a:vendor:a\*b*:*:*:*:*:*:*:*:*", "cpe:2.3:a:vendor:axbcd:*:*:*:*:*:*:*:*", false)]
    [InlineData("cpe:2.3:*:microsoft:*:*:*:*:*:*:*:*:*", "cpe:2.3:a:microsoft:edge:1:*:*:*:*:*:*:*", true)]
    public void Matches_after_nistir_7696(string source, string target, bool expected)
    {
        Assert.Equal(expected, CpeMatcher.Matches(CpeNameParser.Parse(source).Value!, CpeNameParser.Parse(target).Value!));
    }
}
