using System.Globalization;
using System.Text;
using Vigil.Domain.Inventory.Ocs;

namespace Vigil.Domain.Tests.Inventory.Ocs;

/// <summary>
/// Vigil's own XML reader against System.Xml's (<see cref="XmlReaderReference"/>): on real documents, on the corners
/// of XML that agents and hostile clients can reach, and on thousands of seeded mutations, both must accept the same
/// documents and read the same values from them.
/// </summary>
public class OcsXmlReaderAgreementTests
{
    private static readonly OcsParserOptions Unbounded = new() { MaxCharacters = long.MaxValue };

    [Theory]
    [InlineData(OcsFixtures.Debian)]
    [InlineData(OcsFixtures.Windows7)]
    [InlineData(OcsFixtures.Windows10)]
    [InlineData(OcsFixtures.WindowsXp)]
    public void RecordedDocuments_ReadTheSame(string fixture)
    {
        var bytes = OcsFixtures.Bytes(fixture);

        var ours = OcsXmlReader.Read(bytes, Unbounded);

        Assert.True(ours.IsSuccess, ours.Error?.ToString());
        Assert.Equal(Describe(XmlReaderReference.Read(bytes)), Describe(ours));
        Assert.Contains("SOFTWARES", ours.Value!.SectionNames);
    }

    [Theory]
    // Text split by comments, processing instructions and CDATA; references; line ends.
    [InlineData("<SOFTWARES><NAME>a<!-- c -->b</NAME></SOFTWARES>")]
    [InlineData("<SOFTWARES><NAME>a<?pi x?>b</NAME></SOFTWARES>")]
    [InlineData("<SOFTWARES><NAME>a<![CDATA[<&>]]>b</NAME></SOFTWARES>")]
    [InlineData("<SOFTWARES><NAME><![CDATA[   ]]></NAME><NAME>x</NAME></SOFTWARES>")]
    [InlineData("<SOFTWARES><NAME>  </NAME><NAME>x</NAME></SOFTWARES>")]
    [InlineData("<SOFTWARES><NAME>&#32;</NAME><NAME>x</NAME></SOFTWARES>")]
    [InlineData("<SOFTWARES><NAME> &#9;&#10;&#13; </NAME><NAME>x</NAME></SOFTWARES>")]
    [InlineData("<SOFTWARES><NAME>&#32;&amp;</NAME><NAME>x</NAME></SOFTWARES>")]
    [InlineData("<SOFTWARES><NAME>A&amp;B &lt;C&gt; &quot;D&apos; &#233;&#xE9;&#x1F600;</NAME></SOFTWARES>")]
    [InlineData("<SOFTWARES><NAME>one\r\ntwo\rthree\nfour&#13;five</NAME></SOFTWARES>")]
    [InlineData("<SOFTWARES><NAME>a]b]]c</NAME></SOFTWARES>")]
    [InlineData("<SOFTWARES><NAME>a]]>b</NAME></SOFTWARES>")]
    [InlineData("<SOFTWARES><NAME>&#0;</NAME></SOFTWARES>")]
    [InlineData("<SOFTWARES><NAME>&#1;&#x1F;</NAME></SOFTWARES>")]
    [InlineData("<SOFTWARES><NAME>&#xD800;</NAME></SOFTWARES>")]
    [InlineData("<SOFTWARES><NAME>&#x110000;</NAME></SOFTWARES>")]
    [InlineData("<SOFTWARES><NAME>&#00000000000065;</NAME></SOFTWARES>")]
    [InlineData("<SOFTWARES><NAME>&nbsp;</NAME></SOFTWARES>")]
    [InlineData("<SOFTWARES><NAME>& x</NAME></SOFTWARES>")]
    [InlineData("<SOFTWARES><NAME>&#x;</NAME></SOFTWARES>")]
    [InlineData("<SOFTWARES><NAME>&#X41;</NAME></SOFTWARES>")]
    [InlineData("<SOFTWARES><NAME>&#x10FFFF;&#x0000000041;</NAME></SOFTWARES>")]
    [InlineData("<SOFTWARES><NAME>&#99999999999;</NAME></SOFTWARES>")]
    [InlineData("<SOFTWARES><NAME>&#-1;</NAME></SOFTWARES>")]
    [InlineData("<SOFTWARES><NAME>&amp</NAME></SOFTWARES>")]
    [InlineData("<SOFTWARES><NAME>&AMP;</NAME></SOFTWARES>")]
    [InlineData("<SOFTWARES><NAME>&lt ;</NAME></SOFTWARES>")]
    // Nesting, empty elements, depth beyond the kept paths.
    [InlineData("<OPERATINGSYSTEM><TIMEZONE><NAME>+07</NAME><OFFSET>+0700</OFFSET></TIMEZONE><NAME>Windows</NAME></OPERATINGSYSTEM>")]
    [InlineData("<HARDWARE><A><B><C><D>deep</D>c</C>b</B>a</A>top<E/></HARDWARE>")]
    [InlineData("<HARDWARE/><BIOS></BIOS><TAG>LS</TAG><PROCESSES><X>&amp;</X></PROCESSES>")]
    [InlineData("<hardware><name>lower case</name></hardware>")]
    // Attributes, namespaces and names.
    [InlineData("<HARDWARE a='1' b=\"2&amp;\" c = '3'><NAME x:y='1' xmlns:x='urn:x'>n</NAME></HARDWARE>")]
    [InlineData("<HARDWARE a='1' a='2'/>")]
    [InlineData("<HARDWARE a='<'/>")]
    [InlineData("<HARDWARE a=1/>")]
    [InlineData("<HARDWARE a='1'b='2'/>")]
    [InlineData("<x:HARDWARE xmlns:x='urn:x'><x:NAME>n</x:NAME></x:HARDWARE>")]
    [InlineData("<x:HARDWARE><NAME>n</NAME></x:HARDWARE>")]
    [InlineData("<HARDWARE xmlns:x=''/>")]
    [InlineData("<HARDWARE xmlns='urn:d'><NAME>n</NAME></HARDWARE>")]
    [InlineData("<HARDWARE><a:b:c>n</a:b:c></HARDWARE>")]
    [InlineData("<HARDWARE><NAMÉ>é</NAMÉ><ÀB·C>x</ÀB·C><N\u0300>y</N\u0300></HARDWARE>")]
    [InlineData("<HARDWARE><\uFFFD>x</\uFFFD></HARDWARE>")]
    [InlineData("<HARDWARE><N\uD800\uDC00>x</N\uD800\uDC00></HARDWARE>")]
    [InlineData("<HARDWARE><1A>x</1A></HARDWARE>")]
    [InlineData("<HARDWARE><-A>x</-A></HARDWARE>")]
    [InlineData("<HARDWARE><A-1.b_c>x</A-1.b_c></HARDWARE>")]
    [InlineData("<HARDWARE><NAME>x</NAME ></HARDWARE >")]
    [InlineData("<HARDWARE><NAME>x</ NAME></HARDWARE>")]
    [InlineData("<HARDWARE><NAME>x</NAMEX></HARDWARE>")]
    [InlineData("<HARDWARE>< NAME>x</NAME></HARDWARE>")]
    [InlineData("<HARDWARE><NAME/ ></HARDWARE>")]
    // Comments, processing instructions, declarations, doctype, stray markup.
    [InlineData("<HARDWARE><!-- a - b --></HARDWARE>")]
    [InlineData("<HARDWARE><!-- a -- b --></HARDWARE>")]
    [InlineData("<HARDWARE><!-- a ---></HARDWARE>")]
    [InlineData("<HARDWARE><?target data?><?t?></HARDWARE>")]
    [InlineData("<HARDWARE><?xml version='1.0'?></HARDWARE>")]
    [InlineData("<HARDWARE><?XmL x?></HARDWARE>")]
    [InlineData("<HARDWARE><?a:b x?></HARDWARE>")]
    [InlineData("<HARDWARE><?t-x?></HARDWARE>")]
    [InlineData("<HARDWARE><!ELEMENT x ANY></HARDWARE>")]
    [InlineData("<HARDWARE><![CDATA[x]]></HARDWARE>")]
    [InlineData("<HARDWARE><![CDATA[x</HARDWARE>")]
    public void CornersOfXml_ReadTheSame(string content)
    {
        AssertSame($"<REQUEST><CONTENT>{content}</CONTENT><DEVICEID>d</DEVICEID><QUERY>INVENTORY</QUERY></REQUEST>");
    }

    [Fact]
    public void ASectionWithManyFields_ReadsTheSame_AndTheFirstOfEachWins()
    {
        // Past the fields a section compares one by one, a dictionary takes over; both must keep the first value.
        var fields = string.Concat(Enumerable.Range(0, 60).Select(i => $"<F{i % 40}>v{i}</F{i % 40}>"));
        var xml = $"<REQUEST><CONTENT><HARDWARE>{fields}</HARDWARE></CONTENT><DEVICEID>d</DEVICEID><QUERY>INVENTORY</QUERY></REQUEST>";

        AssertSame(xml);
        var hardware = OcsXmlReader.Read(Encoding.UTF8.GetBytes(xml), Unbounded).Value!.First("HARDWARE")!;
        Assert.Equal(("v3", "v39", 40), (hardware["F3"], hardware["F39"], hardware.Fields.Count()));
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\" ?>\n<REQUEST/>")]
    [InlineData("<?xml version='1.0'?><REQUEST/>")]
    [InlineData("<?xml version='1.1'?><REQUEST/>")]
    [InlineData("<?xml version='1.0' standalone='maybe'?><REQUEST/>")]
    [InlineData("<?xml encoding='UTF-8'?><REQUEST/>")]
    [InlineData("<?xml version='1.0' standalone='yes' encoding='UTF-8'?><REQUEST/>")]
    [InlineData("<?xml version='1.0'encoding='UTF-8'?><REQUEST/>")]
    [InlineData("<?xml version='1.0' foo='bar'?><REQUEST/>")]
    [InlineData("<?xml version='1.0' encoding='1x'?><REQUEST/>")]
    [InlineData("<?xml version='1.0' encoding='[TF-8'?><REQUEST/>")]
    [InlineData("<?xml version='1.0' encoding=''?><REQUEST/>")]
    [InlineData("<?xml version='1.0' encoding='&UTF-8'?><REQUEST/>")]
    [InlineData("<?xml version='1.0' encoding='UTF\"8'?><REQUEST/>")]
    [InlineData("<?xml version='1.0 ' encoding='UTF 8'?><REQUEST/>")]
    [InlineData("<?xml version='1.0'?><?xml version='1.0'?><REQUEST/>")]
    [InlineData(" <?xml version='1.0'?><REQUEST/>")]
    [InlineData("<?xml?><REQUEST/>")]
    [InlineData("<?xmlfoo bar?><REQUEST/>")]
    [InlineData("<!-- before --><?pi?>\n<REQUEST/>\n<!-- after --><?pi?>\n")]
    [InlineData("<REQUEST/>text")]
    [InlineData("text<REQUEST/>")]
    [InlineData("<REQUEST/><REQUEST/>")]
    [InlineData("<REQUEST/></REQUEST>")]
    [InlineData("<REQUEST/>&amp;")]
    [InlineData("<REQUEST/>&#32;")]
    [InlineData("<REQUEST/><![CDATA[x]]>")]
    [InlineData("<REQUEST>")]
    [InlineData("<REQUEST><QUERY>PROLOG")]
    [InlineData("<REQUEST><QUERY>PROLOG</QUERY")]
    [InlineData("<REQUEST><QUERY a='x")]
    [InlineData("<REQUEST><!-- open")]
    [InlineData("<REQUEST><?pi open")]
    [InlineData("<REQUEST><")]
    [InlineData("<")]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData("<!DOCTYPE REQUEST><REQUEST/>")]
    [InlineData("<!DOCTYPE REQUEST [<!ENTITY a \"b\">]><REQUEST><DEVICEID>&a;</DEVICEID></REQUEST>")]
    [InlineData("<REQUEST><DEVICEID>d</DEVICEID><DEVICEID>e</DEVICEID><QUERY> Inventory </QUERY><QUERY>x</QUERY><TAG>t<b>u</b>v</TAG><CONTENT/></REQUEST>")]
    [InlineData("<request><deviceid>d</deviceid></request>")]
    [InlineData("<INVENTORY><QUERY>INVENTORY</QUERY></INVENTORY>")]
    public void CornersOfDocuments_ReadTheSame(string xml)
    {
        AssertSame(xml);
    }

    [Theory]
    [InlineData(OcsFixtures.Windows10, 11)]
    [InlineData(OcsFixtures.WindowsXp, 12)]
    [InlineData(OcsFixtures.Windows7, 13)]
    [InlineData(OcsFixtures.Debian, 14)]
    public void MutatedDocuments_ReadTheSame(string fixture, int seed)
    {
        var original = OcsFixtures.Bytes(fixture);
        var random = new Random(seed);
        var refused = 0;
        for (var iteration = 0; iteration < 1_500; iteration++)
        {
            var input = OcsInventoryParserFuzzTests.Mutate(original, random);

            var ours = OcsXmlReader.Read(input, Unbounded);
            var reference = XmlReaderReference.Read(ControlCharactersAsReferences(input));

            if (Describe(reference) != Describe(ours))
            {
                Assert.Fail($"iteration {iteration}: {Difference(reference, ours)}\n{Around(input, reference.Error ?? ours.Error)}");
            }

            refused += ours.IsSuccess ? 0 : 1;
        }

        Assert.InRange(refused, 1, 1_499);
    }

    private static void AssertSame(string xml)
    {
        var bytes = Encoding.UTF8.GetBytes(xml);
        Assert.Equal(Describe(XmlReaderReference.Read(bytes)), Describe(OcsXmlReader.Read(bytes, Unbounded)));
    }

    /// <summary>
    /// Vigil reads a raw control character in text (an agent copying a registry string verbatim) where System.Xml
    /// refuses the whole document even with character checking off. Written as a character reference, System.Xml
    /// reads the same character, so that is what the reference is given; in markup both still refuse it.
    /// </summary>
    private static byte[] ControlCharactersAsReferences(byte[] input)
    {
        var output = new List<byte>(input.Length);
        foreach (var b in input)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r'))
            {
                output.AddRange(Encoding.ASCII.GetBytes($"&#x{b:X};"));
            }
            else
            {
                output.Add(b);
            }
        }

        return [.. output];
    }

    /// <summary>Where two readings part, short enough to read in a test report.</summary>
    private static string Difference(Vigil.Domain.Common.Result<OcsDocument> reference, Vigil.Domain.Common.Result<OcsDocument> ours)
    {
        var (a, b) = (Describe(reference), Describe(ours));
        var at = a.AsSpan().CommonPrefixLength(b);
        var from = Math.Max(0, at - 80);
        return $"System.Xml: {reference.Error} …{a[from..Math.Min(a.Length, at + 80)]}\nVigil: {ours.Error} …{b[from..Math.Min(b.Length, at + 80)]}";
    }

    /// <summary>The input's line that an error names, with the line before it.</summary>
    private static string Around(byte[] input, Vigil.Domain.Common.Error? error)
    {
        var digits = error?.Location is { } location && location.StartsWith("line ", StringComparison.Ordinal) ? new string(location[5..].TakeWhile(char.IsAsciiDigit).ToArray()) : "";
        var line = digits.Length > 0 ? int.Parse(digits, CultureInfo.InvariantCulture) : 1;
        var lines = Encoding.UTF8.GetString(input).Split('\n');
        return string.Join("\n", lines.Skip(Math.Max(0, line - 2)).Take(2)).Replace("\r", "\\r", StringComparison.Ordinal);
    }

    /// <summary>What the mapping can see of a reading: the header values and every kept field in order, or "refused".</summary>
    private static string Describe(Vigil.Domain.Common.Result<OcsDocument> result)
    {
        if (!result.IsSuccess)
        {
            return $"refused ({result.Error!.Code})";
        }

        var document = result.Value!;
        var text = new StringBuilder()
            .Append("DEVICEID=").Append(document.DeviceId).Append("|QUERY=").Append(document.Query).Append("|TAG=").Append(document.RequestTag)
            .Append("|CONTENT=").Append(document.HasContent).AppendLine();
        foreach (var name in document.SectionNames.Order(StringComparer.Ordinal))
        {
            foreach (var section in document.All(name))
            {
                text.Append(name).Append(':');
                foreach (var (field, value) in section.Fields)
                {
                    text.Append(' ').Append(field).Append('=').Append(value.Replace("\n", "\\n", StringComparison.Ordinal)).Append(';');
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }
}
